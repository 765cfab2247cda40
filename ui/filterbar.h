// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"
#include "storage/leadfilter.h"

#include <QWidget>

#include <optional>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSettings;
class QTimer;
class QToolButton;

namespace LeadPact {

class Clock;

// The row of filters above the queue: status (the open queue by default, or rejected and
// disputed leads, or one status), channel, owner (for everyone but a manager, who sees only
// their own queue), arrival period, "incomplete data only" and a search box. It only builds a
// LeadFilter; the filtering itself runs in SQL. Typing in the search box is debounced.
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int searchDebounceMs = 250;

    // The clock places the period presets ("today"); it must outlive the bar.
    explicit FilterBar(const Clock &clock, QWidget *parent = nullptr);

    // Who is looking (the owner choice depends on the role), the sales team to choose an owner
    // from, and the channels there are. Keeps the choices that still exist.
    void setContext(const User &user, const QList<User> &salesTeam, const QStringList &channels);
    // The filter as chosen now; the period is placed against the clock's current time. During
    // a drill-down, the drill-down's filter.
    LeadFilter filter() const;

    // Lists exactly the leads of `filter` (the leads behind a dashboard number, a filter the
    // bar's choices cannot express), shown as a removable chip saying `description`. Any
    // change of the bar's own choices, or a click on the chip, ends it. Emits filterChanged().
    void setDrillDown(const LeadFilter &filter, const QString &description);
    void clearDrillDown();
    bool hasDrillDown() const { return m_drillDown.has_value(); }

    // Puts the cursor in the search box with its text selected.
    void focusSearch();
    void saveSettings(QSettings &settings) const;
    // Restores the saved choices without emitting filterChanged().
    void restoreSettings(const QSettings &settings);

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    // Any choice changed (the search box after a short pause in typing).
    void filterChanged();

private:
    QComboBox *addCombo(const QString &label, const char *objectName, QLabel **labelOut = nullptr);
    void fillStatuses();
    void fillPeriods();
    void emitChanged();
    // One row when the window is wide enough, the search box under the choices otherwise
    // (large fonts, 150 % scaling, a small laptop).
    void updateDirection();
    static void selectData(QComboBox *combo, const QVariant &data);

    const Clock &m_clock;
    User m_user;
    QBoxLayout *m_layout = nullptr;
    QHBoxLayout *m_choices = nullptr;
    QHBoxLayout *m_textRow = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr; // the custom range, shown with "Custom range"
    QDateEdit *m_to = nullptr;
    QCheckBox *m_incomplete = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QToolButton *m_drillChip = nullptr;
    std::optional<LeadFilter> m_drillDown;
    bool m_quiet = false; // filling or restoring: no filterChanged()
    // Restored choices whose items come with the next setContext().
    std::optional<QString> m_wantedChannel;
    std::optional<QString> m_wantedOwner;
};

} // namespace LeadPact
