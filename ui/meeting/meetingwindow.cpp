// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingwindow.h"

#include "actionsslide.h"
#include "bestdealslide.h"
#include "dialogrunner.h"
#include "domain/error.h"
#include "factsslide.h"
#include "meetingsession.h"
#include "meetingtheme.h"
#include "notesslide.h"
#include "report/meetingdocument.h"
#include "service/clock.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrinter>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace LeadPact {

MeetingWindow::MeetingWindow(Database &db,
                             const Clock &clock,
                             const User &user,
                             DialogRunner &runner,
                             const IsoWeek &week,
                             QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_clock(clock)
    , m_runner(runner)
    , m_session(new MeetingSession(db, clock, user, this))
    , m_stack(new QStackedWidget(this))
    , m_clockTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("meetingWindow"));
    setWindowTitle(tr("LeadPact — weekly meeting"));
    setAttribute(Qt::WA_StyledBackground);
    setAutoFillBackground(true);
    QPalette light = palette();
    light.setColor(QPalette::Window, MeetingTheme::background());
    light.setColor(QPalette::WindowText, MeetingTheme::text());
    light.setColor(QPalette::Base, MeetingTheme::background());
    light.setColor(QPalette::Text, MeetingTheme::text());
    setPalette(light);

    m_slides = {new BestDealSlide(*m_session, this),
                new FactsSlide(*m_session, this),
                new NotesSlide(*m_session, MeetingItemKind::Problem, this),
                new NotesSlide(*m_session, MeetingItemKind::Idea, this),
                new ActionsSlide(*m_session, this),
                new NotesSlide(*m_session, MeetingItemKind::Note, this)};
    for (MeetingSlide *slide : std::as_const(m_slides)) {
        m_stack->addWidget(slide);
        if (auto *notes = qobject_cast<NotesSlide *>(slide))
            connect(notes,
                    &NotesSlide::showLeadsRequested,
                    this,
                    &MeetingWindow::showLeadsRequested);
    }
    m_stack->setObjectName(QStringLiteral("slideStack"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());
    auto *body = new QVBoxLayout;
    body->setContentsMargins(40, 16, 40, 8);
    body->addWidget(m_stack, 1);
    layout->addLayout(body, 1);
    layout->addWidget(createFooter());
    createShortcuts();

    connect(m_session, &MeetingSession::weekOpened, this, [this] {
        for (MeetingSlide *slide : std::as_const(m_slides))
            slide->refresh();
    });
    connect(m_session, &MeetingSession::notesChanged, this, [this] {
        // Only the notes slides show notes; the numbers stay as drawn.
        for (int i = 2; i < m_slides.size(); ++i)
            m_slides[i]->refresh();
        m_message->clear();
    });
    connect(m_session, &MeetingSession::failed, this, &MeetingWindow::showMessage);
    connect(m_clockTimer, &QTimer::timeout, this, &MeetingWindow::updateClock);
    m_clockTimer->start(1000);
    updateClock();

    const IsoWeek chosen = week.isValid() ? week : m_session->defaultWeek();
    // From the week in progress back half a year.
    const IsoWeek newest = std::max(m_session->defaultWeek().next(), chosen);
    for (int i = 0; i < weeksToChoose; ++i) {
        const IsoWeek w = newest.addWeeks(-i);
        m_weekPicker->addItem(MeetingSnapshot::weekTitle(w), w.toString());
    }
    if (m_weekPicker->findData(chosen.toString()) < 0)
        m_weekPicker->addItem(MeetingSnapshot::weekTitle(chosen), chosen.toString());
    m_weekPicker->setCurrentIndex(m_weekPicker->findData(chosen.toString()));
    connect(m_weekPicker, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto w = IsoWeek::parse(m_weekPicker->currentData().toString()))
            openWeek(*w);
        setFocus();
    });
    openWeek(chosen);
    showSlide(0);
    setFocusPolicy(Qt::StrongFocus);
}

MeetingWindow::~MeetingWindow() = default;

QWidget *MeetingWindow::createHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("meetingHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    m_weekPicker = new QComboBox(header);
    m_weekPicker->setObjectName(QStringLiteral("weekPicker"));
    m_weekPicker->setFocusPolicy(Qt::ClickFocus);
    m_weekPicker->setToolTip(tr("The week the meeting reviews"));
    m_slideTitle = new QLabel(header);
    m_slideTitle->setObjectName(QStringLiteral("slideTitle"));
    m_slideTitle->setStyleSheet(QStringLiteral("color: white;"));
    m_clockLabel = new QLabel(header);
    m_clockLabel->setObjectName(QStringLiteral("meetingClock"));
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(40, 10, 40, 10);
    layout->addWidget(m_slideTitle, 1);
    layout->addWidget(m_weekPicker);
    layout->addSpacing(30);
    layout->addWidget(m_clockLabel);
    return header;
}

QWidget *MeetingWindow::createFooter()
{
    auto *footer = new QWidget(this);
    footer->setObjectName(QStringLiteral("meetingFooter"));
    m_message = new QLabel(footer);
    m_message->setObjectName(QStringLiteral("statusMessage"));
    m_message->setWordWrap(true);
    m_counter = new QLabel(footer);
    m_counter->setObjectName(QStringLiteral("slideCounter"));
    const auto button = [footer](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text, footer);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        b->setFocusPolicy(Qt::NoFocus);
        return b;
    };
    QPushButton *previous = button(QStringLiteral("◀"),
                                   "previousSlideButton",
                                   tr("Previous slide (Left, PgUp)"));
    QPushButton *next = button(QStringLiteral("▶"),
                               "nextSlideButton",
                               tr("Next slide (Right, PgDn)"));
    QPushButton *pdf = button(tr("PDF…"), "exportPdfButton", tr("Save the meeting as PDF (Ctrl+E)"));
    QPushButton *print = button(tr("Print…"), "printButton", tr("Print the meeting (Ctrl+P)"));
    QPushButton *close = button(tr("Exit"), "exitMeetingButton", tr("Leave the meeting (Esc)"));
    connect(previous, &QPushButton::clicked, this, &MeetingWindow::previousSlide);
    connect(next, &QPushButton::clicked, this, &MeetingWindow::nextSlide);
    connect(pdf, &QPushButton::clicked, this, &MeetingWindow::exportPdf);
    connect(print, &QPushButton::clicked, this, &MeetingWindow::print);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    auto *layout = new QHBoxLayout(footer);
    layout->setContentsMargins(40, 6, 40, 10);
    layout->addWidget(m_message, 1);
    layout->addWidget(pdf);
    layout->addWidget(print);
    layout->addWidget(close);
    layout->addSpacing(30);
    layout->addWidget(previous);
    layout->addWidget(m_counter);
    layout->addWidget(next);
    return footer;
}

void MeetingWindow::createShortcuts()
{
    const auto shortcut = [this](const char *name, QList<QKeySequence> keys, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut("nextSlideAction", {Qt::Key_Right, Qt::Key_PageDown}, &MeetingWindow::nextSlide);
    shortcut("previousSlideAction", {Qt::Key_Left, Qt::Key_PageUp}, &MeetingWindow::previousSlide);
    shortcut("firstSlideAction", {Qt::Key_Home}, [this] { showSlide(0); });
    shortcut("lastSlideAction", {Qt::Key_End}, [this] { showSlide(slideCount() - 1); });
    shortcut("leaveMeetingAction", {Qt::Key_Escape}, &MeetingWindow::escape);
    shortcut("exportPdfAction", {QKeySequence(Qt::CTRL | Qt::Key_E)}, &MeetingWindow::exportPdf);
    shortcut("printAction", {QKeySequence::Print}, &MeetingWindow::print);
}

void MeetingWindow::openWeek(const IsoWeek &week)
{
    m_message->clear();
    m_session->openWeek(week);
    const int index = m_weekPicker->findData(week.toString());
    if (index >= 0 && index != m_weekPicker->currentIndex()) {
        const QSignalBlocker blocker(m_weekPicker);
        m_weekPicker->setCurrentIndex(index);
    }
}

int MeetingWindow::slideCount() const
{
    return int(m_slides.size());
}

int MeetingWindow::currentSlide() const
{
    return m_stack->currentIndex();
}

MeetingSlide *MeetingWindow::slide(int index) const
{
    return m_slides.value(index);
}

void MeetingWindow::showSlide(int index)
{
    if (index < 0 || index >= slideCount())
        return;
    m_stack->setCurrentIndex(index);
    m_slideTitle->setText(m_slides[index]->title());
    updateCounter();
}

void MeetingWindow::escape()
{
    if (m_slides[currentSlide()]->cancelEdit())
        return;
    close();
}

void MeetingWindow::updateCounter()
{
    //: the slide counter: slide %1 of %2
    m_counter->setText(tr("%1 / %2").arg(currentSlide() + 1).arg(slideCount()));
}

void MeetingWindow::updateClock()
{
    m_clockLabel->setText(
        QLocale().toString(m_clock.now().toLocalTime().time(), QStringLiteral("HH:mm")));
}

void MeetingWindow::showMessage(const QString &text)
{
    m_message->setText(text);
}

void MeetingWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Type follows the screen: restyle only when the height changes.
    if (height() != m_styledHeight) {
        m_styledHeight = height();
        setStyleSheet(MeetingTheme::styleSheet(height()));
    }
}

void MeetingWindow::exportPdf()
{
    const QString suggested = tr("meeting-%1.pdf").arg(m_session->week().toString());
    const QString path = m_runner.saveFileName(tr("Save the meeting as PDF"),
                                               suggested,
                                               tr("PDF files (*.pdf)"),
                                               this);
    if (path.isEmpty())
        return;
    try {
        MeetingDocument(m_session->snapshot()).writePdf(path);
        showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &error) {
        showMessage(error.message());
    }
}

void MeetingWindow::print()
{
    const MeetingDocument document(m_session->snapshot());
    m_runner.print(
        tr("Weekly meeting %1").arg(m_session->week().toString()),
        [&document](QPrinter *printer) { document.print(*printer); },
        this);
}

} // namespace LeadPact
