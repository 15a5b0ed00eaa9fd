// Writes the newest library schema as one SQL script (storage/schemascript.h), made by
// running the migration ladder on an empty database in memory:
//   okur-schema OUT.sql
// The programmes embed it (assets: :/okur/schema/head.sql) and make a new library from it.
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/schemascript.h"
#include "tokenizer/fts.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <cstdio>

using namespace okur;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2 || argv[1][0] == '-') { // "--help" is no file to write
        std::fprintf(stderr, "usage: okur-schema OUT.sql\n");
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
    return 0;
}
