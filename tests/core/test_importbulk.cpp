// SPDX-License-Identifier: GPL-3.0-or-later
// The fast import paths against the plain ones: an import into an empty table (indexes and the
// search index built at the end, duplicates found in memory, rows parsed on several threads)
// must store exactly what an import into a table that already has a lead stores (every index,
// trigger and duplicate lookup row by row), and the hand-read dates must be Qt's.
#include "import/importtimeparser.h"
#include "import/leadimporter.h"
#include "service/leadservice.h"
#include "storage/leadfilter.h"
#include "storage/leadrepository.h"
#include "tempdatabase.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace LeadPact;
using namespace Qt::StringLiterals;
using LeadPact::Test::TempDatabase;

namespace {

// A messy form export: repeated ids (the second is an update), phones in every shape (some
// invalid, some missing, many repeated within and outside the duplicate window), e-mails in
// any case, missing names and channels, arrival times out of order, a few unreadable dates.
QByteArray messyFile(int rows)
{
    QRandomGenerator random(7);
    const QStringList names = {u"Анна"_s, u"Борис"_s, u"Вера"_s, u""_s, u"Иван Петров"_s};
    const QStringList channels = {u"seo"_s, u"context"_s, u""_s, u"social"_s};
    QByteArray data = "id;received;name;phone;email;company;source\n";
    for (int i = 0; i < rows; ++i) {
        const int id = random.bounded(10) == 0 ? random.bounded(i + 1) : i;
        QString received;
        if (random.bounded(400) == 0) {
            received = u"31.02.2026 10:00"_s; // no such day: rejected
        } else {
            // Out of order over ~100 days, so a phone's latest lead is not always its nearest.
            received = u"%1.%2.2026 %3:%4"_s.arg(1 + random.bounded(28), 2, 10, QLatin1Char('0'))
                           .arg(7 + random.bounded(4), 2, 10, QLatin1Char('0'))
                           .arg(random.bounded(24), 2, 10, QLatin1Char('0'))
                           .arg(random.bounded(60), 2, 10, QLatin1Char('0'));
        }
        const int person = random.bounded(rows / 4 + 1); // about four rows a person
        QString phone;
        switch (random.bounded(6)) {
        case 0:
            phone = u"8 (912) %1"_s.arg(1000000 + person);
            break;
        case 1:
            phone = u"+7 912 %1"_s.arg(1000000 + person);
            break;
        case 2:
            phone = u"8912%1"_s.arg(1000000 + person);
            break;
        case 3:
            phone = u"12-%1"_s.arg(person);
            break; // not a valid number
        case 4:
            phone = QString();
            break;
        default:
            phone = u"+7 (495) %1"_s.arg(1000000 + person);
            break;
        }
        const QString email = random.bounded(3) == 0   ? QString()
                              : random.bounded(2) == 0 ? u"User%1@Example.ru"_s.arg(person)
                                                       : u"user%1@example.ru"_s.arg(person);
        data += u"L-%1;%2;%3;%4;%5;ООО \"Ромашка %6\";%7\n"_s.arg(id)
                    .arg(received, names.at(random.bounded(names.size())), phone, email)
                    .arg(person % 300)
                    .arg(channels.at(random.bounded(channels.size())))
                    .toUtf8();
    }
    return data;
}

ImportMapping messyMapping()
{
    ImportMapping mapping;
    mapping.name = u"messy form"_s;
    mapping.delimiter = u';';
    mapping.timeZone = u"Europe/Moscow"_s;
    mapping.dateFormats = {u"dd.MM.yyyy HH:mm"_s};
    mapping.columns = {{u"id"_s, ImportField::ExternalId},
                       {u"received"_s, ImportField::ReceivedAt},
                       {u"name"_s, ImportField::Name},
                       {u"phone"_s, ImportField::Phone},
                       {u"email"_s, ImportField::Email},
                       {u"company"_s, ImportField::Company},
                       {u"source"_s, ImportField::Channel}};
    return mapping;
}

// Every row of a query as text, ids shifted by `shift` in the columns named in `idColumns`.
QStringList rowsOf(Database &db, const QString &sql, const QStringList &idColumns, qint64 shift)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    QStringList rows;
    while (q.next()) {
        QStringList values;
        const QSqlRecord record = q.record();
        for (int c = 0; c < record.count(); ++c) {
            const QVariant value = q.value(c);
            if (idColumns.contains(record.fieldName(c)) && !value.isNull()) {
                values.append(QString::number(value.toLongLong() - shift));
            } else if (record.fieldName(c) == u"comment"_s && !value.isNull()) {
                // "possible duplicate of lead 40" names a lead by id.
                static const QRegularExpression leadId(u"lead (\\d+)"_s);
                QString text = value.toString();
                QRegularExpressionMatch match = leadId.match(text);
                if (match.hasMatch()) {
                    text.replace(match.capturedStart(1),
                                 match.capturedLength(1),
                                 QString::number(match.captured(1).toLongLong() - shift));
                }
                values.append(text);
            } else
                values.append(value.isNull() ? u"<null>"_s : value.toString());
        }
        rows.append(values.join(u'|'));
    }
    return rows;
}

QString rawText(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

QString describe(const RejectedRow &row)
{
    return u"%1:%2:%3:%4:%5:%6"_s.arg(row.file).arg(row.row).arg(row.line).arg(row.column,
                                                                               row.value,
                                                                               row.reason);
}

} // namespace

TEST_CASE("An import into an empty table stores what the row-by-row import stores", "[import][bulk]")
{
    const QByteArray data = messyFile(20000);
    ImportOptions options;
    options.partial = true; // the unreadable dates are reported, the rest imported

    // Fast: an empty table.
    TempDatabase fast;
    const QString fastPath = fast.dir() + u"/leads.csv"_s;
    {
        QFile file(fastPath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(data);
    }
    const ImportResult fastResult = LeadImporter(fast.db(), fast.clock())
                                        .import(fastPath, messyMapping(), options, fast.marketing);

    // Row by row: one lead already there, long before and unlike any in the file.
    TempDatabase slow;
    Lead first;
    first.name = u"Старый клиент"_s;
    first.phone = u"+74951234567"_s;
    first.channel = u"seo"_s;
    first.receivedAt = QDateTime(QDate(2020, 1, 10), QTime(10, 0), QTimeZone::utc());
    const qint64 shift = LeadService(slow.db(), slow.clock()).receive(first, slow.marketing).id;
    REQUIRE(shift == 1);
    const QString slowPath = slow.dir() + u"/leads.csv"_s;
    {
        QFile file(slowPath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(data);
    }
    const ImportResult slowResult = LeadImporter(slow.db(), slow.clock())
                                        .import(slowPath, messyMapping(), options, slow.marketing);

    // What the file says, counted here: distinct ids among the readable rows, in file order.
    std::vector<QString> firstSeen;
    std::set<QString> ids;
    qint64 unreadable = 0;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        const QList<QByteArray> fields = lines.at(i).split(';');
        if (fields.at(1).startsWith("31.02.")) {
            ++unreadable;
            continue;
        }
        const QString id = QString::fromUtf8(fields.at(0));
        if (ids.insert(id).second)
            firstSeen.push_back(id);
    }
    REQUIRE(unreadable > 0);
    CHECK(fastResult.committed);
    CHECK(fastResult.rows == 20000);
    CHECK(fastResult.rejected == unreadable);
    CHECK(fastResult.inserted == qint64(firstSeen.size()));
    CHECK(fastResult.inserted + fastResult.updated + fastResult.unchanged + fastResult.rejected
          == 20000);
    CHECK(fastResult.updated > 0);
    CHECK(fastResult.duplicates > 0);
    CHECK(fastResult.incomplete > 0);

    // The same counts and the same reports.
    CHECK(slowResult.committed);
    CHECK(fastResult.inserted == slowResult.inserted);
    CHECK(fastResult.updated == slowResult.updated);
    CHECK(fastResult.unchanged == slowResult.unchanged);
    CHECK(fastResult.incomplete == slowResult.incomplete);
    CHECK(fastResult.duplicates == slowResult.duplicates);
    CHECK(fastResult.rejected == slowResult.rejected);
    REQUIRE(fastResult.rejectedRows.size() == slowResult.rejectedRows.size());
    for (qsizetype i = 0; i < fastResult.rejectedRows.size(); ++i)
        CHECK(describe(fastResult.rejectedRows.at(i)) == describe(slowResult.rejectedRows.at(i)));

    // Leads in file order: the n-th new id is lead n (after the one already there).
    for (const size_t n : {size_t(0), size_t(1), firstSeen.size() / 2, firstSeen.size() - 1}) {
        const auto lead = LeadRepository(fast.db()).findByExternalId(firstSeen.at(n));
        REQUIRE(lead);
        CHECK(lead->id == qint64(n) + 1);
    }

    // Every column of every lead and event, the same.
    const QString leads = u"SELECT * FROM leads WHERE id > %1 ORDER BY id"_s;
    const QStringList leadIds = {u"id"_s, u"possible_duplicate_of"_s};
    const QStringList fastLeads = rowsOf(fast.db(), leads.arg(0), leadIds, 0);
    const QStringList slowLeads = rowsOf(slow.db(), leads.arg(shift), leadIds, shift);
    REQUIRE(fastLeads.size() == qsizetype(firstSeen.size()));
    REQUIRE(fastLeads.size() == slowLeads.size());
    for (qsizetype i = 0; i < fastLeads.size(); ++i) {
        INFO("lead row " << i);
        CHECK(fastLeads.at(i) == slowLeads.at(i));
    }
    const QString events = u"SELECT lead_id, at, actor_id, kind, from_status, to_status, "
                           "reason_id, comment, changes FROM lead_events WHERE lead_id > %1 "
                           "ORDER BY id"_s;
    const QStringList fastEvents = rowsOf(fast.db(), events.arg(0), {u"lead_id"_s}, 0);
    const QStringList slowEvents = rowsOf(slow.db(), events.arg(shift), {u"lead_id"_s}, shift);
    // A Created event per lead, an Edited one per update that changed something.
    CHECK(fastEvents.size() == fastResult.inserted + fastResult.updated);
    REQUIRE(fastEvents.size() == slowEvents.size());
    for (qsizetype i = 0; i < fastEvents.size(); ++i) {
        INFO("event row " << i);
        CHECK(fastEvents.at(i) == slowEvents.at(i));
    }

    // Indexes, the search index and searches agree with the table.
    for (Database *db : {&fast.db(), &slow.db()}) {
        CHECK(rawText(*db, u"PRAGMA integrity_check"_s) == u"ok"_s);
        QSqlQuery check(db->connection());
        CHECK(check.exec(
            u"INSERT INTO lead_search (lead_search, rank) VALUES ('integrity-check', 1)"_s));
        CHECK(rawText(*db, u"SELECT count(*) FROM lead_search WHERE lead_search MATCH '\"912\"'"_s)
              == rawText(*db, u"SELECT count(*) FROM leads WHERE search_key LIKE '%912%'"_s));
    }
    for (const QString &typed :
         {u"ромашка 12"_s, u"анна"_s, u"8 912 100"_s, u"user12"_s, u"иван пет"_s}) {
        INFO(typed.toStdString());
        LeadFilter filter;
        filter.search = typed;
        QList<qint64> fastIds;
        for (const Lead &lead : LeadRepository(fast.db()).list(filter, 100000))
            fastIds.append(lead.id);
        QList<qint64> slowIds;
        for (const Lead &lead : LeadRepository(slow.db()).list(filter, 100000)) {
            if (lead.id > shift)
                slowIds.append(lead.id - shift);
        }
        CHECK(!fastIds.isEmpty());
        std::sort(fastIds.begin(), fastIds.end());
        std::sort(slowIds.begin(), slowIds.end());
        CHECK(fastIds == slowIds);
    }

    // The file again inserts nothing and leaves every lead as the first import left it (an id
    // the file names twice is set to its first row's values and back to its last row's).
    const QString contents = u"SELECT id, external_id, received_at, name, phone, phone_raw, email, "
                             "company, channel, status, sla_due_at, missing_fields, search_key, "
                             "possible_duplicate_of FROM leads ORDER BY id"_s;
    const QStringList before = rowsOf(fast.db(), contents, {}, 0);
    const ImportResult again = LeadImporter(fast.db(), fast.clock())
                                   .import(fastPath, messyMapping(), options, fast.marketing);
    CHECK(again.committed);
    CHECK(again.inserted == 0);
    CHECK(again.rejected == unreadable);
    CHECK(again.updated + again.unchanged == 20000 - unreadable);
    CHECK(again.unchanged > again.updated);
    const bool same = rowsOf(fast.db(), contents, {}, 0) == before;
    CHECK(same);
}

TEST_CASE("Dates read by hand are the dates Qt reads", "[import][bulk]")
{
    QRandomGenerator random(11);
    const QStringList formats = {u"dd.MM.yyyy HH:mm"_s,
                                 u"dd.MM.yyyy"_s,
                                 u"dd-MM-yyyy"_s,
                                 u"M/d/yyyy h:mm"_s,
                                 u"M/d/yyyy"_s,
                                 u"yyyy/MM/dd HH:mm:ss"_s,
                                 u"d.M.yyyy H:m"_s};
    const QString zone = u"Europe/Berlin"_s; // with summer time
    const QTimeZone qtZone("Europe/Berlin");
    // Mostly plausible numbers, sometimes out of range, padded or not, a digit too many.
    const auto number = [&](QChar field, qsizetype run) {
        const int top = field == u'd'                    ? 32
                        : field == u'M'                  ? 13
                        : field == u'H' || field == u'h' ? 24
                                                         : 60;
        const int value = random.bounded(top + 1);
        QString text = QString::number(value);
        const bool padded = (run == 2) != (random.bounded(10) == 0);
        if (padded && text.size() < 2)
            text.prepend(u'0');
        if (random.bounded(50) == 0)
            text += QChar(u'0' + random.bounded(10));
        return text;
    };
    for (const QString &format : formats) {
        ImportTimeParser parser({format}, zone);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < 20000; ++i) {
            QString value;
            for (qsizetype k = 0; k < format.size();) {
                const QChar c = format.at(k);
                qsizetype run = 1;
                while (k + run < format.size() && format.at(k + run) == c)
                    ++run;
                k += run;
                if (!c.isLetter()) {
                    const int roll = random.bounded(60);
                    value += QString(run, roll == 0 ? u'x' : roll == 1 ? u' ' : c);
                    continue;
                }
                if (c == u'y')
                    value += QString::number(random.bounded(20) == 0 ? random.bounded(99999)
                                                                     : 1990 + random.bounded(60));
                else
                    value += number(c, run);
            }
            if (random.bounded(30) == 0)
                value += u" "_s;
            const auto fast = parser.parse(value);
            const auto qt = ImportTimeParser::parse(value.trimmed(), format, qtZone);
            INFO(format.toStdString() << " <- \"" << value.toStdString() << "\"");
            REQUIRE(fast.has_value() == qt.has_value());
            if (fast) {
                CHECK(*fast == *qt);
                ++read;
            } else {
                ++refused;
            }
        }
        INFO(format.toStdString());
        CHECK(read > 1000);
        CHECK(refused > 100);
    }
}
