#include "quotes.h"

namespace okur::text {

namespace {

struct Marks {
    QChar open2, close2, open1, close1, apostrophe;
};

Marks marksFor(const QString &language)
{
    // Turkish and English print the same marks; a language that differs
    // (German „ “) gets its own row here.
    if (language == QLatin1String("de")) {
        return {QChar(0x201E), QChar(0x201C), QChar(0x201A), QChar(0x2018), QChar(0x2019)};
    }
    return {QChar(0x201C), QChar(0x201D), QChar(0x2018), QChar(0x2019), QChar(0x2019)};
}

bool isSingle(QChar c) { return c == u'\'' || c == u'’' || c == u'‘' || c == u'ʼ'; }
bool isDouble(QChar c) { return c == u'"' || c == u'“' || c == u'”'; }

// A quote opens after a space, an opening bracket or dash, or another opening quote.
bool opensAfter(QChar before)
{
    return before.isNull() || before.isSpace() || QStringLiteral("([{—–-/“‘„").contains(before);
}

// Two figures and then no third: a year with its century left out ('90s, '68).
bool startsYear(const QString &text, qsizetype i)
{
    return i + 1 < text.size() && text.at(i).isDigit() && text.at(i + 1).isDigit() &&
           (i + 2 >= text.size() || !text.at(i + 2).isDigit());
}

} // namespace

QString typographic(const QString &text, const QString &language)
{
    const Marks m = marksFor(language);
    QString out = text;
    bool singleOpen = false;
    bool doubleOpen = false;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = text.at(i);
        const QChar before = i > 0 ? out.at(i - 1) : QChar(); // already set: “‘ nests
        const QChar after = i + 1 < text.size() ? text.at(i + 1) : QChar();
        // A mark right after a figure and not before a letter, with no
        // quotation of its kind open, is a prime (5'10", 40°25'): it stays.
        const bool afterFigure = i > 0 && text.at(i - 1).isDigit() && !after.isLetter();
        if ((c == u'\'' && afterFigure && !singleOpen) || (c == u'"' && afterFigure && !doubleOpen)) {
            continue;
        }
        if (isDouble(c)) {
            out[i] = opensAfter(before) ? m.open2 : m.close2;
            doubleOpen = out[i] == m.open2;
        } else if (isSingle(c)) {
            // NOLINTNEXTLINE(bugprone-branch-clone): two kinds of apostrophe, each branch with its own case and reason
            if (before.isLetterOrNumber() && after.isLetter()) {
                out[i] = m.apostrophe; // Azerbaycan’ın, don’t
            } else if (opensAfter(before) && startsYear(text, i + 1)) {
                out[i] = m.apostrophe; // the ’90s: an elided century, not a quotation
            } else if ((singleOpen = opensAfter(before) && (after.isLetterOrNumber() || after == u'"'))) {
                out[i] = m.open1;      // ‘yumuşak güç’
            } else {
                out[i] = m.close1;     // closing quote, countries’
            }
        }
    }
    return out;
}

QString plainQuotes(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (isSingle(c) || c == u'′') {
            c = u'\'';
        } else if (isDouble(c) || c == u'„' || c == u'″') {
            c = u'"';
        }
    }
    return out;
}

} // namespace okur::text
