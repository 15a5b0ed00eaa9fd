#include "documentstore.h"

#include "storage/migrations.h"
#include "storage/schemascript.h"
#include "text/casing.h"
#include "tokenizer/fts.h"
#include "tokenizer/ranking.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace okur::documents {

using storage::Statement;
using storage::Transaction;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("okur::documents", s); }

// The unix VFS's limit on a database path (mxPathname).
constexpr int kMaxPathBytes = 512;

int countWords(const QList<text::TextBlock> &blocks)
{
    int n = 0;
    for (const auto &b : blocks) {
        n += int(b.text.split(u' ', Qt::SkipEmptyParts).size());
    }
    return n;
}

const char *kInfoColumns =
    "d.id, d.title, d.language, d.date, d.author, d.source, d.related, d.origin, d.repair_version, d.word_count, "
    "d.block_count, "
    "coalesce((SELECT progress FROM reading_positions p WHERE p.document_id = d.id), 0)";

// SQLite's words for why a library could not be opened, said so a person can act on them.
QString describeOpenError(const storage::Database &db, const QString &path)
{
    switch (db.errorCode()) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("the library is in use by another program; close it and try again (%1)").arg(db.error());
    case SQLITE_FULL:
        return tr("the disk is full; free some space and try again (%1)").arg(db.error());
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return tr("the library cannot be written here (%1)").arg(db.error());
    case SQLITE_CANTOPEN:
        if (QFile::encodeName(path).size() >= kMaxPathBytes) {
            return tr("the path is too long (%1 bytes; SQLite takes at most %2)")
                .arg(QFile::encodeName(path).size())
                .arg(kMaxPathBytes - 1);
        }
        if (QFileInfo(path + QStringLiteral("-wal")).isDir() || QFileInfo(path + QStringLiteral("-shm")).isDir()) {
            return tr("its journal file (%1) is not a file").arg(QFileInfo(path).fileName() + QStringLiteral("-wal"));
        }
        return tr("the file or its folder cannot be opened (%1)").arg(db.error());
    case SQLITE_IOERR:
        return tr("the disk reported an error (%1)").arg(db.error());
    default:
        return db.error();
    }
}

DocumentInfo readInfo(const Statement &s)
{
    DocumentInfo d;
    d.id = s.text(0);
    d.title = s.text(1);
    d.language = s.text(2);
    d.date = s.text(3);
    d.author = s.text(4);
    d.source = s.text(5);
    d.related = s.text(6).split(u'\n', Qt::SkipEmptyParts);
    d.origin = s.text(7);
    d.repairVersion = int(s.integer(8));
    d.wordCount = int(s.integer(9));
    d.blockCount = int(s.integer(10));
    d.progress = s.real(11);
    return d;
}
} // namespace

bool DocumentStore::open(const QString &dir, QString *error)
{
    QFileInfo info(dir);
    if (info.exists() && !info.isDir()) {
        if (error) {
            *error = tr("the library location %1 is a file, not a folder").arg(dir);
        }
        return false;
    }
    if (!QDir().mkpath(dir)) {
        if (error) {
            *error = tr("cannot create the library folder %1").arg(dir);
        }
        return false;
    }
    m_path = QDir(dir).filePath(QStringLiteral("library.sqlite"));
    // A new library is a copy of the empty one the programme carries; when it cannot be, the migration below
    // makes it from the schema script.
    storage::copyEmptyLibrary(m_path);
    if (!m_db.open(m_path)) {
        if (error) {
            *error = tr("cannot open the library %1: %2").arg(m_path, describeOpenError(m_db, m_path));
        }
        return false;
    }
    // The index's tokenizer must exist before the schema that names it is read.
    if (!m_lemmas) {
        m_lemmas = std::make_shared<tokenizer::LemmaSource>();
    }
    tokenizer::registerTokenizer(m_db.handle(), m_lemmas);
    tokenizer::registerRanking(m_db.handle());
    QString migrationError;
    if (!storage::migrate(m_db, m_path, &migrationError)) {
        if (error) {
            *error = tr("cannot open the library %1: %2")
                         .arg(m_path, m_db.errorCode() ? describeOpenError(m_db, m_path) : migrationError);
        }
        m_db.close();
        return false;
    }
    return true;
}

QList<DocumentInfo> DocumentStore::documents()
{
    QList<DocumentInfo> out;
    Statement s = m_db.prepare(QStringLiteral("SELECT %1 FROM documents d ORDER BY d.sort_key, d.added_at, d.id")
                                   .arg(QLatin1String(kInfoColumns)));
    while (s.next()) {
        out.append(readInfo(s));
    }
    return out;
}

QList<DocumentInfo> DocumentStore::documents(int offset, int limit)
{
    QList<DocumentInfo> out;
    Statement s = m_db.prepare(QStringLiteral("SELECT %1 FROM documents d ORDER BY d.sort_key, d.added_at, d.id LIMIT ?1 OFFSET ?2")
                                   .arg(QLatin1String(kInfoColumns)));
    s.bind(1, limit).bind(2, offset);
    while (s.next()) {
        out.append(readInfo(s));
    }
    return out;
}

QStringList DocumentStore::repairedBefore(int repairVersion)
{
    QStringList out;
    Statement s = m_db.prepare(QStringLiteral("SELECT id FROM documents WHERE repair_version < ?1 ORDER BY sort_key, id"));
    s.bind(1, repairVersion);
    while (s.next()) {
        out << s.text(0);
    }
    return out;
}

int DocumentStore::documentCount()
{
    Statement s = m_db.prepare(QStringLiteral("SELECT count(*) FROM documents"));
    return s.next() ? int(s.integer(0)) : 0;
}

std::optional<DocumentInfo> DocumentStore::document(const QString &id)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT %1 FROM documents d WHERE d.id = ?1").arg(QLatin1String(kInfoColumns)));
    s.bind(1, id);
    if (s.next()) {
        return readInfo(s);
    }
    return std::nullopt;
}

QList<DocumentInfo> DocumentStore::documentsByOrigin(const QString &originPrefix)
{
    QList<DocumentInfo> out;
    Statement s = m_db.prepare(QStringLiteral("SELECT %1 FROM documents d WHERE substr(d.origin, 1, length(?1)) = ?1")
                                   .arg(QLatin1String(kInfoColumns)));
    s.bind(1, originPrefix);
    while (s.next()) {
        out.append(readInfo(s));
    }
    return out;
}

bool DocumentStore::contains(const QString &id)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT 1 FROM documents WHERE id = ?1"));
    s.bind(1, id);
    return s.next();
}

QString DocumentStore::rawText(const QString &id)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT okur_inflate(raw) FROM document_sources WHERE document_id = ?1"));
    s.bind(1, id);
    return s.next() ? s.text(0) : QString();
}

QList<StoredBlock> DocumentStore::blocks(const QString &id)
{
    QList<StoredBlock> out;
    Statement s = m_db.prepare(
        QStringLiteral("SELECT idx, kind, language, text, raw FROM blocks WHERE document_id = ?1 ORDER BY idx"));
    s.bind(1, id);
    while (s.next()) {
        StoredBlock b;
        b.index = int(s.integer(0));
        b.kind = text::blockKindFromName(s.text(1));
        b.language = s.text(2);
        b.text = s.text(3);
        // Stored only when the repair changed the block (see insert): else the text itself, shared, not converted twice.
        b.raw = s.isNull(4) ? b.text : s.text(4);
        out.append(b);
    }
    return out;
}

QList<OutlineBlock> DocumentStore::outline(const QString &id)
{
    QList<OutlineBlock> out;
    // Other blocks' text is never read: SQLite decodes a row's columns only as far as asked.
    Statement s = m_db.prepare(QStringLiteral("SELECT idx, kind, CASE kind WHEN ?2 THEN text END FROM blocks "
                                              "WHERE document_id = ?1 ORDER BY idx"));
    s.bind(1, id).bind(2, text::blockKindName(text::BlockKind::Heading));
    while (s.next()) {
        OutlineBlock b;
        b.index = int(s.integer(0));
        b.kind = text::blockKindFromName(s.text(1));
        b.heading = s.text(2);
        out.append(b);
    }
    return out;
}

QList<int> DocumentStore::blockLengths(const QString &id)
{
    QList<int> out;
    Statement s = m_db.prepare(QStringLiteral("SELECT length(text) FROM blocks WHERE document_id = ?1 ORDER BY idx"));
    s.bind(1, id);
    while (s.next()) {
        out.append(int(s.integer(0)));
    }
    return out;
}

QString DocumentStore::slugify(const QString &title)
{
    const QString plain = text::stripDiacritics(text::foldCase(title, QStringLiteral("tr")));
    QString slug;
    for (const QChar c : plain) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            slug.append(c);
        } else if (c == u'\'' || c == u'’') {
            continue;
        } else if (!slug.isEmpty() && !slug.endsWith(u'-')) {
            slug.append(u'-');
        }
    }
    while (slug.endsWith(u'-')) {
        slug.chop(1);
    }
    if (slug.size() > 60) {
        slug.truncate(60);
        const qsizetype cut = slug.lastIndexOf(u'-');
        if (cut > 20) {
            slug.truncate(cut);
        }
    }
    return slug.isEmpty() ? QStringLiteral("document") : slug;
}

QString DocumentStore::uniqueId(const QString &preferred)
{
    const QString base = slugify(preferred);
    QString id = base;
    for (int n = 2; contains(id); ++n) {
        id = base + QLatin1Char('-') + QString::number(n);
    }
    return id;
}

QString DocumentStore::documentWithHash(const QString &contentHash)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT document_id FROM document_sources WHERE content_hash = ?1"));
    s.bind(1, contentHash);
    return s.next() ? s.text(0) : QString();
}

QString DocumentStore::insert(const NewDocument &doc, QString *error, bool *existing)
{
    if (existing) {
        *existing = false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error) {
            *error = m_db.error();
        }
        return {};
    }
    // Checked under the write lock, so two processes importing the same file at once make one document.
    if (!doc.contentHash.isEmpty()) {
        QString found = documentWithHash(doc.contentHash);
        if (!found.isEmpty()) {
            if (existing) {
                *existing = true;
            }
            return found;
        }
    }
    if (doc.exactId && contains(doc.id)) {
        // Another process stored it first (two first starts at once).
        if (existing) {
            *existing = true;
        }
        return doc.id;
    }
    QString id = doc.exactId ? doc.id : uniqueId(doc.id.isEmpty() ? doc.title : doc.id);
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT INTO documents (id, title, language, date, author, source, related, origin, block_count, repair_version, "
        "word_count, sort_key, added_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"));
    s.bind(1, id).bind(2, doc.title).bind(3, doc.language).bind(4, doc.date).bind(5, doc.author).bind(6, doc.source);
    s.bind(7, doc.related.join(u'\n')).bind(8, doc.origin).bind(9, int(doc.blocks.size())).bind(10, doc.repairVersion);
    s.bind(11, countWords(doc.blocks)).bind(12, doc.sortKey).bind(13, QDateTime::currentMSecsSinceEpoch());
    bool ok = s.exec();
    Statement source = m_db.prepare(
        QStringLiteral("INSERT INTO document_sources (document_id, raw, content_hash) VALUES (?1, okur_deflate(?2), ?3)"));
    source.bind(1, id).bind(2, doc.raw);
    if (doc.contentHash.isEmpty()) {
        source.bindNull(3);
    } else {
        source.bind(3, doc.contentHash);
    }
    ok = ok && source.exec();
    Statement b = m_db.prepare(
        QStringLiteral("INSERT INTO blocks (document_id, idx, kind, language, text, raw) VALUES (?1, ?2, ?3, ?4, ?5, nullif(?6, ?5))"));
    for (qsizetype i = 0; ok && i < doc.blocks.size(); ++i) {
        const auto &blk = doc.blocks[i];
        b.bind(1, id).bind(2, int(i)).bind(3, text::blockKindName(blk.kind)).bind(4, blk.language);
        b.bind(5, blk.text).bind(6, blk.raw);
        ok = b.exec();
    }
    if (!ok || !tx.commit()) {
        if (error) {
            *error = tr("cannot save the document: %1").arg(m_db.error());
        }
        return {};
    }
    Q_EMIT documentChanged(id);
    return id;
}

bool DocumentStore::replaceBlocks(const QString &id, const QList<text::TextBlock> &blocks, int repairVersion,
                                  QString *error)
{
    Transaction tx(m_db);
    Statement del = m_db.prepare(QStringLiteral("DELETE FROM blocks WHERE document_id = ?1"));
    del.bind(1, id);
    bool ok = tx.isActive() && del.exec();
    Statement b = m_db.prepare(
        QStringLiteral("INSERT INTO blocks (document_id, idx, kind, language, text, raw) VALUES (?1, ?2, ?3, ?4, ?5, nullif(?6, ?5))"));
    for (qsizetype i = 0; ok && i < blocks.size(); ++i) {
        b.bind(1, id).bind(2, int(i)).bind(3, text::blockKindName(blocks[i].kind)).bind(4, blocks[i].language);
        b.bind(5, blocks[i].text).bind(6, blocks[i].raw);
        ok = b.exec();
    }
    Statement u = m_db.prepare(
        QStringLiteral("UPDATE documents SET repair_version = ?2, word_count = ?3, block_count = ?4 WHERE id = ?1"));
    u.bind(1, id).bind(2, repairVersion).bind(3, countWords(blocks)).bind(4, int(blocks.size()));
    ok = ok && u.exec();
    // A position past the new end would open an empty page.
    Statement clamp = m_db.prepare(
        QStringLiteral("UPDATE reading_positions SET block = min(block, max(?2 - 1, 0)) WHERE document_id = ?1"));
    clamp.bind(1, id).bind(2, int(blocks.size()));
    ok = ok && clamp.exec();
    if (!ok || !tx.commit()) {
        if (error) {
            *error = tr("cannot save the document: %1").arg(m_db.error());
        }
        return false;
    }
    Q_EMIT documentChanged(id);
    return true;
}

bool DocumentStore::remove(const QString &id)
{
    Statement s = m_db.prepare(QStringLiteral("DELETE FROM documents WHERE id = ?1"));
    s.bind(1, id);
    if (!s.exec()) {
        return false;
    }
    Q_EMIT documentChanged(id);
    return true;
}

ReadingPosition DocumentStore::position(const QString &id)
{
    ReadingPosition p;
    Statement s = m_db.prepare(
        QStringLiteral("SELECT block, offset, progress FROM reading_positions WHERE document_id = ?1"));
    s.bind(1, id);
    if (s.next()) {
        p.valid = true;
        p.block = int(s.integer(0));
        p.offset = s.real(1);
        p.progress = s.real(2);
    }
    return p;
}

bool DocumentStore::setPosition(const QString &id, const ReadingPosition &pos)
{
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT INTO reading_positions (document_id, block, offset, progress, updated_at) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(document_id) DO UPDATE SET block = excluded.block, offset = excluded.offset, "
        "progress = excluded.progress, updated_at = excluded.updated_at"));
    s.bind(1, id).bind(2, pos.block).bind(3, qBound(0.0, pos.offset, 1.0)).bind(4, qBound(0.0, pos.progress, 1.0));
    s.bind(5, QDateTime::currentMSecsSinceEpoch());
    if (!s.exec()) {
        return false;
    }
    Q_EMIT positionChanged(id);
    return true;
}

QString DocumentStore::setting(const QString &key, const QString &fallback)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?1"));
    s.bind(1, key);
    return s.next() ? s.text(0) : fallback;
}

bool DocumentStore::setSetting(const QString &key, const QString &value)
{
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    s.bind(1, key).bind(2, value);
    return s.exec();
}

} // namespace okur::documents
