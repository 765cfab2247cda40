// SPDX-License-Identifier: GPL-3.0-or-later
// Reads an XLSX workbook back for tests: each sheet's cells by reference ("B5" -> text), with
// shared and inline strings resolved. Uses `unzip -p` (an XLSX is a zip of XML parts) and QXmlStreamReader.
#pragma once

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <stdexcept>

namespace LeadPact::Test {

inline QByteArray zipPart(const QString &archive, const QString &part, bool optional = false)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, part});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0) {
        if (optional)
            return {};
        throw std::runtime_error("unzip -p failed for " + part.toStdString());
    }
    return unzip.readAllStandardOutput();
}

// Cells of sheet `index` (1-based, as in xl/worksheets/sheetN.xml).
inline QMap<QString, QString> xlsxCells(const QString &path, int index)
{
    QStringList shared;
    {
        // Absent when every string is written inline (libxlsxwriter's streaming mode).
        QXmlStreamReader xml(zipPart(path, QStringLiteral("xl/sharedStrings.xml"), true));
        QString current;
        bool inItem = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
                inItem = true;
                current.clear();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("t") && inItem) {
                current += xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
                shared.append(current);
                inItem = false;
            }
        }
    }
    QMap<QString, QString> cells;
    QXmlStreamReader xml(zipPart(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(index)));
    QString reference;
    QString type;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            reference = xml.attributes().value(QLatin1String("r")).toString();
            type = xml.attributes().value(QLatin1String("t")).toString();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
            const QString value = xml.readElementText();
            cells.insert(reference, type == QLatin1String("s") ? shared.value(value.toInt()) : value);
        } else if (xml.isStartElement() && xml.name() == QLatin1String("t")
                   && type == QLatin1String("inlineStr")) {
            cells[reference] += xml.readElementText();
        }
    }
    if (xml.hasError())
        throw std::runtime_error("bad sheet XML: " + xml.errorString().toStdString());
    return cells;
}

} // namespace LeadPact::Test
