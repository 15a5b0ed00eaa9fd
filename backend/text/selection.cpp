#include "selection.h"

#include <memory>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace okur::text {

QList<TextSpan> sentenceBreaks(const QString &text, const QString &language)
{
    QList<TextSpan> raw;
    UErrorCode status = U_ZERO_ERROR;
    // "ss=standard" suppresses breaks after the abbreviations ICU lists for the language ("Mr.", "vb.").
    const QByteArray locale = (language.isEmpty() ? QStringLiteral("en") : language).toLatin1() + "@ss=standard";
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale(locale.constData()), status));
    if (U_FAILURE(status) || !it) {
        raw.append({0, int(text.size())});
        return raw;
    }
    const icu::UnicodeString u(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    it->setText(u);
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        raw.append({int(start), int(end - start)});
    }
    return raw;
}

QList<TextSpan> sentenceSpans(const QString &text, const QString &language)
{
    QList<TextSpan> out;
    for (TextSpan s : sentenceBreaks(text, language)) {
        while (s.length > 0 && text.at(s.start).isSpace()) {
            ++s.start;
            --s.length;
        }
        while (s.length > 0 && text.at(s.end() - 1).isSpace()) {
            --s.length;
        }
        if (s.length > 0) {
            out.append(s);
        }
    }
    return out;
}

KeySelection stepSelection(const QList<TextSpan> &units, KeySelection selection, bool forward)
{
    const TextSpan anchor = selection.anchor;
    const int focus = selection.focus;
    // Which side of the anchor the free edge is on; on neither, it rests at the anchor's end.
    const bool left = focus < anchor.start;
    const bool right = focus > anchor.end();
    KeySelection out = selection;
    if (forward) {
        if (left) {
            // Give back one unit on the left, or all of them when the next start reaches the anchor.
            for (const TextSpan &u : units) {
                if (u.start > focus) {
                    out.focus = u.start < anchor.start ? u.start : anchor.end();
                    return out;
                }
            }
            out.focus = anchor.end();
            return out;
        }
        const int from = right ? focus : anchor.end();
        for (const TextSpan &u : units) {
            if (u.end() > from) {
                out.focus = u.end();
                return out;
            }
        }
        return out;
    }
    if (right) {
        for (qsizetype i = units.size() - 1; i >= 0; --i) {
            if (units[i].end() < focus) {
                out.focus = units[i].end() > anchor.end() ? units[i].end() : anchor.end();
                return out;
            }
        }
        out.focus = anchor.end();
        return out;
    }
    const int from = left ? focus : anchor.start;
    for (qsizetype i = units.size() - 1; i >= 0; --i) {
        if (units[i].start < from) {
            out.focus = units[i].start;
            return out;
        }
    }
    return out;
}

} // namespace okur::text
