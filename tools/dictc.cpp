// okur-dictc: converts FreeDict dictd dictionaries into Okur's compact
// lookup store at build time: English→Turkish as published, Turkish→English
// from the small tur-eng dictionary plus eng-tur inverted and ranked.
//   okur-dictc OUT.tsv ENG_TUR.index ENG_TUR.dict.dz TUR_ENG.index TUR_ENG.dict.dz WORDNET_DIR EN_US.dic EN_US.aff
//              TR_TR.dic TR_TR.aff WORDS.yml
// Nothing is capped: senses are ranked by evidence (the reverse dictionary
// agreeing, WordNet's sense-tagged counts) and the card shows the best first.
#include "englishlexicon.h"
#include "glossary/dictd.h"
#include "glossary/freedict.h"
#include "glossary/stemweights.h"
#include "text/casing.h"
#include "text/lexicon.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QSaveFile>
#include <QSet>
#include <algorithm>
#include <numeric>
#include <cstdio>

using namespace okur::glossary;

namespace {

QString clean(QString s)
{
    s.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'|', u'/').replace(u';', u',');
    return s.simplified();
}

struct Sense {
    QString text;
    int group = 0; ///< the source's sense number, 1-based
};

void writeEntry(QSaveFile &out, const QString &lang, const QString &headword, const QList<Sense> &senses,
                const QString &source, int rank, bool grouped, const QString &pos = {})
{
    if (senses.isEmpty())
        return;
    QStringList texts, groups;
    for (const Sense &s : senses) {
        texts << clean(s.text);
        groups << QString::number(s.group);
    }
    QStringList fields{lang, clean(headword), pos, texts.join(u'|'), source, QString::number(rank)};
    if (grouped)
        fields << groups.join(u',');
    out.write((fields.join(u'\t') + u'\n').toUtf8());
}

QList<Sense> numbered(const QList<QStringList> &groups)
{
    QList<Sense> out;
    QStringList seen;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        for (const QString &e : groups[g]) {
            if (!seen.contains(e)) {
                seen << e;
                out.append({e, int(g + 1)});
            }
        }
    }
    return out;
}

QString fold(const QString &s) { return okur::text::foldCase(s, QStringLiteral("tr")); }

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() != 12) {
        std::fprintf(stderr, "usage: okur-dictc OUT.tsv ENG_TUR.index ENG_TUR.dict.dz TUR_ENG.index TUR_ENG.dict.dz "
                             "WORDNET_DIR EN_US.dic EN_US.aff TR_TR.dic TR_TR.aff WORDS.yml\n");
        return 2;
    }
    QString error;
    QList<DictdEntry> engTur = readDictd(a[2], a[3], &error);
    const QList<DictdEntry> turEng = readDictd(a[4], a[5], &error);
    EnglishLexicon english;
    const std::unique_ptr<okur::text::Lexicon> enSpelling = okur::text::Lexicon::open(a[8], a[7], &error);
    const std::unique_ptr<okur::text::Lexicon> trSpelling = okur::text::Lexicon::open(a[10], a[9], &error);
    if (engTur.isEmpty() || turEng.isEmpty() || !english.load(a[6], a[7], &error) || !english.loadTags(a[11], &error) || !enSpelling || !trSpelling) {
        std::fprintf(stderr, "okur-dictc: %s\n", qPrintable(error));
        return 1;
    }
    const bool verbose = qEnvironmentVariableIsSet("OKUR_DICTC_VERBOSE"); // lists the rules' decisions
    // tr_TR's stems, to tell a noun in -mAk (tokmak "mallet") from a verb's infinitive.
    QFile trDic(a[9]), trAff(a[10]);
    if (!trDic.open(QIODevice::ReadOnly) || !trAff.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "okur-dictc: cannot read %s or %s\n", qPrintable(a[9]), qPrintable(a[10]));
        return 1;
    }
    const StemWeights trStems = StemWeights::fromDic(trDic.readAll(), trAff.readAll());
    // eng-tur's source glued field labels into words ("(sig.)ara" for sigara): undone where a spell checker
    // knows the joined word.
    int unglued = 0;
    for (DictdEntry &e : engTur) {
        const QString body = undoGluedLabels(e.body, [&](const QString &w) {
            const bool known = trSpelling->accepts(w) || enSpelling->accepts(w);
            if (!known && verbose)
                std::fprintf(stderr, "label kept before: %s\n", qPrintable(w));
            return known;
        });
        unglued += body != e.body ? 1 : 0;
        e.body = body;
    }
    QSaveFile out(a[1]);
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "okur-dictc: cannot write %s\n", qPrintable(a[1]));
        return 1;
    }
    out.write("# Okur lookup store generated from FreeDict (GPL-2.0-or-later): lang, headword, pos, senses, source, "
              "rank, sense groups\n");

    // English headword → its Turkish senses (folded) → where it first has it (sense, place).
    QList<QList<QStringList>> engTurSenses;
    QHash<QString, QHash<QString, int>> engTurGroup;
    QList<QStringList> engTurHeads;
    QList<QStringList> engTurSeeAlso; // the headwords each entry's cross-references name ("burnt: (bak.) burn")
    QList<SubEntry> phrases;          // the phrases articles translate inside a sense ("come about": olmak)
    // A word the Penn Treebank tags this often is everyday English, though Turkish has it too (of, sure, yet; not
    // son 35, de 35, nor her, a possessive: "in any case | her halde").
    constexpr int kEverydayTags = 50;
    const WordLists lists{[&](const QString &w) { return enSpelling->accepts(w) || english.inWordNet(w); },
                          [&](const QString &w) { return trSpelling->accepts(w); },
                          [&](const QString &w) { return english.commonTags(w) >= kEverydayTags; }};
    for (const DictdEntry &e : engTur) {
        // The article's own headwords, from its first line: the index lost their
        // separators ("gobetween" for go-between) and joins variants ("document,documentary").
        QStringList heads = articleHeadwords(e.body.section(u'\n', 0, 0), e.headword);
        if (heads.isEmpty())
            heads = QStringList{e.headword};
        // A headword the source wrote as a label ("(ask.) /ˈask/") is one all through its article: "(ask.) for
        // sormak" is the phrase "ask for", not a field's label before "for".
        QString body = e.body;
        const QString asLabel = u'(' + heads.first() + QStringLiteral(".)");
        if (heads.size() == 1 && body.startsWith(asLabel))
            body.replace(asLabel, heads.first());
        engTurSeeAlso.append(QStringList());
        engTurSenses.append(parseFreedictSenses(body, e.headword, {}, &engTurSeeAlso.last(), &phrases, lists));
        // FreeDict eng-tur spells every headword in lower case, names too: a
        // name's article starts with a capitalised Turkish name (egypt: Mısır),
        // and en_US.dic spells it with its capital. turkey: hindi stays apart
        // from Turkey: Türkiye. As the source capitalised it, before the capital İ it lost is given back: hind's
        // "ingiltere ve iskoçya'da rençper" is no name.
        const QString firstSense = engTurSenses.last().value(0).value(0);
        const bool name = !firstSense.isEmpty() && firstSense.at(0).isUpper();
        // Suffixes written bare marked (of: -nin, -li), the capital İ given back (ingiliz: İngiliz).
        for (QStringList &group : engTurSenses.last()) {
            for (QString &equivalent : group)
                equivalent = restoredCapitalI(markedSuffix(equivalent, lists.turkish, lists.everyday), lists.turkish);
        }
        for (QString &h : heads) {
            h = english.restoreSpaces(h, false, false);
            if (name && !english.capitalised(h).isEmpty())
                h = english.capitalised(h);
        }
        engTurHeads.append(heads);
        for (const QString &h : std::as_const(heads)) {
            QHash<QString, int> &groups = engTurGroup[h.toLower()];
            // Earlier sense, then earlier in it: "act: yapılan şey, iş" agrees less than "job: iş".
            for (qsizetype g = 0; g < engTurSenses.last().size(); ++g) {
                for (qsizetype i = 0; i < engTurSenses.last()[g].size(); ++i) {
                    const QString t = fold(engTurSenses.last()[g][i]);
                    if (!groups.contains(t))
                        groups.insert(t, int(g) * 16 + int(qMin<qsizetype>(i, 15)));
                }
            }
        }
    }
    const auto agreement = [&](const QString &turkish, const QString &englishWord) {
        const auto it = engTurGroup.constFind(englishWord.toLower());
        return it == engTurGroup.constEnd() ? 100000 : it->value(fold(turkish), 100000);
    };

    // Turkish → English as published, with the spaces FreeDict lost restored;
    // ranked by the reverse dictionary agreeing, then WordNet frequency.
    QHash<QString, QStringList> turEngSenses; // exact Turkish headword → English equivalents
    QHash<QString, QString> turEngFirst;      // folded Turkish headword → its first English equivalent as published
    for (const DictdEntry &e : turEng) {
        const QString head = e.body.section(u'\n', 0, 0).section(QStringLiteral(" /"), 0, 0).trimmed();
        const QString headword = head.isEmpty() ? e.headword : head;
        const bool verb = headword.endsWith(QLatin1String("mak")) || headword.endsWith(QLatin1String("mek"));
        const auto restore = [&](const QString &s) {
            const QString r = english.restoreSpaces(s, verb);
            if (r != s && verbose)
                std::fprintf(stderr, "restored: %s -> %s\n", qPrintable(s), qPrintable(r));
            return r;
        };
        QList<Sense> senses = numbered(parseFreedictSenses(e.body, e.headword, restore));
        if (!senses.isEmpty() && !turEngFirst.contains(fold(headword)))
            turEngFirst.insert(fold(headword), senses.first().text.toLower());
        std::stable_sort(senses.begin(), senses.end(), [&](const Sense &x, const Sense &y) {
            const int ax = agreement(headword, x.text), ay = agreement(headword, y.text);
            if (ax != ay)
                return ax < ay;
            return english.frequency(x.text) > english.frequency(y.text);
        });
        for (const Sense &s : std::as_const(senses))
            turEngSenses[headword] << s.text.toLower();
        writeEntry(out, QStringLiteral("tr"), headword, senses, QStringLiteral("FreeDict tur-eng"), 10, true);
    }

    // English → Turkish as published, sense groups in the dictionary's order, then the groups of the
    // entries a cross-reference names (burnt: yanık, yanmış; then burn's); inverted, the entry's own
    // groups only, into Turkish phrase (case kept: Çek, çek) → (score, English headword).
    // Lower-case English headword → its entry; -1 for homographs (could: see can, the verb or the tin?), which a
    // reference names without saying which, so it is not followed.
    QHash<QString, qsizetype> engTurEntry;
    for (qsizetype n = 0; n < engTur.size(); ++n) {
        for (const QString &h : engTurHeads[n])
            engTurEntry.insert(h.toLower(), engTurEntry.contains(h.toLower()) ? -1 : n);
    }
    // Homographs (back the verb, back the noun, back the adverb) in the order the word is used most, a verb's
    // article marked as one: as the Penn Treebank tags the word (like: a verb 93 times, otherwise 510, mostly a
    // preposition), or for a word it has seldom, as WordNet's tagged corpus counts the lemma (back: a verb 23
    // times, otherwise 266). A function word's article that FreeDict labels so (bağlaç, edat, zam., ünlem) is marked
    // so, and leads when the treebank tags the word so most (while: "-iken"). Otherwise the dictionary's order.
    QList<int> engTurRank(engTur.size(), 20);
    QList<QString> engTurPos(engTur.size());
    QHash<QString, QList<qsizetype>> homographs;
    for (qsizetype n = 0; n < engTur.size(); ++n)
        homographs[engTurHeads[n].first().toLower()].append(n);
    int reordered = 0;
    constexpr int kEnoughTags = 5;
    for (auto it = homographs.cbegin(); it != homographs.cend(); ++it) {
        if (it->size() < 2) {
            // A lone article's label marks it too when the treebank tags the word so most (of: "(edat) -nin"); not
            // when the label is its first sense's only (past: "(edat) geçmiş", an adjective in most uses).
            const qsizetype n = it->first();
            const QString pos = labelledPartOfSpeech(engTur[n].body);
            const auto [verbTags, otherTags] = english.verbAndOtherTags(it.key());
            if (!pos.isEmpty() && 2 * english.tagsAs(it.key(), pos) > verbTags + otherTags)
                engTurPos[n] = pos;
            continue;
        }
        int verbs = 0;
        bool labelled = false;
        for (const qsizetype n : *it) {
            const bool verb = translatesVerb(engTurSenses[n], [&](const QString &w) { return trStems.nounInMak(w); });
            engTurPos[n] = verb ? QStringLiteral("verb") : labelledPartOfSpeech(engTur[n].body);
            verbs += verb ? 1 : 0;
            labelled = labelled || !(verb || engTurPos[n].isEmpty());
        }
        const auto [verbTags, otherTags] = english.verbAndOtherTags(it.key());
        const bool tagged = verbTags + otherTags >= kEnoughTags;
        if (labelled) {
            // A function word's article, labelled so (while: a noun "vakit", and "(bağlaç) -iken"), leads when the
            // treebank tags the word so more than in all other ways (while: in 566 times, nn 44); a label the
            // treebank never bears out is dropped (FreeDict's "still (bağlaç) sessiz").
            qsizetype lead = -1;
            for (const qsizetype n : *it) {
                const QString &pos = engTurPos[n];
                if (pos.isEmpty() || pos == QLatin1String("verb"))
                    continue;
                const int uses = english.tagsAs(it.key(), pos);
                if (uses < kEnoughTags)
                    engTurPos[n].clear();
                else if (lead < 0 && 2 * uses > verbTags + otherTags)
                    lead = n;
            }
            if (lead >= 0) {
                for (const qsizetype n : *it)
                    engTurRank[n] = n == lead ? 20 : 21;
                ++reordered;
                continue;
            }
        }
        const int asVerb = tagged ? verbTags : english.verbFrequency(it.key());
        const int otherwise = tagged ? otherTags : english.frequency(it.key()) - english.verbFrequency(it.key());
        if (verbs == 0 || verbs == it->size() || asVerb == otherwise)
            continue;
        for (const qsizetype n : *it)
            engTurRank[n] = (engTurPos[n] == QLatin1String("verb")) == (asVerb > otherwise) ? 20 : 21;
        ++reordered;
    }
    // Written in that order (the store merges one part of speech's articles in the order written): of one part of
    // speech, the article the reverse dictionary translates back to the word first (bank: banka), else the longer.
    QList<qsizetype> writeOrder(engTur.size());
    std::iota(writeOrder.begin(), writeOrder.end(), 0);
    for (auto it = homographs.cbegin(); it != homographs.cend(); ++it) {
        QList<QList<QStringList>> articles;
        QList<int> ranks;
        for (const qsizetype n : *it) {
            articles << engTurSenses[n];
            ranks << engTurRank[n];
        }
        const QString word = it.key();
        const QList<qsizetype> order = articleOrder(
            articles, ranks, [&](const QString &turkish) { return turEngFirst.value(fold(turkish)) == word; },
            [&](const QString &equivalent) {
                const QStringList words = equivalent.split(u' ', Qt::SkipEmptyParts);
                return std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
                    return lists.english(w.toLower()) && !lists.turkish(w.toLower());
                });
            });
        for (qsizetype i = 0; i < order.size(); ++i)
            writeOrder[it->at(i)] = it->at(order[i]);
    }
    // Ordered, so a build writes the same file every time (equal keys such as ala, âla, âlâ keep one order).
    QMap<QString, QMap<int, QStringList>> inverted;
    int written = 0, referred = 0;
    for (const qsizetype n : std::as_const(writeOrder)) {
        const QList<QStringList> &senses = engTurSenses[n];
        const QStringList &heads = engTurHeads[n];
        QList<QStringList> shown = senses;
        QStringList unfollowed;
        for (const QString &target : engTurSeeAlso[n]) {
            const qsizetype to = engTurEntry.value(target.toLower(), -1);
            if (to >= 0 && to != n) {
                shown << engTurSenses[to];
                ++referred;
            } else {
                unfollowed << QStringLiteral("→ ") + target;
            }
        }
        // An entry that only names another keeps that name, marked as a reference (mould: → mold), so it stays
        // a headword (a British spelling EWT keeps as its own lemma) and its card says where to look.
        if (shown.isEmpty() && !unfollowed.isEmpty())
            shown << unfollowed;
        for (const QString &h : heads) {
            writeEntry(out, QStringLiteral("en"), h, numbered(shown), QStringLiteral("FreeDict eng-tur"), engTurRank[n],
                       true, engTurPos[n]);
            ++written;
        }
        const int headWords = int(heads.first().split(u' ', Qt::SkipEmptyParts).size());
        if (headWords > 3 || (heads.first().size() < 2 && heads.first() != QLatin1String("a")))
            continue;
        for (qsizetype i = 0; i < senses.size() && i < 6; ++i) {
            for (qsizetype j = 0; j < senses[i].size(); ++j) {
                const QString p = clean(senses[i][j]);
                const int score = int(i) * 4 + int(j) + int(p.split(u' ').size() - 1) * 2 + (headWords - 1) * 3;
                inverted[p][score].append(heads);
            }
        }
    }
    // Each phrase an entry of its own, after the articles' (a phrase an article also heads merges into it). Not a
    // single word (adequately, belongings): the lemmatiser reads a headword as a word listed whole, and the word's
    // base has the article. Inverted only where it translates into a verb's infinitive, the form a Turkish
    // headword has (be in evidence: belirmek), after an article's first senses; other translations are often
    // inflected words (in time: zamanla, with ease: rahatça), which the Turkish side would then list whole.
    QSet<QString> phraseHeads; // evidence of their own: English words, from an English article
    int phraseEntries = 0;
    for (const SubEntry &p : std::as_const(phrases)) {
        if (!p.phrase.contains(u' '))
            continue;
        QList<Sense> senses;
        for (const QString &e : p.equivalents)
            senses.append({e, 1});
        writeEntry(out, QStringLiteral("en"), p.phrase, senses, QStringLiteral("FreeDict eng-tur"), 22, true);
        ++phraseEntries;
        // Its words but an article: "put the kibosh on" is as long as "put down on" (alt üst etmek).
        const QStringList words = p.phrase.split(u' ', Qt::SkipEmptyParts);
        const int phraseWords =
            int(std::count_if(words.cbegin(), words.cend(), [](const QString &w) { return !isEnglishArticle(w); }));
        if (phraseWords > 3)
            continue;
        for (qsizetype j = 0; j < p.equivalents.size(); ++j) {
            const QString t = clean(p.equivalents[j]);
            if (t.endsWith(QLatin1String("mak")) || t.endsWith(QLatin1String("mek"))) {
                inverted[t][8 + int(j) + int(t.count(u' ')) * 2 + (phraseWords - 1) * 3].append(p.phrase);
                phraseHeads.insert(p.phrase);
            }
        }
    }
    int dropped = 0;
    constexpr int kFunctionWordTags = 100;
    constexpr int kFunctionWordFrequency = 3;
    for (auto it = inverted.constBegin(); it != inverted.constEnd(); ++it) {
        // Evidence for each English word: the tur-eng dictionary has the pair,
        // or WordNet knows the word. Without any, a sense is noise ("spankiny")
        // unless nothing better is there.
        const QStringList &agreed = turEngSenses.value(it.key());
        struct Ranked {
            QString word;
            int score;
            bool evidence;
        };
        QList<Ranked> ranked;
        QStringList seen;
        for (auto s = it.value().constBegin(); s != it.value().constEnd(); ++s) {
            for (const QString &h : s.value()) {
                if (seen.contains(h))
                    continue;
                seen << h;
                const bool agrees = agreed.contains(h.toLower());
                // WordNet has no function word (with, of, from, this): the treebank counts them. "with" had no
                // evidence at all and was dropped from ile, which kept con and cum. Not one WordNet lists as a
                // content word too (by, on, in, he): its rare sense there says what it is.
                // It gains as a word WordNet counts a few times, no more: a function word is an equivalent of
                // many a Turkish word it does not mean (toward: uysal "docile", she: dişi "female").
                const bool functionWord = !english.inWordNet(h) && english.functionTags(h) >= kFunctionWordTags;
                const int freq = functionWord ? kFunctionWordFrequency : english.frequency(h);
                // A frequent word gains up to 6 places; agreement puts it first. One WordNet's tagged corpus
                // never met loses 3, less than a sense's 4: el is "hand, paw, manus" (manus had come second).
                const int bonus = freq >= 100 ? 6 : freq >= 20 ? 4 : freq >= 3 ? 2 : freq > 0 ? 1 : -3;
                ranked.append({h, agrees ? -100 : s.key() - bonus,
                               agrees || freq > 0 || english.inWordNet(h) || phraseHeads.contains(h)});
            }
        }
        std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &x, const Ranked &y) { return x.score < y.score; });
        const bool anyEvidence = std::any_of(ranked.cbegin(), ranked.cend(), [](const Ranked &r) { return r.evidence; });
        QList<Sense> senses;
        for (const Ranked &r : std::as_const(ranked)) {
            if (anyEvidence && !r.evidence) {
                ++dropped;
                continue;
            }
            senses.append({r.word, 0});
        }
        writeEntry(out, QStringLiteral("tr"), it.key(), senses, QStringLiteral("FreeDict eng-tur"),
                   30 + qMax(0, it.value().firstKey()), false);
    }
    if (!out.commit()) {
        std::fprintf(stderr, "okur-dictc: cannot write %s\n", qPrintable(a[1]));
        return 1;
    }
    std::printf("okur-dictc: %d English headwords (%d cross-references followed, %d with homographs reordered), %d "
                "phrases from inside senses, %d Turkish keys, %d senses without evidence dropped, %d eng-tur articles "
                "with labels unglued\n",
                written, referred, reordered, phraseEntries, int(inverted.size()), dropped, unglued);
    return 0;
}
