// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfilterbar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QToolButton>

#include <algorithm>

namespace LeadPact {

namespace {

const QString periodSetting = QStringLiteral("Dashboard/period");
const QString fromSetting = QStringLiteral("Dashboard/from");
const QString toSetting = QStringLiteral("Dashboard/to");

} // namespace

DashboardFilterBar::DashboardFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
    , m_anchor(m_today)
{
    setObjectName(QStringLiteral("dashboardFilterBar"));
    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
    m_periodRow = new QHBoxLayout;
    m_choiceRow = new QHBoxLayout;
    m_layout->addLayout(m_periodRow);
    m_layout->addLayout(m_choiceRow, 1);
    QHBoxLayout *layout = m_periodRow;
    m_period = addCombo(m_periodRow, tr("&Period:"), "dashboardPeriod");
    m_period->addItem(tr("Week"), MetricsQuery::presetCode(MetricsQuery::Preset::Week));
    m_period->addItem(tr("Month"), MetricsQuery::presetCode(MetricsQuery::Preset::Month));
    m_period->addItem(tr("Quarter"), MetricsQuery::presetCode(MetricsQuery::Preset::Quarter));
    m_period->addItem(tr("Custom range"), MetricsQuery::presetCode(MetricsQuery::Preset::Custom));
    m_period->setCurrentIndex(1);

    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("dashboardPrevious"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous period"));
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("dashboardNext"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next period"));
    m_range = new QLabel(this);
    m_range->setObjectName(QStringLiteral("dashboardRange"));
    layout->addWidget(m_previous);
    layout->addWidget(m_range);
    layout->addWidget(m_next);

    for (QDateEdit **edit : {&m_from, &m_to}) {
        *edit = new QDateEdit(m_today, this);
        (*edit)->setCalendarPopup(true);
        layout->addWidget(*edit);
    }
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_from->setToolTip(tr("Received from (inclusive)"));
    m_from->setDate(m_today.addDays(-30));
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_to->setToolTip(tr("Received up to (inclusive)"));

    layout->addStretch(1);
    m_channel = addCombo(m_choiceRow, tr("&Channel:"), "dashboardChannel");
    m_channel->addItem(tr("All channels"), QString());
    m_campaign = addCombo(m_choiceRow, tr("C&ampaign:"), "dashboardCampaign");
    m_campaign->addItem(tr("All campaigns"), QString());
    m_manager = addCombo(m_choiceRow, tr("&Manager:"), "dashboardManager");
    m_manager->addItem(tr("All managers"), QString());
    m_choiceRow->addStretch(1);

    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodWidgets();
        emitChanged();
    });
    for (QComboBox *combo : {m_channel, m_campaign, m_manager})
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::emitChanged);
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            updatePeriodWidgets();
            emitChanged();
        });
    }
    updatePeriodWidgets();
}

QComboBox *DashboardFilterBar::addCombo(QHBoxLayout *row, const QString &label,
                                        const char *objectName)
{
    auto *title = new QLabel(label, this);
    auto *combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(objectName));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // A long campaign name must not push the window wider than the screen.
    combo->setMaximumWidth(fontMetrics().averageCharWidth() * 36);
    title->setBuddy(combo);
    row->addWidget(title);
    row->addWidget(combo);
    return combo;
}

void DashboardFilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateDirection();
}

void DashboardFilterBar::updateDirection()
{
    const QMargins margins = m_layout->contentsMargins();
    setMinimumWidth(std::max(m_periodRow->minimumSize().width(),
                             m_choiceRow->minimumSize().width())
                    + margins.left() + margins.right());
    const int oneRow = m_periodRow->sizeHint().width() + m_layout->spacing()
                       + m_choiceRow->sizeHint().width() + margins.left() + margins.right();
    const auto direction = width() >= oneRow ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() != direction)
        m_layout->setDirection(direction);
}

MetricsQuery::Preset DashboardFilterBar::preset() const
{
    return MetricsQuery::presetFromString(m_period->currentData().toString())
        .value_or(MetricsQuery::Preset::Month);
}

void DashboardFilterBar::setToday(const QDate &today)
{
    // Follow the date while the user looks at the current period.
    const bool current = preset() == MetricsQuery::Preset::Custom
                         || MetricsQuery::preset(preset(), m_anchor)
                                == MetricsQuery::preset(preset(), m_today);
    m_today = today;
    if (current)
        m_anchor = today;
    updatePeriodWidgets();
}

void DashboardFilterBar::step(int direction)
{
    const MetricsQuery shown = MetricsQuery::preset(preset(), m_anchor);
    m_anchor = direction < 0 ? shown.from.addDays(-1) : shown.to.addDays(1);
    updatePeriodWidgets();
    emitChanged();
}

void DashboardFilterBar::updatePeriodWidgets()
{
    const bool custom = preset() == MetricsQuery::Preset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_previous->setVisible(!custom);
    m_next->setVisible(!custom);
    m_range->setVisible(!custom);
    if (!custom) {
        const MetricsQuery shown = MetricsQuery::preset(preset(), m_anchor);
        const QLocale locale;
        m_range->setText(tr("%1 – %2").arg(locale.toString(shown.from, QLocale::ShortFormat),
                                           locale.toString(shown.to, QLocale::ShortFormat)));
    }
    updateDirection();
}

void DashboardFilterBar::setContext(const QStringList &channels, const QStringList &campaigns,
                                    const QList<User> &managers)
{
    m_quiet = true;
    const auto refill = [](QComboBox *combo, const QList<std::pair<QString, QString>> &items) {
        const QVariant chosen = combo->currentData();
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const auto &[title, data] : items)
            combo->addItem(title, data);
        selectData(combo, chosen);
    };
    QList<std::pair<QString, QString>> items;
    for (const QString &channel : channels)
        items.append({channel, channel});
    refill(m_channel, items);
    items.clear();
    for (const QString &campaign : campaigns)
        items.append({campaign, campaign});
    refill(m_campaign, items);
    items.clear();
    for (const User &manager : managers) {
        items.append({manager.displayName.isEmpty() ? manager.login : manager.displayName,
                      QString::number(manager.id)});
    }
    refill(m_manager, items);
    m_quiet = false;
    updateDirection();
}

MetricsQuery DashboardFilterBar::query() const
{
    MetricsQuery query;
    if (preset() == MetricsQuery::Preset::Custom) {
        // Whole days, both ends included, whichever way round they were picked.
        query.from = std::min(m_from->date(), m_to->date());
        query.to = std::max(m_from->date(), m_to->date());
    } else {
        query = MetricsQuery::preset(preset(), m_anchor);
    }
    query.channel = m_channel->currentData().toString();
    query.campaign = m_campaign->currentData().toString();
    if (const QString manager = m_manager->currentData().toString(); !manager.isEmpty())
        query.managerId = manager.toLongLong();
    return query;
}

void DashboardFilterBar::emitChanged()
{
    if (!m_quiet)
        emit queryChanged();
}

void DashboardFilterBar::selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void DashboardFilterBar::saveSettings(QSettings &settings) const
{
    settings.setValue(periodSetting, m_period->currentData());
    settings.setValue(fromSetting, m_from->date());
    settings.setValue(toSetting, m_to->date());
}

void DashboardFilterBar::restoreSettings(const QSettings &settings)
{
    m_quiet = true;
    if (settings.contains(fromSetting))
        m_from->setDate(settings.value(fromSetting).toDate());
    if (settings.contains(toSetting))
        m_to->setDate(settings.value(toSetting).toDate());
    selectData(m_period, settings.value(periodSetting, m_period->currentData()));
    updatePeriodWidgets();
    m_quiet = false;
}

} // namespace LeadPact
