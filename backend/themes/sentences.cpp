#include "sentences.h"

#include "text/selection.h"

#include <QRegularExpression>
#include <QStringList>

namespace okur::themes {

namespace {

bool startsLower(const QString &s)
{
    for (const QChar c : s) {
        if (c.isLetter()) {
            return c.isLower();
        }
        if (c.isDigit()) {
            return false;
        }
    }
    return false;
}

// "Dr.", "Mr.", "vb.", "Prof.", "A.": a stop that ends an abbreviation, not a sentence.
bool endsWithAbbreviation(const QString &s)
{
    static const QStringList known = {QStringLiteral("dr"), QStringLiteral("mr"), QStringLiteral("mrs"), QStringLiteral("ms"),
                                      QStringLiteral("prof"), QStringLiteral("st"), QStringLiteral("no"), QStringLiteral("vs"),
                                      QStringLiteral("vb"), QStringLiteral("bkz"), QStringLiteral("doç"), QStringLiteral("yrd"),
                                      QStringLiteral("etc"), QStringLiteral("e.g"), QStringLiteral("i.e"), QStringLiteral("cf"),
                                      QStringLiteral("est"), QStringLiteral("jr"), QStringLiteral("sr"), QStringLiteral("inc")};
    const QString t = s.trimmed();
    if (!t.endsWith(u'.')) {
        return false;
    }
    const QString word = t.left(t.size() - 1).section(u' ', -1);
    return known.contains(word.toLower()) || (word.size() == 1 && word.front().isUpper());
}

int parenBalance(const QString &s)
{
    int b = 0;
    for (const QChar c : s) {
        b += c == u'(' ? 1 : c == u')' ? -1 : 0;
    }
    return b;
}

} // namespace

QList<SentenceSpan> splitSentences(const QString &text, const QString &language)
{
    QList<SentenceSpan> raw;
    // English rules for any language but Turkish: the mending below is tuned on them.
    for (const text::TextSpan &s : text::sentenceBreaks(text, language == QLatin1String("tr") ? QStringLiteral("tr")
                                                                                             : QStringLiteral("en"))) {
        raw.append({s.start, s.length});
    }
    QList<SentenceSpan> out;
    // The open parentheses of the sentence being built, kept as it grows, and
    // only its tail read for an abbreviation: linear however long it gets.
    int balance = 0;
    static const QRegularExpression year(QStringLiteral("\\d{4}"));
    for (const SentenceSpan &s : raw) {
        const QString piece = text.mid(s.start, s.length).trimmed();
        if (piece.isEmpty()) {
            continue;
        }
        if (!out.isEmpty()) {
            const int tail = qMin(out.last().length, 16);
            const QString previousEnd = text.mid(out.last().start + out.last().length - tail, tail);
            const bool citation = piece.startsWith(u'(') && piece.size() < 40 && piece.contains(year);
            if (startsLower(piece) || balance > 0 || citation || piece.size() < 4
                || endsWithAbbreviation(u' ' + previousEnd)) {
                out.last().length = s.start + s.length - out.last().start;
                balance += parenBalance(piece);
                continue;
            }
        }
        out.append(s);
        balance = parenBalance(piece);
    }
    // Trim the spaces ICU leaves at the ends.
    for (SentenceSpan &s : out) {
        while (s.length > 0 && text.at(s.start).isSpace()) {
            ++s.start;
            --s.length;
        }
        while (s.length > 0 && text.at(s.start + s.length - 1).isSpace()) {
            --s.length;
        }
    }
    return out;
}

} // namespace okur::themes
