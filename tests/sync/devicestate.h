// What a library standing for a device shows, read through okur-cli the way a script would: the sync tests
// compare these between devices. A row listed twice is an error, never merged away.
#pragma once

#include "app/clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace devicestate {

/// Rows of `listing`'s JSON array keyed by `key`, each as compact JSON without the fields `local` (values only
/// this device has: its own clock, its row numbers); {"error": …} when the command fails or a key repeats.
inline QMap<QString, QString> rows(CliRunner &d, const QStringList &listing, const QString &key, const QStringList &local)
{
    QMap<QString, QString> out;
    if (d(listing) != 0) {
        return {{QStringLiteral("error"), d.err}};
    }
    for (const QJsonValue &v : QJsonDocument::fromJson(d.out.toUtf8()).array()) {
        QJsonObject o = v.toObject();
        for (const QString &field : local) {
            o.remove(field);
        }
        const QString k = o.value(key).toString();
        if (out.contains(k)) {
            return {{QStringLiteral("error"), QStringLiteral("%1 %2 listed twice").arg(key, k)}};
        }
        out.insert(k, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    return out;
}

/// The annotations a device shows: id → the annotation (deleted ones are never shown).
inline QMap<QString, QString> annotations(CliRunner &d)
{
    return rows(d, {QStringLiteral("annotations"), QStringLiteral("--json")}, QStringLiteral("id"),
                {QStringLiteral("updated")});
}

/// The words a device has saved: lemma → meaning and schedule.
inline QMap<QString, QString> words(CliRunner &d)
{
    return rows(d, {QStringLiteral("vocabulary"), QStringLiteral("list"), QStringLiteral("--json")},
                QStringLiteral("lemma"), {QStringLiteral("id")});
}

} // namespace devicestate
