#include "letterrepair.h"

#include "casing.h"
#include "usage.h"
#include "words.h"

#include <QList>
#include <algorithm>
#include <QRegularExpression>
#include <limits>

namespace okur::text {

namespace {

// Costs of the choices the repair makes; lower is better.
constexpr double kUnknownWord = 10.0;     // a word no lexicon accepts
constexpr double kOtherLanguage = 6.0;    // accepted only by the other language's lexicon
constexpr double kNameWithSuffix = 2.0;   // an unknown capitalised stem before an apostrophe suffix
constexpr double kWordInSplitText = 1.0;  // per word in split-letter text: favours joining fragments
constexpr double kKeepUnreliableU = 3.0;  // keeping an ü where the font's signal says it is a u
constexpr double kChange = 0.1;           // any change, so that ties keep the text as it is
constexpr double kNoEvidence = 0.4;       // a spelling the document never confirms while another is
constexpr double kDisharmony = 0.3;       // per front/back vowel change inside an unknown word
constexpr double kForeignU = 0.5;         // per ü in an unknown word spelled with English letter pairs
constexpr double kDerived = 1.0;          // an unknown word that is a known word plus a short ending
constexpr int kMinUsage = 5;             // occurrences in shipped text that make a spelling the usage
constexpr int kMaxJoin = 8;
// A real ü (or İ) is always followed by a space in split-letter text, so a
// join after one is trusted even when the lexicon does not know the word
// (TÜ RKSOY, I smayilov). After a, o or g the space is just as often a real
// word break (Avrasya entegrasyonu), so such a "weak" join of unknown
// pieces is priced like the unknown pieces it joins.
constexpr int kMaxVariantBits = 8;

struct Fragment {
    QString lead, core, trail;
    int gapAfter = 0; // spaces after this fragment
};

QList<Fragment> splitFragments(const QString &text)
{
    QList<Fragment> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    out.reserve(text.count(u' ') + 1); // a fragment a space: no regrowth on a long paragraph
    while (i < n && text.at(i) == u' ') {
        ++i;
    }
    while (i < n) {
        qsizetype j = i;
        while (j < n && text.at(j) != u' ') {
            ++j;
        }
        const QString w = text.mid(i, j - i);
        Fragment f;
        qsizetype b = 0, e = w.size();
        while (b < e && !w.at(b).isLetterOrNumber()) {
            ++b;
        }
        while (e > b && !w.at(e - 1).isLetterOrNumber()) {
            --e;
        }
        f.lead = w.left(b);
        f.core = w.mid(b, e - b);
        f.trail = w.mid(e);
        qsizetype k = j;
        while (k < n && text.at(k) == u' ') {
            ++k;
        }
        f.gapAfter = int(k - j);
        out.append(std::move(f));
        i = k;
    }
    return out;
}

// The letter a split-off diacritic stood for: "o " was ö, "g " was ğ ...
QChar restoredLetter(QChar c)
{
    switch (c.unicode()) {
    case u'ü': return QChar(u'ü');
    case u'Ü': return QChar(u'Ü');
    case u'o': return QChar(u'ö');
    case u'O': return QChar(u'Ö');
    case u'g': return QChar(u'ğ');
    case u'G': return QChar(u'Ğ');
    case u'a': return QChar(u'â');
    case u'A': return QChar(u'Â');
    case u'I': return QChar(u'İ');
    default: return QChar();
    }
}

// At a word's end (two spaces after it) î shows too: "daimı  " is daimi, as
// the lexicon spells it. Only there: a word ending in ı is common anywhere else.
QChar restoredFinalLetter(QChar c) { return c == u'ı' ? QChar(u'i') : restoredLetter(c); }

bool isVowel(QChar c) { return QStringLiteral("aeıioöuüâîû").contains(c); }
bool isFrontVowel(QChar c) { return QStringLiteral("eiöüî").contains(c); }

bool startsLowerLetter(const QString &s) { return !s.isEmpty() && s.front().isLetter() && s.front().isLower(); }

bool canSplitJoin(const Fragment &left, const Fragment &right)
{
    if (left.gapAfter != 1 || !left.trail.isEmpty() || !right.lead.isEmpty() || left.core.isEmpty() ||
        right.core.isEmpty() || restoredLetter(left.core.back()).isNull()) {
        return false;
    }
    if (startsLowerLetter(right.core)) {
        return true;
    }
    return isAllUpper(left.core) && right.core.front().isUpper();
}

// "Bakü 'de" and "TÜRKSOY' ün": a suffix cut off its proper noun.
bool canApostropheJoin(const Fragment &left, const Fragment &right)
{
    if (left.gapAfter != 1 || left.core.isEmpty() || right.core.isEmpty()) {
        return false;
    }
    // Only names take an apostrophe suffix; a quote ('kamu diplomasisi') is no suffix.
    if (!left.core.front().isUpper() || !startsLowerLetter(right.core) || right.core.size() > 6) {
        return false;
    }
    if (left.trail.isEmpty() && right.lead.size() == 1 && isApostrophe(right.lead.front())) {
        return true;
    }
    return right.lead.isEmpty() && left.trail.size() == 1 && isApostrophe(left.trail.front());
}

QString withoutCircumflex(QString s)
{
    s.replace(u'â', u'a').replace(u'Â', u'A').replace(u'î', u'i').replace(u'Î', u'I').replace(u'û', u'u').replace(u'Û', u'U');
    return s;
}

// Suffix vowels follow the stem's last vowel; only u/ü is ever damaged.
QString harmonizeSuffix(const QString &stem, QString suffix)
{
    QChar last;
    for (qsizetype i = stem.size() - 1; i >= 0; --i) {
        const QChar c = stem.at(i).toLower();
        if (QStringLiteral("aeıioöuü").contains(c)) { last = c; break; }
    }
    if (last == u'o' || last == u'u') {
        suffix.replace(u'ü', u'u');
    }
    return suffix;
}

struct Candidate { QString word; double cost; int changes; };

class Scorer {
public:
    Scorer(const QString &language, const Lexicons &lex, const Evidence &ev)
        : m_primary(lex.forLanguage(language)),
          m_secondary(lex.forLanguage(language == QLatin1String("tr") ? QStringLiteral("en") : QStringLiteral("tr"))),
          m_evidence(ev),
          m_usage(language == QLatin1String("tr") ? lex.usage.get() : nullptr)
    {}

    double lexicalCost(const QString &word) const
    {
        for (const QChar c : word) {
            if (c.isDigit()) {
                return 0;
            }
        }
        qsizetype apos = -1;
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (isApostrophe(word.at(i))) { apos = i; break; }
        }
        const QString stem = apos > 0 ? word.left(apos) : word;
        if (accepts(m_primary, stem)) {
            return 0;
        }
        if (accepts(m_secondary, stem)) {
            return kOtherLanguage;
        }
        // An apostrophe suffix marks a proper noun, which no lexicon need know.
        if (apos > 0 && stem.front().isUpper() && word.size() - apos <= 7) {
            return kNameWithSuffix;
        }
        return kUnknownWord;
    }

    int evidence(const QString &word) const { return m_evidence.count(word); }

    // Where the shipped Turkish text writes one of the u/ü spellings and never
    // the others, that one is the spelling, even against the lexicon
    // (hunspell's "hükumet"; the dictionaries' hükümet). Compared on the
    // longest beginning any spelling has, no shorter than the word less two
    // letters (an ending) and covering every changed letter.
    void applyUsage(QList<Candidate> &candidates, int lastOpen) const
    {
        if (!m_usage || lastOpen < 0 || candidates.size() < 2) {
            return;
        }
        const qsizetype size = candidates.first().word.size();
        const qsizetype shortest = qMax<qsizetype>(qMax<qsizetype>(lastOpen + 1, size - 2), 5);
        for (qsizetype len = size; len >= shortest; --len) {
            QList<int> counts;
            int used = 0;
            for (const Candidate &c : candidates) {
                counts.append(c.word.size() == size ? m_usage->prefixCount(c.word.left(len)) : 0);
                used += counts.back() > 0 ? 1 : 0;
            }
            if (used == 0) {
                continue;
            }
            // One spelling alone, down to the shortest beginning: "üzün" is no
            // spelling of uzun because üzüntü begins the same way.
            if (used != 1) {
                return;
            }
            if (*std::max_element(counts.cbegin(), counts.cend()) < kMinUsage) {
                continue; // used often enough that it is no one's typo ("muzikte")
            }
            for (qsizetype i = 0; i < candidates.size(); ++i) {
                if (counts[i] == 0 && m_usage->prefixCount(candidates[i].word.left(shortest)) > 0) {
                    return;
                }
            }
            double acceptedCost = std::numeric_limits<double>::infinity();
            for (const Candidate &c : candidates) {
                acceptedCost = qMin(acceptedCost, c.cost - c.changes * kChange);
            }
            for (qsizetype i = 0; i < candidates.size(); ++i) {
                Candidate &c = candidates[i];
                if (counts[i] > 0) {
                    c.cost = qMin(c.cost, acceptedCost + c.changes * kChange);
                } else {
                    c.cost += kNoEvidence;
                }
            }
            return;
        }
    }

    // Among spellings no lexicon knows (names, new loanwords), what the letters
    // say; small, so it only orders unknown spellings among themselves.
    double unknownShape(const QString &word) const
    {
        bool lower = false;
        for (const QChar c : word) {
            lower = lower || c.isLower();
        }
        if (!lower) {
            return 0; // TÜRKSOY: an acronym's letters are no evidence
        }
        const QString w = foldCase(word, QStringLiteral("tr"));
        double cost = 0;
        // Turkish and Azerbaijani words keep their vowels front or back together;
        // "Gobüstan", "Şüşa" and "diyalogü" break that where u would not.
        QChar prev;
        for (const QChar c : w) {
            if (!isVowel(c)) {
                continue;
            }
            if (!prev.isNull() && isFrontVowel(prev) != isFrontVowel(c)) {
                cost += kDisharmony;
            }
            prev = c;
        }
        // English letter pairs (Shusha, Zhou, Billinghurst) never carry a ü.
        static const QRegularExpression foreign(QStringLiteral("(?<!c)sh|zh|kh|gh"));
        if (w.contains(u'ü') && w.contains(foreign)) {
            cost += kForeignU * double(w.count(u'ü'));
        }
        // A derivation of a known word ("influencer" from influence).
        for (int cut = 1; cut <= 3 && w.size() - cut >= 5; ++cut) {
            const QString stem = word.left(word.size() - cut);
            if (accepts(m_primary, stem) || accepts(m_secondary, stem)) {
                cost -= kDerived;
                break;
            }
        }
        return cost;
    }

private:
    static bool accepts(const WordChecker *c, const QString &w)
    {
        if (!c) {
            return false;
        }
        if (c->accepts(w)) {
            return true;
        }
        const QString plain = withoutCircumflex(w);
        return plain != w && c->accepts(plain);
    }
    const WordChecker *m_primary;
    const WordChecker *m_secondary;
    const Evidence &m_evidence;
    const Usage *m_usage;
};

struct Choice {
    QString word;
    double cost = std::numeric_limits<double>::infinity();
};

// Picks the best spelling of one word among its u/ü variants.
// `fixed` marks positions whose ü is known to be real (a split-off letter).
Choice bestSpelling(const QString &word, const QList<bool> &fixed, bool unreliableU, bool restoreFinal,
                   int weakJoins, const Scorer &scorer)
{
    if (restoreFinal) {
        // "zeka  ve": a split-off letter at a word's end leaves two spaces.
        QString restored = word;
        restored[restored.size() - 1] = restoredFinalLetter(word.back());
        Choice a = bestSpelling(restored, fixed, unreliableU, false, weakJoins, scorer);
        Choice b = bestSpelling(word, fixed, unreliableU, false, weakJoins, scorer);
        b.cost += kKeepUnreliableU;
        return a.cost <= b.cost ? a : b;
    }
    QList<qsizetype> open;
    qsizetype apos = -1;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (apos < 0 && isApostrophe(word.at(i)) && i > 0) {
            apos = i;
        }
        if (apos < 0 && (word.at(i) == u'ü' || word.at(i) == u'Ü') && !fixed.value(i)) {
            open.append(i);
        }
    }
    if (open.size() > kMaxVariantBits) {
        open.resize(kMaxVariantBits);
    }

    QList<Candidate> candidates;
    const int combos = 1 << open.size();
    for (int mask = 0; mask < combos; ++mask) {
        QString w = word;
        int changes = 0;
        int kept = 0;
        for (int b = 0; b < open.size(); ++b) {
            if (mask & (1 << b)) {
                w[open[b]] = w.at(open[b]) == u'ü' ? QChar(u'u') : QChar(u'U');
                ++changes;
            } else if (w.at(open[b]) == u'ü') {
                ++kept; // an uppercase Ü is left to the lexicon: TÜRKSOY is real
            }
        }
        if (apos > 0) {
            w = w.left(apos) + harmonizeSuffix(w.left(apos), w.mid(apos));
        }
        double lexical = scorer.lexicalCost(w);
        if (lexical >= kUnknownWord) {
            lexical = kUnknownWord * (1 + weakJoins) - weakJoins + scorer.unknownShape(w); // see kWeakJoin
        } else if (lexical == kNameWithSuffix && apos > 0) {
            lexical += scorer.unknownShape(w.left(apos)); // "Şüşa'dan": the name alone
        }
        double cost = lexical + changes * kChange;
        if (unreliableU) {
            cost += kept * kKeepUnreliableU;
        }
        candidates.append({w, cost, changes});
    }
    scorer.applyUsage(candidates, open.isEmpty() ? -1 : int(open.back()));
    int maxEvidence = 0;
    QList<int> ev;
    for (const Candidate &c : candidates) {
        ev.append(scorer.evidence(c.word));
        maxEvidence = qMax(maxEvidence, ev.back());
    }
    Choice best;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        double cost = candidates[i].cost;
        if (maxEvidence > 0 && ev[i] == 0) {
            cost += kNoEvidence;
        }
        if (cost < best.cost) {
            best = {candidates[i].word, cost};
        }
    }
    return best;
}

QString allU(QString s)
{
    s.replace(u'ü', u'u').replace(u'Ü', u'U');
    return s;
}

bool rightFragmentIsWord(const Fragment &f, const Scorer &scorer)
{
    if (f.core.size() < 2) {
        return false; // a lone letter is a split-off piece, not a word
    }
    const QString u = allU(f.core);
    return scorer.lexicalCost(f.core) < kUnknownWord || scorer.lexicalCost(u) < kUnknownWord;
}

} // namespace

void Evidence::addText(const QString &text)
{
    for (const QString &w : text.split(u' ', Qt::SkipEmptyParts)) {
        QString core;
        for (const QChar c : w) {
            if (c.isLetter() || isApostrophe(c)) {
                core.append(c);
            }
        }
        if (core.size() > 1) {
            ++counts[foldCase(core, QStringLiteral("tr"))];
        }
    }
}

int Evidence::count(const QString &word) const
{
    return counts.value(foldCase(word, QStringLiteral("tr")));
}

DamageProfile detectDamage(const QString &text, const QString &language, const Lexicons &lexicons)
{
    DamageProfile profile;
    const Evidence none;
    const Scorer scorer(language, lexicons, none);
    const QList<Fragment> frags = splitFragments(text);
    int splits = 0;
    for (qsizetype k = 0; k < frags.size(); ++k) {
        const Fragment &f = frags[k];
        if (language == QLatin1String("tr") && k + 1 < frags.size() && canSplitJoin(f, frags[k + 1]) &&
            startsLowerLetter(frags[k + 1].core) && !rightFragmentIsWord(frags[k + 1], scorer)) {
            ++splits;
        }
        if (!profile.uAsU && (f.core.contains(u'ü') || f.core.contains(u'Ü'))) {
            const QString u = allU(f.core);
            profile.uAsU = scorer.lexicalCost(f.core) >= kUnknownWord && scorer.lexicalCost(u) < kUnknownWord;
        }
    }
    profile.splitLetters = splits >= 2 || (splits == 1 && frags.size() < 30);
    return profile;
}

QString repairLetters(const QString &text, const QString &language, const Lexicons &lexicons,
                      const Evidence &evidence)
{
    if (!lexicons.forLanguage(language)) {
        return text.simplified();
    }
    const DamageProfile damage = detectDamage(text, language, lexicons);
    const Scorer scorer(language, lexicons, evidence);
    const QList<Fragment> frags = splitFragments(text);
    const qsizetype n = frags.size();
    const bool turkish = language == QLatin1String("tr");
    // In split-letter text a real ü is always followed by a space, so an ü
    // inside a fragment was a u; English has no ü of its own.
    const bool unreliableU = damage.splitLetters || (!turkish && damage.uAsU);
    const bool repairU = damage.splitLetters || damage.uAsU;

    QList<double> best(n + 1, std::numeric_limits<double>::infinity());
    QList<qsizetype> from(n + 1, -1);
    QList<QString> chosen(n + 1);
    best[0] = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (best[i] == std::numeric_limits<double>::infinity()) {
            continue;
        }
        QString word;
        QList<bool> fixed;
        bool apostropheUsed = false;
        int weakJoins = 0;
        for (qsizetype j = i; j < n && j < i + kMaxJoin; ++j) {
            const Fragment &f = frags[j];
            if (j > i) {
                const Fragment &prev = frags[j - 1];
                if (turkish && damage.splitLetters && canSplitJoin(prev, f)) {
                    const QChar split = word.back();
                    // A piece that stands as a word (or a name) on either side makes the join doubtful.
                    const bool leftStands = prev.core.size() >= 3
                        && (prev.core.front().isUpper() || rightFragmentIsWord(prev, scorer));
                    const bool weak = split != u'ü' && split != u'Ü' && split != u'I'
                        && (rightFragmentIsWord(f, scorer) || leftStands);
                    if (weak && (apostropheUsed || word.contains(u'\'') || word.contains(u'’'))) {
                        break; // "Oyunları'na ev": a suffix ends the word
                    }
                    weakJoins += weak ? 1 : 0;
                    word[word.size() - 1] = restoredLetter(word.back());
                    fixed[word.size() - 1] = true;
                } else if (turkish && !apostropheUsed && canApostropheJoin(prev, f)) {
                    apostropheUsed = true;
                    // "Bakü 'de": in split-letter text the space after a real ü is the font's.
                    if (damage.splitLetters && prev.trail.isEmpty() && (word.back() == u'ü' || word.back() == u'Ü')) {
                        fixed[word.size() - 1] = true;
                    }
                    word += prev.trail + f.lead;
                    fixed.resize(word.size());
                } else {
                    break;
                }
            }
            word += f.core;
            fixed.resize(word.size());
            // A word-final ü followed by two spaces is real ("rolü  gibi").
            if (f.gapAfter >= 2 && !word.isEmpty() && (word.back() == u'ü' || word.back() == u'Ü')) {
                fixed[word.size() - 1] = true;
            }

            const bool restoreFinal = damage.splitLetters && f.gapAfter >= 2 && !word.isEmpty()
                && !fixed.back() && !restoredFinalLetter(word.back()).isNull();
            Choice c;
            if (repairU || j > i || restoreFinal) {
                c = bestSpelling(word, fixed, unreliableU, restoreFinal, weakJoins, scorer);
            } else {
                c = {word, 0};
            }
            double cost = c.cost + (damage.splitLetters ? kWordInSplitText : 0);
            if (j > i) {
                cost += kChange;
            }
            if (best[i] + cost < best[j + 1]) {
                best[j + 1] = best[i] + cost;
                from[j + 1] = i;
                chosen[j + 1] = frags[i].lead + c.word + f.trail;
            }
        }
    }

    QStringList words;
    for (qsizetype k = n; k > 0; k = from[k]) {
        words.prepend(chosen[k]);
    }
    return words.join(u' ').simplified();
}

QString tidySpaces(const QString &text)
{
    static const QRegularExpression spaceBeforePunct(QStringLiteral(" +([,.;:!?)\\]])"));
    static const QRegularExpression spaceAfterOpen(QStringLiteral("([(\\[]) +"));
    QString s = text.simplified();
    s.replace(spaceBeforePunct, QStringLiteral("\\1"));
    s.replace(spaceAfterOpen, QStringLiteral("\\1"));
    return s;
}

} // namespace okur::text
