#include "healing.h"

#include "annotations/annotationstore.h"
#include "glossary/vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace okur::library {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("okur::library", s); }

bool isLocked(const QString &error)
{
    return error.contains(QLatin1String("locked"), Qt::CaseInsensitive) || error.contains(QLatin1String("busy"), Qt::CaseInsensitive);
}

// Reads what it can from a damaged file, read-only, row by row.
template <typename Fn>
void salvage(const QString &path, const char *sql, Fn &&row)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW)
            row(stmt);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

QString text(sqlite3_stmt *s, int i)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(s, i)) : QString();
}

} // namespace

QString OpenReport::message() const
{
    if (!opened)
        return error;
    if (setAside.isEmpty())
        return QString();
    return tr("The library file could not be read (%1). It was kept as %2 and a fresh library was started; "
              "%3 annotations and %4 saved words were recovered from it.")
        .arg(error, QFileInfo(setAside).fileName())
        .arg(recoveredAnnotations)
        .arg(recoveredWords);
}

OpenReport openOrHeal(DocumentStore &store, const QString &dir)
{
    OpenReport report;
    QString error;
    if (store.open(dir, &error)) {
        report.opened = true;
        return report;
    }
    const QString path = QDir(dir).filePath(QStringLiteral("library.sqlite"));
    if (!QFileInfo::exists(path) || isLocked(error)) {
        // Nothing to heal (a folder problem), or another program holds it: leave it be.
        report.error = isLocked(error) ? tr("the library is in use by another program; close it and try again (%1)").arg(error)
                                       : error;
        return report;
    }
    report.error = error;
    const QString aside = path + QStringLiteral(".damaged-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(path, aside)) {
        report.error = tr("%1; it could not be moved aside either").arg(error);
        return report;
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::rename(path + suffix, aside + suffix);
    report.setAside = aside;
    QString freshError;
    if (!store.open(dir, &freshError)) {
        report.error = freshError;
        return report;
    }
    report.opened = true;

    QList<annotations::Annotation> recovered;
    salvage(aside,
            "SELECT id, document_id, kind, block, start, end_, quote, prefix, suffix, color, note, created_at, updated_at, "
            "deleted FROM annotations",
            [&](sqlite3_stmt *s) {
                annotations::Annotation a;
                a.id = text(s, 0);
                a.documentId = text(s, 1);
                a.kind = text(s, 2);
                a.block = sqlite3_column_int(s, 3);
                a.start = sqlite3_column_int(s, 4);
                a.end = sqlite3_column_int(s, 5);
                a.quote = text(s, 6);
                a.prefix = text(s, 7);
                a.suffix = text(s, 8);
                a.color = text(s, 9);
                a.note = text(s, 10);
                a.created = sqlite3_column_int64(s, 11);
                a.updated = sqlite3_column_int64(s, 12);
                a.deleted = sqlite3_column_int(s, 13) != 0;
                if (!a.id.isEmpty())
                    recovered << a;
            });
    report.recoveredAnnotations = annotations::AnnotationStore(store.database()).merge(recovered).added;
    glossary::VocabularyStore words(store.database());
    salvage(aside, "SELECT lemma, language, translation, context, document_id, block, start FROM vocabulary",
            [&](sqlite3_stmt *s) {
                glossary::VocabularyItem v;
                v.lemma = text(s, 0);
                v.language = text(s, 1);
                v.translation = text(s, 2);
                v.context = text(s, 3);
                v.documentId = text(s, 4);
                v.block = sqlite3_column_int(s, 5);
                v.start = sqlite3_column_int(s, 6);
                if (!v.lemma.isEmpty() && words.add(v) > 0)
                    ++report.recoveredWords;
            });
    return report;
}

} // namespace okur::library
