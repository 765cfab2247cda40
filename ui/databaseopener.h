// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace LeadPact {

class Database;

// Opens the database the GUI works on: read-write and migrated to this build's schema. When
// another process holds the file for writing, it asks whether to open it read-only instead.
// The question is a replaceable function so a test can answer it without a blocking dialog.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    // Gets the core's message saying why writing is impossible; true opens read-only.
    using ReadOnlyQuestion = std::function<bool(const QString &reason)>;

    explicit DatabaseOpener(ReadOnlyQuestion askReadOnly);

    // The question as a message box over `parent` (may be null).
    static ReadOnlyQuestion messageBoxQuestion(QWidget *parent = nullptr);

    // The open database, or null when the user declined read-only access. Throws Error for
    // everything else (and when the read-only database is not at the current schema version).
    std::unique_ptr<Database> open(const QString &path) const;

private:
    ReadOnlyQuestion m_askReadOnly;
};

} // namespace LeadPact
