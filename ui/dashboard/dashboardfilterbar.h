// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"
#include "metrics/metricsquery.h"

#include <QWidget>

class QBoxLayout;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QSettings;
class QToolButton;

namespace LeadPact {

// The filters every chart of the dashboard shares: the period (this week, month or quarter,
// stepped back and forth with the arrows, or a custom range of days), channel, campaign and
// manager. It only builds a MetricsQuery; core computes the numbers.
class DashboardFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardFilterBar(QWidget *parent = nullptr);

    // The team's local date: the presets hold it until the user steps to another period.
    void setToday(const QDate &today);
    // The choices there are; keeps the chosen ones that still exist.
    void setContext(const QStringList &channels, const QStringList &campaigns,
                    const QList<User> &managers);
    MetricsQuery query() const;

    // The period is kept between sessions; channel, campaign and manager start at "all".
    void saveSettings(QSettings &settings) const;
    // Restores the saved period without emitting queryChanged().
    void restoreSettings(const QSettings &settings);

signals:
    void queryChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QComboBox *addCombo(QHBoxLayout *row, const QString &label, const char *objectName);
    // The period and the other choices on one row when the width allows, on two otherwise
    // (150 % scaling, a laptop).
    void updateDirection();
    MetricsQuery::Preset preset() const;
    // Moves the preset period one step back (-1) or forward (+1).
    void step(int direction);
    void updatePeriodWidgets();
    void emitChanged();
    static void selectData(QComboBox *combo, const QVariant &data);

    QBoxLayout *m_layout = nullptr;
    QHBoxLayout *m_periodRow = nullptr;
    QHBoxLayout *m_choiceRow = nullptr;
    QDate m_today;
    QDate m_anchor; // a day inside the preset period shown
    QComboBox *m_period = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_range = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_campaign = nullptr;
    QComboBox *m_manager = nullptr;
    bool m_quiet = false;
};

} // namespace LeadPact
