// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignregistrydialog.h"

#include "campaigneditor.h"
#include "campaignsavejob.h"
#include "campaigns/campaignservice.h"
#include "campaigntablemodel.h"
#include "domain/error.h"
#include "service/clock.h"
#include "service/userservice.h"
#include "storage/database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace LeadPact {

CampaignRegistryDialog::CampaignRegistryDialog(Database &db,
                                               const Clock &clock,
                                               const User &user,
                                               QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_user(user)
    , m_mayEdit(CampaignService::mayEdit(user.role) && user.active && !db.isReadOnly())
    , m_service(std::make_unique<CampaignService>(db, clock))
    , m_model(new CampaignTableModel(this))
    , m_table(new QTableView(this))
    , m_editor(new CampaignEditor(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_job(new CampaignSaveJob(db, clock, this))
{
    setObjectName(QStringLiteral("campaignRegistry"));
    setWindowTitle(m_mayEdit ? tr("Campaigns") : tr("Campaigns (read only)"));

    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CampaignTableModel::Name,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_editor->setReadOnly(!m_mayEdit);
    try {
        m_editor->setUsers(UserService(db).list());
    } catch (const Error &error) {
        m_status->setText(error.message());
    }

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({700, 500}); // the table's names and dates want the wider half

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_card = buttons->addButton(tr("Campaign &card…"), QDialogButtonBox::ActionRole);
    m_card->setObjectName(QStringLiteral("campaignCardButton"));
    m_new = buttons->addButton(tr("&New"), QDialogButtonBox::ActionRole);
    m_new->setObjectName(QStringLiteral("campaignNew"));
    m_archive = buttons->addButton(tr("&Archive"), QDialogButtonBox::ActionRole);
    m_archive->setObjectName(QStringLiteral("campaignArchive"));
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("campaignSave"));
    m_cancel = buttons->addButton(tr("S&top saving"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("campaignCancelSave"));
    m_cancel->setToolTip(tr("Stop attributing the leads; the campaign is not saved"));
    m_cancel->hide();
    for (QPushButton *button : {m_new, m_archive, m_save})
        button->setVisible(m_mayEdit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_new, &QPushButton::clicked, this, &CampaignRegistryDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &CampaignRegistryDialog::save);
    connect(m_archive, &QPushButton::clicked, this, &CampaignRegistryDialog::toggleArchived);
    connect(m_cancel, &QPushButton::clicked, this, &CampaignRegistryDialog::cancelSave);
    connect(m_job, &CampaignSaveJob::runningChanged, this, &CampaignRegistryDialog::setSaving);
    connect(m_job, &CampaignSaveJob::runningChanged, this, &CampaignRegistryDialog::savingChanged);
    connect(m_job, &CampaignSaveJob::finished, this, &CampaignRegistryDialog::done);
    connect(m_job, &CampaignSaveJob::cancelled, this, [this] {
        m_status->setText(tr("Saving was stopped: the campaign and its leads are as they were."));
        emit saveEnded();
    });
    connect(m_job, &CampaignSaveJob::failed, this, [this](const QString &message) {
        m_status->setText(message);
        emit saveEnded();
    });
    connect(m_card, &QPushButton::clicked, this, [this] {
        if (m_selectedId != 0)
            emit cardRequested(m_selectedId);
    });

    m_status->setObjectName(QStringLiteral("campaignStatus"));
    m_status->setWordWrap(true);
    // Attribution is a few set-based statements: there is no count to show, only that it runs.
    m_busy->setObjectName(QStringLiteral("campaignSaveBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showSelected();
    });
    reload(0);
    resize(1200, 720);
}

CampaignRegistryDialog::~CampaignRegistryDialog() = default;

void CampaignRegistryDialog::reload(qint64 selectId)
{
    try {
        const QDate today = m_clock.now().toTimeZone(m_service->teamZone()).date();
        m_model->setCampaigns(m_service->list(true, true), today);
    } catch (const Error &error) {
        m_status->setText(error.message());
    }
    select(selectId);
}

void CampaignRegistryDialog::select(qint64 id)
{
    int row = m_model->rowOf(id);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row < 0) {
        startNew();
        return;
    }
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
    showSelected();
}

void CampaignRegistryDialog::showSelected()
{
    const Campaign *c = m_model->campaignAt(m_table->currentIndex().row());
    if (!c)
        return;
    m_selectedId = c->id;
    m_editor->setCampaign(*c);
    m_archive->setText(c->archived ? tr("Rest&ore") : tr("&Archive"));
    m_archive->setEnabled(true);
    m_card->setEnabled(true);
}

void CampaignRegistryDialog::startNew()
{
    m_table->clearSelection();
    m_selectedId = 0;
    m_editor->setCampaign(Campaign {});
    m_archive->setEnabled(false);
    m_card->setEnabled(false);
    m_status->clear();
}

bool CampaignRegistryDialog::save()
{
    if (!m_mayEdit || m_job->isRunning())
        return false;
    Campaign entered = m_editor->campaign();
    entered.id = m_selectedId;
    const QList<CampaignProblem> problems = m_service->problems(entered);
    m_editor->showProblems(problems);
    if (!problems.isEmpty()) {
        m_status->setText(tr("The campaign is not saved: see the fields marked in red."));
        return false;
    }
    // Saving attributes the matching leads in one transaction: seconds on a million leads
    // (tests/bench/campaigns.sh). It runs on its own thread; the form waits, the window does not.
    m_status->setText(tr("Saving \"%1\" and attributing the leads it matches…").arg(entered.name));
    m_job->start(entered, m_user);
    return true;
}

bool CampaignRegistryDialog::isSaving() const
{
    return m_job->isRunning();
}

void CampaignRegistryDialog::cancelSave()
{
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Stopping: the changes are being rolled back…"));
}

void CampaignRegistryDialog::setSaving(bool saving)
{
    m_editor->setEnabled(!saving);
    m_table->setEnabled(!saving);
    for (QPushButton *button : {m_new, m_archive, m_save, m_card})
        button->setEnabled(!saving);
    m_busy->setVisible(saving);
    m_cancel->setVisible(saving && m_job->canCancel());
    m_cancel->setEnabled(saving);
    if (saving) {
        QApplication::setOverrideCursor(Qt::BusyCursor);
    } else {
        QApplication::restoreOverrideCursor();
        // Archive and the card need a stored campaign in the form.
        m_archive->setEnabled(m_selectedId != 0);
        m_card->setEnabled(m_selectedId != 0);
    }
}

void CampaignRegistryDialog::done(const CampaignService::Saved &saved)
{
    reload(saved.campaign.id);
    QString text = tr("Saved \"%1\".").arg(saved.campaign.name);
    if (saved.attributed > 0)
        text += QLatin1Char(' ') + tr("%n lead(s) attributed to it.", nullptr, int(saved.attributed));
    if (saved.relabelled > 0)
        text += QLatin1Char(' ')
                + tr("%n lead(s) now carry the new name.", nullptr, int(saved.relabelled));
    m_status->setText(text);
    emit changed();
    emit saveEnded();
}

void CampaignRegistryDialog::reject()
{
    // Closing while saving stops the save: nothing half-done stays behind.
    if (m_job->isRunning()) {
        cancelSave();
        connect(m_job, &CampaignSaveJob::runningChanged, this, &QDialog::reject,
                Qt::SingleShotConnection);
        return;
    }
    QDialog::reject();
}

void CampaignRegistryDialog::toggleArchived()
{
    const Campaign *c = m_model->campaignAt(m_table->currentIndex().row());
    if (!c || !m_mayEdit)
        return;
    try {
        const Campaign changed = m_service->setArchived(c->id, !c->archived, m_user);
        reload(changed.id);
        m_status->setText(changed.archived
                              ? tr("\"%1\" is archived: it takes no new leads.").arg(changed.name)
                              : tr("\"%1\" is active again.").arg(changed.name));
        emit this->changed();
    } catch (const Error &error) {
        m_status->setText(error.message());
    }
}

} // namespace LeadPact
