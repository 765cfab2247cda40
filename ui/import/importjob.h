// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"
#include "import/importresult.h"
#include "import/leadimporter.h"

#include <QObject>

#include <atomic>

class QThread;

namespace LeadPact {

class Clock;
class Database;

// Runs one LeadImporter import (or dry run) on a thread of its own with its own connection to
// the database file, so the window stays responsive through a million rows. Progress comes as
// bytes read; cancel() makes the importer stop at its next progress check and roll back, which
// leaves the database exactly as before. Results and failures arrive on the object's thread.
class ImportJob final : public QObject
{
    Q_OBJECT

public:
    // The database and the clock must outlive the job; the database must be a file open for
    // writing (its write lock covers the job's connection).
    ImportJob(Database &db, const Clock &clock, QObject *parent = nullptr);
    // Cancels a running import and waits for it to roll back.
    ~ImportJob() override;

    void start(const QString &path,
               const ImportMapping &mapping,
               const ImportOptions &options,
               const User &actor);
    bool isRunning() const { return m_worker != nullptr; }
    // Safe from any thread; the import stops at its next progress check.
    void cancel();
    bool isCancelling() const { return m_cancel.load(); }

signals:
    // Emitted on the import's thread after each batch of rows (bytes read, the file's size):
    // connect queued for widgets.
    void progressed(qint64 bytesRead, qint64 totalBytes);
    void finished(const LeadPact::ImportResult &result);
    void failed(const QString &message);
    // An import (or dry run) holds the database's write lock from true to false.
    void runningChanged(bool running);

private:
    void done(const ImportResult &result, const QString &error);

    Database &m_db;
    const Clock &m_clock;
    QThread *m_worker = nullptr;
    std::atomic_bool m_cancel {false};
};

} // namespace LeadPact
