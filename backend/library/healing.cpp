#include "healing.h"
#include "tr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <sqlite3.h>

namespace okur::library {

using storage::Statement;
using storage::Transaction;

namespace {

// The tables a library's data lives in, parents before children (foreign keys).
// Derived data (the search index, the summary cache) is rebuilt, not copied.
const char *const kSalvaged[] = {"documents", "document_sources", "blocks", "reading_positions",
                                 "annotations", "vocabulary", "settings"};

QStringList columnsOf(storage::Database &db, const QString &table)
{
    QStringList out;
    // The table name is one of kSalvaged, never user text.
    Statement s = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
    while (s.next()) {
        out << s.text(0);
    }
    return out;
}

// Copies the rows SQLite can still read from `table` of the damaged file into the
// fresh library, the columns both schemas have. Stops at the first unreadable page.
int salvageTable(sqlite3 *old, storage::Database &fresh, const QString &table)
{
    const QStringList freshColumns = columnsOf(fresh, table);
    if (freshColumns.isEmpty()) {
        return 0;
    }
    sqlite3_stmt *read = nullptr;
    const QByteArray sql = QStringLiteral("SELECT * FROM %1").arg(table).toUtf8();
    if (sqlite3_prepare_v2(old, sql.constData(), -1, &read, nullptr) != SQLITE_OK) {
        sqlite3_finalize(read);
        return 0;
    }
    QList<int> from;
    QStringList names;
    for (int i = 0; i < sqlite3_column_count(read); ++i) {
        const QString name = QString::fromUtf8(sqlite3_column_name(read, i));
        // Only names of the fresh schema reach the INSERT below.
        if (freshColumns.contains(name) && !names.contains(name)) {
            from << i;
            names << name;
        }
    }
    int copied = 0;
    if (!names.isEmpty()) {
        QStringList marks;
        for (int i = 1; i <= names.size(); ++i) {
            marks << QStringLiteral("?%1").arg(i);
        }
        Transaction tx(fresh);
        Statement write = fresh.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                                            .arg(table, names.join(u','), marks.join(u',')));
        while (tx.isActive() && sqlite3_step(read) == SQLITE_ROW) {
            for (int k = 0; k < from.size(); ++k) {
                const int c = from[k];
                switch (sqlite3_column_type(read, c)) {
                case SQLITE_INTEGER: write.bind(k + 1, qint64(sqlite3_column_int64(read, c))); break;
                case SQLITE_FLOAT: write.bind(k + 1, sqlite3_column_double(read, c)); break;
                case SQLITE_NULL: write.bindNull(k + 1); break;
                case SQLITE_BLOB: // deflated source text (storage/compression.h), copied as it is
                    write.bindBlob(k + 1, QByteArray(static_cast<const char *>(sqlite3_column_blob(read, c)),
                                                     sqlite3_column_bytes(read, c)));
                    break;
                default: {
                    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(read, c));
                    write.bind(k + 1, p ? QString::fromUtf8(p, sqlite3_column_bytes(read, c)) : QString());
                }
                }
            }
            if (write.exec() && fresh.changes() > 0) {
                ++copied;
            }
        }
        if (!tx.commit()) {
            copied = 0;
        }
    }
    sqlite3_finalize(read);
    return copied;
}

// Libraries before schema 9 kept a document's source text in documents.raw.
void salvageInlineSources(sqlite3 *old, storage::Database &fresh)
{
    sqlite3_stmt *read = nullptr;
    if (sqlite3_prepare_v2(old, "SELECT id, raw FROM documents", -1, &read, nullptr) != SQLITE_OK) {
        sqlite3_finalize(read);
        return;
    }
    Transaction tx(fresh);
    Statement write = fresh.prepare(QStringLiteral("INSERT OR IGNORE INTO document_sources (document_id, raw) VALUES (?1, ?2)"));
    while (tx.isActive() && sqlite3_step(read) == SQLITE_ROW) {
        const auto *id = reinterpret_cast<const char *>(sqlite3_column_text(read, 0));
        const auto *raw = reinterpret_cast<const char *>(sqlite3_column_text(read, 1));
        write.bind(1, QString::fromUtf8(id ? id : "")).bind(2, QString::fromUtf8(raw ? raw : ""));
        write.exec();
    }
    tx.commit();
    sqlite3_finalize(read);
}

} // namespace

void recoverInto(const QString &aside, documents::DocumentStore &store, OpenReport &report)
{
    sqlite3 *old = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(aside).constData(), &old, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(old);
        return;
    }
    storage::Database &fresh = store.database();
    fresh.exec(QStringLiteral("PRAGMA foreign_keys=OFF")); // a child whose parent is lost is still worth keeping
    for (const char *table : kSalvaged) {
        const QString name = QString::fromLatin1(table);
        if (name == QLatin1String("settings")) {
            continue; // the fresh library's own settings stand; positions and data come across
        }
        const int n = salvageTable(old, fresh, name);
        if (name == QLatin1String("documents")) {
            report.recoveredDocuments = n;
        } else if (name == QLatin1String("annotations")) {
            report.recoveredAnnotations = n;
        } else if (name == QLatin1String("vocabulary")) {
            report.recoveredWords = n;
        }
    }
    salvageInlineSources(old, fresh);
    // Documents whose blocks were lost are dropped (they would open empty); their
    // annotations stay, shown as orphans.
    fresh.exec(QStringLiteral("DELETE FROM documents WHERE id NOT IN (SELECT DISTINCT document_id FROM blocks)"));
    fresh.exec(QStringLiteral(
        "UPDATE documents SET block_count = (SELECT count(*) FROM blocks b WHERE b.document_id = documents.id)"));
    Statement count = fresh.prepare(QStringLiteral("SELECT count(*) FROM documents"));
    report.recoveredDocuments = count.next() ? int(count.integer(0)) : 0;
    fresh.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    sqlite3_close(old);
}

QString OpenReport::message() const
{
    if (!opened) {
        return error;
    }
    if (setAside.isEmpty()) {
        return QString();
    }
    return tr("The library file was damaged (%1). It was kept as %2 and a fresh library was started; "
              "%3 documents, %4 annotations and %5 saved words were recovered from it.")
        .arg(error, QFileInfo(setAside).fileName())
        .arg(recoveredDocuments)
        .arg(recoveredAnnotations)
        .arg(recoveredWords);
}

OpenReport openOrHeal(documents::DocumentStore &store, const QString &dir)
{
    OpenReport report;
    QString error;
    if (store.open(dir, &error)) {
        report.opened = true;
        return report;
    }
    report.error = error;
    const QString path = QDir(dir).filePath(QStringLiteral("library.sqlite"));
    // Only SQLite's word that the file is not a database, or is corrupt, proves
    // damage. A full disk, an unreadable journal, a long path, a lock or a newer
    // schema say nothing against the library: it is left as it is.
    if (!QFileInfo(path).isFile() || !storage::Database::isDamage(store.database().errorCode())) {
        return report;
    }
    const QString aside = path + QStringLiteral(".damaged-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(path, aside)) {
        report.error = tr("%1; it could not be moved aside either").arg(error);
        return report;
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::rename(path + suffix, aside + suffix);
    }
    report.setAside = aside;
    QString freshError;
    if (!store.open(dir, &freshError)) {
        report.error = freshError;
        return report;
    }
    report.opened = true;
    recoverInto(aside, store, report);
    return report;
}

} // namespace okur::library
