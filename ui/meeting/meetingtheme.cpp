// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingtheme.h"

#include <algorithm>

namespace LeadPact::MeetingTheme {

QColor background()
{
    return QColor(0xff, 0xff, 0xff);
}
QColor text()
{
    return QColor(0x11, 0x11, 0x11);
}
QColor muted()
{
    return QColor(0x3a, 0x3a, 0x3a);
}
QColor accent()
{
    return QColor(0x0b, 0x4f, 0x9c);
}
// Better in blue, worse in vermilion: apart for every kind of colour blindness (red/green is not).
QColor better()
{
    return QColor(0x00, 0x6b, 0xa8);
}
QColor worse()
{
    return QColor(0xc4, 0x1e, 0x00);
}
QColor headerBackground()
{
    return QColor(0x0b, 0x25, 0x45);
}

int basePixelSize(int height)
{
    // 1080 lines -> 33 px, 720 -> 22 px: about 30 lines of text on a slide.
    return std::max(14, height / 32);
}

QString styleSheet(int height)
{
    const int base = basePixelSize(height);
    const auto px = [base](double factor) { return QString::number(int(base * factor)); };
    return QStringLiteral(
               "LeadPact--MeetingWindow { background: %1; }"
               "QWidget { color: %2; font-size: %3px; }"
               "QWidget#meetingHeader { background: %4; }"
               "QWidget#meetingHeader QLabel, QWidget#meetingHeader QToolButton { color: white; }"
               "QLabel#slideTitle { font-size: %5px; font-weight: bold; color: %6; }"
               "QLabel#weekTitle, QLabel#meetingClock, QLabel#slideCounter { font-size: %7px; }"
               "QLabel#meetingClock, QLabel#slideCounter { font-weight: bold; }"
               "QLabel[role=\"big\"] { font-size: %8px; font-weight: bold; }"
               "QLabel[role=\"huge\"] { font-size: %9px; font-weight: bold; color: %6; }"
               "QLabel[role=\"muted\"] { color: %10; font-size: %11px; }"
               "QLabel[role=\"better\"] { color: %12; font-weight: bold; }"
               "QLabel[role=\"worse\"] { color: %13; font-weight: bold; }"
               "QLabel[role=\"head\"] { color: %10; font-size: %3px; font-weight: bold; }"
               "QLabel[role=\"overdue\"] { color: %13; font-weight: bold; }"
               "QLabel[role=\"tag\"] { color: %10; font-size: %11px; font-style: italic; }"
               "QFrame[role=\"card\"] { border-bottom: 2px solid #c8c8c8; }"
               "QPushButton, QToolButton, QComboBox, QLineEdit, QDateEdit, QCheckBox { font-size: "
               "%11px; }"
               "QPushButton { padding: 4px 14px; }"
               "QLabel#statusMessage { color: %13; font-size: %11px; }"
               "QScrollArea, QScrollArea > QWidget > QWidget { background: %1; }"
               "QPushButton#showLeadsButton { color: %6; text-decoration: underline; border: none; "
               "}")
        .arg(background().name(),
             text().name(),
             px(1.0),
             headerBackground().name(),
             px(1.6),
             accent().name(),
             px(0.8),
             px(1.3),
             px(2.6))
        .arg(muted().name(), px(0.75), better().name(), worse().name());
}

} // namespace LeadPact::MeetingTheme
