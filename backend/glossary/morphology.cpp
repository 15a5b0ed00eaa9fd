#include "morphology.h"
#include "lexicalreadings.h"
#include "morphotactics.h"
#include "turkishrules.h"

#include <QSet>
#include <algorithm>

namespace okur::glossary {

namespace {

using turkish::alteredNounForm;
using turkish::bareImperative;
using turkish::boundCompound;
using turkish::derivedStemCost;
using turkish::infinitive;
using turkish::kDerivedStemCost;
using turkish::lexicalisedDerivation;
using turkish::participleOfVerb;
using turkish::reflexiveHeadword;
using turkish::aoristVowelAllowed;
using turkish::causativeTAllowed;
using turkish::distributiveAllowed;
using turkish::secondPassiveAllowed;
using turkish::frontAttested;
using turkish::harmonyA;
using turkish::isBackVowel;
using turkish::isLocativePhrase;
using turkish::isVowel;
using turkish::lastVowel;
using turkish::pluralOfOnePerson;
using turkish::realize;
using turkish::restoredStems;
using turkish::softeningAttested;
using turkish::stemCandidates;
using turkish::Suffix;

// A token longer than this is not analysed (a dictionary may still have it whole): no real
// word is longer, and analysis costs grow with length (a 15 MB "word"
// without spaces must not hold anything up).
constexpr qsizetype kMaxWordLength = 64;

const Suffix *table(int *count)
{
    return turkish::suffixes(count);
}

// A name with its suffixes after an apostrophe: the name is the lemma,
// whatever dictionaries say; the suffixes are read greedily, longest first.
Analysis nameAnalysis(const QString &name, const QString &suffixes)
{
    Analysis a;
    a.lemma = name;
    a.root = name;
    a.segments.append({name, QString(), QString::fromLatin1(labels::kProperNoun)});
    QString built = name;
    QString rest = suffixes;
    // A name ending in a vowel takes the buffer n of a possessive: Parkı'ndan.
    std::uint32_t state = turkish::NRoot | (isVowel(name.back()) ? std::uint32_t(turkish::NPoss3) : 0u);
    int count = 0;
    const Suffix *all = table(&count);
    while (!rest.isEmpty()) {
        const Suffix *best = nullptr;
        QString bestForm;
        for (int i = 0; i < count; ++i) {
            const Suffix &suf = all[i];
            if (!(suf.from & state) || suf.to == turkish::VRoot) {
                continue;
            }
            QString f = realize(suf.tmpl, built.toLower());
            if (f.endsWith(u'k') && rest.size() > f.size() && rest.startsWith(f.left(f.size() - 1) + u'ğ')) {
                f = f.left(f.size() - 1) + u'ğ';
            }
            if (!f.isEmpty() && rest.startsWith(f) &&
                (!best || f.size() > bestForm.size() || (f.size() == bestForm.size() && suf.prior < best->prior))) {
                best = &suf;
                bestForm = f;
            }
        }
        if (!best) {
            a.segments.append({QStringLiteral("-") + rest, QString(), QString::fromLatin1(labels::kSuffix)});
            break;
        }
        a.segments.append(
            {QStringLiteral("-") + bestForm, QString::fromLatin1(best->tag), QString::fromLatin1(best->label)});
        built += bestForm;
        rest = rest.mid(bestForm.size());
        state = best->to;
    }
    return a;
}

// Costs that rank readings (tuned on the UD development sets only).
constexpr int kSuffixCost = 2;
constexpr int kPriorCost = 3;
constexpr int kAlteredStemCost = 3;
// A lemma this cheap was chosen on purpose (the curated glossary: için,
// birlikte): it is never taken for a derived form (iç + -in, birlik + -te).
constexpr int kChosenCost = 4;

} // namespace

// Costs of a decomposition that a dictionary's whole word beats.
constexpr int kVerbRootAsNounCost = 10;
constexpr int kBoundStemCost = 10;
constexpr int kWholeWordCost = 12;
constexpr int kLexicalisedCost = 12;
constexpr int kTransparentCausativeCost = 15;
constexpr int kCutNounCost = 10;
constexpr int kUnlistedRootCost = 10;
constexpr int kChosenInflectedCost = 12;
constexpr int kUnattestedSofteningCost = 10;
// A rank this much lower (about seven times the suffix classes) makes a shorter noun the commoner one.
constexpr int kCommonerMargin = 8;

Analysis analyzeTurkishName(const QString &name, const QString &suffixes)
{
    return nameAnalysis(name, suffixes);
}

QList<Analysis> analyzeTurkish(const QString &input, const LemmaCheck &known, const LemmaCheck &headword)
{
    QString word = input;
    word.replace(u'’', u'\'');
    if (word.size() > kMaxWordLength) {
        return {};
    }
    const qsizetype apos = word.indexOf(u'\'');
    if (apos > 0) {
        return {nameAnalysis(word.left(apos), word.mid(apos + 1))};
    }

    int count = 0;
    const Suffix *all = table(&count);
    // Every split point: a stem, then a path through the morphotactic states
    // whose suffixes realise exactly the rest of the word.
    struct Frame {
        QString built; // stem plus suffixes so far, as realised
        qsizetype pos;
        QList<Segment> chain;
        std::uint32_t state;
        bool verbStem;
        bool narrowed; // the stem lost a final a/e before -Iyor: başl-ıyor ← başla
        int prior;
    };
    QList<Analysis> results;
    // The longest stem the dictionary and the stem list both give as a noun of its
    // own, inflected or whole (kadın, oyun-un, okul-u-nun): a shorter noun stem that
    // cuts into it (kad-ın, oy-u-nun) ranks after it. Not a regular verb form
    // (gitme, alan: the verb stays a reading), and verb readings keep their rank.
    qsizetype longestNoun = 0;
    int longestNounRank = 0;
    // Whether some reading is a noun the stem list gives, with inflections only (yer-i-ne).
    bool inflectedListedNoun = false;
    // (Not when the whole word is itself a regular form: kitabı, listed, is kitap + -ı.)
    const bool wholeIsHeadword = headword && (headword(word) & kListedMask) == (kInDictionary | kInStemList);
    const bool wholeIsVerbRoot = headword && (headword(word) & kVerbRootOnly);
    const int wholeRank = wholeIsHeadword ? known(word) : 0;
    for (qsizetype cut = word.size(); cut >= 2; --cut) {
        const QString stem = word.left(cut);
        // Asked once a cut, when a suffix fails in back harmony after the bare noun stem.
        // Only worth asking when the rest of the word is front after a back stem.
        const QString after = word.mid(cut);
        const auto firstVowel = std::find_if(after.cbegin(), after.cend(), isVowel);
        int front = firstVowel != after.cend() && !isBackVowel(*firstVowel) && isBackVowel(lastVowel(stem)) ? -1 : 0;
        const auto frontStem = [&] {
            front = front < 0 ? int(frontAttested(stem, headword)) : front;
            return front == 1;
        };
        // A word made with the relative -ki that is listed whole (önceki, bugünkü) takes its cases as -ki does,
        // with the pronominal n: önceki-n-den "from the previous one", not önceki + "your" + -den.
        const bool relative = stem.size() > 4 && (stem.endsWith(QLatin1String("ki")) || stem.endsWith(u"kü")) &&
                              known(stem.chopped(2)) > 0;
        QList<Frame> stack{{stem, cut, {}, turkish::NRoot | (relative ? std::uint32_t(turkish::NRel) : 0u), false, false, 0},
                           {stem, cut, {}, turkish::VRoot, true, false, 0}};
        while (!stack.isEmpty()) {
            Frame f = stack.takeLast();
            if (f.pos == word.size()) {
                if (pluralOfOnePerson(f.chain)) {
                    continue;
                }
                QStringList cands = f.narrowed ? QStringList{stem + harmonyA(stem)} : stemCandidates(stem, f.verbStem);
                // The two one-syllable verbs in -e raise it to i before a y: de- → diyor, diyen; ye- → yiyecek.
                if (f.verbStem && stem.size() == 2 && stem.back() == u'i' && !f.chain.isEmpty() &&
                    (f.chain.first().form.startsWith(QLatin1String("-y")) || f.narrowed)) {
                    cands << stem.left(1) + u'e';
                }
                // Stems a cut stands for when the word's spelling hides them: işadam-ları, ilerde (turkishrules.h).
                const QStringList restored =
                    f.verbStem || !headword ? QStringList() : restoredStems(stem, f.chain, known, headword);
                cands << restored;
                for (const QString &cand : cands) {
                    QString lemma = cand;
                    if (f.verbStem) {
                        lemma += isBackVowel(lastVowel(cand)) ? QStringLiteral("mak") : QStringLiteral("mek");
                    }
                    // A stem that dropped its vowel agrees with the vowel of the suffix after it: vakt-i is
                    // vakit, akl-ı akıl (not akil), kalb-i kalp (not kalıp).
                    if (!f.verbStem && cand.size() > stem.size() && !f.chain.isEmpty() && !restored.contains(cand)) {
                        const QString next = f.chain.first().form;
                        const auto vowel = std::find_if(next.cbegin(), next.cend(), isVowel);
                        if (vowel != next.cend() && isBackVowel(*vowel) != isBackVowel(lastVowel(cand))) {
                            continue;
                        }
                    }
                    if (!f.verbStem && !restored.contains(cand) &&
                        !turkish::softeningAllowed(stem, cand, f.chain.isEmpty() ? QString() : f.chain.first().form)) {
                        continue; // ağ-lar is no ak
                    }
                    const int rank = known(lemma);
                    if (rank == 0) {
                        continue;
                    }
                    // The numeral itself, not a stem the cut stands for (kırk-ar is no kırık).
                    if (!f.chain.isEmpty() && f.chain.first().tag == QLatin1String("DISTR") &&
                        !distributiveAllowed(cand)) {
                        continue;
                    }
                    Analysis a;
                    a.lemma = lemma;
                    a.root = cand;
                    a.segments.append(
                        {stem, QString(), f.verbStem ? QString::fromLatin1(labels::kVerbStem) : QString::fromLatin1(labels::kStem)});
                    a.segments.append(f.chain);
                    QString derivedFrom; // the verb a stem is a regular form of (uzatma: uzat)
                    // A participle the dictionary and the stem list give as a noun, inflected as a noun, is that noun
                    // (alan-da "in the field", gelecek-te "in the future", bakan-lar "ministers").
                    const bool inflectedNoun = !f.verbStem && !f.chain.isEmpty() && headword &&
                                               (headword(cand) & kListedMask) == (kInDictionary | kInStemList) &&
                                               participleOfVerb(cand, known);
                    const int derived = rank <= kChosenCost || reflexiveHeadword(cand, f.verbStem, headword) ||
                                                inflectedNoun
                                            ? 0
                                            : derivedStemCost(cand, f.verbStem, known, false, &derivedFrom);
                    a.score = rank + int(f.chain.size()) * kSuffixCost + f.prior * kPriorCost + (f.verbStem ? 1 : 0) +
                              (cand != stem ? kAlteredStemCost : 0) + derived;
                    // A noun's altered stem listed as a stem of its own (burn, aklı, karnım) is that noun's form.
                    if (!f.verbStem && headword && rank > kChosenCost && cand == stem &&
                        (headword(cand) & kListedMask) != (kInDictionary | kInStemList) &&
                        alteredNounForm(cand, known, headword)) {
                        continue; // read as that noun, inflected (karnımızı: karn-ımız-ı)
                    }
                    // A softened stem that the stem list never spells out keeps its consonant (ölçüt-e, not ölçüd-e),
                    // and a stem never spelt out without its vowel keeps the vowel (ağz-ı is ağız, the list has
                    // ağzı and burn; gelişm-e is no gelişim + -e).
                    const bool dropped = cand.size() > stem.size() && !restored.contains(cand);
                    if (!f.verbStem && headword && (cand.back() != stem.back() || dropped) &&
                        !softeningAttested(stem, headword) && !(dropped && (headword(stem) & kInStemList))) {
                        a.score += kUnattestedSofteningCost;
                    }
                    // Only against a noun's decomposition: a verb's forms (gelir, bakan, açma) are
                    // listed whole too, yet read as the verb at least as often.
                    // Nor against a softened stem: a list holding "kitabı" holds kitap + -ı.
                    // Unless the stem is by far the commoner word and only inflected (hal-e "into a state", not
                    // hale "halo"; göz-e, iş-ler).
                    if (wholeIsHeadword && !f.chain.isEmpty() && !f.verbStem && cand == stem &&
                        (rank + kCommonerMargin > wholeRank || !turkish::isNominalInflection(f.chain))) {
                        a.score += kWholeWordCost;
                    }
                    // A function word with a case that the dictionary lists whole is an adverb of
                    // its own (sonra-dan → sonradan, şimdi-den → şimdiden).
                    if (rank <= kChosenCost && !f.chain.isEmpty() && !f.verbStem && headword &&
                        (headword(word) & kInDictionary)) {
                        a.score += kChosenInflectedCost;
                    }
                    // The stem list writes every verb root bare (gel, çık, değerlendir): a verb
                    // whose root it lacks is known only through a noun in -mAk (parmak, ırmak) or
                    // a stray dictionary entry, and ranks after the readings of listed words.
                    if (f.verbStem && headword && !(headword(cand) & kInStemList)) {
                        a.score += kUnlistedRootCost;
                    }
                    // Nor is a noun in -mAk a verb (sumak "sumac": sunduğu is sun-duğ-u).
                    if (f.verbStem && headword && (headword(lemma) & kNounOnly)) {
                        a.score += kUnlistedRootCost;
                    }
                    // And a verb's infinitive with a case is the verb's form (sun-makta-dır "presents",
                    // yap-mak-tan), not a noun "sunmak" inflected, even when the curated glossary lists the verb.
                    // Not a softened stem: the infinitive never softens (yemeye), so yemeğ-e is the noun yemek.
                    if (!f.verbStem && !f.chain.isEmpty() && headword && cand == stem && cand.size() > 4 &&
                        (cand.endsWith(QLatin1String("mak")) || cand.endsWith(QLatin1String("mek"))) &&
                        (headword(cand.chopped(3)) & kInStemList) && !(headword(cand) & kNounOnly)) {
                        a.score += kVerbRootAsNounCost;
                    }
                    // A stem the stem list gives and the dictionary knows only as a verb (doldur-mak) is a
                    // verb root, not a noun: doldur-du is dol-dur-du, not "it was a doldur".
                    if (!f.verbStem && headword && (headword(cand) & kListedMask) == kInStemList &&
                        (headword(infinitive(cand)) & kInDictionary)) {
                        a.score += kVerbRootAsNounCost;
                    }
                    // A postposition or conjunction takes no suffix (içindeki is iç-i-nde-ki, not için-de-ki).
                    if (!f.verbStem && !f.chain.isEmpty() && headword && (headword(cand) & kFunctionWord)) {
                        a.score += kWholeWordCost;
                    }
                    // Nor is a stem that the stem list never gives standing alone (milletvekil-i, cumhurbaşkan-ı).
                    if (!f.verbStem && !f.chain.isEmpty() && headword && (headword(cand) & kBoundStem)) {
                        a.score += kBoundStemCost;
                        // Its compound marker makes the compound, the word a reader looks up and UD's lemma
                        // (milletvekil-i-nin: milletvekili).
                        const QString compound = boundCompound(cand, f.chain, headword);
                        if (!compound.isEmpty()) {
                            a.lemma = compound;
                            a.root = compound;
                        }
                    }
                    // A word listed whole is not a bare imperative (gelin, kesin) nor a bare passive (akıl, kurul);
                    // unless the list gives it only as a verb's root, never standing alone (bakın-: bak-ın "look!").
                    if (f.verbStem && wholeIsHeadword && !wholeIsVerbRoot && bareImperative(f.chain)) {
                        a.score += kWholeWordCost;
                    }
                    if (headword && lexicalisedDerivation(stem, f.verbStem, f.chain, headword)) {
                        a.score += kLexicalisedCost;
                    }
                    // A causative that means what its base means is read as the base with its causative
                    // (beklet-il-en: bekle -t -il -en), as UD reads it.
                    // Such a reading keeps the causative's own entry as its lemma, the one a reader looks up
                    // (belirtmek "to state"), and its base as its root (belir), as UD writes it.
                    if (f.verbStem && headword && !f.chain.isEmpty() && f.chain.first().tag == QLatin1String("CAUS")) {
                        const QString causative = infinitive(cand + f.chain.first().form.mid(1));
                        if (headword(causative) & kTransparentCausative) {
                            a.lemma = causative;
                        }
                    }
                    // So is a form of it listed whole (uzatma, uzatıl-).
                    if (headword && ((f.verbStem && (headword(infinitive(cand)) & kTransparentCausative)) ||
                                     (!derivedFrom.isEmpty() &&
                                      (headword(infinitive(derivedFrom)) & kTransparentCausative)))) {
                        a.score += kTransparentCausativeCost;
                    }
                    if (!f.verbStem && cand == stem && headword &&
                        (headword(cand) & kListedMask) == (kInDictionary | kInStemList) && rank > kChosenCost &&
                        derivedStemCost(cand, false, known, true) == 0) {
                        if (stem.size() > longestNoun) {
                            longestNoun = stem.size();
                            longestNounRank = rank;
                        }
                    }
                    if (!f.verbStem && headword && (headword(cand) & kInStemList) && isLocativePhrase(f.chain)) {
                        inflectedListedNoun = true;
                    }
                    results.append(a);
                }
                continue;
            }
            if (f.chain.size() >= 8 || f.state == turkish::End) {
                continue;
            }
            const QString rest = word.mid(f.pos);
            const QChar last = f.built.back();
            const QChar vowel = turkish::lastVowel(f.built);
            for (int i = 0; i < count; ++i) {
                const Suffix &suf = all[i];
                if (!(suf.from & f.state)) {
                    continue;
                }
                // The form the word spells, if any: as harmony gives it; with front harmony after a loanword's
                // palatal l or t (festivaller, saatler) or a noun the stem list spells so (kalbimiz, zulmüne);
                // with a final k softened to ğ before a vowel (-lık + -ı → -lığı).
                const turkish::Form plain = turkish::realizeForm(suf.tmpl, last, vowel);
                if (plain.size == 0) {
                    continue;
                }
                const bool plainMatches = rest.startsWith(plain.view());
                QString form;
                if (plainMatches) {
                    form = plain.toString();
                } else {
                    if (f.chain.isEmpty() && (last == u'l' || last == u't' ||
                                              (!f.verbStem && headword && !isVowel(last) && frontStem()))) {
                        const turkish::Form front = turkish::realizeForm(suf.tmpl, last, vowel, true);
                        if (rest.startsWith(front.view())) {
                            form = front.toString();
                        }
                    }
                    if (form.isEmpty() && plain.view().endsWith(u'k')) {
                        QString soft = plain.toString();
                        soft.back() = u'ğ';
                        if (rest.startsWith(soft) && rest.size() > soft.size() && isVowel(rest.at(soft.size()))) {
                            form = soft;
                        }
                    }
                }
                if (form.isEmpty()) {
                    continue;
                }
                const QString &built = f.built;
                if (suf.tmpl[0] == u't' && suf.tmpl[1] == 0 && !causativeTAllowed(built)) {
                    continue;
                }
                if (QLatin1String(suf.tag) == QLatin1String("DISTR") && (!f.chain.isEmpty() || !distributiveAllowed(built))) {
                    continue;
                }
                // -ki straight after a word (of time: zaman-ki, bugün-kü) only on the stem itself, -kü only after ü,
                // and not where the word with it is listed whole: etki, tepki, belki are no et-ki, tep-ki, bel-ki.
                if (QLatin1String(suf.tag) == QLatin1String("REL") && suf.from == turkish::NRoot &&
                    (!f.chain.isEmpty() || (form == u"kü") != (vowel == u'ü') ||
                     (headword && (headword(built + form) & kListedMask)))) {
                    continue;
                }
                if (suf.from == turkish::VPass && !secondPassiveAllowed(f.chain)) {
                    continue;
                }
                if (QLatin1String(suf.tag) == QLatin1String("AOR") && f.chain.isEmpty() &&
                    !aoristVowelAllowed(built, suf.tmpl[1] == u'A')) {
                    continue;
                }
                const bool prog = suf.tmpl[0] == u'(' && suf.tmpl[1] == u'I' && suf.tmpl[3] == u'y';
                if (prog && f.chain.isEmpty() && f.verbStem && (last == u'a' || last == u'e')) {
                    continue; // -Iyor replaces a stem's final vowel: read as the narrowed cut below
                }
                if (prog && f.chain.isEmpty() && f.verbStem && plainMatches) {
                    // Also read "başl" + "ıyor" as the stem "başla".
                    Frame n{built + form, f.pos + form.size(), f.chain, suf.to, true, true, f.prior + suf.prior};
                    n.chain.append(
                        {QStringLiteral("-") + form, QString::fromLatin1(suf.tag), QString::fromLatin1(suf.label)});
                    stack.append(n);
                }
                if (form.endsWith(u'k') && rest.size() > form.size() && isVowel(rest.at(form.size())) &&
                    suf.tmpl[std::char_traits<char16_t>::length(suf.tmpl) - 1] == u'K') {
                    continue; // a k that should have softened
                }
                Frame n{built + form, f.pos + form.size(), f.chain, suf.to, f.verbStem, f.narrowed, f.prior + suf.prior};
                n.chain.append(
                    {QStringLiteral("-") + form, QString::fromLatin1(suf.tag), QString::fromLatin1(suf.label)});
                stack.append(n);
            }
        }
    }
    // A pronoun declined with its n (onu, buna, kendine) is read as the pronoun, as a function word is.
    for (Analysis &a : turkish::pronounReadings(word)) {
        a.score = kChosenCost + int(a.segments.size() - 1) * kSuffixCost;
        results.append(a);
    }
    // FreeDict lists some inflected forms whole (yerine, altına, kıyıya, oğlum); the stem list does
    // not. Such a whole word ranks after its regular inflection of a listed noun.
    const bool dictionaryOnlyWhole = headword && (headword(word) & kListedMask) == kInDictionary;
    // The stem list gives verb forms a line of their own (ödeyemediğiniz, varamayacağımız, edeme): such a stem,
    // which a verb reading spells out with its suffixes and no dictionary lists, is that verb's form.
    QSet<QString> verbForms;
    // Not after a verbal noun or a voice alone (arayış, direniş, tanıştır are words of their own): an inflection.
    static const QSet<QString> derivations{QStringLiteral("VN"), QStringLiteral("PASS"), QStringLiteral("CAUS"),
                                           QStringLiteral("RECP")};
    for (const Analysis &a : std::as_const(results)) {
        if (a.segments.first().label != QLatin1String(labels::kVerbStem)) {
            continue;
        }
        QString built = a.segments.first().form;
        bool inflected = false;
        for (qsizetype i = 1; i + 1 < a.segments.size(); ++i) {
            built += a.segments[i].form.mid(1);
            inflected = inflected || !derivations.contains(a.segments[i].tag);
            if (inflected) {
                verbForms.insert(built);
            }
        }
    }
    for (Analysis &a : results) {
        const QString &stem = a.segments.first().form;
        if (headword && a.segments.size() > 1 && a.segments.first().label == QLatin1String(labels::kStem) &&
            verbForms.contains(stem) && (headword(stem) & kListedMask) == kInStemList) {
            a.score += kDerivedStemCost;
        }
        if (dictionaryOnlyWhole && inflectedListedNoun && a.segments.size() == 1 && a.root == word &&
            known(word) > kChosenCost) {
            a.score += kWholeWordCost;
        }
        const qsizetype length = a.segments.first().form.size();
        // ...unless the shorter noun is by far the commoner (bilgi-nin, not bilgin-in; hava-nın, not havan-ın).
        const bool commoner = length < longestNoun && known(a.root) + kCommonerMargin <= longestNounRank;
        if (length < longestNoun && !commoner && a.segments.first().label != QLatin1String(labels::kVerbStem)) {
            a.score += kCutNounCost;
        }
    }
    std::stable_sort(results.begin(), results.end(),
                     [](const Analysis &a, const Analysis &b) { return a.score < b.score; });
    // One reading a lemma: the best.
    QList<Analysis> out;
    QSet<QString> seen;
    for (const Analysis &a : results) {
        // By lemma and root: ekmek the noun is not ekmek the verb (ek-).
        const QString key = a.lemma + u'\t' + a.root;
        if (!seen.contains(key)) {
            seen.insert(key);
            out.append(a);
        }
    }
    if (out.size() > 5) {
        out.resize(5);
    }
    return out;
}

} // namespace okur::glossary
