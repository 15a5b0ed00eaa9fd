#include "tokens.h"

#include "text/words.h"
#include "text/casing.h"

#include <QHash>

namespace okur::tokenizer {

bool isIgnorable(QChar c)
{
    switch (c.unicode()) {
    case 0x00AD: // soft hyphen
    case 0x200B: // zero-width space
    case 0x200C: // zero-width non-joiner
    case 0x200D: // zero-width joiner
    case 0x2060: // word joiner
    case 0xFEFF: // zero-width no-break space
        return true;
    default:
        return false;
    }
}

QString withoutIgnorables(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isIgnorable(c)) {
            out.append(c);
        }
    }
    return out;
}

QString foldSlowly(const QString &word)
{
    QString f = text::stripDiacritics(text::foldCase(withoutIgnorables(word), QStringLiteral("tr")));
    f.replace(u'’', u'\'');
    f.replace(u'ʼ', u'\'');
    return f;
}

QString fold(const QString &word)
{
    // Character by character with a per-thread table: search folds every word
    // of the passages it scans, and normalizing each one costs far more.
    thread_local QHash<char16_t, QString> folded;
    QString out;
    out.reserve(word.size());
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (isIgnorable(c)) {
            continue;
        }
        if (u < 0x80) {
            out.append(u >= 'A' && u <= 'Z' ? QChar(u + ('a' - 'A')) : c);
            continue;
        }
        auto it = folded.constFind(u);
        if (it == folded.constEnd()) {
            it = folded.insert(u, foldSlowly(QString(c)));
        }
        out.append(*it);
    }
    return out;
}

QString exactForm(const QString &word)
{
    QString e = text::foldCase(withoutIgnorables(word), QStringLiteral("tr"));
    e.replace(u'’', u'\'');
    e.replace(u'ʼ', u'\'');
    return e;
}

QList<IndexToken> indexTokens(const QString &text, const QString &language, const Lemmatizer &lemmatizer, TokenForms forms)
{
    // Zero-width characters inside a word ("kül\u200Btür") would split it or
    // keep it from matching: words are found in the text without them, and
    // their spans mapped back to the text as it is.
    QString clean;
    QList<int> origin; // position in `text` of each position in `clean`, and of its end
    bool any = false;
    for (const QChar c : text) {
        any = any || isIgnorable(c);
    }
    if (any) {
        clean.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (!isIgnorable(text.at(i))) {
                clean.append(text.at(i));
                origin.append(int(i));
            }
        }
        origin.append(int(text.size()));
    }
    QList<IndexToken> out;
    for (const text::WordSpan &w : text::words(any ? clean : text)) {
        IndexToken t;
        t.start = any ? origin.at(w.start) : w.start;
        t.length = any ? origin.at(w.start + w.length - 1) + 1 - t.start : w.length;
        t.folded = fold(w.text);
        if (forms == TokenForms::All) {
            t.exact = exactForm(w.text);
        }
        if (lemmatizer) {
            const QString lemma = fold(lemmatizer(w.text, language));
            if (!lemma.isEmpty() && lemma != t.folded) {
                t.lemma = lemma;
            }
        }
        out.append(t);
    }
    return out;
}

} // namespace okur::tokenizer
