#include "query.h"

#include "text/words.h"
#include "glossary/glossary.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace okur::search {

namespace {

QString quoted(const QString &token)
{
    QString t = token;
    t.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + t + u'"';
}

QStringList splitWords(const QString &s)
{
    QStringList out;
    for (const text::WordSpan &w : text::words(s)) {
        out << w.text;
    }
    return out;
}

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c.isMark(); }

// Whether a word may begin at `at`. Scripts written without spaces between
// words have no starts to see, so there every letter may begin one.
bool mayBeginWord(const QString &text, qsizetype at)
{
    // A change of script is a word's edge too (iPhoneアプリ).
    if (at == 0 || !isWordChar(text.at(at - 1)) || text.at(at - 1).script() != text.at(at).script()) {
        return true;
    }
    switch (text.at(at - 1).script()) {
    case QChar::Script_Latin:
    case QChar::Script_Greek:
    case QChar::Script_Cyrillic:
    case QChar::Script_Armenian:
    case QChar::Script_Georgian:
    case QChar::Script_Hebrew:
    case QChar::Script_Arabic:
        return false;
    default:
        return true;
    }
}

bool beginsWord(const QString &text, qsizetype from, qsizetype to, const QStringList &stems)
{
    for (qsizetype i = from; i < to; ++i) {
        if (mayBeginWord(text, i)) {
            for (const QString &s : stems) {
                if (QStringView(text).mid(i).startsWith(s)) {
                    return true;
                }
            }
        }
    }
    return false;
}

bool beginsWordIn(const QString &text, const QString &stem)
{
    for (qsizetype at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
        if (mayBeginWord(text, at)) {
            return true;
        }
    }
    return false;
}

// Whether a word beginning with one of `second` follows one beginning with one
// of `first` somewhere in `text` (both folded). Words are whatever runs between
// spaces and marks, generously: this only rules out blocks that cannot hold a
// phrase, and findSpans() finds the phrase in the rest word by word.
bool mayFollow(const QString &text, const QStringList &first, const QStringList &second)
{
    for (const QString &s : second) {
        for (qsizetype at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
            if (!mayBeginWord(text, at)) {
                continue;
            }
            // Back over the marks and spaces before it, and over any run without a letter ("Formula 1 Grand",
            // "Nye (2004) tarafından"): the tokenizer makes no word of those, so the phrase's words stand beside it.
            qsizetype end = at;
            while (true) {
                const qsizetype after = end;
                while (end > 0 && !isWordChar(text.at(end - 1))) {
                    --end;
                }
                qsizetype begin = end;
                while (begin > 0 && !text.at(begin - 1).isSpace()) {
                    --begin;
                }
                if (begin == end || (end == after && after == at)) {
                    break; // nothing before, or no edge between the two words
                }
                if (std::any_of(text.cbegin() + begin, text.cbegin() + end, [](QChar c) { return c.isLetter(); })) {
                    if (beginsWord(text, begin, end, first)) {
                        return true;
                    }
                    break;
                }
                end = begin;
            }
        }
    }
    return false;
}

} // namespace

Query parseQuery(const QString &typed, bool exact, const QString &language, const tokenizer::Lemmatizer &lemmatizer)
{
    Query q;
    q.exact = exact;
    const QString input = tokenizer::withoutIgnorables(typed);
    QSet<QString> seen;
    int prefixes = 0, dropped = 0, shortPrefixes = 0;
    auto addWords = [&](const QStringList &ws, QueryTerm::Kind kind) {
        if (ws.isEmpty()) {
            return;
        }
        QStringList folded;
        for (const QString &w : ws) {
            folded << (exact ? tokenizer::exactForm(w) : tokenizer::fold(w));
        }
        const QString key = QString::number(int(kind)) + u'\x1f' + folded.join(u' ');
        if (seen.contains(key)) {
            return;
        }
        if (kind == QueryTerm::Prefix && folded.first().size() < kMinPrefixLength) {
            ++shortPrefixes;
            return;
        }
        if (q.terms.size() >= kMaxQueryTerms || (kind == QueryTerm::Prefix && prefixes >= kMaxPrefixTerms)) {
            ++dropped;
            return;
        }
        seen.insert(key);
        prefixes += kind == QueryTerm::Prefix ? 1 : 0;
        QueryTerm t;
        t.kind = kind;
        t.words = ws;
        for (const QString &w : ws) {
            t.folded << (exact ? tokenizer::exactForm(w) : tokenizer::fold(w));
            QString lemma;
            if (!exact && kind != QueryTerm::Prefix && lemmatizer) {
                lemma = tokenizer::fold(lemmatizer(w, language));
            }
            t.lemmas << (lemma == tokenizer::fold(w) ? QString() : lemma);
        }
        q.terms.append(t);
    };
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n) {
        const QChar c = input.at(i);
        if (c == u'"' || c == u'“' || c == u'”') {
            qsizetype j = i + 1;
            while (j < n && input.at(j) != u'"' && input.at(j) != u'”' && input.at(j) != u'“') {
                ++j;
            }
            const QStringList ws = splitWords(input.mid(i + 1, j - i - 1));
            addWords(ws, ws.size() > 1 ? QueryTerm::Phrase : QueryTerm::Word);
            i = j + 1;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && !input.at(j).isSpace() && input.at(j) != u'"') {
            ++j;
        }
        const QString chunk = input.mid(i, j - i);
        const bool prefix = chunk.endsWith(u'*');
        const QStringList ws = splitWords(chunk);
        if (prefix && ws.size() == 1) {
            addWords(ws, QueryTerm::Prefix);
        } else {
            for (const QString &w : ws) {
                addWords({w}, QueryTerm::Word);
            }
        }
        i = j;
    }
    QStringList notes;
    if (shortPrefixes > 0) {
        notes << QCoreApplication::translate("okur::search", "a prefix needs at least %n letters before *",
                                             nullptr, kMinPrefixLength);
    }
    if (dropped > 0) {
        notes << QCoreApplication::translate("okur::search",
                                             "only the first %1 words and %2 prefixes of a query are searched")
                     .arg(kMaxQueryTerms)
                     .arg(kMaxPrefixTerms);
    }
    q.notice = notes.join(QStringLiteral("; "));
    return q;
}

QString toFts5(const Query &q)
{
    // The index's token for a word is its lemma, or its folded form where it has
    // none; folded forms are indexed too. So a word is found by its lemma's token
    // or its folded form ("diplomasi" as lemma of "diplomasisinin", or typed).
    const auto key = [](const QueryTerm &t, int i) { return t.lemmas[i].isEmpty() ? t.folded[i] : t.lemmas[i]; };
    QStringList parts;
    for (const QueryTerm &t : q.terms) {
        switch (t.kind) {
        case QueryTerm::Word: {
            if (q.exact) {
                parts << quoted(u'=' + t.folded.first());
            } else if (key(t, 0) == t.folded.first()) {
                parts << quoted(t.folded.first());
            } else {
                parts << QStringLiteral("(%1 OR %2)").arg(quoted(key(t, 0)), quoted(t.folded.first()));
            }
            break;
        }
        case QueryTerm::Prefix:
            parts << (q.exact ? quoted(u'=' + t.folded.first()) : quoted(t.folded.first())) + u'*';
            break;
        case QueryTerm::Phrase: {
            // A phrase of lemmas, so "kamu diplomasisi" also finds "kamu diplomasisinin";
            // findSpans() then finds where in the document it stands.
            QStringList tokens;
            for (int i = 0; i < t.folded.size(); ++i) {
                tokens << (q.exact ? quoted(u'=' + t.folded[i]) : quoted(key(t, i)));
            }
            parts << u'(' + tokens.join(QStringLiteral(" + ")) + u')';
            break;
        }
        }
    }
    return parts.join(QStringLiteral(" AND "));
}

QList<Span> findSpans(const QString &text, const QString &language, const Query &q, const tokenizer::Lemmatizer &lemmatizer)
{
    QList<Span> out;
    if (q.isEmpty()) {
        return out;
    }
    // Lemmas only where they could matter: a word that shares the first letters
    // of a query word or its lemma (inflection changes endings, not beginnings).
    const auto stem = [](const QString &w) { return w.left(qMax(2, int(w.size()) - 3)); };
    QStringList stems;
    for (const QueryTerm &t : q.terms) {
        for (int i = 0; i < t.folded.size(); ++i) {
            for (const QString &w : {t.folded.at(i), t.lemmas.at(i)}) {
                if (!w.isEmpty()) {
                    stems << stem(w);
                }
            }
        }
    }
    // Most blocks of a long document cannot match: one pass over the folded text
    // rules them out before words are split and lemmatized. A term is possible
    // where each of its words shares its first letters or its lemma's.
    // A phrase is possible only where its words' beginnings follow each other.
    const QString foldedText = tokenizer::fold(text);
    bool possible = false;
    for (const QueryTerm &t : q.terms) {
        QList<QStringList> starts;
        bool all = true;
        for (int i = 0; i < t.folded.size() && all; ++i) {
            QStringList alternatives;
            for (const QString &w : {t.folded.at(i), t.lemmas.at(i)}) {
                const QString s = w.isEmpty() ? QString() : tokenizer::fold(stem(w));
                if (!s.isEmpty() && beginsWordIn(foldedText, s)) {
                    alternatives << s;
                }
            }
            all = !alternatives.isEmpty() && (i == 0 || mayFollow(foldedText, starts.last(), alternatives));
            starts << alternatives;
        }
        possible = possible || all;
    }
    if (!possible) {
        return out;
    }
    const tokenizer::Lemmatizer selective = (q.exact || !lemmatizer) ? tokenizer::Lemmatizer() : tokenizer::Lemmatizer([&](const QString &word, const QString &lang) {
        const QString f = tokenizer::fold(word);
        for (const QString &s : stems) {
            if (f.startsWith(s)) {
                return lemmatizer(word, lang);
            }
        }
        return QString();
    });
    const QList<tokenizer::IndexToken> tokens = tokenizer::indexTokens(
        text, language, selective, q.exact ? tokenizer::TokenForms::All : tokenizer::TokenForms::WithoutExact);
    auto matches = [&](const tokenizer::IndexToken &tok, const QueryTerm &t, int i) {
        const QString &want = t.folded.at(i);
        if (q.exact) {
            return t.kind == QueryTerm::Prefix ? tok.exact.startsWith(want) : tok.exact == want;
        }
        if (t.kind == QueryTerm::Prefix) {
            return tok.folded.startsWith(want);
        }
        if (tok.folded == want || tok.lemma == want) {
            return true;
        }
        const QString &lemma = t.lemmas.at(i);
        return !lemma.isEmpty() && (tok.lemma == lemma || tok.folded == lemma);
    };
    for (const QueryTerm &t : q.terms) {
        const int n = int(t.folded.size());
        for (int k = 0; k + n <= tokens.size(); ++k) {
            bool ok = true;
            for (int i = 0; i < n && ok; ++i) {
                ok = matches(tokens[k + i], t, i);
            }
            if (ok) {
                const int start = tokens[k].start;
                const int end = tokens[k + n - 1].start + tokens[k + n - 1].length;
                out.append({start, end - start});
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    // Overlaps (a word matching two terms) count once.
    QList<Span> merged;
    for (const Span &s : out) {
        if (!merged.isEmpty() && s.start < merged.last().start + merged.last().length) {
            continue;
        }
        merged.append(s);
    }
    return merged;
}

} // namespace okur::search
