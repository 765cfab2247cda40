// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadexportdialog.h"

#include "dialogrunner.h"
#include "domain/error.h"
#include "export/leadexporter.h"
#include "service/clock.h"
#include "storage/database.h"
#include "storage/leadrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace LeadPact {

namespace {

// The export as it runs on any connection: returns the count, sets `cancelled`.
qint64 runExport(Database &db, const Clock &clock, const LeadFilter &filter,
                 LeadExportDialog::Format format, const QString &path, const QTimeZone &zone,
                 const LeadExportProgress &progress, bool &cancelled)
{
    LeadExporter exporter(db, clock);
    exporter.setProgress(progress);
    qint64 written = 0;
    if (format == LeadExportDialog::Format::Xlsx) {
        written = exporter.writeXlsx(filter, path, zone);
    } else {
        LeadExportOptions options;
        options.timeZone = zone;
        options.encoding = format == LeadExportDialog::Format::CsvWindows1251
                               ? QByteArrayLiteral("windows-1251")
                               : QByteArrayLiteral("UTF-8");
        written = exporter.writeCsv(filter, path, options);
    }
    cancelled = exporter.wasCancelled();
    return written;
}

} // namespace

LeadExportDialog::LeadExportDialog(Database &db,
                                   const Clock &clock,
                                   DialogRunner &runner,
                                   const LeadFilter &filter,
                                   QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_runner(runner)
    , m_filter(filter)
    , m_zone(QTimeZone::systemTimeZone())
    , m_format(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_path(new QLabel(this))
{
    setObjectName(QStringLiteral("leadExportDialog"));
    setWindowTitle(tr("Export leads"));

    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("Excel workbook (.xlsx)"), int(Format::Xlsx));
    m_format->addItem(tr("CSV for Excel, UTF-8"), int(Format::CsvUtf8));
    m_format->addItem(tr("CSV for older Excel, Windows-1251"), int(Format::CsvWindows1251));

    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_summary->setWordWrap(true);
    try {
        m_count = LeadRepository(db).count(m_filter);
        m_summary->setText(tr("%Ln lead(s) of the list as it is filtered now, in its order.", "",
                              int(std::min<qint64>(m_count, INT_MAX))));
    } catch (const Error &error) {
        m_summary->setText(error.message());
    }
    auto *zone = new QLabel(
        tr("Times in your time zone: %1.").arg(QString::fromUtf8(m_zone.id())), this);
    zone->setObjectName(QStringLiteral("exportZone"));
    zone->setWordWrap(true);

    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportStart"));
    m_cancel = buttons->addButton(tr("&Stop export"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("exportCancel"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("exportClose"));
    connect(m_export, &QPushButton::clicked, this, &LeadExportDialog::chooseFileAndExport);
    connect(m_cancel, &QPushButton::clicked, this, &LeadExportDialog::cancelExport);
    connect(m_close, &QPushButton::clicked, this, &LeadExportDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(zone);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_path);
    layout->addStretch(1);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    updateButtons();
    adjustSize();
}

LeadExportDialog::~LeadExportDialog()
{
    if (m_worker) {
        m_cancelRequested = true;
        m_worker->wait();
        delete m_worker;
    }
}

void LeadExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

LeadExportDialog::Format LeadExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

void LeadExportDialog::chooseFileAndExport()
{
    const bool xlsx = format() == Format::Xlsx;
    const QString date = m_clock.now().toTimeZone(m_zone).date().toString(Qt::ISODate);
    const QString suggested = tr("leads-%1").arg(date)
                              + (xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv"));
    const QString path = m_runner.saveFileName(tr("Export leads"), suggested,
                                               xlsx ? tr("Excel workbook (*.xlsx)")
                                                    : tr("CSV file (*.csv)"),
                                               this);
    if (!path.isEmpty())
        exportTo(path);
}

void LeadExportDialog::exportTo(const QString &path)
{
    if (m_worker)
        return;
    m_cancelRequested = false;
    m_written = 0;
    m_cancelled = false;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    showMessage(tr("Exporting to:"), path);

    const Format chosen = format();
    const QString location = m_db.location();
    if (location.isEmpty() || location == QLatin1String(":memory:")) {
        // No second connection can see this database: export here, between repaints.
        bool cancelled = false;
        QString error;
        qint64 written = 0;
        try {
            written = runExport(m_db, m_clock, m_filter, chosen, path, m_zone,
                                [this](qint64 done, qint64 total) {
                                    showProgress(done, total);
                                    return !m_cancelRequested.load();
                                },
                                cancelled);
        } catch (const Error &e) {
            error = e.message();
        }
        done(written, cancelled, error, path);
        return;
    }
    const Clock *clock = &m_clock;
    const LeadFilter filter = m_filter;
    const QTimeZone zone = m_zone;
    m_worker = QThread::create([this, location, clock, filter, chosen, path, zone] {
        qint64 written = 0;
        bool cancelled = false;
        QString error;
        try {
            // A connection of this thread's own: SQLite connections stay on their thread.
            const std::unique_ptr<Database> db
                = Database::openSqlite(location, Database::Access::ReadOnly);
            written = runExport(*db, *clock, filter, chosen, path, zone,
                                [this](qint64 done, qint64 total) {
                                    QMetaObject::invokeMethod(
                                        this, [this, done, total] { showProgress(done, total); },
                                        Qt::QueuedConnection);
                                    return !m_cancelRequested.load();
                                },
                                cancelled);
        } catch (const Error &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromLocal8Bit(e.what());
        }
        QMetaObject::invokeMethod(
            this, [this, written, cancelled, error, path] { done(written, cancelled, error, path); },
            Qt::QueuedConnection);
    });
    m_worker->setObjectName(QStringLiteral("leadExporter"));
    updateButtons();
    m_worker->start(QThread::LowPriority);
}

void LeadExportDialog::cancelExport()
{
    if (!m_worker)
        return;
    m_cancelRequested = true;
    showMessage(tr("Stopping the export…"));
}

void LeadExportDialog::reject()
{
    // Closing stops a running export first; its file is then not written.
    if (m_worker) {
        cancelExport();
        m_worker->wait();
    }
    QDialog::reject();
}

void LeadExportDialog::showProgress(qint64 written, qint64 total)
{
    m_progress->setValue(total > 0 ? int(written * 100 / total) : 100);
    m_progress->setFormat(
        tr("%1 of %2").arg(QLocale().toString(written), QLocale().toString(total)));
}

void LeadExportDialog::done(qint64 written, bool cancelled, const QString &error,
                            const QString &path)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    m_written = written;
    m_cancelled = cancelled;
    if (!error.isEmpty()) {
        showMessage(tr("The export failed: %1 No file was written.").arg(error));
        m_progress->setVisible(false);
    } else if (cancelled) {
        showMessage(tr("Export stopped; this file was not written:"), path);
        m_progress->setVisible(false);
    } else {
        showProgress(written, written);
        showMessage(tr("%Ln lead(s) written to:", "", int(std::min<qint64>(written, INT_MAX))),
                    path);
    }
    updateButtons();
    emit finished(written, cancelled, error);
}

void LeadExportDialog::showMessage(const QString &text, const QString &path)
{
    m_message->setText(text);
    const QString native = QDir::toNativeSeparators(path);
    const int width = std::max(m_message->width(), fontMetrics().averageCharWidth() * 60);
    m_path->setText(fontMetrics().elidedText(native, Qt::ElideMiddle, width));
    m_path->setToolTip(native);
    m_path->setVisible(!path.isEmpty());
    adjustSize();
}

void LeadExportDialog::updateButtons()
{
    const bool running = m_worker != nullptr;
    m_export->setEnabled(!running);
    m_format->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_cancel->setVisible(running);
}

} // namespace LeadPact
