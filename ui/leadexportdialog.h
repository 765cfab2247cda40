// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/leadfilter.h"

#include <QDialog>
#include <QTimeZone>

#include <atomic>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace LeadPact {

class Clock;
class Database;
class DialogRunner;

// Exports the leads the lead list shows (its filter and order) to an Excel workbook or a CSV
// file for Excel (UTF-8, or Windows-1251 for old Excel), times in the user's time zone. The
// export runs on a thread of its own with a read-only connection, page by page, with a
// progress bar and a Cancel button; a cancelled export writes no file and leaves an existing
// one as it was.
class LeadExportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Xlsx, CsvUtf8, CsvWindows1251 };

    // The database, clock and runner must outlive the dialog.
    LeadExportDialog(Database &db,
                     const Clock &clock,
                     DialogRunner &runner,
                     const LeadFilter &filter,
                     QWidget *parent = nullptr);
    ~LeadExportDialog() override;

    void setFormat(Format format);
    Format format() const;
    // Asks where to save (the runner's "Save as"), then exports there.
    void chooseFileAndExport();
    // Exports to `path` in the chosen format; returns at once, finished() tells the end.
    void exportTo(const QString &path);
    void cancelExport();
    // Closing stops a running export first; its file is then not written.
    void reject() override;
    bool isRunning() const { return m_worker != nullptr; }

    qint64 leadCount() const { return m_count; }
    qint64 lastWritten() const { return m_written; }
    bool lastCancelled() const { return m_cancelled; }

signals:
    // The export ended: `error` empty when it did not fail; `cancelled` when the user stopped
    // it (no file written).
    void finished(qint64 written, bool cancelled, const QString &error);

private:
    void showProgress(qint64 written, qint64 total);
    void done(qint64 written, bool cancelled, const QString &error, const QString &path);
    void updateButtons();
    // The message, and the file it is about on a line of its own (elided in the middle when
    // long; the whole path in the tooltip).
    void showMessage(const QString &text, const QString &path = QString());

    Database &m_db;
    const Clock &m_clock;
    DialogRunner &m_runner;
    LeadFilter m_filter;
    QTimeZone m_zone;
    qint64 m_count = 0;
    qint64 m_written = 0;
    bool m_cancelled = false;
    std::atomic_bool m_cancelRequested = false;
    QThread *m_worker = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_path = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace LeadPact
