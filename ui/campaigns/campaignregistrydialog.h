// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaigns/campaignservice.h"
#include "domain/role.h"

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace LeadPact {

class CampaignEditor;
class CampaignSaveJob;
class CampaignTableModel;
class Clock;
class Database;

// Tools → Campaigns: marketing's registry of promotions. The table lists every campaign with
// its dates, promo code, owner, leads attributed and state (upcoming ones in bold); the form
// beside it edits the selected one or a new one. Marketing, the head of sales and admin edit;
// everyone else reads. Saving attributes the leads the campaign matches and says how many; on a
// large database that runs in the background with a busy bar and Cancel (CampaignSaveJob).
class CampaignRegistryDialog final : public QDialog
{
    Q_OBJECT

public:
    CampaignRegistryDialog(Database &db,
                           const Clock &clock,
                           const User &user,
                           QWidget *parent = nullptr);
    ~CampaignRegistryDialog() override;

    // Selects the campaign (or the first row when it is not there).
    void select(qint64 id);
    // Saves the form: a new campaign or the selected one. Returns false when the form has
    // problems (shown at their fields) or may not be saved; otherwise the save has started, and
    // saved() or the status line tells how it ended.
    bool save();
    bool isSaving() const;
    // Stops a running save; nothing of it is kept.
    void cancelSave();
    void startNew();

signals:
    // The registry changed (the dashboard's campaign list, the lead labels).
    void changed();
    void cardRequested(qint64 campaignId);
    // A save ended (saved, failed or cancelled): the form is editable again.
    void saveEnded();
    // A save holds the database's write lock (on its own connection) from true to false.
    void savingChanged(bool saving);

private:
    void reload(qint64 selectId);
    void showSelected();
    void toggleArchived();
    void setSaving(bool saving);
    void done(const CampaignService::Saved &saved);
    void reject() override;

    Database &m_db;
    const Clock &m_clock;
    User m_user;
    bool m_mayEdit = false;
    std::unique_ptr<CampaignService> m_service;
    CampaignTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    CampaignEditor *m_editor = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_archive = nullptr;
    QPushButton *m_card = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_busy = nullptr;
    CampaignSaveJob *m_job = nullptr;
    qint64 m_selectedId = 0; // 0: a new campaign in the form
};

} // namespace LeadPact
