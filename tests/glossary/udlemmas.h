#pragma once
// Lemmatisation measured on Universal Dependencies CoNLL-U files: content
// words (NOUN VERB ADJ ADV PROPN) of distinct forms, out of context; the share
// whose first analysis has the gold lemma ("top-1") and whose analyses include
// it ("any"). Turkish verb lemmas in UD are bare roots (gel, not gelmek), so
// an analysis is compared by its root. Shared by tst_udlemmas and bench_lemmas.
#include "glossary/glossary.h"
#include "text/casing.h"

#include <QFile>
#include <QSet>
#include <QStringList>

namespace okur::udlemmas {

struct Token {
    QString form;
    QString lemma;
    QString upos;
};

/// Content tokens of a CoNLL-U text, one a distinct form (its first gold lemma).
inline QList<Token> contentTokens(const QByteArray &conllu)
{
    static const QSet<QString> content = {QStringLiteral("NOUN"), QStringLiteral("VERB"), QStringLiteral("ADJ"),
                                          QStringLiteral("ADV"), QStringLiteral("PROPN")};
    QList<Token> out;
    QSet<QString> seen;
    for (const QByteArray &line : conllu.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> cols = line.split('\t');
        if (cols.size() < 4 || cols[0].contains('-') || cols[0].contains('.'))
            continue; // multiword-token ranges and empty nodes
        Token t{QString::fromUtf8(cols[1]), QString::fromUtf8(cols[2]), QString::fromUtf8(cols[3])};
        if (!content.contains(t.upos) || t.lemma == QLatin1String("_") || seen.contains(t.form))
            continue;
        seen.insert(t.form);
        out.append(t);
    }
    return out;
}

inline QList<Token> readTokens(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return contentTokens(f.readAll());
}

struct Score {
    int tokens = 0;
    int top1 = 0;
    int any = 0;
    QStringList misses; ///< "form gold → first" for the ones top-1 missed
    double top1Share() const { return tokens ? double(top1) / tokens : 0; }
    double anyShare() const { return tokens ? double(any) / tokens : 0; }
};

/// The root UD would write: a verb's stem without -mAk.
inline QString rootOf(const glossary::Analysis &a)
{
    if (!a.root.isEmpty())
        return a.root;
    const bool verb = !a.segments.isEmpty() && a.segments.first().label == QLatin1String(okur::glossary::labels::kVerbStem);
    return verb && (a.lemma.endsWith(QLatin1String("mak")) || a.lemma.endsWith(QLatin1String("mek"))) ? a.lemma.chopped(3) : a.lemma;
}

/// Scores the glossary's analyses of `tokens` in `language` ("tr" or "en").
inline Score score(const glossary::Glossary &g, const QList<Token> &tokens, const QString &language)
{
    Score s;
    for (const Token &t : tokens) {
        const QList<glossary::Analysis> analyses = g.analyze(t.form, language);
        const QString gold = text::foldCase(t.lemma, language);
        ++s.tokens;
        bool first = true, hit = false, firstHit = false;
        for (const glossary::Analysis &a : analyses) {
            const QString ours = text::foldCase(language == QLatin1String("tr") ? rootOf(a) : a.lemma, language);
            if (ours == gold) {
                hit = true;
                firstHit = firstHit || first;
            }
            first = false;
        }
        s.top1 += firstHit ? 1 : 0;
        s.any += hit ? 1 : 0;
        if (!firstHit)
            s.misses << t.form + u' ' + t.upos + u' ' + t.lemma + QStringLiteral(" → ")
                            + (analyses.isEmpty() ? QStringLiteral("(none)") : rootOf(analyses.first()))
                            + (hit ? QStringLiteral(" (later)") : QString());
    }
    return s;
}

} // namespace okur::udlemmas
