// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace LeadPact {

struct Alert;

// The in-window notification where the desktop has no system tray: a strip above the queue
// with the latest alert, "Show lead" and a close button. Several alerts in a row keep the
// latest and count the rest.
class AlertBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit AlertBanner(QWidget *parent = nullptr);

    void showAlert(const Alert &alert);
    QString text() const;
    qint64 leadId() const { return m_leadId; }

signals:
    // "Show lead" was pressed for the alert's lead.
    void showLeadRequested(qint64 leadId);

private:
    void dismiss();

    QLabel *m_text = nullptr;
    QPushButton *m_show = nullptr;
    QToolButton *m_close = nullptr;
    qint64 m_leadId = 0;
    int m_unseen = 0;
};

} // namespace LeadPact
