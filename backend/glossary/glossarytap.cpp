// What a tap finds: the word at the tapped place, read in its language or the other; a compound of words joined
// by hyphens, whole; and above the word's own reading, a multiword term of the field or a phrase the dictionary
// lists around it.
#include "glossary.h"

#include "text/casing.h"
#include "text/selection.h"
#include "text/words.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace okur::glossary {

LookupResult Glossary::lookupAt(const QString &blockText, int position, const QString &language) const
{
    const QList<text::WordSpan> ws = text::words(blockText);
    int k = -1;
    for (qsizetype i = 0; i < ws.size(); ++i) {
        if (position >= ws[i].start && position < ws[i].start + ws[i].length) {
            k = int(i);
            break;
        }
    }
    if (k < 0) {
        return {};
    }
    // Opening a sentence, by ICU's sentences (an abbreviation such as "U.S." stays inside one): no word before it in
    // its sentence.
    bool sentenceStart = false;
    for (const text::TextSpan &s : text::sentenceSpans(blockText, language)) {
        if (ws[k].start >= s.start && ws[k].start < s.end()) {
            sentenceStart = k == 0 || ws[k - 1].start < s.start;
            break;
        }
    }
    LookupResult r = lookupWord(ws[k].text, language, sentenceStart);
    // A word of the other language inside the text ("Justice for Khojaly" in a Turkish paragraph), which this
    // language neither reads nor lists, is looked up in that one.
    // A capitalised word no list knows is read as a name only for want of anything better ("Justice").
    const auto guessedName = [&](const Analysis &a, const QString &word) {
        return a.segments.size() == 1 && a.segments.first().label == QLatin1String(labels::kProperNoun) &&
               a.lemma == word && (language != QLatin1String("tr") || listedName(word).lemma.isEmpty());
    };
    const auto unknownHere = [&](const LookupResult &here, const QString &word) {
        return here.entries.isEmpty() && (here.analyses.isEmpty() || here.analyses.first().score >= kUnknownScore ||
                                          guessedName(here.analyses.first(), word));
    };
    // But a capitalised one among this language's words is a name of its own (Twitter, Facebook in a Turkish
    // sentence: not the English verb "twitter"); next to a lower-case word this language does not know, with only a
    // space between, it is part of a phrase in the other ("Justice for Khojaly"). Another name beside it says
    // nothing ("Twitter, Instagram ve Facebook").
    const auto amongForeignWords = [&]() {
        for (const qsizetype n : {k - 1, k + 1}) {
            if (n < 0 || n >= ws.size() || !ws[n].text.front().isLower()) {
                continue;
            }
            const text::WordSpan &left = ws[std::min(n, qsizetype(k))];
            const text::WordSpan &right = ws[std::max(n, qsizetype(k))];
            const int gap = left.start + left.length;
            if (blockText.mid(gap, right.start - gap).trimmed().isEmpty() &&
                unknownHere(lookupWord(ws[n].text, language), ws[n].text)) {
                return true;
            }
        }
        return false;
    };
    const bool unknown = unknownHere(r, ws[k].text) && (!ws[k].text.front().isUpper() || amongForeignWords());
    if (unknown && (language == QLatin1String("tr") || language == QLatin1String("en"))) {
        LookupResult other = lookupWord(ws[k].text, language == QLatin1String("tr") ? QStringLiteral("en") : QStringLiteral("tr"));
        if (!other.entries.isEmpty() && !other.analyses.isEmpty() && other.analyses.first().score < kUnknownScore &&
            !guessedName(other.analyses.first(), ws[k].text)) {
            r = other;
        }
    }
    // Terms in the language the word was read in.
    const QString termLanguage = r.language;
    r.start = ws[k].start;
    r.length = ws[k].length;
    // A compound of words joined by hyphens is looked up whole (well-known: meşhur); one the dictionary does not
    // list leaves the tapped word, with a prefix's sense first where it begins one (post-Soviet: post- "sonra").
    const auto [firstPart, lastPart] = text::hyphenatedRun(blockText, ws, k);
    if (lastPart > firstPart) {
        const int from = ws[firstPart].start;
        const int to = ws[lastPart].start + ws[lastPart].length;
        LookupResult whole = lookupWord(blockText.mid(from, to - from), termLanguage);
        if (whole.found()) {
            whole.start = from;
            whole.length = to - from;
            return whole;
        }
        if (k < lastPart) {
            QList<Entry> prefix = m_dictionary->lookup(ws[k].text + u'-', termLanguage);
            prefix.append(r.entries);
            r.entries = prefix;
        }
    }
    // Above the word's own entries, a multiword term of the field (yumuşak gücün: yumuşak güç) by its words'
    // lemmas, else a phrase the dictionary lists (trade routes: trade route); the longest.
    const auto withTerm = [&](const QString &term, int from, int to) {
        QList<Entry> termEntries = m_dictionary->lookup(term, termLanguage);
        r.term = term;
        termEntries.append(r.entries);
        r.entries = termEntries;
        r.start = from;
        r.length = to - from;
        return r;
    };
    // Turkish puts a phrase's head last: of two phrases as long, the one further right (yenilikçi bir bakış açısı:
    // bakış açısı, not bir bakış).
    const QList<Window> windows = windowsAround(blockText, ws, k, qMax(qMin(longestTerm(), 4), kLongestPhrase),
                                                termLanguage == QLatin1String("tr"));
    for (const Window &w : windows) {
        if (w.words > longestTerm()) {
            continue;
        }
        QStringList words;
        for (int i = w.first; i < w.first + w.words; ++i) {
            words << ws[i].text;
        }
        int voiced = -1;
        Analysis passive;
        const QString term = termOfWords(words, termLanguage, &voiced, &passive);
        if (!term.isEmpty()) {
            if (voiced >= 0 && w.first + voiced == k) {
                // The tapped verb is the term's in the passive: that reading, and its verb's entries, first.
                r.analyses.removeIf([&](const Analysis &a) {
                    return a.lemma == passive.lemma &&
                           std::equal(a.segments.cbegin(), a.segments.cend(), passive.segments.cbegin(),
                                      passive.segments.cend(), [](const Segment &x, const Segment &y) {
                                          return x.form == y.form && x.tag == y.tag;
                                      });
                });
                r.analyses.prepend(passive);
                const QString verb = text::foldCase(passive.lemma, termLanguage);
                std::stable_partition(r.entries.begin(), r.entries.end(),
                                      [&](const Entry &e) { return text::foldCase(e.headword, termLanguage) == verb; });
            }
            return withTerm(term, w.from, w.to);
        }
    }
    for (const Window &w : windows) {
        const QString phrase = listedPhrase(ws.mid(w.first, w.words), termLanguage);
        if (!phrase.isEmpty()) {
            return withTerm(phrase, w.from, w.to);
        }
    }
    return r;
}

QString Glossary::termOfWords(const QStringList &words, const QString &language, int *voiced, Analysis *reading) const
{
    if (voiced) {
        *voiced = -1;
    }
    QStringList lemmas;
    for (const QString &w : words) {
        lemmas << lemmaOf(w, language);
    }
    QString term = termOf(lemmas, language);
    if (!term.isEmpty() || language != QLatin1String("tr")) {
        return term;
    }
    // A verbal term in the passive: its verb's passive reading may rank after a verb listed whole (alınmıştır is
    // first alınmak "take offence"), yet beside the term's other words it is the term's verb. The last word first:
    // Turkish puts the verb there.
    for (qsizetype i = words.size() - 1; i >= 0; --i) {
        for (const Analysis &a : analyze(words[i], language)) {
            const bool passive = std::any_of(a.segments.cbegin(), a.segments.cend(),
                                             [](const Segment &s) { return s.tag == QLatin1String("PASS"); });
            const QString lemma = text::foldCase(a.lemma, language);
            if (!passive || lemma == lemmas[i]) {
                continue;
            }
            QStringList other = lemmas;
            other[i] = lemma;
            term = termOf(other, language);
            if (!term.isEmpty()) {
                if (voiced) {
                    *voiced = int(i);
                }
                if (reading) {
                    *reading = a;
                }
                return term;
            }
        }
    }
    return {};
}

QList<Glossary::Window> Glossary::windowsAround(const QString &blockText, const QList<text::WordSpan> &ws, int k,
                                                int longest, bool headFinal)
{
    QList<Window> out;
    for (int n = longest; n >= 2; --n) {
        const int lowest = qMax(0, k - n + 1);
        const int highest = qMin(k, int(ws.size()) - n);
        for (int i = 0; i <= highest - lowest; ++i) {
            const int first = headFinal ? highest - i : lowest + i;
            const int from = ws[first].start;
            const int to = ws[first + n - 1].start + ws[first + n - 1].length;
            // Not across a sentence break, a comma, a bracket or a dash ("Where they go, on the other hand").
            static const QRegularExpression stop(QStringLiteral("[.;:!?]\\s|[,()\\[\\]\u2013\u2014]"));
            if (!blockText.mid(from, to - from).contains(stop)) {
                out.append({first, n, from, to});
            }
        }
    }
    return out;
}

QString Glossary::listedPhrase(const QList<text::WordSpan> &words, const QString &language) const
{
    const bool english = language == QLatin1String("en");
    // An article and a noun are the noun's entry (the world, a number; bir bakış, bir parça).
    static const QSet<QString> articles{QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("the"),
                                        QStringLiteral("bir")};
    QStringList written;
    for (const text::WordSpan &w : words) {
        written << text::foldCase(w.text, language);
    }
    if (words.size() == 2 && articles.contains(written.first())) {
        return {};
    }
    // Two English words the second of which is a function word are a verb and its preposition or two function
    // words more often than the phrase: "work in collaboration" (work in: sokuşturmak), "in that regard", "all of
    // these", "as is evident", "after all participants".
    if (english && words.size() == 2 && isStopword(written.last(), language)) {
        return {};
    }
    // Each word as a phrase's headword writes it. Turkish: the last word's lemma, any ending of a verb's (yola
    // çıktı: yola çıkmak) and a noun's case, plural, possessive or copula (tarihi yapılara: tarihi yapı; ön
    // plandadır: ön plan; not her zamankinden: her zaman), and an earlier one's where it only adds what a citation form leaves out, a plural,
    // a possessive, an accusative (fırsatı vermektedir: fırsat vermek; not karşıya olduğu: karşı olmak). English:
    // a content word's lemma, the first of three or more (taking part in: take part in; two, as "came about", are
    // left as written: "held in Baku" is no hold in) and the last where it is a plural (trade routes); not "in
    // practicing": in practice.
    static const QSet<QString> nounEndings{QStringLiteral("PL"),  QStringLiteral("ACC"), QStringLiteral("DAT"),
                                           QStringLiteral("LOC"), QStringLiteral("ABL"), QStringLiteral("GEN"),
                                           QStringLiteral("INS")};
    QStringList cited = written;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const bool last = i == words.size() - 1;
        if (english && !(last || (i == 0 && words.size() >= 3))) {
            continue;
        }
        const QList<Analysis> a = analyze(words[i].text, language);
        if (a.isEmpty() || (english && isStopword(a.first().lemma, language))) { // its: not it
            continue;
        }
        const bool verb = a.first().lemma.endsWith(QLatin1String("mak")) || a.first().lemma.endsWith(QLatin1String("mek"));
        bool dropped = true;
        for (qsizetype k = 1; k < a.first().segments.size(); ++k) {
            const QString &tag = a.first().segments[k].tag;
            const bool possessive = tag.startsWith(QLatin1String("POSS."));
            dropped = dropped && (english ? !last || tag == QLatin1String("PL") || tag == QLatin1String("PL/3SG")
                                  : last  ? verb || nounEndings.contains(tag) || possessive || tag.endsWith(QLatin1String("COP"))
                                          : tag == QLatin1String("PL") || tag == QLatin1String("ACC") || possessive);
        }
        if (dropped) {
            cited[i] = text::foldCase(a.first().lemma, language);
        }
    }
    QStringList keys{written.join(u' '), (written.mid(0, written.size() - 1) << cited.last()).join(u' '),
                     cited.join(u' ')};
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        for (const Entry &e : m_dictionary->lookup(key, language)) {
            // A name's phrase only where the text capitalises it too (the Rock, not "the rock").
            const QStringList head = e.headword.split(u' ', Qt::SkipEmptyParts);
            bool cased = head.size() == words.size();
            for (qsizetype i = 1; cased && i < head.size(); ++i) {
                cased = !head[i].front().isUpper() || words[i].text.front().isUpper();
            }
            if (head.size() > 1 && cased) {
                return e.headword;
            }
        }
    }
    return {};
}

} // namespace okur::glossary
