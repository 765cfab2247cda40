// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigneditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace LeadPact {

namespace {

// QDateEdit cannot be empty: its minimum stands for "not set" and shows as such.
const QDate unsetDate(2000, 1, 1);

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == unsetDate ? QDate() : edit->date();
}

void setDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : unsetDate);
}

} // namespace

CampaignEditor::CampaignEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("campaignEditor"));
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(form);
    outer->addStretch(1); // spare height below the form, not between its rows
    m_name
        = addLine(form, tr("&Name (as in the documents):"), "campaignName", QStringLiteral("name"));
    m_goal = addText(form, tr("&Goal:"), "campaignGoal", QStringLiteral("goal"));
    m_audience
        = addText(form, tr("&Who it is for:"), "campaignAudience", QStringLiteral("audience"));
    m_announced
        = addLine(form, tr("Announced &in:"), "campaignAnnounced", QStringLiteral("announced_in"));
    m_promo = addLine(form, tr("&Promo code:"), "campaignPromo", QStringLiteral("promo_code"));
    m_benefit = addLine(form,
                        tr("What the code &gives:"),
                        "campaignBenefit",
                        QStringLiteral("promo_benefit"));
    m_landing
        = addLine(form, tr("&Landing link:"), "campaignLanding", QStringLiteral("landing_url"));
    m_landing->setPlaceholderText(QStringLiteral("https://…"));
    m_utm = addLine(form, tr("&utm_campaign:"), "campaignUtm", QStringLiteral("utm_campaign"));
    m_starts = addDate(form, tr("&Starts:"), "campaignStarts", QStringLiteral("starts_on"));
    m_ends = addDate(form, tr("&Ends:"), "campaignEnds", QStringLiteral("ends_on"));
    m_activationFrom = addDate(form,
                               tr("Activation &from:"),
                               "campaignActivationFrom",
                               QStringLiteral("activation_from"));
    m_activationUntil = addDate(form,
                                tr("Activation &until:"),
                                "campaignActivationUntil",
                                QStringLiteral("activation_until"));
    m_technical = addText(form,
                          tr("How it works &technically:"),
                          "campaignTechnical",
                          QStringLiteral("technical_notes"));

    auto *documents = new QWidget(this);
    auto *documentsLayout = new QHBoxLayout(documents);
    documentsLayout->setContentsMargins(0, 0, 0, 0);
    m_documents = new QListWidget(documents);
    m_documents->setObjectName(QStringLiteral("campaignDocuments"));
    m_documents->setMaximumHeight(m_documents->fontMetrics().height() * 5);
    auto *documentButtons = new QVBoxLayout;
    m_addDocument = new QPushButton(tr("A&dd"), documents);
    m_addDocument->setObjectName(QStringLiteral("campaignAddDocument"));
    m_removeDocument = new QPushButton(tr("Remo&ve"), documents);
    m_removeDocument->setObjectName(QStringLiteral("campaignRemoveDocument"));
    documentButtons->addWidget(m_addDocument);
    documentButtons->addWidget(m_removeDocument);
    documentButtons->addStretch(1);
    documentsLayout->addWidget(m_documents, 1);
    documentsLayout->addLayout(documentButtons);
    addField(form, tr("Internal &documents:"), documents, QStringLiteral("document_links"));
    connect(m_addDocument, &QPushButton::clicked, this, [this] {
        auto *item = new QListWidgetItem(QStringLiteral("https://"), m_documents);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_documents->setCurrentItem(item);
        m_documents->editItem(item);
        emit edited();
    });
    connect(m_removeDocument, &QPushButton::clicked, this, [this] {
        delete m_documents->currentItem();
        emit edited();
    });
    connect(m_documents, &QListWidget::itemChanged, this, &CampaignEditor::edited);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("campaignOwner"));
    addField(form, tr("&Responsible:"), m_owner, QStringLiteral("owner"));
    setUsers({});
}

void CampaignEditor::addField(QFormLayout *form,
                              const QString &title,
                              QWidget *field,
                              const QString &code)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *problem = new QLabel(box);
    problem->setObjectName(QStringLiteral("problem_") + code);
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem->hide();
    layout->addWidget(problem);
    m_problems.insert(code, problem);
    form->addRow(title, box);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(box)))
        label->setBuddy(field);
}

QLineEdit *CampaignEditor::addLine(QFormLayout *form,
                                   const QString &title,
                                   const char *objectName,
                                   const QString &field)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    connect(edit, &QLineEdit::textEdited, this, &CampaignEditor::edited);
    addField(form, title, edit, field);
    return edit;
}

QPlainTextEdit *CampaignEditor::addText(QFormLayout *form,
                                        const QString &title,
                                        const char *objectName,
                                        const QString &field)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    connect(edit, &QPlainTextEdit::textChanged, this, &CampaignEditor::edited);
    addField(form, title, edit, field);
    return edit;
}

QDateEdit *CampaignEditor::addDate(QFormLayout *form,
                                   const QString &title,
                                   const char *objectName,
                                   const QString &field)
{
    auto *edit = new QDateEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(unsetDate);
    edit->setSpecialValueText(tr("not set"));
    edit->setDate(unsetDate);
    connect(edit, &QDateEdit::dateChanged, this, &CampaignEditor::edited);
    addField(form, title, edit, field);
    return edit;
}

void CampaignEditor::setUsers(const QList<User> &users)
{
    const QVariant current = m_owner->currentData();
    m_owner->clear();
    m_owner->addItem(tr("nobody"), QVariant());
    for (const User &user : users) {
        if (user.active) {
            m_owner->addItem(user.displayName.isEmpty() ? user.login : user.displayName, user.id);
        }
    }
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(current)));
}

void CampaignEditor::setCampaign(const Campaign &c)
{
    const QSignalBlocker blocker(this);
    m_base = c;
    m_name->setText(c.name);
    m_goal->setPlainText(c.goal);
    m_audience->setPlainText(c.audience);
    m_announced->setText(c.announcedIn);
    m_promo->setText(c.promoCode);
    m_benefit->setText(c.promoBenefit);
    m_landing->setText(c.landingUrl);
    m_utm->setText(c.utmCampaign);
    setDate(m_starts, c.startsOn);
    setDate(m_ends, c.endsOn);
    setDate(m_activationFrom, c.activationFrom);
    setDate(m_activationUntil, c.activationUntil);
    m_technical->setPlainText(c.technicalNotes);
    m_documents->clear();
    for (const QString &link : c.documentLinks) {
        auto *item = new QListWidgetItem(link, m_documents);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_owner->setCurrentIndex(c.ownerId ? qMax(0, m_owner->findData(*c.ownerId)) : 0);
    showProblems({});
}

Campaign CampaignEditor::campaign() const
{
    Campaign c = m_base;
    c.name = m_name->text();
    c.goal = m_goal->toPlainText();
    c.audience = m_audience->toPlainText();
    c.announcedIn = m_announced->text();
    c.promoCode = m_promo->text();
    c.promoBenefit = m_benefit->text();
    c.landingUrl = m_landing->text();
    c.utmCampaign = m_utm->text();
    c.startsOn = dateOf(m_starts);
    c.endsOn = dateOf(m_ends);
    c.activationFrom = dateOf(m_activationFrom);
    c.activationUntil = dateOf(m_activationUntil);
    c.technicalNotes = m_technical->toPlainText();
    c.documentLinks.clear();
    for (int i = 0; i < m_documents->count(); ++i)
        c.documentLinks.append(m_documents->item(i)->text());
    const QVariant owner = m_owner->currentData();
    c.ownerId = owner.isValid() ? std::optional<qint64>(owner.toLongLong()) : std::nullopt;
    return c;
}

void CampaignEditor::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : {m_name, m_announced, m_promo, m_benefit, m_landing, m_utm})
        edit->setReadOnly(readOnly);
    for (QPlainTextEdit *edit : {m_goal, m_audience, m_technical})
        edit->setReadOnly(readOnly);
    for (QDateEdit *edit : {m_starts, m_ends, m_activationFrom, m_activationUntil})
        edit->setReadOnly(readOnly);
    m_documents->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                          : QAbstractItemView::DoubleClicked
                                                | QAbstractItemView::EditKeyPressed);
    m_addDocument->setVisible(!readOnly);
    m_removeDocument->setVisible(!readOnly);
    m_owner->setEnabled(!readOnly);
}

void CampaignEditor::showProblems(const QList<CampaignProblem> &problems)
{
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
    for (const CampaignProblem &problem : problems) {
        QLabel *label = m_problems.value(problem.field);
        if (!label)
            label = m_problems.value(QStringLiteral("name"));
        const QString text = label->text().isEmpty()
                                 ? problem.message
                                 : label->text() + QLatin1Char('\n') + problem.message;
        label->setText(text);
        label->show();
    }
}

QString CampaignEditor::problemText(const QString &field) const
{
    const QLabel *label = m_problems.value(field);
    return label ? label->text() : QString();
}

} // namespace LeadPact
