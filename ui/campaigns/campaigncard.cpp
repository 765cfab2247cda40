// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigncard.h"

#include "campaigns/campaignschedule.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace LeadPact {

namespace {

QString link(const QString &address)
{
    const QUrl url = QUrl::fromUserInput(address);
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QString::fromUtf8(url.toEncoded()).toHtmlEscaped(), address.toHtmlEscaped());
}

QString multiline(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QString campaignPeriodText(const QDate &from, const QDate &until)
{
    const QLocale locale;
    if (from.isValid() && until.isValid()) {
        return CampaignCard::tr("%1 – %2").arg(locale.toString(from, QLocale::ShortFormat),
                                               locale.toString(until, QLocale::ShortFormat));
    }
    if (from.isValid())
        return CampaignCard::tr("from %1").arg(locale.toString(from, QLocale::ShortFormat));
    if (until.isValid())
        return CampaignCard::tr("until %1").arg(locale.toString(until, QLocale::ShortFormat));
    return CampaignCard::tr("not set");
}

CampaignCard::CampaignCard(const Campaign &c, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_id(c.id)
{
    setObjectName(QStringLiteral("campaignCard"));
    setWindowTitle(tr("Campaign: %1").arg(c.name));

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *title = new QLabel(c.name, content);
    title->setObjectName(QStringLiteral("cardName"));
    title->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    title->setFont(font);
    layout->addWidget(title);
    if (CampaignSchedule::isUpcoming(c, today) || c.archived) {
        auto *state = new QLabel(c.archived
                                     ? tr("Archived")
                                     : tr("Upcoming: starts %1")
                                           .arg(QLocale().toString(c.startsOn, QLocale::LongFormat)),
                                 content);
        state->setObjectName(QStringLiteral("cardState"));
        QFont bold = state->font();
        bold.setBold(true);
        state->setFont(bold);
        layout->addWidget(state);
    }

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(form, tr("Goal:"), multiline(c.goal), "cardGoal");
    addRow(form, tr("Who it is for:"), multiline(c.audience), "cardAudience");
    QString promo = c.promoCode.toHtmlEscaped();
    if (!c.promoCode.isEmpty())
        promo = QStringLiteral("<b>%1</b>").arg(promo);
    if (!c.promoBenefit.isEmpty())
        promo += (promo.isEmpty() ? QString() : QStringLiteral(" — ")) + multiline(c.promoBenefit);
    addRow(form, tr("Promo code:"), promo, "cardPromo");
    addRow(form, tr("Campaign dates:"), campaignPeriodText(c.startsOn, c.endsOn), "cardDates");
    addRow(form,
           tr("Activation:"),
           campaignPeriodText(c.activationFrom, c.activationUntil),
           "cardActivation");
    addRow(form,
           tr("Landing page:"),
           c.landingUrl.isEmpty() ? QString() : link(c.landingUrl),
           "cardLanding");
    addRow(form, tr("Announced in:"), multiline(c.announcedIn), "cardAnnounced");
    QStringList documents;
    for (const QString &document : c.documentLinks)
        documents.append(link(document));
    addRow(form, tr("Documents:"), documents.join(QStringLiteral("<br>")), "cardDocuments");
    addRow(form, tr("How it works:"), multiline(c.technicalNotes), "cardTechnical");
    addRow(form, tr("Responsible:"), c.ownerName.toHtmlEscaped(), "cardOwner");
    layout->addLayout(form);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addWidget(buttons);
    resize(560, 520);
}

QLabel *CampaignCard::addRow(QFormLayout *form,
                             const QString &title,
                             const QString &text,
                             const char *objectName)
{
    auto *label = new QLabel(text.isEmpty() ? QStringLiteral("—") : text, this);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // Links open in the user's browser or file manager.
    connect(label, &QLabel::linkActivated, this, [](const QString &url) {
        QDesktopServices::openUrl(QUrl(url));
    });
    form->addRow(title, label);
    return label;
}

} // namespace LeadPact
