// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaigns/campaign.h"
#include "campaigns/campaignservice.h"
#include "domain/role.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace LeadPact {

// Every field of a campaign as a form: single lines for names, codes and addresses,
// multi-line for goal, audience and technical notes, a list for document links, dates that may
// stay unset. Problems the service finds are shown under their fields.
class CampaignEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignEditor(QWidget *parent = nullptr);

    // The users that may be responsible (active ones), for the owner list.
    void setUsers(const QList<User> &users);
    void setCampaign(const Campaign &campaign);
    // The campaign as entered (id and bookkeeping fields of the one set last).
    Campaign campaign() const;
    void setReadOnly(bool readOnly);

    // Shows each problem under its field; an empty list clears them.
    void showProblems(const QList<CampaignProblem> &problems);
    QString problemText(const QString &field) const;

signals:
    void edited();

private:
    QLineEdit *addLine(QFormLayout *form,
                       const QString &title,
                       const char *objectName,
                       const QString &field);
    QPlainTextEdit *addText(QFormLayout *form,
                            const QString &title,
                            const char *objectName,
                            const QString &field);
    QDateEdit *addDate(QFormLayout *form,
                       const QString &title,
                       const char *objectName,
                       const QString &field);
    void addField(QFormLayout *form, const QString &title, QWidget *field, const QString &code);

    Campaign m_base;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_goal = nullptr;
    QPlainTextEdit *m_audience = nullptr;
    QLineEdit *m_announced = nullptr;
    QLineEdit *m_promo = nullptr;
    QLineEdit *m_benefit = nullptr;
    QLineEdit *m_landing = nullptr;
    QLineEdit *m_utm = nullptr;
    QDateEdit *m_starts = nullptr;
    QDateEdit *m_ends = nullptr;
    QDateEdit *m_activationFrom = nullptr;
    QDateEdit *m_activationUntil = nullptr;
    QPlainTextEdit *m_technical = nullptr;
    QListWidget *m_documents = nullptr;
    QPushButton *m_addDocument = nullptr;
    QPushButton *m_removeDocument = nullptr;
    QComboBox *m_owner = nullptr;
    QHash<QString, QLabel *> m_problems; // field code -> its error label
};

} // namespace LeadPact
