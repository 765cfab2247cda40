// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace LeadPact {

struct TransitionRequest;

// The action-specific part of a TransitionDialog: its fields, what they put into the request,
// and the input problems only the UI can see (text that is not a number). Everything else the
// request lacks is for the core's check() to say.
class ActionSection : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Copies the fields into the request (the dialog has set its action already).
    virtual void fillRequest(TransitionRequest &request) const = 0;
    // Messages about input that cannot even be turned into a request value.
    virtual QStringList inputProblems() const { return {}; }
    // Request fields ("reason", …) whose problems inputProblems() words for this form: the
    // core's messages about them, written for every client, are left out.
    virtual QStringList explainedFields() const { return {}; }
    // The widget that takes the focus when the dialog opens.
    virtual QWidget *firstField() const = 0;

signals:
    // Any field was edited; the dialog checks the request again.
    void changed();

protected:
    // A notes box ("comment") on which Tab moves on instead of inserting a tab, so the dialog
    // stays usable from the keyboard; edits emit changed().
    QPlainTextEdit *makeCommentEdit();
    // The read-only text of a context field, or a dash when it is empty.
    static QLabel *makeContextLabel(const QString &text, const char *objectName);
};

} // namespace LeadPact
