#pragma once
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace okur::formats {

/// A word of a PDF's text layer, in page coordinates (points, y down).
struct PdfWord {
    QString text;
    QRectF box;
    bool spaceAfter = true;
};

struct PdfPage {
    QSizeF size;
    QList<PdfWord> words;
};

/// Lays out the words of every page as text lines in reading order: words
/// → lines → columns (a gutter found per page, each column read top to
/// bottom between full-width lines); running heads and footers (text that
/// repeats in the top or bottom lines across pages, digits aside) and page
/// numbers are dropped; a blank line marks a paragraph gap, an indent or a
/// line in a larger size. The text pipeline then unwraps and repairs. Pure.
QStringList layoutPdfPages(const QList<PdfPage> &pages);

} // namespace okur::formats
