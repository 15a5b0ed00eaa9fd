#include "tokens.h"

#include "glossary/glossary.h"
#include "text/casing.h"

namespace okur::search {

QString foldSlowly(const QString &word)
{
    QString f = text::stripDiacritics(text::foldCase(word, QStringLiteral("tr")));
    f.replace(u'’', u'\'');
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
        if (u < 0x80) {
            out.append(u >= 'A' && u <= 'Z' ? QChar(u + ('a' - 'A')) : c);
            continue;
        }
        auto it = folded.constFind(u);
        if (it == folded.constEnd())
            it = folded.insert(u, foldSlowly(QString(c)));
        out.append(*it);
    }
    return out;
}

QString exactForm(const QString &word)
{
    QString e = text::foldCase(word, QStringLiteral("tr"));
    e.replace(u'’', u'\'');
    return e;
}

Lemmatizer glossaryLemmatizer(std::shared_ptr<const glossary::Glossary> glossary)
{
    return [glossary](const QString &word, const QString &language) -> QString {
        if (!language.isEmpty()) {
            const QList<glossary::Analysis> a = glossary->analyze(word, language);
            return a.isEmpty() ? QString() : a.first().lemma;
        }
        const QList<glossary::Analysis> tr = glossary->analyze(word, QStringLiteral("tr"));
        const QList<glossary::Analysis> en = glossary->analyze(word, QStringLiteral("en"));
        if (tr.isEmpty())
            return en.isEmpty() ? QString() : en.first().lemma;
        if (en.isEmpty())
            return tr.first().lemma;
        return en.first().score < tr.first().score ? en.first().lemma : tr.first().lemma;
    };
}

QList<IndexToken> indexTokens(const QString &text, const QString &language, const Lemmatizer &lemmatizer)
{
    QList<IndexToken> out;
    for (const glossary::WordSpan &w : glossary::words(text)) {
        IndexToken t;
        t.start = w.start;
        t.length = w.length;
        t.folded = fold(w.text);
        t.exact = exactForm(w.text);
        if (lemmatizer) {
            const QString lemma = fold(lemmatizer(w.text, language));
            if (!lemma.isEmpty() && lemma != t.folded)
                t.lemma = lemma;
        }
        out.append(t);
    }
    return out;
}

} // namespace okur::search
