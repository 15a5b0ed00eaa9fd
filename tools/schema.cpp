// Writes the newest library schema as one SQL script (storage/schemascript.h), made by
// running the migration ladder on an empty database in memory, and an empty library made from that script:
//   okur-schema OUT.sql [OUT.sqlite]
// The programmes embed both (assets: :/okur/schema/head.sql, empty.sqlite) and make a new library as a copy of
// the empty one, or from the script when they cannot.
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/schemascript.h"
#include "tokenizer/fts.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <cstdio>

using namespace okur;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2 || argc > 3 || argv[1][0] == '-' || (argc == 3 && argv[2][0] == '-')) { // "--help" is no file
        std::fprintf(stderr, "usage: okur-schema OUT.sql [OUT.sqlite]\n");
        return 2;
    }
    storage::Database db;
    QString error;
    // The ladder to the step before the newest, then that step: never the script this tool makes.
    const bool made = db.open(QStringLiteral(":memory:")) && tokenizer::registerTokenizer(db.handle(), nullptr) &&
                      storage::migrate(db, QString(), &error, storage::currentSchemaVersion() - 1) &&
                      storage::migrate(db, QString(), &error);
    const QString script = made ? storage::schemaScript(db, &error) : QString();
    if (script.isEmpty()) {
        std::fprintf(stderr, "okur-schema: %s\n", qPrintable(error.isEmpty() ? db.error() : error));
        return 1;
    }
    QSaveFile out(QString::fromLocal8Bit(argv[1]));
    if (!out.open(QIODevice::WriteOnly) || out.write(script.toUtf8()) < 0 || !out.commit()) {
        std::fprintf(stderr, "okur-schema: cannot write %s\n", argv[1]);
        return 1;
    }
    if (argc == 3) {
        // The script run on a new file, as a new library runs it, compacted; closing the last connection folds
        // the write-ahead log back in, so the one file is the whole library.
        const QString path = QString::fromLocal8Bit(argv[2]);
        QFile::remove(path);
        storage::Database empty;
        const bool written = empty.open(path) && tokenizer::registerTokenizer(empty.handle(), nullptr) &&
                             empty.exec(script) && empty.setUserVersion(storage::scriptVersion(script)) &&
                             empty.exec(QStringLiteral("VACUUM"));
        const QString emptyError = empty.error();
        empty.close();
        if (!written) {
            std::fprintf(stderr, "okur-schema: cannot write %s: %s\n", argv[2], qPrintable(emptyError));
            QFile::remove(path);
            return 1;
        }
    }
    return 0;
}
