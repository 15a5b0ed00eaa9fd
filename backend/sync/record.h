#pragma once
#include "hlc.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace okur::sync {

/// One synced thing (see docs/sync.md for kinds and keys): its fields, each
/// with the HLC of the write that set it. A deletion is the field "deleted".
struct Record {
    QString kind; ///< "annotation", "word", "review", "position", "document"
    QString key;
    QJsonObject fields;
    QHash<QString, Hlc> clocks; ///< field name → HLC of its value

    bool isDeleted() const { return fields.value(QStringLiteral("deleted")).toBool(); }
    /// The highest HLC of any field (null when none).
    Hlc newest() const;
    QString id() const { return kind + u'\x1f' + key; }
    bool operator==(const Record &o) const { return kind == o.kind && key == o.key && fields == o.fields && clocks == o.clocks; }
};

/// Records by Record::id().
using RecordSet = QMap<QString, Record>;

/// Joins two states of one record: per field, the value with the higher HLC.
/// Commutative, associative and idempotent. `conflicts` counts fields both
/// sides wrote with different values (the older one lost). Pure.
Record join(const Record &a, const Record &b, int *conflicts = nullptr);

/// What merging remote records into a local set changed.
struct MergeResult {
    RecordSet merged;
    QStringList changed; ///< ids whose local state changed
    int conflicts = 0;
};
/// Joins every remote record into `local`. Pure.
MergeResult merge(const RecordSet &local, const QList<Record> &remote);

/// Sets `fields` on `record` as a local write: each field whose value differs
/// gets a new reading of `clock`. Returns whether anything changed. Pure.
bool stamp(Record &record, const QJsonObject &fields, class HlcClock &clock, qint64 nowMs);

QJsonObject toJson(const Record &r);
/// Parses a record; false (and `r` untouched) when the JSON is not one.
bool fromJson(const QJsonObject &o, Record *r);

/// A change log file: the device, its sequence number and its records.
struct Log {
    QString device;
    qint64 seq = 0;
    QList<Record> records;
};
QByteArray serializeLog(const Log &log);
/// False with `error` set when `bytes` is not a log of `expectedDevice`.
bool parseLog(const QByteArray &bytes, const QString &expectedDevice, Log *log, QString *error);

} // namespace okur::sync
