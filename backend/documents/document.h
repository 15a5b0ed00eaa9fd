#pragma once
#include "text/types.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace okur::documents {

/// A document as the library lists it.
struct DocumentInfo {
    QString id;
    QString title;
    QString language;
    QString date;
    QString author;
    QString source;
    QStringList related;
    QString origin;       ///< "seed:<file>" or "import:<file name>"
    int repairVersion = 0;
    int wordCount = 0;
    int blockCount = 0;
    double progress = 0;  ///< 0..1, how far the reader got
};

/// One stored block.
struct StoredBlock {
    int index = 0;
    text::BlockKind kind = text::BlockKind::Paragraph;
    QString language;
    QString text;
    QString raw;
};

/// One block's place in its document's shape (DocumentStore::outline).
struct OutlineBlock {
    int index = 0;
    text::BlockKind kind = text::BlockKind::Paragraph;
    QString heading; ///< the text of a heading; empty for other blocks
};

/// Where the reader stopped: a block and how far into it (0..1).
struct ReadingPosition {
    bool valid = false;
    int block = 0;
    double offset = 0;   ///< share of the block's text before the top line's first character, 0-1: the same line
                         ///< at any width, size or face (the reader's ReaderView.here)
    double progress = 0; ///< share of the document, 0-1
};

/// The position `offset` (0-1) into `block` of a document of `blockCount`
/// blocks, with its progress. Pure.
inline ReadingPosition readingPosition(int block, double offset, int blockCount)
{
    ReadingPosition p;
    p.valid = true;
    p.block = block;
    p.offset = offset < 0 ? 0 : (offset > 1 ? 1 : offset);
    const double progress = blockCount <= 1 ? p.offset : (block + p.offset) / (blockCount - 1);
    p.progress = progress < 0 ? 0 : (progress > 1 ? 1 : progress);
    return p;
}

/// What the importer hands the store.
struct NewDocument {
    QString id;           ///< preferred id; made unique by the store unless `exactId`
    bool exactId = false; ///< this id or none: a document already stored under it is kept (bundled documents)
    QString title;
    QString language;
    QString date;
    QString author;
    QString source;
    QStringList related;
    QString origin;
    QString raw;
    QString contentHash;  ///< of the imported bytes: a second import of the same bytes finds this document
    QList<text::TextBlock> blocks;
    int repairVersion = 0;
    int sortKey = 0;
};

} // namespace okur::documents
