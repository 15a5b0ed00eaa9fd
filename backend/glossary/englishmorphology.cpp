// English analyses: inflectional endings removed by rules bound by spelling and ranked by the
// base's own hunspell flags (split from morphology.cpp, which keeps the Turkish engine). Pure.
#include "morphology.h"
#include "turkishrules.h"

#include <QSet>
#include <algorithm>

namespace okur::glossary {

namespace {

using turkish::isVowel;

// A token longer than this is not analysed, as in the Turkish engine: no real word is longer.
constexpr qsizetype kMaxEnglishWordLength = 64;
// Costs that rank readings (tuned on the UD development sets only).
constexpr int kEndingCost = 4;
constexpr int kFlaggedEndingCost = -12;
// A rank under this comes from a dictionary, not merely from a spelling word list.
constexpr int kListedRank = 40;
constexpr int kListedWholeCost = 20;

bool isEnglishVowel(QChar c)
{
    return QStringLiteral("aeiou").contains(c);
}

// English spelling rules an ending obeys, so that "sites" is not sit + -es,
// "fired" not fir + -ed, "thing" not th(e) + -ing:
// -es follows only a sibilant or o; a stressed one-syllable base ending in one
// vowel and one consonant doubles it before a vowel (stop → stopped); a base
// has a vowel.
bool spellingAllows(const QString &stripped, const QString &base, const QString &ending, const QString &replacement)
{
    if (ending.isEmpty() || ending == QLatin1String("'s")) {
        return true;
    }
    // The word less its ending has a vowel: "thing" is no th(e) + -ing. A y the ending replaced
    // counts (tries, skies, fries: try, sky, fry).
    const QString kept = replacement == QLatin1String("y") ? stripped + replacement : stripped;
    if (!std::any_of(kept.cbegin(), kept.cend(), [](QChar c) { return isEnglishVowel(c) || c == u'y'; })) {
        return false;
    }
    if (ending == QLatin1String("es") && replacement.isEmpty()) {
        static const QStringList sibilant{QStringLiteral("s"),  QStringLiteral("x"),  QStringLiteral("z"),
                                          QStringLiteral("ch"), QStringLiteral("sh"), QStringLiteral("o")};
        return std::any_of(sibilant.cbegin(), sibilant.cend(), [&](const QString &e) { return base.endsWith(e); });
    }
    const bool vowelEnding = isEnglishVowel(ending.front());
    if (vowelEnding && replacement.isEmpty() && base.size() >= 2) {
        int groups = 0;
        for (qsizetype i = 0; i < base.size(); ++i) {
            if (isEnglishVowel(base.at(i)) && (i == 0 || !isEnglishVowel(base.at(i - 1)))) {
                ++groups;
            }
        }
        const QChar last = base.back();
        const QChar before = base.at(base.size() - 2);
        const bool cvc = !isEnglishVowel(last) && !QStringLiteral("wxy").contains(last) && isEnglishVowel(before) &&
                         (base.size() < 3 || !isEnglishVowel(base.at(base.size() - 3)));
        if (groups == 1 && cvc) {
            return false; // would have doubled: fir + -ed is "firred"
        }
    }
    return true;
}

/// An analysis of `lemma` as the base form, with one segment for its ending (or irregular form) to follow.
Analysis baseForm(const QString &lemma)
{
    Analysis a;
    a.lemma = lemma;
    a.root = lemma;
    a.segments.append({lemma, QString(), QString::fromLatin1(labels::kBaseForm)});
    return a;
}

} // namespace

QList<Analysis> analyzeEnglish(const QString &word, const LemmaCheck &known,
                               const QHash<QString, QStringList> *irregular, const AffixFlags &affixFlags)
{
    const auto flagsOf = [&](const QString &w) { return affixFlags ? affixFlags(w) : QByteArray(); };
    if (word.size() > kMaxEnglishWordLength) {
        return {};
    }
    struct Rule {
        const char *ending;
        const char *replacement;
        const char *tag;
        const char *label;
        char flag; // the hunspell en_US affix flag that makes this ending
    };
    static const Rule rules[] = {
        {"", "", "", "", 0},
        {"ies", "y", "PL/3SG", QT_TRANSLATE_NOOP("okur::glossary", "plural or he/she/it"), 'S'},
        {"es", "", "PL/3SG", QT_TRANSLATE_NOOP("okur::glossary", "plural or he/she/it"), 'S'},
        {"s", "", "PL/3SG", QT_TRANSLATE_NOOP("okur::glossary", "plural or he/she/it"), 'S'},
        {"ied", "y", "PAST", QT_TRANSLATE_NOOP("okur::glossary", "past / past participle"), 'D'},
        {"ed", "", "PAST", QT_TRANSLATE_NOOP("okur::glossary", "past / past participle"), 'D'},
        {"ed", "e", "PAST", QT_TRANSLATE_NOOP("okur::glossary", "past / past participle"), 'D'},
        {"ing", "", "PROG", QT_TRANSLATE_NOOP("okur::glossary", "-ing form"), 'G'},
        {"ing", "e", "PROG", QT_TRANSLATE_NOOP("okur::glossary", "-ing form"), 'G'},
        {"er", "", "CMP", QT_TRANSLATE_NOOP("okur::glossary", "comparative"), 'R'},
        {"est", "", "SUP", QT_TRANSLATE_NOOP("okur::glossary", "superlative"), 'T'},
        {"er", "e", "CMP", QT_TRANSLATE_NOOP("okur::glossary", "comparative"), 'R'},
        {"est", "e", "SUP", QT_TRANSLATE_NOOP("okur::glossary", "superlative"), 'T'},
        {"men", "man", "PL", QT_TRANSLATE_NOOP("okur::glossary", "plural"), 0},
        {"ier", "y", "CMP", QT_TRANSLATE_NOOP("okur::glossary", "comparative"), 'R'},
        {"iest", "y", "SUP", QT_TRANSLATE_NOOP("okur::glossary", "superlative"), 'T'},
        {"'s", "", "POSS", QT_TRANSLATE_NOOP("okur::glossary", "possessive"), 'M'},
    };
    QList<Analysis> out;
    QSet<QString> seen;
    const int wholeRank = known(word);
    // Irregular forms from a maintained list come before rules: gave → give.
    if (irregular) {
        for (const QString &base : irregular->value(word)) {
            if (seen.contains(base)) {
                continue;
            }
            seen.insert(base);
            Analysis a = baseForm(base);
            a.segments.append({word, QStringLiteral("IRR"), QString::fromLatin1(labels::kIrregularForm)});
            a.score = -30 + int(out.size());
            out.append(a);
        }
    }
    for (const Rule &r : rules) {
        const QString ending = QString::fromUtf8(r.ending);
        if (!word.endsWith(ending) || word.size() - ending.size() < 2) {
            continue;
        }
        QString base = word.left(word.size() - ending.size());
        QStringList candidates{base + QString::fromUtf8(r.replacement)};
        // "stopped" → stop: an ending doubles the final consonant.
        if (ending.startsWith(u'e') || ending.startsWith(u'i')) {
            if (base.size() > 2 && base.back() == base.at(base.size() - 2) && !isVowel(base.back())) {
                candidates << base.left(base.size() - 1);
            }
        }
        for (const QString &lemma : candidates) {
            // nice + -r only for a base that takes comparison: computer is no compute + -r.
            // A base the word list gives without any comparison takes none: owner is no own + -er.
            const bool compares = flagsOf(lemma).contains('R') || flagsOf(lemma).contains('T');
            if ((r.flag == 'R' || r.flag == 'T') &&
                ((!flagsOf(lemma).isNull() && !compares) ||
                 (ending.startsWith(u'e') && r.replacement[0] == 'e' && !flagsOf(lemma).contains(r.flag)))) {
                continue;
            }
            if (lemma == candidates.front() && !spellingAllows(base, lemma, ending, QString::fromUtf8(r.replacement))) {
                continue;
            }
            const int rank = known(lemma);
            if (rank == 0 || seen.contains(lemma)) {
                continue;
            }
            seen.insert(lemma);
            Analysis a = baseForm(lemma);
            if (!ending.isEmpty()) {
                a.segments.append({QStringLiteral("-") + ending, QString::fromUtf8(r.tag), QString::fromUtf8(r.label)});
            }
            // The base's own flags say the ending is its: "killed" is kill + -ed, not "fir" + -ed.
            // -men → -man has no flag: its base's existence is the evidence (firemen, women).
            const bool flagged = (r.flag && flagsOf(lemma).contains(r.flag)) || (!r.flag && !ending.isEmpty());
            // Comparatives stay a bonus-free guess: "customer" is no "custom" + -er.
            const bool inflection = r.flag == 'S' || r.flag == 'D' || r.flag == 'G' || !r.flag;
            a.score = rank + (ending.isEmpty() ? 0 : flagged && inflection ? kFlaggedEndingCost : kEndingCost);
            // en_US's R flag makes agent nouns too (browser): a word a dictionary or
            // en_US.dic lists whole is that noun, not a comparative.
            const bool listedWhole = (wholeRank > 0 && wholeRank < kListedRank) || !flagsOf(word).isNull();
            if ((r.flag == 'R' || r.flag == 'T') && listedWhole) {
                a.score += kListedWholeCost;
            }
            out.append(a);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Analysis &a, const Analysis &b) { return a.score < b.score; });
    return out;
}

} // namespace okur::glossary
