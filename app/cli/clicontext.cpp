// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

#include "domain/error.h"
#include "storage/migrations.h"
#include "storage/userrepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace LeadPact::Cli {

Context::Context(QStringList arguments, QString defaultDbPath, bool json)
    : m_arguments(std::move(arguments))
    , m_dbPath(std::move(defaultDbPath))
    , m_json(json)
{}

void Context::parse(QCommandLineParser &parser, int commandWords)
{
    const QCommandLineOption db(QStringLiteral("db"), tr("The SQLite database file."),
                                tr("path"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print data as JSON."));
    const QCommandLineOption as(QStringLiteral("as"), tr("Act as this user (login)."),
                                tr("user"));
    parser.addOption(db);
    parser.addOption(json);
    parser.addOption(as);
    parser.addHelpOption();

    QStringList args{QCoreApplication::applicationFilePath()};
    args += m_arguments.mid(commandWords);
    if (!parser.parse(args))
        throw UsageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        std::exit(0);
    }
    if (parser.isSet(db))
        m_dbPath = parser.value(db);
    if (parser.isSet(json))
        m_json = true;
    if (parser.isSet(as))
        m_as = parser.value(as);
    m_positional = parser.positionalArguments();
}

QString Context::positional(int index, const QString &name) const
{
    if (index >= m_positional.size())
        throw UsageError(tr("Missing argument: %1.").arg(name));
    return m_positional.at(index);
}

Database &Context::openForWriting()
{
    if (!m_db || m_db->isReadOnly()) {
        m_db.reset();
        m_db = Database::openSqlite(m_dbPath, Database::Access::ReadWrite);
        Migrations::migrate(*m_db);
    }
    return *m_db;
}

Database &Context::openForReading()
{
    if (!m_db) {
        m_db = Database::openSqlite(m_dbPath, Database::Access::ReadOnly);
        Migrations::requireCurrent(*m_db);
    }
    return *m_db;
}

User Context::actingUser()
{
    if (m_as.isEmpty()) {
        throw UsageError(tr("Say who you are with --as LOGIN; every change of a lead is recorded "
                            "with its author."));
    }
    Database &db = m_db ? *m_db : openForWriting();
    return UserRepository(db).requireByLogin(m_as);
}

QTextStream &Context::out() const
{
    static QTextStream stream(stdout);
    return stream;
}

void Context::print(const QString &line) const
{
    out() << line << '\n';
}

void Context::printJson(const QJsonValue &value) const
{
    QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray())
                                             : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

qint64 integerOption(const QCommandLineParser &parser, const QString &name, qint64 fallback,
                     qint64 minimum, qint64 maximum)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        throw UsageError(Context::tr("--%1 must be a whole number from %2 to %3, not \"%4\".")
                             .arg(name)
                             .arg(minimum)
                             .arg(maximum)
                             .arg(parser.value(name)));
    }
    return value;
}

QDateTime timeOption(const QString &value, const QString &name)
{
    QDateTime time = QDateTime::fromString(value, Qt::ISODate);
    if (!time.isValid())
        time = QDateTime::fromString(value, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!time.isValid()) {
        throw UsageError(Context::tr("--%1 must be a date and time like 2026-11-23T10:15 or "
                                     "2026-11-23T10:15+03:00, not \"%2\".")
                             .arg(name, value));
    }
    return time.toUTC();
}

QDate dateOption(const QString &value, const QString &name)
{
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!date.isValid()) {
        throw UsageError(Context::tr("--%1 must be a date like 2026-11-23, not \"%2\".")
                             .arg(name, value));
    }
    return date;
}

} // namespace LeadPact::Cli
