// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace LeadPact {

// The projector theme of the meeting: near-black on white (a lit room washes out dark
// backgrounds), type sized from the screen height so a 720-line projector and a 1080-line one
// show the same slide, and colours that keep apart for colour-blind viewers (blue/vermilion).
namespace MeetingTheme {

QColor background();
QColor text();
QColor muted();
QColor accent();
QColor better();
QColor worse();
QColor headerBackground();

// Base text size in pixels for a window `height` pixels high.
int basePixelSize(int height);
// The style sheet of the whole meeting window for that height.
QString styleSheet(int height);

} // namespace MeetingTheme

} // namespace LeadPact
