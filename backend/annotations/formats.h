#pragma once
#include "annotation.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace okur::annotations {

/// What an export needs to know of a document, and what an import checks
/// anchors against.
struct DocumentContext {
    QString title;
    QString author;
    QString source;
    QStringList headings; ///< the heading above each block ("" before the first)
    QStringList blocks;   ///< each block's text
};

/// Larger W3C files are refused whole rather than read in part.
constexpr qint64 kMaxW3cBytes = qint64(64) * 1024 * 1024;

/// okur://document/ID#block=N&start=S&end=E (offsets in UTF-16 units, as the
/// reader counts them): where a passage is, as a link the app opens. Pure.
QString passageLink(const QString &documentId, int block, int start = -1, int end = -1);

/// A passage link read back; `ok` false when `link` is not one.
struct PassageLink {
    bool ok = false;
    QString documentId;
    int block = 0;
    int start = -1;
    int end = -1;
};
PassageLink parsePassageLink(const QString &link);

/// Markdown any CommonMark reader shows as written: grouped by document and
/// heading, with title, author and source, each quote in a block quote, each
/// note a labelled paragraph, user text escaped, line breaks kept, and a link
/// back to each passage. Tombstones are left out. Pure.
QString toMarkdown(const QList<Annotation> &annotations, const QHash<QString, DocumentContext> &documents);

/// A W3C Web Annotation collection (JSON-LD) of the live annotations, with
/// TextQuoteSelector and TextPositionSelector (code points, as the model
/// counts, when the document's blocks are known). Tombstones travel beside
/// the items, in "okur:deleted", so no other tool shows them as live. Pure.
QByteArray toW3c(const QList<Annotation> &annotations, const QHash<QString, DocumentContext> &documents = {});

/// An item an import left out, and why.
struct Skipped {
    QString id;
    QString reason;
};

struct W3cImport {
    QList<Annotation> annotations; ///< placed, or orphaned when their text is not found
    QList<Skipped> skipped;
    QString error;                 ///< set when the file as a whole cannot be read
};

/// Reads Web Annotations in every form the model allows that Okur can place:
/// a collection, a page, an array or one annotation; a body, a body array,
/// bodyValue or a linked body; a target IRI, object or array; selectors alone
/// or in arrays, RangeSelector of positions. Each is checked against
/// `documents`: placed where its position and quote agree, else re-anchored
/// by quote and context, else kept as an orphan (never stored as placed).
/// A target outside Okur is placed by its quote or skipped. Pure.
W3cImport readW3c(const QByteArray &json, const QHash<QString, DocumentContext> &documents);

/// readW3c() without documents; kept for callers that only count.
QList<Annotation> fromW3c(const QByteArray &json, QString *error, int *skipped = nullptr);

} // namespace okur::annotations
