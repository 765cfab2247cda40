// SPDX-License-Identifier: GPL-3.0-or-later
// leadpact: the desktop application. Opens (creating and migrating if needed) the SQLite
// database, falls back to read-only when another process holds it for writing, and shows the
// main window for the user at the keyboard (asked once, then remembered). Exit code 1 when the
// database cannot be opened or has no users.
#include "databaseopener.h"
#include "domain/error.h"
#include "i18n/translations.h"
#include "identitydialog.h"
#include "mainwindow.h"
#include "service/clock.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

#include <memory>

using namespace LeadPact;

namespace {

QString defaultDatabase()
{
    QString fromEnv = qEnvironmentVariable("LEADPACT_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/leadpact.sqlite");
}

// Shows why the database could not be opened, naming the file (core messages may not).
int failToStart(const QString &message, const QString &path)
{
    QMessageBox box(QMessageBox::Critical,
                    QCoreApplication::translate("main", "LeadPact cannot start"),
                    message,
                    QMessageBox::Ok);
    box.setInformativeText(
        QCoreApplication::translate("main", "Database: %1").arg(QDir::toNativeSeparators(path)));
    box.exec();
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LeadPact"));
    QApplication::setApplicationName(QStringLiteral("LeadPact"));
    installTranslations(app, QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "LeadPact: the SLA between marketing and sales, enforced."));
    parser.addHelpOption();
    const QString dbHelp = QCoreApplication::translate(
        "main", "The SQLite database file (default: $LEADPACT_DB or the user's data folder).");
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      dbHelp,
                                      QCoreApplication::translate("main", "path"),
                                      defaultDatabase());
    parser.addOption(dbOption);
    // Positional arguments (e.g. from a desktop launcher) are tolerated and ignored.
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("main", "Ignored."),
                                 QStringLiteral("[files...]"));
    parser.process(app);

    const QString path = parser.value(dbOption);
    std::unique_ptr<Database> db;
    try {
        db = DatabaseOpener(DatabaseOpener::messageBoxQuestion()).open(path);
    } catch (const Error &error) {
        return failToStart(error.message(), path);
    } catch (const std::exception &error) {
        return failToStart(QString::fromLocal8Bit(error.what()), path);
    }
    if (!db)
        return 1; // the database is in use and the user declined read-only access

    // SQLite mode has no login: the user says who they are, once.
    std::optional<User> user;
    try {
        const QList<User> users = UserRepository(*db).list();
        user = IdentityDialog::remembered(users);
        if (!user) {
            const bool anyActive
                = std::any_of(users.cbegin(), users.cend(), [](const User &u) { return u.active; });
            if (!anyActive) {
                return failToStart(QCoreApplication::translate(
                                       "main", "The database has no active users. Add one with "
                                               "\"leadpact-cli users add\"."),
                                   path);
            }
            IdentityDialog dialog(users, QString());
            if (dialog.exec() != QDialog::Accepted || !dialog.user())
                return 0;
            user = dialog.user();
            IdentityDialog::remember(*user);
        }
    } catch (const Error &error) {
        return failToStart(error.message(), path);
    }

    // 1440×860 on first start, then the size the user left it at.
    MainWindow window(*db, *user, Clock::system());
    window.show();
    return QApplication::exec();
}
