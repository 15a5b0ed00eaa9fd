#include "vocabulary.h"

#include "wordstatus.h"

#include <QUrl>
#include <QUuid>
#include <cmath>

namespace okur::glossary {

using storage::Statement;

ReviewState sm2(const ReviewState &state, int quality)
{
    quality = qBound(0, quality, 5);
    ReviewState next = state;
    if (quality < 3) {
        next.repetitions = 0;
        next.interval = 1;
    } else {
        next.repetitions = state.repetitions + 1;
        if (next.repetitions == 1) {
            next.interval = 1;
        } else if (next.repetitions == 2) {
            next.interval = 6;
        } else {
            next.interval = int(std::lround(state.interval * state.ease));
        }
    }
    next.ease = qMax(1.3, state.ease + (0.1 - (5 - quality) * (0.08 + (5 - quality) * 0.02)));
    return next;
}

namespace {

const char *kColumns = "id, lemma, language, translation, context, document_id, block, start, created_at, due_at, "
                       "ease, interval, repetitions";

VocabularyItem readItem(const Statement &s)
{
    VocabularyItem v;
    v.id = s.integer(0);
    v.lemma = s.text(1);
    v.language = s.text(2);
    v.translation = s.text(3);
    v.context = s.text(4);
    v.documentId = s.text(5);
    v.block = int(s.integer(6));
    v.start = int(s.integer(7));
    v.created = QDateTime::fromMSecsSinceEpoch(s.integer(8));
    v.due = QDateTime::fromMSecsSinceEpoch(s.integer(9));
    v.state = {s.real(10), int(s.integer(11)), int(s.integer(12))};
    return v;
}

QString oneLine(QString s)
{
    s.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    return s.simplified();
}

// Every field quoted as the csv reader Anki uses expects ("" is one quote),
// so a field may start with '"' or '#', or hold tabs and line breaks.
QString ankiField(const QString &s)
{
    QString q = s;
    q.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

// Anki splits tags on whitespace.
QString tagSafe(const QString &s)
{
    QString t = s.simplified();
    t.replace(u' ', u'_');
    return t;
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r')) {
        return s;
    }
    QString q = s;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

} // namespace

// okur://document/ID#block=N&start=S, as annotations link back to passages.
QString passageLink(const QString &documentId, int block, int start)
{
    QString link = QStringLiteral("okur://document/") + QString::fromLatin1(QUrl::toPercentEncoding(documentId));
    if (block >= 0) {
        link += QStringLiteral("#block=%1").arg(block);
    }
    if (block >= 0 && start >= 0) {
        link += QStringLiteral("&start=%1").arg(start);
    }
    return link;
}

qint64 VocabularyStore::add(const VocabularyItem &item)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT INTO vocabulary (lemma, language, translation, context, document_id, block, start, created_at, due_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8) ON CONFLICT(lemma, language) DO UPDATE SET "
        "translation = excluded.translation"));
    s.bind(1, item.lemma).bind(2, item.language).bind(3, item.translation).bind(4, item.context);
    s.bind(5, item.documentId).bind(6, item.block).bind(7, item.start).bind(8, now);
    if (!s.exec()) {
        return 0;
    }
    Statement id = m_db.prepare(QStringLiteral("SELECT id FROM vocabulary WHERE lemma = ?1 AND language = ?2"));
    id.bind(1, item.lemma).bind(2, item.language);
    const qint64 saved = id.next() ? id.integer(0) : 0;
    id.reset();
    // Saving is what a learner does with a word they are learning (a known
    // word saved again stays known). Only here, not in put(): a word arriving
    // by sync brings its status as a record of its own.
    WordStatusStore statuses(m_db);
    const int before = statuses.status(item.language, item.lemma);
    if (saved != 0 && statusAfterSave(before) != before) {
        statuses.set(item.language, item.lemma, statusAfterSave(before), now);
    }
    if (saved != 0) {
        Q_EMIT changed(saved);
    }
    return saved;
}

bool VocabularyStore::remove(qint64 id)
{
    Statement s = m_db.prepare(QStringLiteral("DELETE FROM vocabulary WHERE id = ?1"));
    s.bind(1, id);
    if (!s.exec()) {
        return false;
    }
    Q_EMIT changed(id);
    return true;
}

qint64 VocabularyStore::restore(const VocabularyItem &item)
{
    if (const VocabularyItem again = find(item.language, item.lemma); again.id != 0) {
        return again.id;
    }
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT INTO vocabulary (lemma, language, translation, context, document_id, block, start, created_at, due_at, "
        "ease, interval, repetitions) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
    s.bind(1, item.lemma).bind(2, item.language).bind(3, item.translation).bind(4, item.context);
    s.bind(5, item.documentId).bind(6, item.block).bind(7, item.start).bind(8, item.created.toMSecsSinceEpoch());
    s.bind(9, item.due.toMSecsSinceEpoch()).bind(10, item.state.ease).bind(11, item.state.interval);
    s.bind(12, item.state.repetitions);
    if (!s.exec()) {
        return 0;
    }
    const qint64 id = m_db.lastInsertId();
    Q_EMIT changed(id);
    return id;
}

VocabularyItem VocabularyStore::get(qint64 id)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT %1 FROM vocabulary WHERE id = ?1").arg(QLatin1String(kColumns)));
    s.bind(1, id);
    return s.next() ? readItem(s) : VocabularyItem();
}

qint64 VocabularyStore::put(const VocabularyItem &item)
{
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT INTO vocabulary (lemma, language, translation, context, document_id, block, start, created_at, due_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8) ON CONFLICT(lemma, language) DO UPDATE SET "
        "translation = excluded.translation, context = excluded.context, document_id = excluded.document_id, "
        "block = excluded.block, start = excluded.start, created_at = excluded.created_at"));
    s.bind(1, item.lemma).bind(2, item.language).bind(3, item.translation).bind(4, item.context);
    s.bind(5, item.documentId).bind(6, item.block).bind(7, item.start).bind(8, item.created.toMSecsSinceEpoch());
    if (!s.exec() || !reschedule(item.language, item.lemma)) {
        return 0;
    }
    const VocabularyItem saved = find(item.language, item.lemma);
    if (saved.id != 0) {
        Q_EMIT changed(saved.id);
    }
    return saved.id;
}

VocabularyItem VocabularyStore::find(const QString &language, const QString &lemma)
{
    Statement s = m_db.prepare(
        QStringLiteral("SELECT %1 FROM vocabulary WHERE language = ?1 AND lemma = ?2").arg(QLatin1String(kColumns)));
    s.bind(1, language).bind(2, lemma);
    return s.next() ? readItem(s) : VocabularyItem();
}

bool VocabularyStore::addReviewEvent(const QString &eventId, const QString &language, const QString &lemma, qint64 atMs,
                                     int quality)
{
    Statement add = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO vocabulary_reviews (id, language, lemma, at, quality) VALUES (?1, ?2, ?3, ?4, ?5)"));
    add.bind(1, eventId).bind(2, language).bind(3, lemma).bind(4, atMs).bind(5, qBound(0, quality, 5));
    if (!add.exec()) {
        return false;
    }
    const VocabularyItem word = find(language, lemma);
    if (!reschedule(language, lemma)) {
        return false;
    }
    if (word.id != 0) {
        Q_EMIT changed(word.id);
    }
    return true;
}

bool VocabularyStore::reschedule(const QString &language, const QString &lemma)
{
    const VocabularyItem word = find(language, lemma);
    if (word.id == 0) {
        return true; // the word itself arrives (or was removed) separately
    }
    // Replayed from a new card: the same events give the same schedule on every device.
    ReviewState state;
    qint64 last = word.created.toMSecsSinceEpoch();
    Statement events = m_db.prepare(QStringLiteral(
        "SELECT at, quality FROM vocabulary_reviews WHERE language = ?1 AND lemma = ?2 ORDER BY at, id"));
    events.bind(1, language).bind(2, lemma);
    while (events.next()) {
        last = events.integer(0);
        state = sm2(state, int(events.integer(1)));
    }
    events.reset();
    Statement s = m_db.prepare(QStringLiteral(
        "UPDATE vocabulary SET ease = ?2, interval = ?3, repetitions = ?4, due_at = ?5 WHERE id = ?1"));
    s.bind(1, word.id).bind(2, state.ease).bind(3, state.interval).bind(4, state.repetitions);
    s.bind(5, QDateTime::fromMSecsSinceEpoch(last).addDays(state.interval).toMSecsSinceEpoch());
    return s.exec();
}

QList<VocabularyItem> VocabularyStore::items()
{
    QList<VocabularyItem> out;
    Statement s = m_db.prepare(QStringLiteral("SELECT %1 FROM vocabulary ORDER BY created_at DESC, id DESC")
                                   .arg(QLatin1String(kColumns)));
    while (s.next()) {
        out.append(readItem(s));
    }
    return out;
}

QList<VocabularyItem> VocabularyStore::due(const QDateTime &now)
{
    QList<VocabularyItem> out;
    Statement s = m_db.prepare(QStringLiteral("SELECT %1 FROM vocabulary WHERE due_at <= ?1 ORDER BY due_at, id")
                                   .arg(QLatin1String(kColumns)));
    s.bind(1, now.toMSecsSinceEpoch());
    while (s.next()) {
        out.append(readItem(s));
    }
    return out;
}

int VocabularyStore::dueCount(const QDateTime &now)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT count(*) FROM vocabulary WHERE due_at <= ?1"));
    s.bind(1, now.toMSecsSinceEpoch());
    return s.next() ? int(s.integer(0)) : 0;
}

bool VocabularyStore::review(qint64 id, int quality, const QDateTime &now)
{
    Statement get = m_db.prepare(
        QStringLiteral("SELECT ease, interval, repetitions, language, lemma FROM vocabulary WHERE id = ?1"));
    get.bind(1, id);
    if (!get.next()) {
        return false;
    }
    const ReviewState next = sm2({get.real(0), int(get.integer(1)), int(get.integer(2))}, quality);
    const QString language = get.text(3), lemma = get.text(4);
    // Finished before the write: a statement left open would keep a read
    // transaction that the write must upgrade (busy with no wait), and would
    // hold the commit back until it is finalised.
    get.reset();
    Statement s = m_db.prepare(QStringLiteral(
        "UPDATE vocabulary SET ease = ?2, interval = ?3, repetitions = ?4, due_at = ?5 WHERE id = ?1"));
    s.bind(1, id).bind(2, next.ease).bind(3, next.interval).bind(4, next.repetitions);
    s.bind(5, now.addDays(next.interval).toMSecsSinceEpoch());
    // The review is also kept as an event: sync merges two devices' reviews
    // of a word as a set and recomputes the schedule from them (docs/sync.md).
    storage::Transaction tx(m_db);
    Statement event = m_db.prepare(QStringLiteral(
        "INSERT INTO vocabulary_reviews (id, language, lemma, at, quality) VALUES (?1, ?2, ?3, ?4, ?5)"));
    event.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, language).bind(3, lemma);
    event.bind(4, now.toMSecsSinceEpoch()).bind(5, qBound(0, quality, 5));
    // A good review moves the lemma along (learning n → n+1, learning 4 → known),
    // in the review's transaction; merged review events do not (see put()).
    WordStatusStore statuses(m_db);
    const int before = statuses.status(language, lemma);
    const int after = statusAfterReview(before, quality);
    if (!s.exec() || !event.exec() || (after != before && !statuses.put({language, lemma, after, now.toMSecsSinceEpoch()}))
        || !tx.commit()) {
        return false;
    }
    Q_EMIT changed(id);
    return true;
}

QString toAnkiTsv(const QList<VocabularyItem> &items, const QString &deck)
{
    // Basic is in every Anki collection and Anki falls back to it, so the
    // meaning, the sentence and the link back all go to Back: a third column
    // would be silently left out. No #columns: Anki then maps fields by index,
    // which also works where Basic's fields have translated names.
    QString out = QStringLiteral("#separator:tab\n#html:false\n#notetype:Basic\n#deck:%1\n#tags column:3\n")
                      .arg(oneLine(deck));
    for (const VocabularyItem &v : items) {
        QStringList tags{QStringLiteral("okur"), tagSafe(v.language)};
        if (!v.documentId.isEmpty()) {
            tags << tagSafe(v.documentId);
        }
        QStringList back;
        if (!v.translation.trimmed().isEmpty()) {
            back << v.translation.trimmed();
        }
        if (!v.context.trimmed().isEmpty()) {
            back << v.context.trimmed();
        }
        if (!v.documentId.isEmpty()) {
            back << passageLink(v.documentId, v.block, v.start);
        }
        out += QStringList{ankiField(v.lemma), ankiField(back.join(QStringLiteral("\n\n"))), ankiField(tags.join(u' '))}.join(u'\t')
            + u'\n';
    }
    return out;
}

QString toCsv(const QList<VocabularyItem> &items, bool byteOrderMark)
{
    // Times in UTC with their offset ("Z"), so a spreadsheet in any zone reads the same instant.
    QString out = byteOrderMark ? QStringLiteral("\uFEFF") : QString();
    out += QStringLiteral("lemma,language,translation,context,document,block,added,due\r\n");
    for (const VocabularyItem &v : items) {
        out += QStringList{csvField(v.lemma), csvField(v.language), csvField(v.translation), csvField(v.context),
                           csvField(v.documentId), v.block >= 0 ? QString::number(v.block) : QString(),
                           v.created.toUTC().toString(Qt::ISODate), v.due.toUTC().toString(Qt::ISODate)}
                   .join(u',')
            + QStringLiteral("\r\n");
    }
    return out;
}

} // namespace okur::glossary
