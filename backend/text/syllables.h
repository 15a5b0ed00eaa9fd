#pragma once
#include <QList>
#include <QString>
#include <QStringView>

namespace okur::text {

/// Where Turkish syllables start inside a word, by the language's regular
/// rule: every syllable has one vowel, and of the consonants between two
/// vowels the last one opens the next syllable (kül-tü-rel, dip-lo-ma-si,
/// Türk-çe); consonants before the first vowel stay with it (stra-te-ji).
/// Returns the indices (> 0) where a syllable begins; letters only, so call
/// it on a run of letters. Pure.
QList<qsizetype> turkishSyllableStarts(QStringView word);

/// Where a line may break inside a Turkish word: the syllable starts that
/// leave at least `minLeft` letters before and `minRight` after (Azer-bay-can,
/// never A-zer). Pure.
QList<qsizetype> turkishHyphenationPoints(QStringView word, int minLeft = 2, int minRight = 2);

/// `text` with a soft hyphen (U+00AD) at each break `breaksOf` gives for
/// each run of letters; runs next to an apostrophe or a hyphen are kept
/// whole at that side. For display only: the result is longer than `text`.
/// Pure when `breaksOf` is.
template <typename BreaksOf> QString withSoftHyphens(const QString &text, BreaksOf breaksOf, int minWord = 5)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text.at(i).isLetter()) {
            out.append(text.at(i++));
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text.at(end).isLetter()) {
            ++end;
        }
        const QStringView run = QStringView(text).mid(i, end - i);
        // A run glued to other letters by an apostrophe (Azerbaycan’ın) breaks
        // only in its own part; the suffix after it never stands alone.
        const bool suffix = i > 1 && (text.at(i - 1) == u'\'' || text.at(i - 1) == u'’') && text.at(i - 2).isLetter();
        const QList<qsizetype> cuts = run.size() >= minWord && !suffix ? breaksOf(run) : QList<qsizetype>();
        qsizetype from = 0;
        for (qsizetype cut : cuts) {
            out.append(run.mid(from, cut - from));
            out.append(QChar(0x00AD));
            from = cut;
        }
        out.append(run.mid(from));
        i = end;
    }
    return out;
}

/// The stored offset of a character of a display text that has soft hyphens
/// in it (and the reverse): the reader's taps and marks speak stored offsets.
qsizetype storedOffset(QStringView display, qsizetype displayIndex);
qsizetype displayOffset(QStringView display, qsizetype storedIndex);

} // namespace okur::text
