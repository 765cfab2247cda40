// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the import tests: files written into the fixture's folder, the site-form mapping
// most of them import with, and an independent splitter for checking real CSV files.
#pragma once

#include "import/importmapping.h"
#include "tempdatabase.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace LeadPact::Test {

// Writes `data` to `name` in the fixture's folder and returns its path.
inline QString writeTestFile(const TempDatabase &fx, const QString &name, const QByteArray &data)
{
    const QString path = fx.dir() + QLatin1Char('/') + name;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(data) == data.size());
    return path;
}

// A web form's export: id;received;name;phone;source, Moscow time, dd.MM.yyyy HH:mm.
inline ImportMapping siteFormMapping()
{
    ImportMapping mapping;
    mapping.name = QStringLiteral("Site form");
    mapping.timeZone = QStringLiteral("Europe/Moscow");
    mapping.dateFormats = {QStringLiteral("dd.MM.yyyy HH:mm")};
    mapping.columns = {{QStringLiteral("id"), ImportField::ExternalId},
                       {QStringLiteral("received"), ImportField::ReceivedAt},
                       {QStringLiteral("name"), ImportField::Name},
                       {QStringLiteral("phone"), ImportField::Phone},
                       {QStringLiteral("source"), ImportField::Channel}};
    return mapping;
}

// One comma-separated line without line breaks inside fields (commas inside double quotes
// stay), written independently of the product's CSV reader to check it against real files.
inline QStringList splitCsvLine(const QString &line)
{
    QStringList fields{QString()};
    bool quoted = false;
    for (const QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u',' && !quoted)
            fields.append(QString());
        else
            fields.last().append(c);
    }
    return fields;
}

} // namespace LeadPact::Test
