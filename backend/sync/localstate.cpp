#include "localstate.h"

#include "annotations/annotationstore.h"
#include "documents/documentstore.h"
#include "glossary/vocabulary.h"
#include "glossary/wordstatus.h"

#include <QJsonDocument>
#include <QSysInfo>
#include <QUuid>

namespace okur::sync {

using storage::Statement;

namespace {

const QChar kSep = u'\x1f';

QJsonObject parseObject(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }
QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

} // namespace

LocalState::LocalState(documents::DocumentStore &documents, annotations::AnnotationStore &annotations,
                       glossary::VocabularyStore &vocabulary)
    : m_documents(documents), m_annotations(annotations), m_vocabulary(vocabulary)
{
}

QString LocalState::deviceId()
{
    QString id = m_documents.setting(QStringLiteral("sync_device_id"));
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!m_documents.setSetting(QStringLiteral("sync_device_id"), id)) {
            return QString();
        }
    }
    return id;
}

HlcClock LocalState::loadClock()
{
    return HlcClock(deviceId(), Hlc::fromString(m_documents.setting(QStringLiteral("sync_clock"))));
}

bool LocalState::saveClock(const HlcClock &clock)
{
    return m_documents.setSetting(QStringLiteral("sync_clock"), clock.last().toString());
}

RecordSet LocalState::records(bool unsentOnly)
{
    RecordSet out;
    Statement s = m_documents.database().prepare(
        QStringLiteral("SELECT kind, key, fields, clocks FROM sync_records WHERE ?1 = 0 OR seq = 0"));
    s.bind(1, unsentOnly ? 1 : 0);
    while (s.next()) {
        Record r;
        const QJsonObject o{{QStringLiteral("kind"), s.text(0)}, {QStringLiteral("key"), s.text(1)},
                            {QStringLiteral("fields"), parseObject(s.text(2))}, {QStringLiteral("clocks"), parseObject(s.text(3))}};
        if (fromJson(o, &r)) {
            out.insert(r.id(), r);
        }
    }
    return out;
}

bool LocalState::saveRecord(const Record &r, qint64 seq)
{
    const QJsonObject o = toJson(r);
    Statement s = m_documents.database().prepare(QStringLiteral(
        "INSERT INTO sync_records (kind, key, fields, clocks, seq) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(kind, key) DO UPDATE SET fields = excluded.fields, clocks = excluded.clocks, "
        "seq = CASE WHEN ?5 < 0 THEN seq ELSE ?5 END"));
    s.bind(1, r.kind).bind(2, r.key).bind(3, compact(r.fields)).bind(4, compact(o.value(QStringLiteral("clocks")).toObject()));
    s.bind(5, seq);
    return s.exec();
}

QHash<QString, qint64> LocalState::sentSeqs()
{
    QHash<QString, qint64> out;
    Statement s = m_documents.database().prepare(QStringLiteral("SELECT kind, key, seq FROM sync_records"));
    while (s.next()) {
        out.insert(s.text(0) + kSep + s.text(1), s.integer(2));
    }
    return out;
}

bool LocalState::markSent(const QStringList &ids, qint64 seq)
{
    Statement s = m_documents.database().prepare(
        QStringLiteral("UPDATE sync_records SET seq = ?3 WHERE kind = ?1 AND key = ?2 AND seq = 0"));
    for (const QString &id : ids) {
        s.reset();
        s.bind(1, id.section(kSep, 0, 0)).bind(2, id.section(kSep, 1)).bind(3, seq);
        if (!s.exec()) {
            return false;
        }
    }
    return true;
}

std::optional<QJsonObject> LocalState::current(const QString &kind, const QString &key)
{
    storage::Database &db = m_documents.database();
    if (kind == QLatin1String("annotation")) {
        const std::optional<annotations::Annotation> a = m_annotations.get(key);
        if (!a) {
            return std::nullopt;
        }
        // The anchor is one field: a block from one device and offsets from another would point nowhere.
        const QJsonObject anchor{{QStringLiteral("kind"), a->kind}, {QStringLiteral("block"), a->block},
                                 {QStringLiteral("start"), a->start}, {QStringLiteral("end"), a->end},
                                 {QStringLiteral("quote"), a->quote}, {QStringLiteral("prefix"), a->prefix},
                                 {QStringLiteral("suffix"), a->suffix}};
        return QJsonObject{{QStringLiteral("doc"), a->documentId}, {QStringLiteral("anchor"), anchor},
                           {QStringLiteral("color"), a->color}, {QStringLiteral("note"), a->note},
                           {QStringLiteral("created"), a->created}, {QStringLiteral("deleted"), a->deleted}};
    }
    if (kind == QLatin1String("word")) {
        const glossary::VocabularyItem v = m_vocabulary.find(key.section(kSep, 0, 0), key.section(kSep, 1));
        if (v.id == 0) {
            return std::nullopt;
        }
        const QJsonObject context{{QStringLiteral("text"), v.context}, {QStringLiteral("doc"), v.documentId},
                                  {QStringLiteral("block"), v.block}, {QStringLiteral("start"), v.start}};
        return QJsonObject{{QStringLiteral("translation"), v.translation}, {QStringLiteral("context"), context},
                           {QStringLiteral("created"), v.created.toMSecsSinceEpoch()}, {QStringLiteral("deleted"), false}};
    }
    if (kind == QLatin1String("review")) {
        Statement s = db.prepare(QStringLiteral("SELECT language, lemma, at, quality FROM vocabulary_reviews WHERE id = ?1"));
        s.bind(1, key);
        if (!s.next()) {
            return std::nullopt;
        }
        return QJsonObject{{QStringLiteral("word"), s.text(0) + kSep + s.text(1)}, {QStringLiteral("at"), s.integer(2)},
                           {QStringLiteral("quality"), s.integer(3)}};
    }
    if (kind == QLatin1String("document")) {
        const QString id = m_documents.documentWithHash(key);
        const std::optional<documents::DocumentInfo> d = id.isEmpty() ? std::nullopt : m_documents.document(id);
        if (!d) {
            return std::nullopt;
        }
        return QJsonObject{{QStringLiteral("id"), d->id}, {QStringLiteral("title"), d->title},
                           {QStringLiteral("language"), d->language}, {QStringLiteral("deleted"), false}};
    }
    if (kind == QLatin1String("status")) {
        const glossary::LemmaStatus st = glossary::WordStatusStore(db).find(key.section(kSep, 0, 0), key.section(kSep, 1));
        if (st.status < 0) {
            return std::nullopt;
        }
        return QJsonObject{{QStringLiteral("status"), st.status}, {QStringLiteral("at"), st.updatedMs}};
    }
    if (kind == QLatin1String("position")) {
        const documents::ReadingPosition p = m_documents.position(key.section(kSep, 1));
        if (!p.valid) {
            return std::nullopt;
        }
        // A name people recognise, for "Continue from <device>" on the others.
        QString name = QSysInfo::machineHostName();
        if (name.isEmpty()) {
            name = QSysInfo::prettyProductName();
        }
        return QJsonObject{{QStringLiteral("block"), p.block}, {QStringLiteral("offset"), p.offset},
                           {QStringLiteral("progress"), p.progress}, {QStringLiteral("name"), name}};
    }
    return std::nullopt;
}

int LocalState::stampDirty(HlcClock &clock, qint64 nowMs)
{
    storage::Database &db = m_documents.database();
    if (!markDocuments()) {
        return -1;
    }
    QList<std::pair<QString, QString>> dirty;
    {
        Statement s = db.prepare(QStringLiteral("SELECT kind, key FROM sync_dirty"));
        while (s.next()) {
            dirty.append({s.text(0), s.text(1)});
        }
    }
    const RecordSet known = records();
    const QString me = clock.device();
    int changed = 0;
    for (auto [kind, key] : dirty) {
        if (kind == QLatin1String("position")) {
            key = me + kSep + key; // positions are kept per device
        }
        Record r = known.value(kind + kSep + key);
        r.kind = kind;
        r.key = key;
        const std::optional<QJsonObject> now = current(kind, key);
        bool touched = false;
        if (now) {
            touched = stamp(r, *now, clock, nowMs);
        } else if (!r.clocks.isEmpty() && !r.isDeleted()) {
            touched = stamp(r, QJsonObject{{QStringLiteral("deleted"), true}}, clock, nowMs);
        }
        if (touched) {
            if (!saveRecord(r, 0)) {
                return -1;
            }
            ++changed;
        }
    }
    return clearDirty() ? changed : -1;
}

namespace {

// settings rows "sync_doc:<hash>": the imported documents this library held at its last sync.
const char *const kHeld = "substr(key, 1, 9) = 'sync_doc:'";

} // namespace

bool LocalState::markDocuments()
{
    storage::Database &db = m_documents.database();
    return db.exec(QStringLiteral(
               "INSERT INTO sync_dirty (kind, key) SELECT 'document', s.content_hash FROM document_sources s "
               "WHERE s.content_hash IS NOT NULL AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_doc:' || s.content_hash) "
               "AND NOT EXISTS (SELECT 1 FROM sync_dirty d WHERE d.kind = 'document' AND d.key = s.content_hash)"))
        && db.exec(QStringLiteral("INSERT INTO sync_dirty (kind, key) SELECT 'document', substr(key, 10) FROM settings "
                                  "WHERE %1 AND NOT EXISTS (SELECT 1 FROM document_sources s WHERE s.content_hash = substr(settings.key, 10)) "
                                  "AND NOT EXISTS (SELECT 1 FROM sync_dirty d WHERE d.kind = 'document' AND d.key = substr(settings.key, 10))")
                       .arg(QLatin1String(kHeld)))
        && db.exec(QStringLiteral("DELETE FROM settings WHERE %1 AND NOT EXISTS "
                                  "(SELECT 1 FROM document_sources s WHERE s.content_hash = substr(settings.key, 10))")
                       .arg(QLatin1String(kHeld)))
        && db.exec(QStringLiteral("INSERT OR IGNORE INTO settings (key, value) SELECT 'sync_doc:' || content_hash, '1' "
                                  "FROM document_sources WHERE content_hash IS NOT NULL"));
}

bool LocalState::noteDocument(const QString &hash) { return m_documents.setSetting(QStringLiteral("sync_doc:") + hash, QStringLiteral("1")); }

QStringList LocalState::documentsToFetch()
{
    QStringList out;
    Statement s = m_documents.database().prepare(QStringLiteral(
        "SELECT key FROM sync_records r WHERE kind = 'document' AND json_extract(fields, '$.deleted') IS NOT 1 "
        "AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync_doc:' || r.key) "
        "AND NOT EXISTS (SELECT 1 FROM document_sources s WHERE s.content_hash = r.key) ORDER BY key"));
    while (s.next()) {
        out.append(s.text(0));
    }
    return out;
}

int LocalState::pendingCount()
{
    Statement s = m_documents.database().prepare(QStringLiteral(
        "SELECT count(*) FROM (SELECT kind, key FROM sync_dirty UNION SELECT kind, key FROM sync_records WHERE seq = 0)"));
    return s.next() ? int(s.integer(0)) : -1;
}

bool LocalState::clearDirty() { return m_documents.database().exec(QStringLiteral("DELETE FROM sync_dirty")); }

bool LocalState::apply(const Record &r)
{
    const QJsonObject &f = r.fields;
    if (r.kind == QLatin1String("annotation")) {
        const QJsonObject anchor = f.value(QStringLiteral("anchor")).toObject();
        const std::optional<annotations::Annotation> mine = m_annotations.get(r.key);
        if (!mine && (anchor.isEmpty() || !f.contains(QStringLiteral("doc")))) {
            return true; // a tombstone (or a part) of something never seen here: nothing to show
        }
        annotations::Annotation a = mine.value_or(annotations::Annotation());
        a.id = r.key;
        a.documentId = f.value(QStringLiteral("doc")).toString(a.documentId);
        if (!anchor.isEmpty()) {
            a.kind = anchor.value(QStringLiteral("kind")).toString(a.kind);
            a.block = anchor.value(QStringLiteral("block")).toInt();
            a.start = anchor.value(QStringLiteral("start")).toInt();
            a.end = anchor.value(QStringLiteral("end")).toInt();
            a.quote = anchor.value(QStringLiteral("quote")).toString();
            a.prefix = anchor.value(QStringLiteral("prefix")).toString();
            a.suffix = anchor.value(QStringLiteral("suffix")).toString();
        }
        a.color = f.value(QStringLiteral("color")).toString(a.color);
        a.note = f.value(QStringLiteral("note")).toString(a.note);
        a.created = f.value(QStringLiteral("created")).toInteger(a.created);
        a.deleted = f.value(QStringLiteral("deleted")).toBool(a.deleted);
        a.updated = qMax(a.updated, r.newest().wall);
        return m_annotations.put(a);
    }
    if (r.kind == QLatin1String("word")) {
        const QString language = r.key.section(kSep, 0, 0), lemma = r.key.section(kSep, 1);
        const glossary::VocabularyItem mine = m_vocabulary.find(language, lemma);
        if (r.isDeleted()) {
            return mine.id == 0 || m_vocabulary.remove(mine.id);
        }
        glossary::VocabularyItem v = mine;
        v.language = language;
        v.lemma = lemma;
        const QJsonObject context = f.value(QStringLiteral("context")).toObject();
        v.translation = f.value(QStringLiteral("translation")).toString(v.translation);
        v.context = context.value(QStringLiteral("text")).toString(v.context);
        v.documentId = context.value(QStringLiteral("doc")).toString(v.documentId);
        v.block = context.value(QStringLiteral("block")).toInt(v.block);
        v.start = context.value(QStringLiteral("start")).toInt(v.start);
        v.created = QDateTime::fromMSecsSinceEpoch(
            f.value(QStringLiteral("created")).toInteger(v.created.isValid() ? v.created.toMSecsSinceEpoch() : r.newest().wall));
        // put() schedules the word from its review events, which may have come first.
        return m_vocabulary.put(v) != 0;
    }
    if (r.kind == QLatin1String("document")) {
        // A live document is fetched after the merge (documentsToFetch); a removal removes it here too.
        if (!r.isDeleted()) {
            return true;
        }
        const QString id = m_documents.documentWithHash(r.key);
        Statement forget = m_documents.database().prepare(QStringLiteral("DELETE FROM settings WHERE key = ?1"));
        forget.bind(1, QStringLiteral("sync_doc:") + r.key);
        return (id.isEmpty() || m_documents.remove(id)) && forget.exec();
    }
    if (r.kind == QLatin1String("review")) {
        const QString word = f.value(QStringLiteral("word")).toString();
        return m_vocabulary.addReviewEvent(r.key, word.section(kSep, 0, 0), word.section(kSep, 1),
                                           f.value(QStringLiteral("at")).toInteger(),
                                           f.value(QStringLiteral("quality")).toInt());
    }
    if (r.kind == QLatin1String("status")) {
        // Newest wins field by field; the status and its time travel together in
        // one record, so a lemma ends with the status last set on any device.
        const int status = f.value(QStringLiteral("status")).toInt(-1);
        if (r.isDeleted() || glossary::statusName(status).isEmpty()) {
            return true;
        }
        return glossary::WordStatusStore(m_documents.database())
            .put({r.key.section(kSep, 0, 0), r.key.section(kSep, 1), status,
                  f.value(QStringLiteral("at")).toInteger(r.newest().wall)});
    }
    return true;
}

qint64 LocalState::peerSeq(const QString &device)
{
    Statement s = m_documents.database().prepare(QStringLiteral("SELECT seq FROM sync_peers WHERE device = ?1"));
    s.bind(1, device);
    return s.next() ? s.integer(0) : 0;
}

bool LocalState::setPeerSeq(const QString &device, qint64 seq)
{
    Statement s = m_documents.database().prepare(QStringLiteral(
        "INSERT INTO sync_peers (device, seq) VALUES (?1, ?2) ON CONFLICT(device) DO UPDATE SET seq = excluded.seq"));
    s.bind(1, device).bind(2, seq);
    return s.exec();
}

qint64 LocalState::ownSeq() { return m_documents.setting(QStringLiteral("sync_own_seq"), QStringLiteral("0")).toLongLong(); }

bool LocalState::setOwnSeq(qint64 seq) { return m_documents.setSetting(QStringLiteral("sync_own_seq"), QString::number(seq)); }

} // namespace okur::sync
