#pragma once
#include <QString>
#include <QStringList>

namespace okur::annotations {

/// The five highlight colours, in menu order.
inline const QStringList &colors()
{
    static const QStringList c = {QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("blue"),
                                  QStringLiteral("pink"), QStringLiteral("purple")};
    return c;
}

/// A highlight (with an optional note) or a bookmark. Anchored by block and
/// offsets, and by the quoted text with some context so it can be found
/// again when the document's text changes. Deleted ones stay as tombstones.
struct Annotation {
    QString id;            ///< a UUID, stable across export and import
    QString documentId;
    QString kind = QStringLiteral("highlight"); ///< "highlight" or "bookmark"
    int block = 0;
    int start = 0;         ///< offsets into the block's text, [start, end)
    int end = 0;
    QString quote;
    QString prefix;        ///< up to 32 characters before the quote
    QString suffix;        ///< up to 32 characters after it
    QString color = QStringLiteral("yellow");
    QString note;
    qint64 created = 0;    ///< ms since the epoch
    qint64 updated = 0;
    bool deleted = false;
    bool orphaned = false; ///< its text could not be found after a change
};

} // namespace okur::annotations
