// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "domain/error.h"
#include "storage/database.h"

#include <QThread>

namespace LeadPact {

ImportJob::ImportJob(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{}

ImportJob::~ImportJob()
{
    if (m_worker) {
        cancel();
        m_worker->wait();
        delete m_worker;
    }
}

void ImportJob::start(const QString &path,
                      const ImportMapping &mapping,
                      const ImportOptions &options,
                      const User &actor)
{
    if (m_worker)
        return;
    m_cancel = false;
    const Database *db = &m_db;
    const Clock *clock = &m_clock;
    m_worker = QThread::create([this, db, clock, path, mapping, options, actor] {
        ImportResult result;
        QString error;
        try {
            // SQLite connections stay on the thread that opened them.
            const std::unique_ptr<Database> own = db->openCompanion();
            result = LeadImporter(*own, *clock)
                         .import(path, mapping, options, actor, [this](qint64 done, qint64 total) {
                             emit progressed(done, total);
                             return !m_cancel.load();
                         });
        } catch (const Error &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromLocal8Bit(e.what());
        }
        QMetaObject::invokeMethod(
            this, [this, result, error] { done(result, error); }, Qt::QueuedConnection);
    });
    m_worker->setObjectName(QStringLiteral("leadImport"));
    m_worker->start();
    emit runningChanged(true);
}

void ImportJob::cancel()
{
    m_cancel = true;
}

void ImportJob::done(const ImportResult &result, const QString &error)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    emit runningChanged(false);
    if (error.isEmpty())
        emit finished(result);
    else
        emit failed(error);
}

} // namespace LeadPact
