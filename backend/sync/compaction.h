#pragma once
#include "record.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace okur::sync {

/// What a device publishes in its state.json (docs/sync.md): its own last log
/// and how far it merged each other device's logs. Only that device writes it.
struct DeviceState {
    QString device;
    qint64 seq = 0;                ///< its own last log when it wrote this
    QHash<QString, qint64> merged; ///< device → the last log of it merged
};
QByteArray serializeState(const DeviceState &state);
/// False when `bytes` is not the state of `expectedDevice`. Pure.
bool parseState(const QByteArray &bytes, const QString &expectedDevice, DeviceState *state);

/// snapshot-<seq>.json → seq; 0 when the name is not a snapshot's. Pure.
qint64 snapshotSeq(const QString &name);

/// The own log a snapshot may fold: every own log up to it merged by every
/// known peer, which has itself been merged here up to the state it published
/// (so none of its older logs, written before it saw ours, is still unread).
/// No peers: all of `ownSeq`. Pure.
qint64 foldableSeq(qint64 ownSeq, const QHash<QString, DeviceState> &peers, const QString &me,
                   const QHash<QString, qint64> &mergedHere);

/// A snapshot's records: the own records sent up to `seq`, where each
/// deletion whose mark is older than `cutoffWallMs` keeps only that mark
/// (its text and anchor go; the mark still beats every older edit). Pure.
QList<Record> snapshotRecords(const RecordSet &records, const QHash<QString, qint64> &sentIn, qint64 seq,
                              qint64 cutoffWallMs, int *thinned);

} // namespace okur::sync
