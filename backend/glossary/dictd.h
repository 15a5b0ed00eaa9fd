#pragma once
#include <QList>
#include <QString>

namespace okur::glossary {

/// One article of a dictd dictionary: its headword and raw body text.
struct DictdEntry {
    QString headword;
    QString body;
};

/// Reads a dictd dictionary (.index + .dict or .dict.dz). Skips the
/// "00database..." metadata entries. On failure returns nothing and sets
/// `error`; a corrupt index line or an offset past the end is skipped.
QList<DictdEntry> readDictd(const QString &indexPath, const QString &dictPath, QString *error);

/// Decodes a dictd base64 number ("BRt" → 6061).
qint64 dictdNumber(const QString &digits, bool *ok = nullptr);

/// Inflates gzip/dictzip data; empty on error.
QByteArray gunzip(const QByteArray &data);

} // namespace okur::glossary
