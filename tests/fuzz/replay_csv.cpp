// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the fuzz entry point over inputs that once were, or could be, trouble (and over any files
// named on the command line, e.g. a crash the fuzzer saved), so every build exercises it.
#include <QByteArray>
#include <QFile>
#include <QList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

void run(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                           static_cast<size_t>(input.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    const QList<QByteArray> inputs = {
        QByteArray(),
        QByteArray("\n"),
        QByteArray("\r"),
        QByteArray("\r\n\r\n"),
        QByteArray("\""),
        QByteArray("\"\""),
        QByteArray("\"\"\""),
        QByteArray("a,\"b\nc\"\"d\",e\r\nf"),
        QByteArray("\"ab\"cd,ef\"gh\n"),
        QByteArray("a;b;c\n1;2;3\n"),
        // Rows the mapper reads: a good one, a bad date and an unreadable phone, a short row.
        QByteArray("id;received;name;phone;email\n"
                   "X-1;23.11.2026 10:00;\xD0\x90\xD0\xBD\xD0\xBD\xD0\xB0;8 912 345-67-89;a@b.ru\n"
                   "X-2;31.02.2026 10:00;;abc;\n"
                   "X-3;1700000000\n"),
        QByteArray("id,received,phone\r\n1,2026-11-23T10:00:00Z,+7 (912) 000-11-22\r\n"
                   "2,11/23/2026 9:05,++\r\n"),
        QByteArray("a\tb\n\"x\ty\"\tz"),
        QByteArray("\xEF\xBB\xBFname,phone\r\n"),
        QByteArray("\xEF\xBB\xBF"),
        QByteArray("\xFF\xFE"
                   "a\0,\0b\0\n\0",
                   10),
        QByteArray("a,b\0c\n", 6),
        QByteArray("caf\xC3"),
        QByteArray("ab\xFF\xFE,c\n"),
        QByteArray("x,\"") + QByteArray(5000, 'y'),
        QByteArray(3000, ',') + '\n',
        QByteArray(70000, 'z'),
        QByteArray("\x01\x00\r\"", 4),
        QByteArray("\x10\x00\"\"\"\n", 6),
    };
    for (const QByteArray &input : inputs)
        run(input);
    for (int i = 1; i < argc; ++i) {
        QFile file(QString::fromLocal8Bit(argv[i]));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot open %s\n", argv[i]);
            return 1;
        }
        run(file.readAll());
    }
    std::printf("%lld inputs replayed\n", static_cast<long long>(inputs.size() + argc - 1));
    return 0;
}
