#pragma once
#include <QStringList>

namespace okur::text {

/// Blanks the page furniture of PDF-extracted text: isolated page numbers,
/// running headers and footers around them, and short isolated lines that
/// repeat. Returns the lines with furniture replaced by empty lines, so line
/// numbers stay valid. Pure.
QStringList removePageFurniture(const QStringList &lines);

} // namespace okur::text
