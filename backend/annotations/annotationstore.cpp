#include "annotationstore.h"

#include "anchoring.h"

#include <QDateTime>
#include <QUuid>

namespace okur::annotations {

using storage::Statement;
using storage::Transaction;

namespace {

const char *kColumns = "id, document_id, kind, block, start, end_, quote, prefix, suffix, color, note, created_at, "
                       "updated_at, deleted, orphaned";

Annotation read(const Statement &s)
{
    Annotation a;
    a.id = s.text(0);
    a.documentId = s.text(1);
    a.kind = s.text(2);
    a.block = int(s.integer(3));
    a.start = int(s.integer(4));
    a.end = int(s.integer(5));
    a.quote = s.text(6);
    a.prefix = s.text(7);
    a.suffix = s.text(8);
    a.color = s.text(9);
    a.note = s.text(10);
    a.created = s.integer(11);
    a.updated = s.integer(12);
    a.deleted = s.integer(13) != 0;
    a.orphaned = s.integer(14) != 0;
    return a;
}

bool sameContent(const Annotation &a, const Annotation &b)
{
    return a.documentId == b.documentId && a.kind == b.kind && a.block == b.block && a.start == b.start
        && a.end == b.end && a.quote == b.quote && a.color == b.color && a.note == b.note && a.deleted == b.deleted
        && a.updated == b.updated;
}

} // namespace

bool AnnotationStore::write(const Annotation &a)
{
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT INTO annotations (%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
        "ON CONFLICT(id) DO UPDATE SET document_id = excluded.document_id, kind = excluded.kind, "
        "block = excluded.block, start = excluded.start, end_ = excluded.end_, quote = excluded.quote, "
        "prefix = excluded.prefix, suffix = excluded.suffix, color = excluded.color, note = excluded.note, "
        "created_at = excluded.created_at, updated_at = excluded.updated_at, deleted = excluded.deleted, "
        "orphaned = excluded.orphaned").arg(QLatin1String(kColumns)));
    s.bind(1, a.id).bind(2, a.documentId).bind(3, a.kind).bind(4, a.block).bind(5, a.start).bind(6, a.end);
    s.bind(7, a.quote).bind(8, a.prefix).bind(9, a.suffix).bind(10, a.color).bind(11, a.note);
    s.bind(12, a.created).bind(13, a.updated).bind(14, a.deleted ? 1 : 0).bind(15, a.orphaned ? 1 : 0);
    return s.exec();
}

bool AnnotationStore::put(const Annotation &a)
{
    if (!write(a)) {
        return false;
    }
    Q_EMIT changed(a.documentId, a.id);
    return true;
}

std::optional<Annotation> AnnotationStore::add(Annotation a)
{
    if (a.id.isEmpty()) {
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (a.created == 0) {
        a.created = now;
    }
    if (a.updated == 0) {
        a.updated = now;
    }
    if (!colors().contains(a.color)) {
        a.color = colors().first();
    }
    if (!write(a)) {
        return std::nullopt;
    }
    Q_EMIT changed(a.documentId, a.id);
    return a;
}

bool AnnotationStore::update(const Annotation &edited)
{
    Annotation a = edited;
    a.updated = qMax(QDateTime::currentMSecsSinceEpoch(), edited.updated + 1);
    if (!write(a)) {
        return false;
    }
    Q_EMIT changed(a.documentId, a.id);
    return true;
}

bool AnnotationStore::remove(const QString &id)
{
    return setDeleted(id, true);
}

bool AnnotationStore::restore(const QString &id)
{
    return setDeleted(id, false);
}

bool AnnotationStore::setDeleted(const QString &id, bool deleted)
{
    const std::optional<Annotation> before = get(id);
    Statement s = m_db.prepare(
        QStringLiteral("UPDATE annotations SET deleted = ?3, updated_at = max(?2, updated_at + 1) WHERE id = ?1"));
    s.bind(1, id).bind(2, QDateTime::currentMSecsSinceEpoch()).bind(3, deleted ? 1 : 0);
    if (!s.exec() || m_db.changes() != 1) {
        return false;
    }
    Q_EMIT changed(before ? before->documentId : QString(), id);
    return true;
}

std::optional<Annotation> AnnotationStore::get(const QString &id)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT %1 FROM annotations WHERE id = ?1").arg(QLatin1String(kColumns)));
    s.bind(1, id);
    if (s.next()) {
        return read(s);
    }
    return std::nullopt;
}

QList<Annotation> AnnotationStore::list(const QString &documentId, bool withDeleted)
{
    QList<Annotation> out;
    Statement s = m_db.prepare(QStringLiteral("SELECT %1 FROM annotations WHERE (?1 = '' OR document_id = ?1) "
                                              "AND (?2 = 1 OR deleted = 0) ORDER BY document_id, block, start, created_at")
                                   .arg(QLatin1String(kColumns)));
    s.bind(1, documentId).bind(2, withDeleted ? 1 : 0);
    while (s.next()) {
        out.append(read(s));
    }
    return out;
}

int AnnotationStore::reanchor(const QString &documentId, const QStringList &blockTexts)
{
    int orphans = 0;
    Transaction tx(m_db);
    for (Annotation a : list(documentId, true)) {
        if (a.kind == QLatin1String("bookmark")) {
            // A bookmark follows its line's first words, as a highlight its text; where they are gone it marks the
            // start of the block it was in (a place is never lost), never offsets past the new text.
            const Placement p = okur::annotations::reanchor(a, blockTexts);
            if (p.found) {
                a.block = p.block;
                a.start = p.start;
                a.end = p.end;
            } else {
                a.block = qBound(0, a.block, qMax(0, int(blockTexts.size()) - 1));
                a.start = 0;
                a.end = a.block < blockTexts.size() ? bookmarkEnd(blockTexts.at(a.block)) : 0;
            }
            captureContext(a, blockTexts);
            write(a);
            continue;
        }
        const Placement p = okur::annotations::reanchor(a, blockTexts);
        if (p.found) {
            a.block = p.block;
            a.start = p.start;
            a.end = p.end;
            a.orphaned = false;
            captureContext(a, blockTexts);
        } else {
            a.orphaned = true;
            orphans += a.deleted ? 0 : 1;
        }
        write(a);
    }
    if (tx.commit()) {
        Q_EMIT changed(documentId, QString());
    }
    return orphans;
}

MergeReport AnnotationStore::merge(const QList<Annotation> &incoming, qint64 nowMs)
{
    const qint64 now = nowMs > 0 ? nowMs : QDateTime::currentMSecsSinceEpoch();
    MergeReport r;
    const auto fail = [&] {
        MergeReport failed;
        failed.ok = false;
        failed.error = m_db.error();
        return failed;
    };
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail();
    }
    for (Annotation in : incoming) {
        // A clock far ahead would make this copy newer than every later local
        // edit; such a copy is placed at `now` and may only fill a gap.
        // A copy without dates is as untrusted: it cannot say it is newer.
        const bool future = in.updated <= 0 || in.updated > now + kClockSkewMs || in.created > now + kClockSkewMs;
        if (future) {
            in.created = in.created > 0 ? qMin(in.created, now) : now;
            in.updated = qMax(in.created, in.updated > 0 ? qMin(in.updated, now) : now);
        }
        const std::optional<Annotation> mine = get(in.id);
        if (mine && in.deleted && in.documentId.isEmpty()) {
            // A bare tombstone (id and time) deletes the local copy as it is.
            const qint64 when = in.updated;
            in = *mine;
            in.deleted = true;
            in.updated = when;
        }
        if (!mine) {
            if (!write(in)) {
                return fail();
            }
            ++r.added;
            r.untrusted += future ? 1 : 0;
        } else if (future) {
            ++r.untrusted;
            ++r.unchanged;
        } else if (in.updated > mine->updated && !sameContent(in, *mine)) {
            if (!write(in)) {
                return fail();
            }
            ++r.updated;
        } else {
            ++r.unchanged;
        }
    }
    if (!tx.commit()) {
        return fail();
    }
    if (r.added + r.updated > 0) {
        Q_EMIT changed(QString(), QString());
    }
    return r;
}

} // namespace okur::annotations
