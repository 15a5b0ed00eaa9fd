#include "record.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace okur::sync {

Hlc Record::newest() const
{
    Hlc best;
    for (auto it = clocks.cbegin(); it != clocks.cend(); ++it) {
        if (best.isNull() || it.value() > best) {
            best = it.value();
        }
    }
    return best;
}

Record join(const Record &a, const Record &b, int *conflicts)
{
    Record out = a;
    for (auto it = b.clocks.cbegin(); it != b.clocks.cend(); ++it) {
        const QString &field = it.key();
        const Hlc &theirs = it.value();
        const auto mine = a.clocks.constFind(field);
        if (mine == a.clocks.cend()) {
            out.clocks.insert(field, theirs);
            out.fields.insert(field, b.fields.value(field));
            continue;
        }
        const QJsonValue va = a.fields.value(field), vb = b.fields.value(field);
        if (conflicts && mine.value() != theirs && va != vb) {
            ++*conflicts;
        }
        // Equal readings carry equal values (one write); the text order of the
        // values settles the impossible case deterministically anyway.
        const int c = compare(theirs, mine.value());
        const bool takeTheirs = c > 0
            || (c == 0 && QJsonDocument(QJsonArray{vb}).toJson() > QJsonDocument(QJsonArray{va}).toJson());
        if (takeTheirs) {
            out.clocks.insert(field, theirs);
            out.fields.insert(field, vb);
        }
    }
    return out;
}

MergeResult merge(const RecordSet &local, const QList<Record> &remote)
{
    MergeResult r;
    r.merged = local;
    for (const Record &in : remote) {
        const QString id = in.id();
        auto it = r.merged.find(id);
        if (it == r.merged.end()) {
            r.merged.insert(id, in);
            if (!r.changed.contains(id)) {
                r.changed.append(id);
            }
            continue;
        }
        const Record joined = join(it.value(), in, &r.conflicts);
        if (!(joined == it.value())) {
            it.value() = joined;
            if (!r.changed.contains(id)) {
                r.changed.append(id);
            }
        }
    }
    return r;
}

bool stamp(Record &record, const QJsonObject &fields, HlcClock &clock, qint64 nowMs)
{
    bool changed = false;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (record.clocks.contains(it.key()) && record.fields.value(it.key()) == it.value()) {
            continue;
        }
        record.fields.insert(it.key(), it.value());
        record.clocks.insert(it.key(), clock.tick(nowMs));
        changed = true;
    }
    return changed;
}

QJsonObject toJson(const Record &r)
{
    QJsonObject clocks;
    for (auto it = r.clocks.cbegin(); it != r.clocks.cend(); ++it) {
        clocks.insert(it.key(), it.value().toString());
    }
    return QJsonObject{{QStringLiteral("kind"), r.kind}, {QStringLiteral("key"), r.key},
                       {QStringLiteral("fields"), r.fields}, {QStringLiteral("clocks"), clocks}};
}

bool fromJson(const QJsonObject &o, Record *r)
{
    static const QStringList kinds = {QStringLiteral("annotation"), QStringLiteral("word"), QStringLiteral("review"),
                                      QStringLiteral("position"), QStringLiteral("document"),
                                      QStringLiteral("status")};
    Record out;
    out.kind = o.value(QStringLiteral("kind")).toString();
    out.key = o.value(QStringLiteral("key")).toString();
    out.fields = o.value(QStringLiteral("fields")).toObject();
    const QJsonObject clocks = o.value(QStringLiteral("clocks")).toObject();
    if (!kinds.contains(out.kind) || out.key.isEmpty()) {
        return false;
    }
    // Every field has its reading and every reading its field: a value
    // without a clock could never be ordered against another device's.
    for (auto it = clocks.constBegin(); it != clocks.constEnd(); ++it) {
        const Hlc h = Hlc::fromString(it.value().toString());
        if (h.isNull() || !out.fields.contains(it.key())) {
            return false;
        }
        out.clocks.insert(it.key(), h);
    }
    if (out.clocks.size() != out.fields.size()) {
        return false;
    }
    *r = out;
    return true;
}

QByteArray serializeLog(const Log &log)
{
    QJsonArray records;
    for (const Record &r : log.records) {
        records.append(toJson(r));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("okur-sync-log-1")},
                                     {QStringLiteral("device"), log.device},
                                     {QStringLiteral("seq"), log.seq},
                                     {QStringLiteral("records"), records}})
        .toJson(QJsonDocument::Compact);
}

bool parseLog(const QByteArray &bytes, const QString &expectedDevice, Log *log, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    const QJsonObject o = doc.object();
    if (pe.error != QJsonParseError::NoError || o.value(QStringLiteral("format")).toString() != QLatin1String("okur-sync-log-1")) {
        *error = QStringLiteral("not an Okur sync log");
        return false;
    }
    Log out;
    out.device = o.value(QStringLiteral("device")).toString();
    out.seq = o.value(QStringLiteral("seq")).toInteger();
    if (out.device != expectedDevice || out.seq <= 0) {
        *error = QStringLiteral("a sync log of another device or without a number");
        return false;
    }
    for (const QJsonValue v : o.value(QStringLiteral("records")).toArray()) {
        Record r;
        if (!fromJson(v.toObject(), &r)) {
            *error = QStringLiteral("a sync log with a damaged record");
            return false;
        }
        out.records.append(r);
    }
    *log = out;
    return true;
}

} // namespace okur::sync
