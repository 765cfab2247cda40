// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"
#include "meeting/isoweek.h"
#include "storage/leadfilter.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTimer;

namespace LeadPact {

class ActionsSlide;
class Clock;
class Database;
class DialogRunner;
class MeetingSession;
class MeetingSlide;
class NotesSlide;

// The weekly sync on a projector: a full-screen presentation of one ISO week (the last finished
// one unless chosen in the header), large type in a high-contrast theme, a clock and a slide
// counter. Right/PgDn go forward, Left/PgUp back, Home/End to the first/last slide, Esc closes
// an open editor or leaves the meeting. Slides: best deal, facts, top-3 problems, ideas,
// action items (the agenda's order), then the meeting's free notes. The week's numbers are computed once when the week is opened; switching slides
// only shows what is already there. Ctrl+E exports the meeting as PDF, Ctrl+P prints it.
class MeetingWindow final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int weeksToChoose = 26;

    // The database, clock and runner must outlive the window.
    MeetingWindow(Database &db,
                  const Clock &clock,
                  const User &user,
                  DialogRunner &runner,
                  const IsoWeek &week = {},
                  QWidget *parent = nullptr);
    ~MeetingWindow() override;

    MeetingSession &session() const { return *m_session; }
    void openWeek(const IsoWeek &week);

    int slideCount() const;
    int currentSlide() const;
    MeetingSlide *slide(int index) const;
    void showSlide(int index);
    void nextSlide() { showSlide(currentSlide() + 1); }
    void previousSlide() { showSlide(currentSlide() - 1); }

    // Asks for a file and writes the whole meeting as PDF / opens the print preview.
    void exportPdf();
    void print();

signals:
    // "Show leads" on a problem: the main window lists them.
    void showLeadsRequested(const LeadFilter &filter, const QString &description);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createFooter();
    void createShortcuts();
    void escape();
    void updateCounter();
    void updateClock();
    void showMessage(const QString &text);

    const Clock &m_clock;
    DialogRunner &m_runner;
    MeetingSession *m_session = nullptr;
    QList<MeetingSlide *> m_slides;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_weekPicker = nullptr;
    QLabel *m_slideTitle = nullptr;
    QLabel *m_clockLabel = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_clockTimer = nullptr;
    int m_styledHeight = 0;
};

} // namespace LeadPact
