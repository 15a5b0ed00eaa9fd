// What the lexicon says of a reading the engine (morphology.cpp) builds: a stem that is a regular form of a known
// verb, a derivation the dictionary lists whole, a listed reflexive verb, a participle, a bound stem's compound.
#include "lexicalreadings.h"

#include "turkishrules.h"

#include <QSet>
#include <algorithm>

namespace okur::glossary::turkish {

// A stem that is itself a regular form of a known verb (bilme, gelen,
// almak, gelmez, bırakmaz, gidecek, bildik, gitmiş; as a verb: gelme-,
// açıl-, bulabil-) ranks after the verb: word lists carry such forms, but
// the verb is the word's lemma.
int derivedStemCost(const QString &stem, bool verbStem, const LemmaCheck &known, bool verbFormsOnly,
                    QString *verbRoot)
{
    static const char16_t *nounEndings[] = {u"mAK", u"mA",  u"(y)An", u"mAz",  u"(y)AcAK",
                                            u"DIK", u"mIş", u"(A)r",  u"(I)r", u"DI"};
    static const char16_t *verbEndings[] = {u"mA", u"(y)AmA", u"(y)Abil", u"(I)l", u"(I)n", u"DIr"};
    for (qsizetype cut = stem.size() - 1; cut >= 2 && cut >= stem.size() - 5; --cut) {
        const QString root = stem.left(cut);
        const QString rest = stem.mid(cut);
        bool match = false;
        if (verbStem) {
            for (const char16_t *e : verbEndings) {
                match = match || realize(e, root) == rest;
            }
        } else {
            for (const char16_t *e : nounEndings) {
                const bool aorist = e[0] == u'(' && e[3] == u'r' && e[4] == 0;
                match = match || (realize(e, root) == rest && (!aorist || aoristVowelAllowed(root, e[1] == u'A')));
            }
        }
        // The verb's root may have softened its t before the ending's vowel: gid-en is git-.
        if (match) {
            const QStringList verbs =
                root.endsWith(u'd') ? QStringList{root, root.chopped(1) + u't'} : QStringList{root};
            for (const QString &v : verbs) {
                const QString infinitive =
                    v + (isBackVowel(lastVowel(v)) ? QStringLiteral("mak") : QStringLiteral("mek"));
                if (known(infinitive)) {
                    if (verbRoot) {
                        *verbRoot = v;
                    }
                    return kDerivedStemCost;
                }
            }
        }
        // Or an inflected noun: kitabı = kitap + -ı, ağacı = ağaç + -ı.
        static const char16_t *nominalEndings[] = {u"(s)I", u"lAr", u"(y)I", u"(n)In", u"DA"};
        if (verbStem || verbFormsOnly) {
            continue;
        }
        for (const char16_t *e : nominalEndings) {
            if (realize(e, root) != rest) {
                continue;
            }
            for (const QString &c : stemCandidates(root)) {
                if (known(c)) {
                    return kDerivedStemCost;
                }
            }
        }
    }
    return 0;
}

// A lexicalised derivation: `chain` builds, from `stem`, a form that the
// dictionary lists whole (gün + -lük = günlük, gör + -ün = görün-); the
// reading that stops at the listed word is the better one. Causatives and
// passives are left out: UD reads them as their base (belirt- → belir, edil- → et).
bool lexicalisedDerivation(const QString &stem, bool verbStem, const QList<Segment> &chain, const LemmaCheck &headword)
{
    static const QSet<QString> nominal{QStringLiteral("WITH"),  QStringLiteral("WITHOUT"), QStringLiteral("NESS"),
                                       QStringLiteral("AGENT"), QStringLiteral("ADJ"),     QStringLiteral("FELLOW"),
                                       QStringLiteral("DIM")};
    // A compound verb the stem list gives whole (çıkagelmek "turn up", gidivermek) is a verb of its own too.
    static const QSet<QString> verbal{QStringLiteral("VERB"), QStringLiteral("BECOME"), QStringLiteral("RECP"),
                                      QStringLiteral("QUICK"), QStringLiteral("HABIT")};
    // hunspell's stem list alone: it holds derived words the dictionary lacks (öğretmenlik, dağcılık).
    const auto listed = [](int h) { return (h & kInStemList) != 0; };
    QString built = stem;
    bool verb = verbStem;
    bool fromNoun = false; // a noun made a verb: any voice after it may make a listed verb (güç-le-n-dir)
    static const QSet<QString> voice{QStringLiteral("PASS"), QStringLiteral("CAUS"), QStringLiteral("RECP")};
    for (const Segment &s : chain) {
        built += s.form.mid(1);
        const bool toNoun = !verb && nominal.contains(s.tag);
        // -In after a consonant is reflexive (gör-ün, bul-un); a bare -n after a vowel is a passive (topla-n).
        const bool toVerb = verbal.contains(s.tag) ||
                            (verb && s.tag == QLatin1String("PASS") && s.form.size() == 3 && s.form.endsWith(u'n')) ||
                            (fromNoun && voice.contains(s.tag));
        fromNoun = fromNoun || (!verb && verbal.contains(s.tag));
        if (toNoun) {
            for (const QString &c : stemCandidates(built)) {
                if (listed(headword(c))) {
                    return true;
                }
            }
        } else if (toVerb) {
            if (listed(headword(built +
                                (isBackVowel(lastVowel(built)) ? QStringLiteral("mak") : QStringLiteral("mek"))))) {
                return true;
            }
            verb = true;
        } else {
            return false; // inflection: no derivation after it
        }
    }
    return false;
}

// A listed verb in a reflexive -In after a consonant (görün-, bulun-, dayan-) is a
// verb of its own, as UD reads it, not a derived stem of gör-, bul-, daya-.
bool reflexiveHeadword(const QString &stem, bool verbStem, const LemmaCheck &headword)
{
    if (!verbStem || !headword || stem.size() < 4 || stem.back() != u'n' || !isVowel(stem.at(stem.size() - 2)) ||
        isVowel(stem.at(stem.size() - 3))) {
        return false;
    }
    return (headword(stem + (isBackVowel(lastVowel(stem)) ? QStringLiteral("mak") : QStringLiteral("mek"))) &
            kListedMask) == (kInDictionary | kInStemList);
}

QString infinitive(const QString &root)
{
    return root + (isBackVowel(lastVowel(root)) ? QStringLiteral("mak") : QStringLiteral("mek"));
}

// Whether `stem` is a known verb's participle in -(y)An, -(y)AcAK or -mIş (alan, gelecek, geçmiş, bakan).
bool participleOfVerb(const QString &stem, const LemmaCheck &known)
{
    static const char16_t *endings[] = {u"(y)An", u"(y)AcAK", u"mIş"};
    for (qsizetype cut = stem.size() - 2; cut >= 2 && cut >= stem.size() - 5; --cut) {
        const QString root = stem.left(cut);
        for (const char16_t *e : endings) {
            if (realize(e, root) == stem.mid(cut) && known(infinitive(root))) {
                return true;
            }
        }
    }
    return false;
}

// A verb stem with nothing after it but voice and an imperative person: gel-in, ak-ıl, kur-ul.
bool bareImperative(const QList<Segment> &chain)
{
    static const QSet<QString> tags{QStringLiteral("IMP.2PL"), QStringLiteral("IMP.3SG"), QStringLiteral("IMP.3PL"),
                                    QStringLiteral("PASS"),    QStringLiteral("CAUS"),    QStringLiteral("RECP")};
    return !chain.isEmpty() &&
           std::all_of(chain.cbegin(), chain.cend(), [](const Segment &s) { return tags.contains(s.tag); });
}

// The compound a bound stem and its compound marker spell (milletvekil-i-nin, milletvekil-ler-i, milletvekil-leri:
// milletvekili), when the dictionary or the stem list gives it; empty otherwise. After a plural the marker is -I
// in the stem's harmony (ilkokul-lar-ı: ilkokulu), or in front harmony after a loan's palatal l (başrol-ler-i:
// başrolü); a stem that ends in a vowel takes -sI.
QString boundCompound(const QString &stem, const QList<Segment> &chain, const LemmaCheck &headword)
{
    if (chain.isEmpty()) {
        return {};
    }
    const QString &tag = chain.first().tag;
    const bool plural = tag == QLatin1String("POSS.3PL") ||
                        (tag == QLatin1String("PL") && chain.size() > 1 && chain.at(1).tag == QLatin1String("POSS.3SG"));
    if (!plural && (tag != QLatin1String("POSS.3SG") || chain.first().form.size() < 2)) {
        return {};
    }
    const QString buffer = isVowel(stem.back()) ? QStringLiteral("s") : QString();
    QStringList markers;
    if (plural) {
        const QChar vowel = turkish::highVowel(turkish::lastVowel(stem));
        markers << QString(vowel);
        if (turkish::isBackVowel(vowel)) {
            markers << QString(vowel == u'u' ? QChar(u'ü') : QChar(u'i'));
        }
    } else {
        markers << chain.first().form.right(1);
    }
    for (const QString &marker : markers) {
        QString compound = stem + buffer + marker;
        if (headword(compound) & kListedMask) {
            return compound;
        }
    }
    return {};
}

} // namespace okur::glossary::turkish
