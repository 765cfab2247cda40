// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogeditor.h"

#include "domain/error.h"
#include "domain/permissions.h"
#include "reasontablemodel.h"
#include "service/catalogservice.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace LeadPact {

namespace {

QPushButton *makeButton(const QString &text, const char *objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(objectName));
    button->setAutoDefault(false);
    return button;
}

} // namespace

CatalogEditor::CatalogEditor(CatalogService &service, const User &actor, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_actor(actor)
    , m_editable(actor.active && Permissions::mayEditCatalog(actor.role))
    , m_model(new ReasonTableModel(this))
    , m_kinds(new QTabBar(this))
    , m_table(new QTableView(this))
    , m_rename(makeButton(tr("Re&name"), "rename", this))
    , m_moveUp(makeButton(tr("Move &up"), "moveUp", this))
    , m_moveDown(makeButton(tr("Move &down"), "moveDown", this))
    , m_commentRequired(makeButton(tr("Require &comment"), "commentRequired", this))
    , m_archive(makeButton(tr("A&rchive"), "archive", this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("catalogEditor"));
    setWindowTitle(tr("Reason catalogs"));

    m_kinds->setObjectName(QStringLiteral("kindTabs"));
    m_kinds->addTab(tr("Rejection reasons"));
    m_kinds->addTab(tr("Loss reasons"));

    if (m_editable) {
        m_model->setRenameHandler(
            [this](const Reason &reason, const QString &ru, const QString &en) {
                return attempt([&] { m_service.rename(reason.kind, reason.code, ru, en, m_actor); },
                               false);
            });
    }
    m_table->setObjectName(QStringLiteral("reasonTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(m_editable ? QAbstractItemView::DoubleClicked
                                              | QAbstractItemView::EditKeyPressed
                                        : QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() * 3 / 2 + 2);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonTableModel::TitleRu,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonTableModel::TitleEn,
                                                      QHeaderView::Stretch);
    m_archive->setToolTip(tr("An archived reason is no longer offered; leads that carry it keep "
                             "it. Reasons are never deleted."));

    auto *actions = new QVBoxLayout;
    for (QPushButton *button : {m_rename, m_moveUp, m_moveDown, m_commentRequired, m_archive})
        actions->addWidget(button);
    actions->addStretch(1);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(actions);

    auto *hint = new QLabel(m_editable ? tr("Reasons are never deleted: archive the ones no longer "
                                            "used. Double-click a title to rename it.")
                                       : tr("Only an administrator or the head of sales may edit "
                                            "the catalogs; you can view them."),
                            this);
    hint->setObjectName(m_editable ? QStringLiteral("editHint") : QStringLiteral("readOnlyHint"));
    hint->setWordWrap(true);

    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    QPalette warning = m_errorLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xa4, 0x1e, 0x1e));
    m_errorLabel->setPalette(warning);
    m_errorLabel->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttons"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_kinds);
    layout->addLayout(tableRow, 1);
    layout->addWidget(hint);
    layout->addWidget(makeAddForm());
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &CatalogEditor::reject);
    connect(m_kinds, &QTabBar::currentChanged, this, [this] {
        m_errorLabel->hide();
        reload();
    });
    connect(m_rename, &QPushButton::clicked, this, &CatalogEditor::renameCurrent);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_commentRequired, &QPushButton::clicked, this, &CatalogEditor::toggleCommentRequired);
    connect(m_archive, &QPushButton::clicked, this, &CatalogEditor::toggleArchived);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CatalogEditor::updateButtons);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &CatalogEditor::updateButtons);

    // The toggling buttons keep one width whichever text they show, so the table does not jump.
    const auto fitBoth = [](QPushButton *button, const QString &a, const QString &b) {
        button->setText(a);
        const int width = button->sizeHint().width();
        button->setText(b);
        button->setMinimumWidth(std::max(width, button->sizeHint().width()));
    };
    fitBoth(m_commentRequired, tr("No &comment needed"), tr("Require &comment"));
    fitBoth(m_archive, tr("Un&archive"), tr("A&rchive"));

    reload();
    resize(fontMetrics().averageCharWidth() * 160, fontMetrics().lineSpacing() * 40);
}

CatalogEditor::~CatalogEditor()
{
    // A title still being edited is committed when its editor dies with the children, after
    // this object is gone: drop that rename and the signals that would reach back here.
    m_model->setRenameHandler({});
    m_model->disconnect(this);
    m_table->selectionModel()->disconnect(this);
}

QWidget *CatalogEditor::makeAddForm()
{
    auto *box = new QGroupBox(tr("New reason"), this);
    m_newCode = new QLineEdit(box);
    m_newCode->setObjectName(QStringLiteral("newCode"));
    m_newCode->setPlaceholderText(tr("latin letters, digits, _ (e.g. no_license)"));
    m_newTitleRu = new QLineEdit(box);
    m_newTitleRu->setObjectName(QStringLiteral("newTitleRu"));
    m_newTitleEn = new QLineEdit(box);
    m_newTitleEn->setObjectName(QStringLiteral("newTitleEn"));
    m_newCommentRequired = new QCheckBox(tr("Requires a comment as proof"), box);
    m_newCommentRequired->setObjectName(QStringLiteral("newCommentRequired"));
    m_add = makeButton(tr("&Add"), "add", box);

    auto *last = new QHBoxLayout;
    last->addWidget(m_newCommentRequired, 1);
    last->addWidget(m_add);
    auto *form = new QFormLayout(box);
    form->addRow(tr("C&ode:"), m_newCode);
    form->addRow(tr("Russian &title:"), m_newTitleRu);
    form->addRow(tr("&English title:"), m_newTitleEn);
    form->addRow(last);

    for (QLineEdit *edit : {m_newCode, m_newTitleRu, m_newTitleEn})
        connect(edit, &QLineEdit::textChanged, this, &CatalogEditor::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &CatalogEditor::addReason);
    box->setEnabled(m_editable);
    box->setVisible(m_editable);
    return box;
}

ReasonKind CatalogEditor::currentKind() const
{
    return m_kinds->currentIndex() == 1 ? ReasonKind::Loss : ReasonKind::Rejection;
}

void CatalogEditor::setCurrentKind(ReasonKind kind)
{
    m_kinds->setCurrentIndex(kind == ReasonKind::Loss ? 1 : 0);
}

void CatalogEditor::reload()
{
    const int row = currentRow();
    const QString selected = row >= 0 ? m_model->reason(row).code : QString();
    try {
        const ReasonCatalog catalog = m_service.catalog();
        QList<Reason> reasons;
        for (const Reason &reason : catalog.all()) {
            if (reason.kind == currentKind())
                reasons.append(reason);
        }
        m_model->setReasons(reasons, m_service.usageCounts());
    } catch (const Error &error) {
        m_errorLabel->setText(error.message());
        m_errorLabel->show();
    }
    selectCode(selected);
}

bool CatalogEditor::attempt(const std::function<void()> &change, bool reloadAfter)
{
    try {
        change();
    } catch (const Error &error) {
        m_errorLabel->setText(error.message());
        m_errorLabel->show();
        return false;
    }
    m_errorLabel->hide();
    m_errorLabel->clear();
    if (reloadAfter)
        reload();
    return true;
}

int CatalogEditor::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CatalogEditor::selectCode(const QString &code)
{
    const int row = code.isEmpty() ? -1 : m_model->rowOf(code);
    if (row < 0) {
        updateButtons();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, ReasonTableModel::Code),
                                               QItemSelectionModel::ClearAndSelect
                                                   | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, ReasonTableModel::Code));
}

void CatalogEditor::updateButtons()
{
    const int row = currentRow();
    const bool selected = m_editable && row >= 0;
    m_rename->setEnabled(selected);
    m_moveUp->setEnabled(selected && row > 0);
    m_moveDown->setEnabled(selected && row < m_model->rowCount() - 1);
    m_commentRequired->setEnabled(selected);
    m_archive->setEnabled(selected);
    const bool required = row >= 0 && m_model->reason(row).commentRequired;
    const bool archived = row >= 0 && m_model->reason(row).archived;
    m_commentRequired->setText(required ? tr("No &comment needed") : tr("Require &comment"));
    m_archive->setText(archived ? tr("Un&archive") : tr("A&rchive"));
    m_add->setEnabled(
        m_editable && !m_newCode->text().trimmed().isEmpty()
        && !(m_newTitleRu->text().trimmed().isEmpty() && m_newTitleEn->text().trimmed().isEmpty()));
}

void CatalogEditor::addReason()
{
    Reason reason;
    reason.kind = currentKind();
    reason.code = m_newCode->text().trimmed();
    reason.titleRu = m_newTitleRu->text().trimmed();
    reason.titleEn = m_newTitleEn->text().trimmed();
    reason.commentRequired = m_newCommentRequired->isChecked();
    if (!attempt([&] { m_service.add(reason, m_actor); }))
        return;
    for (QLineEdit *edit : {m_newCode, m_newTitleRu, m_newTitleEn})
        edit->clear();
    m_newCommentRequired->setChecked(false);
    selectCode(reason.code);
}

void CatalogEditor::renameCurrent()
{
    const int row = currentRow();
    if (row < 0 || !m_editable)
        return;
    const QModelIndex title = m_model->index(row, ReasonTableModel::TitleRu);
    m_table->setCurrentIndex(title);
    m_table->edit(title);
}

void CatalogEditor::moveCurrent(int step)
{
    const int row = currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_model->rowCount())
        return;
    QStringList codes;
    for (int i = 0; i < m_model->rowCount(); ++i)
        codes.append(m_model->reason(i).code);
    codes.swapItemsAt(row, target);
    attempt([&] { m_service.reorder(currentKind(), codes, m_actor); });
}

void CatalogEditor::toggleCommentRequired()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Reason reason = m_model->reason(row);
    attempt([&] {
        m_service.setCommentRequired(reason.kind, reason.code, !reason.commentRequired, m_actor);
    });
}

void CatalogEditor::toggleArchived()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Reason reason = m_model->reason(row);
    attempt([&] { m_service.setArchived(reason.kind, reason.code, !reason.archived, m_actor); });
}

} // namespace LeadPact
