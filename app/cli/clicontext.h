// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

#include <memory>

namespace LeadPact::Cli {

// A usage mistake (unknown option, missing argument): exit code 2 instead of 1.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// What every command gets: its own parsed arguments, the database and output helpers.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // `arguments` start with the command words (e.g. "leads", "list", …).
    Context(QStringList arguments, QString defaultDbPath, bool json);

    // Adds the options every command shares (--db, --json, --as) and parses. Throws UsageError.
    void parse(QCommandLineParser &parser, int commandWords);
    const QStringList &positional() const { return m_positional; }
    QString positional(int index, const QString &name) const; // throws UsageError when missing

    bool json() const { return m_json; }
    QString dbPath() const { return m_dbPath; }

    // Opens the database for writing and migrates it; or read-only and requires the schema to be
    // current.
    Database &openForWriting();
    Database &openForReading();
    // The user named by --as (required for anything that changes data).
    User actingUser();

    void print(const QString &line) const;           // stdout, a line
    void printJson(const QJsonValue &value) const;   // stdout, indented JSON
    QTextStream &out() const;

private:
    QStringList m_arguments;
    QStringList m_positional;
    QString m_dbPath;
    QString m_as;
    bool m_json;
    std::unique_ptr<Database> m_db;
};

// Parses an integer option or throws UsageError naming it.
qint64 integerOption(const QCommandLineParser &parser, const QString &name, qint64 fallback,
                     qint64 minimum, qint64 maximum);
// Parses an ISO date/time ("2026-11-23T10:15", with or without offset; local time without one).
QDateTime timeOption(const QString &value, const QString &name);
QDate dateOption(const QString &value, const QString &name);

} // namespace LeadPact::Cli
