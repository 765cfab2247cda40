// SPDX-License-Identifier: GPL-3.0-or-later
#include "execdialogrunner.h"

#include "dialogs/catalogeditor.h"
#include "dialogs/reassigndialog.h"
#include "dialogs/transitiondialog.h"
#include "dashboard/spenddialog.h"
#include "identitydialog.h"

#include <QFileDialog>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace LeadPact {

std::optional<TransitionRequest> ExecDialogRunner::transition(LeadAction action, const Lead &lead,
                                                              const User &actor,
                                                              const LeadService &service,
                                                              const ReasonCatalog &catalog,
                                                              const Clock &clock, QWidget *parent)
{
    TransitionDialog dialog(action, lead, actor, service, catalog, clock, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.request();
}

std::optional<OwnerChoice> ExecDialogRunner::reassign(const Lead &lead, const QList<User> &team,
                                                      QWidget *parent)
{
    ReassignDialog dialog(lead, team, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return OwnerChoice{dialog.ownerId()};
}

void ExecDialogRunner::editCatalog(CatalogService &service, const User &actor, QWidget *parent)
{
    CatalogEditor editor(service, actor, parent);
    editor.exec();
}

std::optional<User> ExecDialogRunner::chooseUser(const QList<User> &users,
                                                 const QString &currentLogin, QWidget *parent)
{
    IdentityDialog dialog(users, currentLogin, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.user();
}

QString ExecDialogRunner::saveFileName(const QString &caption, const QString &suggestedName,
                                      const QString &filter, QWidget *parent)
{
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, caption,
                                        folder + QLatin1Char('/') + suggestedName, filter);
}

bool ExecDialogRunner::editSpend(SpendService &service, const User &actor,
                                 const QStringList &channels, const QString &currency,
                                 QWidget *parent)
{
    SpendDialog dialog(service, actor, channels, currency, parent);
    dialog.exec();
    return dialog.hasChanged();
}

void ExecDialogRunner::print(const QString &title,
                             const std::function<void(QPrinter *)> &paint, QWidget *parent)
{
    // Screen resolution: the charts lay out their text at the size they paint it.
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setDocName(title);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                      QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, paint);
    preview.exec();
}

} // namespace LeadPact
