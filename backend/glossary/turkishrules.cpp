#include "turkishrules.h"
#include "morphology.h"
#include "morphotactics.h"

#include <QHash>
#include <QSet>
#include <algorithm>

// Turkish phonology and the spelling rules that bound the suffix table: vowel harmony,
// buffer letters, softening, and which stems a suffix may follow. Pure functions.
namespace okur::glossary::turkish {

bool isVowel(QChar c)
{
    switch (c.unicode()) {
    case u'a': case u'e': case u'ı': case u'i': case u'o': case u'ö': case u'u': case u'ü': case u'â': case u'î':
    case u'û':
        return true;
    default:
        return false;
    }
}
bool isBackVowel(QChar c)
{
    switch (c.unicode()) {
    case u'a': case u'ı': case u'o': case u'u': case u'â': case u'û':
        return true;
    default:
        return false;
    }
}
bool isRounded(QChar c)
{
    switch (c.unicode()) {
    case u'o': case u'ö': case u'u': case u'ü': case u'û':
        return true;
    default:
        return false;
    }
}
bool isVoiceless(QChar c)
{
    switch (c.unicode()) {
    case u'ç': case u'f': case u'h': case u'k': case u'p': case u's': case u'ş': case u't':
        return true;
    default:
        return false;
    }
}

QChar lastVowel(const QString &s)
{
    for (qsizetype i = s.size() - 1; i >= 0; --i) {
        if (isVowel(s.at(i))) {
            return s.at(i);
        }
    }
    return QChar(u'e');
}

Form realizeForm(const char16_t *tmpl, QChar last, QChar vowel, bool front)
{
    Form out;
    bool outHasVowel = false;
    for (const char16_t *p = tmpl; *p != 0 && out.size < qsizetype(out.letters.size()); ++p) {
        QChar c(*p);
        if (c == u'(') {
            const QChar inner(p[1]);
            p += 2; // skip the letter and ')'
            const bool innerIsVowel = inner == u'I' || inner == u'A';
            if (innerIsVowel == isVowel(last)) {
                continue; // buffer not needed
            }
            c = inner;
        }
        QChar v = vowel;
        if (front && !outHasVowel) {
            v = isRounded(v) ? QChar(u'ü') : QChar(u'e');
        }
        QChar r;
        switch (c.unicode()) {
        case u'A':
            r = isBackVowel(v) ? QChar(u'a') : QChar(u'e');
            break;
        case u'I':
            r = highVowel(v);
            break;
        case u'D':
            r = isVoiceless(last) ? QChar(u't') : QChar(u'd');
            break;
        case u'C':
            r = isVoiceless(last) ? QChar(u'ç') : QChar(u'c');
            break;
        case u'K':
            r = QChar(u'k');
            break;
        default:
            r = c;
        }
        out.letters[std::size_t(out.size++)] = r;
        last = r;
        if (isVowel(r)) {
            vowel = r;
            outHasVowel = true;
        }
    }
    return out;
}

QString realize(const char16_t *tmpl, const QString &stem, bool front)
{
    return realizeForm(tmpl, stem.isEmpty() ? QChar() : stem.back(), lastVowel(stem), front).toString();
}

// Stems the dictionary may list: as written, and with the final consonant
// hardened again (gücü → güç, kitabı → kitap).
// A verb root softens only t to d (git → gidiyor, et → ediyor); its k, p
// and ç stay (bırakıyor, kapıyor, içiyor), nor does it double a consonant.
QStringList stemCandidates(const QString &stem, bool verb)
{
    QStringList c{stem};
    if (stem.size() < 2) {
        return c;
    }
    const QChar last = stem.back();
    const QString head = stem.left(stem.size() - 1);
    // su "water" (and a compound ending in it) takes y before a vowel where other nouns in a vowel take s or
    // nothing: suyu, suyum, suyuna, not susu.
    if (!verb && stem.endsWith(QLatin1String("suy"))) {
        c << head;
    }
    if (verb) {
        // Only a few verbs soften their t before a vowel: et- and the verbs made with it (hisset-, kaybet-), git-,
        // güt-, tat-, dit- (ediyor, gidiyor, tadar); the rest keep it (atar, biter, öter: ödeme is no öt-).
        static const QStringList softening{QStringLiteral("git"), QStringLiteral("güt"), QStringLiteral("tat"),
                                           QStringLiteral("dit")};
        const QString hard = head + u't';
        if (last == u'd' && (hard == QLatin1String("et") || (hard.endsWith(QLatin1String("et")) && hard.size() > 3) ||
                             softening.contains(hard))) {
            c << hard;
        }
        if (stem.size() >= 3 && !isVowel(last) && !isVowel(stem.at(stem.size() - 2))) {
            c << head + highVowel(lastVowel(head)) + last;
        }
        return c;
    }
    if (last == u'c') {
        c << head + u'ç';
    }
    if (last == u'b') {
        c << head + u'p';
    }
    if (last == u'd') {
        c << head + u't';
    }
    if (last == u'ğ') {
        c << head + u'k';
    }
    if (last == u'g') {
        c << head + u'k';
    }
    // Some loans double their final consonant before a vowel: hattı → hat, hakkı → hak.
    if (stem.size() >= 3 && !isVowel(last) && stem.at(stem.size() - 2) == last) {
        c << head;
    }
    // A high vowel drops before a vowel-initial suffix: şehri → şehir, ismi → isim.
    if (stem.size() >= 3 && !isVowel(last) && !isVowel(stem.at(stem.size() - 2))) {
        const QChar high = highVowel(lastVowel(head));
        c << head + high + last;
        // An Arabic loan may keep a front vowel after a back one: vakt-i → vakit, zulm-ü → zulüm.
        if (isBackVowel(high)) {
            c << head + (isRounded(high) ? QChar(u'ü') : QChar(u'i')) + last;
        }
        // ...and then hardens its consonant again: kaybı → kayıp, kalbi keeps kalp above.
        static const QHash<QChar, QChar> hard{{u'b', u'p'}, {u'c', u'ç'}, {u'd', u't'}, {u'ğ', u'k'}};
        if (hard.contains(last)) {
            c << head + high + hard.value(last);
        }
    }
    return c;
}

// The causative -t follows a vowel (oku-t, bekle-t) or the l or r of a stem of more than one
// syllable (otur-t, kısal-t); a one-syllable stem in a consonant takes -DIr (al-dır, not al-t).
bool causativeTAllowed(const QString &stem)
{
    if (stem.isEmpty() || isVowel(stem.back())) {
        return true;
    }
    if (stem.back() != u'l' && stem.back() != u'r') {
        return false;
    }
    return std::count_if(stem.cbegin(), stem.cend(), isVowel) >= 2;
}

bool distributiveAllowed(const QString &stem)
{
    // As the numerals stand before a vowel (dört softens: dörd-er), and as their lemmas.
    static const QSet<QString> numerals{
        QStringLiteral("bir"),   QStringLiteral("iki"),    QStringLiteral("üç"),     QStringLiteral("dörd"), QStringLiteral("dört"),
        QStringLiteral("beş"),   QStringLiteral("altı"),   QStringLiteral("yedi"),   QStringLiteral("sekiz"),
        QStringLiteral("dokuz"), QStringLiteral("on"),     QStringLiteral("yirmi"),  QStringLiteral("otuz"),
        QStringLiteral("kırk"),  QStringLiteral("elli"),   QStringLiteral("altmış"), QStringLiteral("yetmiş"),
        QStringLiteral("seksen"), QStringLiteral("doksan"), QStringLiteral("yüz"),   QStringLiteral("bin"),
        QStringLiteral("milyon"), QStringLiteral("milyar")};
    return numerals.contains(stem);
}

QList<Analysis> pronounReadings(const QString &word)
{
    using Part = std::pair<const char16_t *, const char *>; // a template and its tag
    // The cases after the pronominal n, as after a 3rd person's possessive, with the relative -ki after the
    // locative and the genitive (ondaki, onunki) and the instrumental after the genitive (onunla).
    static const QList<QList<Part>> afterN{{{u"nI", "ACC"}},  {{u"nA", "DAT"}},  {{u"nDA", "LOC"}},
                                           {{u"nDAn", "ABL"}}, {{u"nIn", "GEN"}},
                                           {{u"nDA", "LOC"}, {u"ki", "REL"}},
                                           {{u"nIn", "GEN"}, {u"ki", "REL"}},
                                           {{u"nIn", "GEN"}, {u"lA", "INS"}}};
    // A case after a plural or a 1st or 2nd person's possessive, or none.
    static const QList<QList<Part>> cases{{},
                                          {{u"(y)I", "ACC"}},
                                          {{u"(y)A", "DAT"}},
                                          {{u"DA", "LOC"}},
                                          {{u"DAn", "ABL"}},
                                          {{u"(n)In", "GEN"}},
                                          {{u"(y)lA", "INS"}}};
    // The demonstratives' plural takes the n too (onlar, bunlara); kendi takes the possessives (kendim,
    // kendisine, kendilerini), and a 3rd person's takes the n again.
    static const QList<Part> persons{{u"m", "POSS.1SG"}, {u"n", "POSS.2SG"}, {u"miz", "POSS.1PL"},
                                     {u"niz", "POSS.2PL"}};
    static const QList<Part> thirds{{u"si", "POSS.3SG"}, {u"leri", "POSS.3PL"}};
    static const QList<QList<Part>> demonstrative = [] {
        QList<QList<Part>> out = afterN;
        for (const QList<Part> &c : cases) {
            out.append(QList<Part>{{u"nlAr", "PL"}} + c);
        }
        return out;
    }();
    static const QList<QList<Part>> reflexive = [] {
        QList<QList<Part>> out = afterN;
        for (const Part &person : persons) {
            for (const QList<Part> &c : cases) {
                out.append(QList<Part>{person} + c);
            }
        }
        for (const Part &third : thirds) {
            out.append({third});
            for (const QList<Part> &c : afterN) {
                out.append(QList<Part>{third} + c);
            }
        }
        return out;
    }();
    static const std::pair<QString, const QList<QList<Part>> *> pronouns[] = {
        {QStringLiteral("o"), &demonstrative}, {QStringLiteral("bu"), &demonstrative},
        {QStringLiteral("şu"), &demonstrative}, {QStringLiteral("kendi"), &reflexive}};
    int count = 0;
    const Suffix *table = suffixes(&count);
    const auto label = [&](const char *tag) {
        for (int i = 0; i < count; ++i) {
            if (qstrcmp(table[i].tag, tag) == 0) {
                return QString::fromLatin1(table[i].label);
            }
        }
        return QString();
    };
    QList<Analysis> out;
    for (const auto &[p, endings] : pronouns) {
        if (!word.startsWith(p) || word.size() == p.size()) {
            continue;
        }
        for (const QList<Part> &e : *endings) {
            QString built = p;
            QList<Segment> chain;
            for (const auto &[tmpl, tag] : e) {
                const QString form = realize(tmpl, built);
                built += form;
                chain.append({QStringLiteral("-") + form, QString::fromLatin1(tag), label(tag)});
            }
            if (built != word) {
                continue;
            }
            Analysis a;
            a.lemma = p;
            a.root = p;
            a.segments.append({p, QString(), QString::fromLatin1(labels::kPronoun)});
            a.segments.append(chain);
            out.append(a);
        }
    }
    return out;
}

bool secondPassiveAllowed(const QList<Segment> &chain)
{
    return !chain.isEmpty() && chain.last().tag == QLatin1String("PASS") && chain.last().form == QLatin1String("-n");
}

// A noun of place in a postpositional phrase: the 3rd person possessive and a case of place
// (yer-i-ne, üst-ü-nde, ara-sı-nda) or a bare dative (içeri-ye, kıyı-ya). UD reads these as the
// noun; adverbs in -DAn or -lA (yeniden, özellikle) are not such phrases.
bool isLocativePhrase(const QList<Segment> &chain)
{
    QStringList tags;
    for (const Segment &s : chain) {
        tags << s.tag;
    }
    if (tags == QStringList{QStringLiteral("DAT")}) {
        return true;
    }
    static const QStringList poss{QStringLiteral("POSS.3SG"), QStringLiteral("POSS.3PL")};
    static const QStringList place{QStringLiteral("DAT"), QStringLiteral("LOC"), QStringLiteral("ABL")};
    return tags.size() == 2 && poss.contains(tags[0]) && place.contains(tags[1]);
}

bool isNominalInflection(const QList<Segment> &chain)
{
    // Not the ablative nor the instrumental, which make adverbs and adjectives of nouns (sıradan "ordinary",
    // içten "sincere", gözle); nor a first or second person's possessive alone (erke-n, bilgi-n: no reader's word).
    static const QSet<QString> cases{QStringLiteral("PL"), QStringLiteral("ACC"), QStringLiteral("DAT"),
                                     QStringLiteral("LOC"), QStringLiteral("GEN")};
    const bool personOnly = chain.size() == 1 && (chain.first().tag == QLatin1String("POSS.1SG") ||
                                                  chain.first().tag == QLatin1String("POSS.2SG"));
    return !chain.isEmpty() && !personOnly && std::all_of(chain.cbegin(), chain.cend(), [](const Segment &s) {
        return cases.contains(s.tag) || s.tag.startsWith(QLatin1String("POSS."));
    });
}

// A plural noun predicated of "I" or "you" (din-ler-di-m "I was religions", öz-ler-se-m): the
// person does not agree in number, so the word is something else (dinle-r-di-m "I used to listen").
bool pluralOfOnePerson(const QList<Segment> &chain)
{
    // A case between them lets the person be one of many: onlar-dan-ım "I am one of them", evler-de-yim.
    static const QSet<QString> cases{QStringLiteral("ACC"), QStringLiteral("DAT"), QStringLiteral("LOC"),
                                     QStringLiteral("ABL"), QStringLiteral("GEN"), QStringLiteral("INS"),
                                     QStringLiteral("EQU")};
    bool plural = false;
    for (const Segment &s : chain) {
        plural = (plural || s.tag == QLatin1String("PL")) && !cases.contains(s.tag);
        if (plural && (s.tag == QLatin1String("1SG") || s.tag == QLatin1String("2SG"))) {
            return true;
        }
    }
    return false;
}

QChar highVowel(QChar v)
{
    return isBackVowel(v) ? (isRounded(v) ? QChar(u'u') : QChar(u'ı')) : (isRounded(v) ? QChar(u'ü') : QChar(u'i'));
}

QChar harmonyA(const QString &s)
{
    return isBackVowel(lastVowel(s)) ? QChar(u'a') : QChar(u'e');
}

// A compound noun in -(s)I (işadamı, derebeyi, birbiri) takes its plural inside that marker: işadam-ları,
// birbir-leri-ni. Speech drops a place word's last vowel before -DA and -DAn: ilerde, dışarda (ileri, dışarı).
QStringList restoredStems(const QString &stem, const QList<Segment> &chain, const LemmaCheck &known,
                          const LemmaCheck &headword)
{
    QStringList out;
    if (stem.size() < 2 || isVowel(stem.back()) || chain.isEmpty()) {
        return out;
    }
    const QString first = chain.first().tag;
    const bool compound = first == QLatin1String("POSS.3PL");
    const bool spoken = stem.back() == u'r' && (first == QLatin1String("LOC") || first == QLatin1String("ABL"));
    // Only when the cut alone is no word: yer-de is no yere, kitap-ları no kitapı.
    if ((!compound && !spoken) || known(stem) != 0) {
        return out;
    }
    const QChar high = highVowel(lastVowel(stem));
    if (compound) {
        out << stem + high;
    }
    if (spoken) {
        out << stem + harmonyA(stem) << stem + high;
    }
    out.removeIf([&](const QString &r) { return !(headword(r) & kInDictionary); });
    return out;
}

// The aorist's vowel: a one-syllable root in a consonant takes -Ar (yap-ar, sat-ar), save
// the thirteen that take -Ir (al-ır, gel-ir, ol-ur ...). So satır is no sat- + -ır, nor ağır
// ağ- + -ır. A longer stem is left free: most take -Ir (çalış-ır), compounds keep their
// verb's vowel (bahsed-er, varsay-ar).
bool aoristVowelAllowed(const QString &stem, bool lowVowel)
{
    if (stem.isEmpty() || isVowel(stem.back())) {
        return true;
    }
    static const QSet<QString> highAorist{QStringLiteral("al"),  QStringLiteral("bil"), QStringLiteral("bul"),
                                          QStringLiteral("dur"), QStringLiteral("gel"), QStringLiteral("gör"),
                                          QStringLiteral("kal"), QStringLiteral("ol"),  QStringLiteral("öl"),
                                          QStringLiteral("san"), QStringLiteral("ver"), QStringLiteral("var"),
                                          QStringLiteral("vur")};
    if (std::count_if(stem.cbegin(), stem.cend(), isVowel) != 1) {
        return true;
    }
    return lowVowel != highAorist.contains(stem);
}

// The stem list spells a noun's softened stem out in its inflected forms (kitabı, ağacım, kilidine), with
// front harmony too for a loan (kalbi); only I-initial endings, since kilid + -a could be kili + -da.
bool softeningAttested(const QString &stem, const LemmaCheck &headword)
{
    // Unless the softened stem is a word of its own, whose forms those are: ağı is ağ "net" + -ı, no ak "white".
    if (headword(stem) & kInStemList) {
        return false;
    }
    static const char16_t *endings[] = {u"I", u"Im", u"In", u"ImIz", u"InA", u"InI"};
    for (const bool front : {false, true}) {
        for (const char16_t *e : endings) {
            if (headword(stem + realize(e, stem, front)) & kInStemList) {
                return true;
            }
        }
    }
    return false;
}

bool softeningAllowed(const QString &stem, const QString &candidate, const QString &next)
{
    if (stem.isEmpty() || candidate.size() != stem.size() || candidate.back() == stem.back() ||
        (stem.back() != u'ğ' && stem.back() != u'g')) {
        return true;
    }
    const qsizetype at = next.startsWith(u'-') ? 1 : 0;
    return next.size() > at && isVowel(next.at(at));
}

// Whether the stem list spells a consonant-final stem with front harmony in its possessive forms (kalbim,
// kalbine): a loan that takes front suffixes after a back vowel (kalb-in, kalb-imiz), as saat and rol do.
bool frontAttested(const QString &stem, const LemmaCheck &headword)
{
    static const char16_t *endings[] = {u"Im", u"InA", u"InI", u"ImIz", u"InDA"};
    return std::any_of(std::begin(endings), std::end(endings),
                       [&](const char16_t *e) { return (headword(stem + realize(e, stem, true)) & kInStemList) != 0; });
}

// hunspell's stem list gives a noun's altered stem its own line, bare (burn) or inflected (aklı, karnım),
// and FreeDict lists some such forms whole (oğlum, boynuna). Each is the noun it alters: a cut into a
// consonant-final stem the dictionary does not list, an ending of possession (and a case after it), and
// the stem's unaltered candidate a dictionary word.
bool alteredNounForm(const QString &stem, const LemmaCheck &known, const LemmaCheck &headword)
{
    // Bare, or each possessive with a case after it or none (karn-ım-dan, karn-ı-n-a).
    static const QStringList endings = [] {
        QStringList out{QString()};
        const QStringList cases = {QString(), QStringLiteral("A"), QStringLiteral("DA"), QStringLiteral("DAn"),
                                   QStringLiteral("I"), QStringLiteral("In"), QStringLiteral("lA")};
        for (const QString &possessive : {QStringLiteral("(I)m"), QStringLiteral("(I)mIz"), QStringLiteral("(I)n"),
                                          QStringLiteral("(I)nIz")}) {
            for (const QString &c : cases) {
                out << possessive + c;
            }
        }
        // The third person's cases take n, its instrumental y (karn-ı-n-a, karn-ı-y-la).
        for (const QString &c : {QString(), QStringLiteral("nA"), QStringLiteral("nDA"), QStringLiteral("nDAn"),
                                 QStringLiteral("nI"), QStringLiteral("nIn"), QStringLiteral("ylA")}) {
            out << QStringLiteral("(s)I") + c;
        }
        return out;
    }();
    for (qsizetype cut = stem.size(); cut >= 2 && cut >= stem.size() - 7; --cut) {
        const QString root = stem.left(cut);
        const QString rest = stem.mid(cut);
        // Every ending begins with a vowel after the consonant that ends an altered stem.
        if (isVowel(root.back()) || (!rest.isEmpty() && !isVowel(rest.front()))) {
            continue;
        }
        const QStringList candidates = stemCandidates(root);
        if (candidates.size() < 2) {
            continue;
        }
        const bool match = std::any_of(endings.cbegin(), endings.cend(), [&](const QString &e) {
            const auto *t = reinterpret_cast<const char16_t *>(e.utf16());
            return realize(t, root) == rest || realize(t, root, true) == rest;
        });
        if (!match || (headword(root) & kInDictionary)) {
            continue;
        }
        // Bare, only a dropped vowel: a consonant softens or doubles before a vowel alone.
        for (qsizetype i = 1; i < candidates.size(); ++i) {
            if ((!rest.isEmpty() || candidates[i].size() > root.size()) && known(candidates[i]) &&
                (headword(candidates[i]) & kInDictionary)) {
                return true;
            }
        }
    }
    return false;
}

} // namespace okur::glossary::turkish

namespace okur::glossary {

QString compoundNameHead(const QString &name, const LemmaCheck &known, const LemmaCheck &headword)
{
    const QList<Analysis> readings = analyzeTurkish(name, known, headword);
    if (readings.isEmpty()) {
        return {};
    }
    const Analysis &best = readings.first();
    QStringList tags;
    for (qsizetype i = 1; i < best.segments.size(); ++i) {
        tags << best.segments[i].tag;
    }
    // Only the compound marker: Park-ı, Dağ-ları, Yasa-sı; not a case, a verb or a derivation.
    static const QList<QStringList> compound{
        {QStringLiteral("POSS.3SG")}, {QStringLiteral("POSS.3PL")}, {QStringLiteral("PL"), QStringLiteral("POSS.3SG")}};
    if (!compound.contains(tags) || best.segments.first().label == QLatin1String(labels::kVerbStem) || best.root.size() < 3) {
        return {};
    }
    return best.root;
}

} // namespace okur::glossary
