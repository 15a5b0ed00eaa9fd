#include "compaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace okur::sync {

QByteArray serializeState(const DeviceState &state)
{
    QJsonObject merged;
    for (auto it = state.merged.cbegin(); it != state.merged.cend(); ++it) {
        merged.insert(it.key(), it.value());
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("okur-sync-state-1")},
                                     {QStringLiteral("device"), state.device},
                                     {QStringLiteral("seq"), state.seq},
                                     {QStringLiteral("merged"), merged}})
        .toJson(QJsonDocument::Compact);
}

bool parseState(const QByteArray &bytes, const QString &expectedDevice, DeviceState *state)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("okur-sync-state-1")
        || o.value(QStringLiteral("device")).toString() != expectedDevice) {
        return false;
    }
    DeviceState s;
    s.device = expectedDevice;
    s.seq = o.value(QStringLiteral("seq")).toInteger();
    const QJsonObject merged = o.value(QStringLiteral("merged")).toObject();
    for (auto it = merged.constBegin(); it != merged.constEnd(); ++it) {
        s.merged.insert(it.key(), it.value().toInteger());
    }
    *state = s;
    return true;
}

qint64 snapshotSeq(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^snapshot-(\\d{1,15})\\.json$"));
    const auto m = re.match(name);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

qint64 foldableSeq(qint64 ownSeq, const QHash<QString, DeviceState> &peers, const QString &me,
                   const QHash<QString, qint64> &mergedHere)
{
    qint64 s = ownSeq;
    for (auto it = peers.cbegin(); it != peers.cend(); ++it) {
        if (mergedHere.value(it.key()) < it->seq) {
            return 0;
        }
        s = qMin(s, it->merged.value(me));
    }
    return s;
}

QList<Record> snapshotRecords(const RecordSet &records, const QHash<QString, qint64> &sentIn, qint64 seq,
                              qint64 cutoffWallMs, int *thinned)
{
    QList<Record> out;
    for (const Record &r : records) {
        const qint64 sent = sentIn.value(r.id());
        if (sent < 1 || sent > seq) {
            continue;
        }
        const Hlc mark = r.clocks.value(QStringLiteral("deleted"));
        if (r.isDeleted() && mark.wall < cutoffWallMs && r.fields.size() > 1) {
            Record t;
            t.kind = r.kind;
            t.key = r.key;
            t.fields.insert(QStringLiteral("deleted"), true);
            t.clocks.insert(QStringLiteral("deleted"), mark);
            out.append(t);
            ++*thinned;
        } else {
            out.append(r);
        }
    }
    return out;
}

} // namespace okur::sync
