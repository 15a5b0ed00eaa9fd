#pragma once
#include <QList>
#include <QString>
#include <QtGlobal>

namespace okur::text {

/// A span of a text, in UTF-16 code units.
struct TextSpan {
    int start = 0;
    int length = 0;
    int end() const { return start + length; }
};

/// ICU's sentence segments of a text for the language (with its abbreviation
/// list), untrimmed: together they cover the whole text. Pure.
QList<TextSpan> sentenceBreaks(const QString &text, const QString &language);
/// The sentences of a text, by ICU's sentence rules for the language (with
/// its abbreviation list where ICU has one: English "Mr."), spaces trimmed. Pure.
QList<TextSpan> sentenceSpans(const QString &text, const QString &language);

/// A selection grown from the keyboard: the unit it started on (a word or a
/// sentence) and the edge that moves. The selection always covers the anchor
/// and reaches to the focus, so it never starts or ends in a space.
struct KeySelection {
    TextSpan anchor;
    int focus = 0;
    int start() const { return qMin(anchor.start, focus); }
    int end() const { return qMax(anchor.end(), focus); }
};

/// Moves the selection's free edge by one unit of `units` (words or
/// sentences, in text order): forward to the next unit's end, or back over
/// it when the selection grew the other way; backward the same, mirrored.
/// At the text's ends the selection stays as it is. Pure.
KeySelection stepSelection(const QList<TextSpan> &units, KeySelection selection, bool forward);

} // namespace okur::text
