// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "service/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace LeadPact {

namespace {

// Stable keys of the choices, stored in the settings (titles change with the language).
const QString openKey = QStringLiteral("open");
const QString rejectedKey = QStringLiteral("rejected_disputed");
const QString allKey = QStringLiteral("all");
const QString unassignedKey = QStringLiteral("unassigned");
const QString todayKey = QStringLiteral("today");
const QString weekKey = QStringLiteral("week");
const QString last7Key = QStringLiteral("last7");
const QString customKey = QStringLiteral("custom");

const QString statusSetting = QStringLiteral("Filters/status");
const QString channelSetting = QStringLiteral("Filters/channel");
const QString ownerSetting = QStringLiteral("Filters/owner");
const QString periodSetting = QStringLiteral("Filters/period");
const QString incompleteSetting = QStringLiteral("Filters/incompleteOnly");
const QString fromSetting = QStringLiteral("Filters/periodFrom");
const QString toSetting = QStringLiteral("Filters/periodTo");

QDateTime localMidnight(const QDate &date)
{
    return QDateTime(date, QTime(0, 0)).toUTC();
}

} // namespace

FilterBar::FilterBar(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_searchDebounce(new QTimer(this))
{
    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    // The bar sets its own minimum: the widest of its two rows, not both side by side.
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
    m_choices = new QHBoxLayout;
    m_textRow = new QHBoxLayout;
    m_drillChip = new QToolButton(this);
    m_drillChip->setObjectName(QStringLiteral("drillDownChip"));
    m_drillChip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_drillChip->setToolTip(tr("The list shows the leads behind a dashboard number. Click to go "
                               "back to the filters."));
    // A chip that stands out: the list is not what the filters below say.
    m_drillChip->setStyleSheet(QStringLiteral(
        "QToolButton { background: #fff3c4; border: 1px solid #b08800; border-radius: 4px;"
        " padding: 2px 8px; color: #1a1a1a; }"));
    m_drillChip->hide();
    connect(m_drillChip, &QToolButton::clicked, this, &FilterBar::clearDrillDown);
    m_layout->addLayout(m_choices);
    m_layout->addLayout(m_textRow, 1);
    m_choices->addWidget(m_drillChip);
    m_status = addCombo(tr("&Status:"), "statusFilter");
    m_channel = addCombo(tr("&Channel:"), "channelFilter");
    m_owner = addCombo(tr("&Manager:"), "ownerFilter", &m_ownerLabel);
    m_period = addCombo(tr("&Period:"), "periodFilter");
    const QDate today = m_clock.now().toLocalTime().date();
    for (QDateEdit **edit : {&m_from, &m_to}) {
        *edit = new QDateEdit(today, this);
        (*edit)->setCalendarPopup(true);
        (*edit)->setVisible(false);
        m_choices->addWidget(*edit);
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setToolTip(tr("Received from (inclusive)"));
    m_from->setDate(today.addDays(-30));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setToolTip(tr("Received up to (inclusive)"));
    m_choices->addStretch(1); // on a row of its own, the choices stay together at the left

    m_incomplete = new QCheckBox(tr("&Incomplete data only"), this);
    m_incomplete->setObjectName(QStringLiteral("incompleteFilter"));
    m_incomplete->setToolTip(tr("Leads missing part of the minimum data: name, phone, channel"));
    m_textRow->addWidget(m_incomplete);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search: name, company, e-mail, phone (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_textRow->addWidget(m_search, 1);

    fillStatuses();
    fillPeriods();
    m_channel->addItem(tr("All channels"), QString());
    m_owner->addItem(tr("All managers"), allKey);

    m_searchDebounce->setObjectName(QStringLiteral("searchDebounce"));
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(searchDebounceMs);
    connect(m_searchDebounce, &QTimer::timeout, this, &FilterBar::emitChanged);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    // Enter searches at once.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce->stop();
        emitChanged();
    });
    for (QComboBox *combo : {m_status, m_channel, m_owner, m_period})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    connect(m_incomplete, &QCheckBox::toggled, this, &FilterBar::emitChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_period->currentData().toString() == customKey;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::emitChanged);
}

QComboBox *FilterBar::addCombo(const QString &label, const char *objectName, QLabel **labelOut)
{
    auto *title = new QLabel(label, this);
    auto *combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(objectName));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    title->setBuddy(combo);
    m_choices->addWidget(title);
    m_choices->addWidget(combo);
    if (labelOut)
        *labelOut = title;
    return combo;
}

void FilterBar::fillStatuses()
{
    m_status->addItem(tr("Open: new and in work"), openKey);
    m_status->addItem(tr("Rejected and disputed"), rejectedKey);
    for (LeadStatus status : allLeadStatuses)
        m_status->addItem(statusTitle(status), statusCode(status));
    m_status->addItem(tr("All statuses"), allKey);
}

void FilterBar::fillPeriods()
{
    m_period->addItem(tr("All time"), allKey);
    m_period->addItem(tr("Today"), todayKey);
    m_period->addItem(tr("This week"), weekKey);
    m_period->addItem(tr("Last 7 days"), last7Key);
    m_period->addItem(tr("Custom range"), customKey);
}

void FilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateDirection();
}

void FilterBar::updateDirection()
{
    setMinimumWidth(qMax(m_choices->minimumSize().width(), m_textRow->minimumSize().width())
                    + m_layout->contentsMargins().left() + m_layout->contentsMargins().right());
    const int oneRow = m_choices->sizeHint().width() + m_layout->spacing()
                       + m_textRow->minimumSize().width() + m_layout->contentsMargins().left()
                       + m_layout->contentsMargins().right();
    const auto direction = width() >= oneRow ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() != direction)
        m_layout->setDirection(direction);
}

void FilterBar::setContext(const User &user, const QList<User> &salesTeam,
                           const QStringList &channels)
{
    m_quiet = true;
    m_user = user;
    const QString channel
        = std::exchange(m_wantedChannel, std::nullopt).value_or(m_channel->currentData().toString());
    while (m_channel->count() > 1)
        m_channel->removeItem(1);
    for (const QString &name : channels)
        m_channel->addItem(name, name);
    selectData(m_channel, channel);

    const QString owner
        = std::exchange(m_wantedOwner, std::nullopt).value_or(m_owner->currentData().toString());
    while (m_owner->count() > 1)
        m_owner->removeItem(1);
    m_owner->addItem(tr("Unassigned"), unassignedKey);
    for (const User &member : salesTeam) {
        m_owner->addItem(member.displayName.isEmpty() ? member.login : member.displayName,
                         QString::number(member.id));
    }
    selectData(m_owner, owner);
    // A manager works their own queue; the head of sales, marketing and admin see everyone's.
    const bool choosesOwner = user.role != Role::Manager;
    m_owner->setVisible(choosesOwner);
    m_ownerLabel->setVisible(choosesOwner);
    m_quiet = false;
    updateDirection();
}

void FilterBar::setDrillDown(const LeadFilter &filter, const QString &description)
{
    m_drillDown = filter;
    m_drillChip->setText(tr("Drill-down: %1  ✕").arg(description));
    m_drillChip->setAccessibleName(tr("Drill-down: %1. Press to remove.").arg(description));
    m_drillChip->show();
    updateDirection();
    emit filterChanged();
}

void FilterBar::clearDrillDown()
{
    if (!m_drillDown)
        return;
    m_drillDown.reset();
    m_drillChip->hide();
    updateDirection();
    emit filterChanged();
}

LeadFilter FilterBar::filter() const
{
    if (m_drillDown)
        return *m_drillDown;
    LeadFilter filter;
    filter.order = LeadFilter::Order::SlaUrgency;
    const QString status = m_status->currentData().toString();
    if (status == openKey)
        filter.statuses = {LeadStatus::New, LeadStatus::InWork};
    else if (status == rejectedKey)
        filter.statuses = {LeadStatus::Rejected, LeadStatus::Disputed};
    else if (const auto one = statusFromString(status))
        filter.statuses = {*one};

    filter.channel = m_channel->currentData().toString();

    if (m_user.role == Role::Manager) {
        filter.ownerId = m_user.id;
    } else {
        const QString owner = m_owner->currentData().toString();
        if (owner == unassignedKey)
            filter.unassignedOnly = true;
        else if (owner != allKey && !owner.isEmpty())
            filter.ownerId = owner.toLongLong();
    }

    const QDateTime now = m_clock.now();
    const QDate today = now.toLocalTime().date();
    const QString period = m_period->currentData().toString();
    if (period == todayKey) {
        filter.receivedFrom = localMidnight(today);
        filter.receivedTo = localMidnight(today.addDays(1));
    } else if (period == weekKey) {
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        filter.receivedFrom = localMidnight(monday);
        filter.receivedTo = localMidnight(monday.addDays(7));
    } else if (period == last7Key) {
        filter.receivedFrom = now.addDays(-7);
    } else if (period == customKey) {
        // Whole local days, both ends included, whichever way round they were picked.
        const QDate from = std::min(m_from->date(), m_to->date());
        const QDate to = std::max(m_from->date(), m_to->date());
        filter.receivedFrom = localMidnight(from);
        filter.receivedTo = localMidnight(to.addDays(1));
    }

    if (m_incomplete->isChecked())
        filter.incomplete = true;
    filter.search = m_search->text().trimmed();
    return filter;
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::emitChanged()
{
    if (m_quiet)
        return;
    // A choice of the bar's own replaces the drill-down.
    if (m_drillDown) {
        m_drillDown.reset();
        m_drillChip->hide();
        updateDirection();
    }
    emit filterChanged();
}

void FilterBar::selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void FilterBar::saveSettings(QSettings &settings) const
{
    settings.setValue(statusSetting, m_status->currentData());
    settings.setValue(channelSetting, m_channel->currentData());
    settings.setValue(ownerSetting, m_owner->currentData());
    settings.setValue(periodSetting, m_period->currentData());
    settings.setValue(fromSetting, m_from->date());
    settings.setValue(toSetting, m_to->date());
    settings.setValue(incompleteSetting, m_incomplete->isChecked());
}

void FilterBar::restoreSettings(const QSettings &settings)
{
    m_quiet = true;
    selectData(m_status, settings.value(statusSetting, openKey));
    // The channels and the team arrive with setContext(): choose them then.
    m_wantedChannel = settings.value(channelSetting, QString()).toString();
    m_wantedOwner = settings.value(ownerSetting, allKey).toString();
    selectData(m_channel, *m_wantedChannel);
    selectData(m_owner, *m_wantedOwner);
    if (settings.contains(fromSetting))
        m_from->setDate(settings.value(fromSetting).toDate());
    if (settings.contains(toSetting))
        m_to->setDate(settings.value(toSetting).toDate());
    selectData(m_period, settings.value(periodSetting, allKey));
    m_incomplete->setChecked(settings.value(incompleteSetting, false).toBool());
    m_quiet = false;
}

} // namespace LeadPact
