#pragma once
#include "types.h"

namespace okur::text {

/// Takes the furniture of saved web pages out of the body: a leading
/// " date YYYY-MM-DD" becomes the date, page-control lines (see
/// isPageControlLine) disappear, "Also read: ..." lines become related links and a trailing
/// site name ("News.Az") becomes the source. "Photo: ..." lines stay, to be
/// shown as captions. Edits lines in place (removed lines become empty). Pure.
DocumentMeta extractWebMetadata(QStringList &lines);

/// True for a short line that is the residue of page controls rather than
/// text: made only of widget glyphs (+ − ↺ ✕ ★), numbers, units and
/// counters (16 px, 1/3, 120%, 3 min read) and reader/share/print words in
/// English or Turkish (Share, Print, Font size, Paylaş, Yazdır), with at
/// least one sign that it is a control. Headings, dates, names, "* * *" and
/// numbers alone stay. Pure.
bool isPageControlLine(const QString &line);

/// True for a caption line such as "Photo: AZERTAC" or "Tablo 2: ...".
bool isCaptionLine(const QString &line);

} // namespace okur::text
