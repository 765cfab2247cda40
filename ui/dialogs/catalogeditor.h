// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/reason.h"
#include "domain/role.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabBar;
class QTableView;

namespace LeadPact {

class CatalogService;
class ReasonTableModel;

// The rejection and loss catalogs for the administrator and the head of sales: add a reason,
// rename it (RU/EN titles, edited in place), reorder, toggle "comment required", archive or
// unarchive. There is no delete: a reason in use is archived, and the table shows how many
// leads use each. Every change goes through CatalogService as the acting user; a refusal shows
// in "errorLabel" rather than in a message box. Users who may not edit see the catalog read-only.
class CatalogEditor final : public QDialog
{
    Q_OBJECT

public:
    CatalogEditor(CatalogService &service, const User &actor, QWidget *parent = nullptr);
    ~CatalogEditor() override;

    ReasonKind currentKind() const;
    void setCurrentKind(ReasonKind kind);
    bool isEditable() const { return m_editable; }
    ReasonTableModel *model() const { return m_model; }

private:
    QWidget *makeAddForm();
    void reload();
    // Runs one catalog change; shows the core's refusal in the error label. `reloadAfter` reads
    // the catalog again on success (in-place renames update their row themselves).
    bool attempt(const std::function<void()> &change, bool reloadAfter = true);
    int currentRow() const;
    void selectCode(const QString &code);
    void updateButtons();

    void addReason();
    void renameCurrent();
    void moveCurrent(int step);
    void toggleCommentRequired();
    void toggleArchived();

    CatalogService &m_service;
    User m_actor;
    bool m_editable = false;
    ReasonTableModel *m_model = nullptr;
    QTabBar *m_kinds = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    QPushButton *m_commentRequired = nullptr;
    QPushButton *m_archive = nullptr;
    QLineEdit *m_newCode = nullptr;
    QLineEdit *m_newTitleRu = nullptr;
    QLineEdit *m_newTitleEn = nullptr;
    QCheckBox *m_newCommentRequired = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace LeadPact
