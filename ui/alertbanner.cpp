// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertbanner.h"

#include "alertcenter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace LeadPact {

AlertBanner::AlertBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_show(new QPushButton(tr("Show lead"), this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("alertBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(255, 236, 179));
    colours.setColor(QPalette::WindowText, QColor(33, 33, 33));
    setPalette(colours);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_text->setObjectName(QStringLiteral("alertBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_show->setObjectName(QStringLiteral("alertBannerShow"));
    m_close->setObjectName(QStringLiteral("alertBannerClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_close);

    connect(m_show, &QPushButton::clicked, this, [this] {
        const qint64 id = m_leadId;
        dismiss();
        emit showLeadRequested(id);
    });
    connect(m_close, &QToolButton::clicked, this, &AlertBanner::dismiss);
    hide();
}

void AlertBanner::showAlert(const Alert &alert)
{
    if (!isHidden())
        ++m_unseen;
    m_leadId = alert.leadId;
    QString text = tr("%1: %2").arg(alert.title, alert.message);
    if (m_unseen > 0)
        text = tr("%1 (and %2 more)").arg(text).arg(m_unseen);
    m_text->setText(text);
    m_show->setVisible(alert.leadId != 0);
    show();
}

QString AlertBanner::text() const
{
    return m_text->text();
}

void AlertBanner::dismiss()
{
    m_unseen = 0;
    hide();
}

} // namespace LeadPact
