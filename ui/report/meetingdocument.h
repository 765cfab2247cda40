// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meeting/meetingsnapshot.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace LeadPact {

class PagePainter;

// The weekly meeting on paper: one page per slide (best deal, facts with vector charts,
// problems, ideas, action items, notes), A4 landscape, for PDF and the printer. A list too long for
// its page continues on the next one.
class MeetingDocument final
{
    Q_DECLARE_TR_FUNCTIONS(LeadPact::MeetingDocument)

public:
    static constexpr int slidePages = 6;

    explicit MeetingDocument(MeetingSnapshot snapshot);

    // Paints every page on `device` (a QPdfWriter or a QPrinter set up by the caller).
    void print(QPagedPaintDevice &device) const;
    // Writes the PDF (A4 landscape); throws Error when the file cannot be written.
    void writePdf(const QString &path) const;

private:
    void paintBestDeal(PagePainter &pages) const;
    void paintFacts(PagePainter &pages) const;
    void paintItems(PagePainter &pages, const QList<MeetingItem> &items, const QString &empty) const;
    void paintActions(PagePainter &pages) const;

    MeetingSnapshot m_snapshot;
};

} // namespace LeadPact
