#pragma once
#include <QString>
#include <QStringList>
#include <QList>

namespace okur::text {

/// The kinds of block a document is made of.
enum class BlockKind { Heading = 0, Paragraph = 1, Caption = 2 };

QString blockKindName(BlockKind kind);
BlockKind blockKindFromName(const QString &name);

/// One block of a document after the pipeline: its repaired text, the raw
/// source lines it came from (provenance) and its language ("en" or "tr").
struct TextBlock {
    BlockKind kind = BlockKind::Paragraph;
    QString text;
    QString raw;
    QString language;
};

/// What the pipeline learns about a document besides its blocks.
struct DocumentMeta {
    QString date;          ///< ISO date when the text gives one
    QString source;        ///< e.g. a site name found at the end of a web article
    QStringList related;   ///< "Also read: ..." links
};

/// A paragraph under construction: text plus the source lines it came from.
struct Paragraph {
    QString text;
    QStringList rawLines;
    BlockKind kind = BlockKind::Paragraph;
};

} // namespace okur::text
