// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionsection.h"

#include <QLabel>
#include <QPlainTextEdit>

namespace LeadPact {

QPlainTextEdit *ActionSection::makeCommentEdit()
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(QStringLiteral("comment"));
    edit->setTabChangesFocus(true);
    // Room for a few lines of proof without making the dialog tall.
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 8);
    connect(edit, &QPlainTextEdit::textChanged, this, &ActionSection::changed);
    return edit;
}

QLabel *ActionSection::makeContextLabel(const QString &text, const char *objectName)
{
    auto *label = new QLabel(text.trimmed().isEmpty() ? QStringLiteral("—") : text.trimmed());
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace LeadPact
