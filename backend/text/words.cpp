#include "words.h"

#include <QTextBoundaryFinder>

namespace okur::text {

QList<WordSpan> words(const QString &text)
{
    QList<WordSpan> out;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    while (true) {
        const qsizetype end = finder.toNextBoundary();
        if (end < 0) {
            break;
        }
        if (finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem) {
            QString w = text.mid(start, end - start);
            bool letters = false;
            for (const QChar c : w) {
                letters = letters || c.isLetter();
            }
            if (letters) {
                // Keep "Azerbaycan'ın" whole: the boundary finder may split at the apostrophe.
                qsizetype e = end;
                while (e + 1 < text.size() && isApostrophe(text.at(e)) && text.at(e + 1).isLetter()) {
                    qsizetype f = e + 1;
                    while (f < text.size() && text.at(f).isLetter()) {
                        ++f;
                    }
                    e = f;
                }
                out.append({int(start), int(e - start), text.mid(start, e - start)});
                if (e != end) {
                    finder.setPosition(e);
                    start = e;
                    continue;
                }
            }
        }
        start = end;
    }
    return out;
}

std::pair<int, int> hyphenatedRun(const QString &text, const QList<WordSpan> &ws, int k)
{
    // The hyphen-minus, the hyphen and the non-breaking hyphen, right between two words.
    const auto joined = [&](int left) {
        const int at = ws[left].start + ws[left].length;
        const QChar c = at < text.size() ? text.at(at) : QChar();
        return at + 1 == ws[left + 1].start && (c == u'-' || c == u'\u2010' || c == u'\u2011');
    };
    int first = k, last = k;
    while (first > 0 && joined(first - 1)) {
        --first;
    }
    while (last + 1 < ws.size() && joined(last)) {
        ++last;
    }
    return {first, last};
}

} // namespace okur::text
