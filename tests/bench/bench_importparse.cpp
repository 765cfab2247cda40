// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 7's import benchmark, the part without a database: how much CPU reading the CSV,
// validating its rows and normalising phones costs before a single row is written. Divided by
// the cores, that is a floor under any import's wall time on this machine; tests/bench/import.sh
// prints it beside the import and `sqlite3 .import`. Asserts nothing.
// Usage: leadpact-bench-importparse CSV PRESET.json
#include "domain/phonenumber.h"
#include "import/csvreader.h"
#include "import/importmapping.h"
#include "import/importrowparser.h"
#include "service/clock.h"
#include "service/leadservice.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <ctime>
#include <thread>

using namespace LeadPact;

namespace {

double threadCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

struct Pass
{
    qint64 rows = 0;
    qint64 leads = 0;
    double seconds = 0;
};

// Reads every record of the file; `each` sees it (and may do the work being measured).
template<typename F>
Pass readAll(const QString &path, const ImportMapping &mapping, F &&each)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot open " + path.toStdString());
    CsvReader reader(file, {mapping.delimiter, mapping.encoding});
    QStringList header;
    if (!reader.readRecord(header))
        throw std::runtime_error("no header in " + path.toStdString());
    Pass pass;
    const double start = threadCpuSeconds();
    each(header, ImportRecord {}, pass, true);
    ImportRecord record;
    while (reader.readRecord(record.fields)) {
        record.row = reader.recordNumber();
        record.line = reader.lineNumber();
        ++pass.rows;
        each(header, record, pass, false);
    }
    if (reader.error())
        throw std::runtime_error(reader.error()->toStdString());
    pass.seconds = threadCpuSeconds() - start;
    return pass;
}

void print(const char *what, const Pass &pass, unsigned cores)
{
    std::printf("%-44s %6.2f s CPU  %5.2f us/row  -> at least %5.2f s wall on %u cores\n",
                what,
                pass.seconds,
                pass.rows ? pass.seconds * 1e6 / double(pass.rows) : 0.0,
                pass.seconds / double(cores),
                cores);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s CSV PRESET.json\n", argv[0]);
        return 2;
    }
    try {
        const QString csv = QString::fromLocal8Bit(argv[1]);
        const ImportMapping mapping = ImportMapping::load(QString::fromLocal8Bit(argv[2]));
        auto db = Database::openSqlite(QStringLiteral(":memory:"));
        Migrations::migrate(*db);
        const LeadService service(*db, Clock::system());
        const unsigned cores = std::max(1U, std::thread::hardware_concurrency());

        // 1. The reader alone: decoding, delimiters, quotes.
        const Pass read = readAll(csv, mapping, [](auto &&...) {});
        print("reading the CSV", read, cores);

        // 2. Phones alone, through the normaliser the import uses.
        int phoneColumn = -1;
        const PhoneNormalizer phones(QStringLiteral("RU"));
        qint64 valid = 0;
        Pass phone = readAll(csv, mapping, [&](const QStringList &header, const ImportRecord &record,
                                               Pass &, bool isHeader) {
            if (isHeader) {
                phoneColumn = int(header.indexOf(mapping.columnFor(ImportField::Phone).value_or(QString())));
                return;
            }
            if (phoneColumn >= 0 && phoneColumn < record.fields.size()
                && !phones.toE164(record.fields.at(phoneColumn)).isEmpty()) {
                ++valid;
            }
        });
        phone.seconds -= read.seconds;
        print("  + libphonenumber on the phone column", phone, cores);

        // 3. Everything the import does to a row before writing it.
        std::optional<ImportRowParser> parser;
        const Pass parse = readAll(csv, mapping, [&](const QStringList &header,
                                                     const ImportRecord &record,
                                                     Pass &pass,
                                                     bool isHeader) {
            if (isHeader) {
                parser.emplace(mapping, header, QFileInfo(csv).fileName(), service);
                return;
            }
            if (parser->needsDateSamples()) // "detect": the importer samples 50 rows; one will do
                parser->detectDates({record});
            if (parser->parse(record).lead)
                ++pass.leads;
        });
        print("reading + every row's validation (no writes)", parse, cores);
        std::printf("rows %lld, leads %lld, valid phones %lld\n",
                    static_cast<long long>(parse.rows),
                    static_cast<long long>(parse.leads),
                    static_cast<long long>(valid));
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
