// SPDX-License-Identifier: GPL-3.0-or-later
// Shared steps of the dialog tests: finding widgets by objectName, leads in a given status,
// and picking a reason in a reason list the way a user does (a click on its row).
#pragma once

#include "domain/lead.h"
#include "domain/leadaction.h"
#include "service/leadservice.h"
#include "tempdatabase.h"

#include <QAbstractItemModel>
#include <QDialogButtonBox>
#include <QListView>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

namespace LeadPact::Test {

template<typename T>
T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    REQUIRE(widget != nullptr);
    return widget;
}

inline QPushButton *okButton(const QWidget &dialog)
{
    QPushButton *ok = child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
    REQUIRE(ok != nullptr);
    return ok;
}

// Types text the way a keyboard does, one key event per character. QTest::keyClicks() takes
// Latin-1 only, and the users type Russian.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

// A complete new lead, stored as marketing passes it on.
inline Lead receiveLead(TempDatabase &fixture, LeadService &service)
{
    Lead lead;
    lead.name = QStringLiteral("Ирина Петрова");
    lead.phoneRaw = QStringLiteral("+7 912 345-67-89");
    lead.channel = QStringLiteral("context_ads");
    return service.receive(lead, fixture.marketing);
}

// A lead that anna has called and qualified (status Qualified).
inline Lead qualifiedLead(TempDatabase &fixture, LeadService &service)
{
    const Lead lead = receiveLead(fixture, service);
    TransitionRequest contact;
    contact.action = LeadAction::LogContact;
    service.perform(lead.id, contact, fixture.manager);
    TransitionRequest qualify;
    qualify.action = LeadAction::Qualify;
    qualify.needConfirmed = qualify.budgetConfirmed = qualify.authorityConfirmed = true;
    return service.perform(lead.id, qualify, fixture.manager).lead;
}

// A lead that anna rejected with `code` (and a comment, in case the reason needs one).
inline Lead rejectedLead(TempDatabase &fixture,
                         LeadService &service,
                         const QString &code = QStringLiteral("no_budget"))
{
    const Lead lead = receiveLead(fixture, service);
    TransitionRequest reject;
    reject.action = LeadAction::Reject;
    reject.reasonCode = code;
    reject.comment = QStringLiteral("Said so on the call");
    return service.perform(lead.id, reject, fixture.manager).lead;
}

// The reason codes the list offers, top to bottom (the code is each row's tooltip).
inline QStringList listedCodes(const QListView &list)
{
    QStringList codes;
    const QAbstractItemModel *model = list.model();
    for (int row = 0; row < model->rowCount(); ++row)
        codes.append(model->index(row, 0).data(Qt::ToolTipRole).toString());
    return codes;
}

// Clicks the row of the reason with `code`.
inline void clickReason(QListView &list, const QString &code)
{
    const int row = static_cast<int>(listedCodes(list).indexOf(code));
    REQUIRE(row >= 0);
    const QModelIndex index = list.model()->index(row, 0);
    list.scrollTo(index);
    QTest::mouseClick(list.viewport(), Qt::LeftButton, {}, list.visualRect(index).center());
}

} // namespace LeadPact::Test
