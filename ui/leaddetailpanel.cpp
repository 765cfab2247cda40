// SPDX-License-Identifier: GPL-3.0-or-later
#include "leaddetailpanel.h"

#include "domain/money.h"
#include "leadtablemodel.h"
#include "service/clock.h"
#include "sladisplay.h"
#include "timelinedelegate.h"
#include "timelinemodel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace LeadPact {

namespace {

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept.append(part);
    }
    return kept.join(separator);
}

} // namespace

LeadDetailPanel::LeadDetailPanel(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_timelineModel(new TimelineModel(this))
    , m_timeline(new QListView(this))
{
    setObjectName(QStringLiteral("detailPanel"));

    auto *info = new QWidget(this);
    auto *infoLayout = new QVBoxLayout(info);
    m_title = new QLabel(info);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    infoLayout->addWidget(m_title);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_sla = addRow(form, tr("SLA:"), "detailSla");
    m_sla->setAutoFillBackground(true);
    m_sla->setMargin(2);
    m_deadline = addRow(form, tr("First contact due:"), "detailDeadline");
    m_status = addRow(form, tr("Status:"), "detailStatus");
    m_owner = addRow(form, tr("Manager:"), "detailOwner");
    m_phone = addRow(form, tr("Phone:"), "detailPhone");
    m_email = addRow(form, tr("E-mail:"), "detailEmail");
    m_company = addRow(form, tr("Company:"), "detailCompany");
    m_received = addRow(form, tr("Received:"), "detailReceived");
    m_missing = addRow(form, tr("Missing data:"), "detailMissing");
    m_channel = addRow(form, tr("Channel:"), "detailChannel");
    // The campaign's label; a lead attributed to a registry campaign also gets its card.
    auto *campaignRow = new QWidget(this);
    auto *campaignLayout = new QHBoxLayout(campaignRow);
    campaignLayout->setContentsMargins(0, 0, 0, 0);
    m_campaign = new QLabel(campaignRow);
    m_campaign->setObjectName(QStringLiteral("detailCampaign"));
    m_campaign->setWordWrap(true);
    m_campaign->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_campaign->setTextFormat(Qt::PlainText);
    m_campaignCard = new QPushButton(tr("Campaign &card…"), campaignRow);
    m_campaignCard->setObjectName(QStringLiteral("detailCampaignCard"));
    m_campaignCard->setToolTip(tr("What the campaign promised the client, its promo code, dates "
                                  "and documents"));
    campaignLayout->addWidget(m_campaign, 1);
    campaignLayout->addWidget(m_campaignCard, 0, Qt::AlignTop);
    form->addRow(tr("Campaign:"), campaignRow);
    connect(m_campaignCard, &QPushButton::clicked, this, [this] {
        if (m_lead && m_lead->campaignId)
            emit campaignRequested(*m_lead->campaignId);
    });
    m_promo = addRow(form, tr("Promo code:"), "detailPromo");
    m_landing = addRow(form, tr("Landing page:"), "detailLanding");
    m_utm = addRow(form, tr("UTM:"), "detailUtm");
    m_outcome = addRow(form, tr("Outcome:"), "detailOutcome");
    m_declaredRevenue = addRow(form, tr("Declared monthly revenue:"), "detailDeclaredRevenue");
    m_duplicate = addRow(form, tr("Possible duplicate of:"), "detailDuplicate");
    infoLayout->addLayout(form);
    infoLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(info);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setModel(m_timelineModel);
    // One block per event, as tall as its wrapped texts need at the panel's width (columns
    // clipped the Russian texts in a narrow panel); re-laid out whenever the width changes.
    m_timeline->setItemDelegate(new TimelineDelegate(m_timeline));
    m_timeline->setResizeMode(QListView::Adjust);
    m_timeline->setUniformItemSizes(false);
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timeline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setAccessibleName(tr("History"));
    connect(m_timelineModel, &QAbstractItemModel::modelReset, m_timeline, [this] {
        m_timeline->scrollToBottom(); // the newest event, just done, in sight
    });

    auto *historyTitle = new QLabel(tr("History"), this);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);
    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(historyTitle);
    historyLayout->addWidget(m_timeline, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("detailSplitter"));
    splitter->addWidget(scroll);
    splitter->addWidget(history);
    // Half each: the history grows with every action and wraps long comments; the data
    // scrolls when a small screen leaves it short of room.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    showLead(std::nullopt);
}

QLabel *LeadDetailPanel::addRow(QFormLayout *form, const QString &title, const char *objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    form->addRow(title, label);
    return label;
}

void LeadDetailPanel::setRow(QLabel *label, const QString &text)
{
    // An em dash rather than an empty cell: "nothing there" is information too.
    label->setText(text.trimmed().isEmpty() ? QStringLiteral("—") : text);
}

void LeadDetailPanel::setContext(const QHash<qint64, QString> &userNames,
                                 const ReasonCatalog &reasons, const SlaPolicy &policy)
{
    m_userNames = userNames;
    m_reasons = reasons;
    m_policy = policy;
    m_timelineModel->setContext(userNames, reasons);
    showLead(m_lead, m_timelineModel->events());
}

QString LeadDetailPanel::userName(std::optional<qint64> id) const
{
    if (!id)
        return LeadTableModel::tr("Unassigned");
    return m_userNames.value(*id, LeadTableModel::tr("User #%1").arg(*id));
}

void LeadDetailPanel::showLead(const std::optional<Lead> &lead, const QList<LeadEvent> &history)
{
    m_lead = lead;
    m_timelineModel->setEvents(lead ? history : QList<LeadEvent>());
    const QList<QLabel *> rows = {m_deadline, m_status, m_owner, m_phone, m_email,
                                  m_company,  m_received, m_missing, m_channel, m_campaign,
                                  m_promo,
                                  m_landing,  m_utm,    m_outcome, m_declaredRevenue,
                                  m_duplicate};
    setEnabled(lead.has_value());
    if (!lead) {
        m_title->setText(tr("No lead selected"));
        for (QLabel *row : rows)
            row->clear();
        m_sla->clear();
        m_sla->setPalette(palette());
        m_campaignCard->hide();
        return;
    }
    const Lead &l = *lead;
    m_title->setText(
        tr("%1 (No. %2)").arg(l.name.isEmpty() ? tr("Name not given") : l.name).arg(l.id));
    setRow(m_status, statusTitle(l.status));
    setRow(m_owner, userName(l.ownerId));
    const QString phone = l.phone.isEmpty() ? l.phoneRaw : l.phone;
    setRow(m_phone, l.phone.isEmpty() || l.phone == l.phoneRaw
                        ? phone
                        : tr("%1 (as received: %2)").arg(l.phone, l.phoneRaw));
    setRow(m_email, l.email);
    setRow(m_company, l.company);
    setRow(m_received, localTime(l.receivedAt));
    setRow(m_missing, LeadTableModel::missingFieldsText(l));
    setRow(m_channel, l.channel);
    setRow(m_campaign, l.campaign);
    // A label without a registry entry (free text from a form or another CRM) has no card.
    m_campaignCard->setVisible(l.campaignId.has_value());
    setRow(m_promo, l.promoCode);
    setRow(m_landing, l.landingPage);
    setRow(m_utm, joinNonEmpty({l.utmSource, l.utmMedium, l.utmCampaign}, QStringLiteral(" / ")));

    QStringList outcome;
    const auto reasonTitle = [this](ReasonKind kind, std::optional<qint64> id) {
        const Reason *reason = id ? m_reasons.findById(*id) : nullptr;
        return reason && reason->kind == kind ? reason->title() : QString();
    };
    if (l.rejectionReasonId)
        outcome << tr("Rejected: %1").arg(reasonTitle(ReasonKind::Rejection, l.rejectionReasonId))
                << l.rejectionComment;
    if (!l.disputeComment.isEmpty())
        outcome << tr("Disputed: %1").arg(l.disputeComment);
    if (l.lossReasonId)
        outcome << tr("Lost: %1").arg(reasonTitle(ReasonKind::Loss, l.lossReasonId))
                << l.lossComment;
    if (l.dealAmountMinor)
        outcome << tr("Won: %1 %2").arg(formatAmountPlain(*l.dealAmountMinor), l.dealCurrency);
    else if (l.status == LeadStatus::Won)
        outcome << tr("Won on %1, amount unknown").arg(QLocale().toString(l.paidOn, QLocale::ShortFormat));
    setRow(m_outcome, joinNonEmpty(outcome, QStringLiteral("\n")));
    setRow(m_declaredRevenue, l.declaredMonthlyRevenueMinor
                                  ? formatAmountPlain(*l.declaredMonthlyRevenueMinor)
                                  : QString());
    setRow(m_duplicate, l.possibleDuplicateOf ? tr("lead No. %1").arg(*l.possibleDuplicateOf)
                                              : QString());
    tickSla();
}

void LeadDetailPanel::tickSla()
{
    if (!m_lead)
        return;
    const SlaStatus status = m_policy.status(*m_lead, m_clock.now());
    QString text = SlaDisplay::text(status);
    if (status.answeredAt.isValid())
        text = tr("%1, first contact %2").arg(text, localTime(status.answeredAt));
    m_sla->setText(text);
    m_sla->setToolTip(slaStateTitle(status.state));
    QPalette colours = palette();
    const QBrush background = SlaDisplay::background(status.state);
    if (background.style() != Qt::NoBrush) {
        colours.setBrush(QPalette::Window, background);
        colours.setBrush(QPalette::WindowText, SlaDisplay::foreground(status.state));
    }
    m_sla->setPalette(colours);
    setRow(m_deadline, localTime(status.deadline));
}

} // namespace LeadPact
