// Each morphotactic and ranking rule of the Turkish analyser on an invented lexicon of its own, so that the answer
// depends on the rule only (split from tst_turkishmorphology, which reads the bundled word lists).
#include "glossary/morphology.h"
#include "segmentforms.h"

#include <QTest>

using namespace okur::glossary;
using okur::glossary::testing::segmentForms;

class TestMorphotacticRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Morphotactic and ranking rules on an invented lexicon ("lemma=cost", and the
    // words listed as headwords of their own), so the answer depends on the rule only.
    void morphotacticRules_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QStringList>("lexicon");
        QTest::addColumn<QStringList>("headwords");
        QTest::addColumn<QString>("first");     // the first analysis's root
        QTest::addColumn<QString>("forbidden"); // a root no analysis may have ("" for none)
        // Voice ends at one passive: oku-l-un-un is no reading, okul-u-nun is.
        QTest::newRow("one passive") << "okulunun" << QStringList{"okumak=2", "okul=20"} << QStringList{} << "okul"
                                     << "oku";
        // A verb root keeps its k (bırakıyor): eğ-il-di is not ek- softened.
        QTest::newRow("verb k stays") << "eğildi" << QStringList{"ekmek=5", "eğmek=12"} << QStringList{} << "eğ"
                                      << "ek";
        // ...but t softens to d: gid-iyor is git-.
        QTest::newRow("verb t to d") << "gidiyor" << QStringList{"gitmek=10"} << QStringList{} << "git"
                                     << "";
        // A noun's stem does soften: kab-ı is kap.
        QTest::newRow("noun softens") << "kabı" << QStringList{"kap=10"} << QStringList{} << "kap"
                                      << "";
        // A listed noun is not cut into by a shorter one: kadın-ın, not kad-ın-ın / kat.
        QTest::newRow("longest noun") << "kadının" << QStringList{"kat=16", "kadın=20"} << QStringList{"kadın"}
                                      << "kadın"
                                      << "";
        QTest::newRow("longest noun whole")
            << "oyun" << QStringList{"oy=19", "oyun=20"} << QStringList{"oyun"} << "oyun"
            << "";
        // ...unless it is a regular form of a verb: alan-da keeps al- first when al- is the likelier.
        // A verb whose root the stem list lacks is known only through a noun in -mAk: parmak, not par- + -mak.
        QTest::newRow("unlisted verb root") << "parmak" << QStringList{"parmak=17"} << QStringList{"parmak"} << "parmak"
                                            << "";
        // A participle listed whole is still the verb's form, the root softened: gid-en is git-.
        QTest::newRow("softened participle")
            << "giden" << QStringList{"gitmek=10", "giden=8"} << QStringList{"git"} << "git"
            << "";
        // The causative -t follows a vowel or the l/r of a longer stem: altın is no al-t-ın; okut- is oku-t.
        QTest::newRow("causative t after a consonant")
            << "altın" << QStringList{"almak=2", "altın=20"} << QStringList{"al", "altın"} << "altın"
            << "";
        QTest::newRow("causative t after a vowel")
            << "okuttu" << QStringList{"okumak=10"} << QStringList{"oku"} << "oku"
            << "";
        QTest::newRow("causative t after r") << "oturttu" << QStringList{"oturmak=10"} << QStringList{"otur"} << "otur"
                                             << "";
        // An inflected place noun that only the dictionary lists whole (":d") is the noun: yer-i-ne, içeri-ye.
        QTest::newRow("postpositional phrase")
            << "yerine" << QStringList{"yer=8", "yerine=14"} << QStringList{"yer", "yerine:d"} << "yer"
            << "";
        QTest::newRow("bare dative") << "içeriye" << QStringList{"içeri=16", "içeriye=20"}
                                     << QStringList{"içeri", "içeriye:d"} << "içeri"
                                     << "";
        // ...but not an adverb in -DAn, nor a word the stem list gives whole.
        QTest::newRow("adverb in -DAn") << "yeniden" << QStringList{"yeni=8", "yeniden=9"}
                                        << QStringList{"yeni", "yeniden:d"} << "yeniden"
                                        << "";
        QTest::newRow("listed whole") << "yerine" << QStringList{"yer=8", "yerine=14"} << QStringList{"yer", "yerine"}
                                      << "yerine"
                                      << "";
        // A one-syllable root in a consonant takes the aorist -Ar, save the thirteen in -Ir (gel-ir, al-ır).
        QTest::newRow("aorist -Ar") << "satır" << QStringList{"satmak=5", "satır=12"} << QStringList{"sat", "satır"}
                                    << "satır"
                                    << "";
        QTest::newRow("aorist yap-ar") << "yapar" << QStringList{"yapmak=10"} << QStringList{"yap"} << "yap"
                                       << "";
        QTest::newRow("aorist gel-ir") << "gelir" << QStringList{"gelmek=10"} << QStringList{"gel"} << "gel"
                                       << "";
        QTest::newRow("aorist after a passive") << "yenir" << QStringList{"yemek=10"} << QStringList{"ye"} << "ye"
                                                << "";
        // A function word (cost 4 or less) with a case, listed whole, is not read as the function word:
        // içine is iç-i-ne, not için + -e.
        QTest::newRow("function word inflected")
            << "içine" << QStringList{"için=4", "iç=8", "içine=20"} << QStringList{"iç", "içine:d"} << "iç"
            << "";
        // A stem the dictionary knows only as a verb (doldur-mak) is no noun stem: doldur-du is dol-dur-du
        // (":s": in the stem list only) ...
        QTest::newRow("verb root as noun") << "doldurdu" << QStringList{"doldur=8", "doldurmak=12", "dolmak=10"}
                                           << QStringList{"doldur:s", "doldurmak", "dol", "dolmak"} << "dol"
                                           << "";
        // ...while one the dictionary lists as a word keeps its noun reading.
        QTest::newRow("listed noun and verb") << "doldurdu" << QStringList{"doldur=8", "doldurmak=12", "dolmak=10"}
                                              << QStringList{"doldur", "doldurmak", "dol", "dolmak"} << "doldur"
                                              << "";
        // A word listed whole is no bare imperative nor a bare passive: gelin, akıl.
        QTest::newRow("listed, not an imperative")
            << "gelin" << QStringList{"gelmek=4", "gelin=14"} << QStringList{"gel", "gelin"} << "gelin"
            << "";
        QTest::newRow("listed, not a passive")
            << "akıl" << QStringList{"akmak=6", "akıl=14"} << QStringList{"ak", "akıl"} << "akıl"
            << "";
        QTest::newRow("imperative when unlisted")
            << "gelin" << QStringList{"gelmek=4", "gelin=14"} << QStringList{"gel"} << "gel"
            << "";
        // A stem the stem list never gives standing alone (":b") is no noun of its own: milletvekil-i is
        // milletvekili; the same stem standing alone keeps its reading.
        QTest::newRow("bound stem") << "milletvekili" << QStringList{"milletvekil=12", "milletvekili=12"}
                                    << QStringList{"milletvekil:b", "milletvekili:s"} << "milletvekili"
                                    << "";
        QTest::newRow("free stem") << "milletvekili" << QStringList{"milletvekil=12", "milletvekili=12"}
                                   << QStringList{"milletvekil:s", "milletvekili:s"} << "milletvekil"
                                   << "";
        // A dropped vowel and a softened consonant together: kayb-ı is kayıp.
        QTest::newRow("vowel drop and softening")
            << "kaybı" << QStringList{"kayıp=10"} << QStringList{"kayıp"} << "kayıp"
            << "";
        QTest::newRow("verb form not a noun stem")
            << "alanda" << QStringList{"almak=2", "alan=20"} << QStringList{"alan"} << "al"
            << "";
        // A softened noun stem is one the stem list spells out (kilidi, ":s"): kilid-e is kilit; ölçüd-e,
        // never listed, is no ölçüt but ölçü-de.
        QTest::newRow("softening attested")
            << "kilide" << QStringList{"kilit=10", "kili=14"} << QStringList{"kilit", "kili", "kilidi:s"} << "kilit"
            << "";
        // A dropped vowel the stem list never spells out is no noun's (gelişm-e is no gelişim + -e): the
        // verbal noun of geliş-.
        QTest::newRow("dropped vowel unattested")
            << "gelişme" << QStringList{"gelişim=10", "gelişmek=14"} << QStringList{"gelişim", "gelişmek", "geliş:s"}
            << "geliş" << "";
        // The infinitive takes a case of place or means and the copula, never a possessive or a plural:
        // ekmeği is bread's, not ek- + -meğ + -i; yemekleri is meals.
        QTest::newRow("infinitive, no possessive")
            << "ekmeği" << QStringList{"ekmek=14"} << QStringList{"ekmek", "ek"} << "ekmek" << "ek";
        QTest::newRow("infinitive, no plural")
            << "yemekleri" << QStringList{"yemek=14"} << QStringList{"yemek", "ye"} << "yemek" << "ye";
        QTest::newRow("infinitive, ablative")
            << "yemekten" << QStringList{"yemek=14"} << QStringList{"yemek:d", "ye"} << "ye" << "";
        // "I" or "you" is no plural noun: dinlerdim is "I used to listen", not "I was religions".
        QTest::newRow("plural noun, one person")
            << "dinlerdim" << QStringList{"din=10", "dinlemek=14"} << QStringList{"din", "dinlemek", "dinle:s"}
            << "dinle" << "";
        // ...but with a case between them the person is one of many: evler-de-yim, onlar-dan-ım.
        QTest::newRow("plural noun, case, one person")
            << "evlerdeyim" << QStringList{"ev=10"} << QStringList{"ev"} << "ev" << "";
        QTest::newRow("plural noun, we")
            << "öğretmenlerdik" << QStringList{"öğretmen=10"} << QStringList{"öğretmen"} << "öğretmen" << "";
        // ...and listed inflected (karnımızı), it is no word of its own: the noun inflected.
        QTest::newRow("altered stem, inflected whole")
            << "karnımızı" << QStringList{"karın=20", "karnımızı=32"} << QStringList{"karın", "karnımızı:s"}
            << "karın" << "karnımızı";
        // A compound in -(s)I takes its plural inside the marker: işadam-ları is işadamı's, birbir-leri-ni birbiri's;
        // but ev-leri is ev's, though the list knows evi.
        QTest::newRow("compound plural")
            << "işadamlarını" << QStringList{"işadamı=20"} << QStringList{"işadamı"} << "işadamı" << "";
        QTest::newRow("plain plural")
            << "evleri" << QStringList{"ev=10", "evi=20"} << QStringList{"ev", "evi"} << "ev" << "evi";
        // The stem list gives verb forms lines of their own: ödeyemediğiniz-i is öde-'s form, not a noun's;
        // a verbal noun it lists (arayış) stays a word of its own.
        QTest::newRow("verb form listed as a stem")
            << "ödeyemediğinizi" << QStringList{"ödemek=14", "ödeyemediğiniz=32"}
            << QStringList{"ödemek", "öde:s", "ödeyemediğiniz:s"} << "öde" << "";
        QTest::newRow("verbal noun listed as a stem")
            << "arayışları" << QStringList{"aramak=14", "arayış=14"} << QStringList{"aramak", "ara:s", "arayış:s"}
            << "arayış" << "";
        // The participle -mIş takes no possessive (geçmişimiz is "our past"); a person on the evidential takes
        // the copula (aktarmış-ım-dır).
        QTest::newRow("participle, no possessive")
            << "geçmişimiz" << QStringList{"geçmek=14", "geçmiş=16"} << QStringList{"geçmek", "geç:s", "geçmiş"}
            << "geçmiş" << "";
        QTest::newRow("person, then copula")
            << "aktarmışımdır" << QStringList{"aktarmak=14"} << QStringList{"aktarmak", "aktar:s"} << "aktar" << "";
        QTest::newRow("su: suyu")
            << "suyunun" << QStringList{"su=10", "suyu=30"} << QStringList{"su", "suyu:s"} << "su" << "";
        // Speech drops a place word's vowel before -DA: ilerde is ileride; yer-de stays yer.
        QTest::newRow("spoken place word")
            << "ilerde" << QStringList{"ileri=14"} << QStringList{"ileri"} << "ileri" << "";
        QTest::newRow("no spoken place word")
            << "yerde" << QStringList{"yer=10", "yere=20"} << QStringList{"yer", "yere"} << "yer" << "yere";
        // The 3rd plural follows the copula in formal writing: ayırmakta-dır-lar, düşkün-dür-ler.
        QTest::newRow("copula, then plural")
            << "ayırmaktadırlar" << QStringList{"ayırmak=14"} << QStringList{"ayırmak", "ayır:s"} << "ayır" << "";
        // Compound verbs: tükür-üver-ir "spits out at once", edil-egel-miş-tir "has long been done".
        QTest::newRow("-Iver")
            << "tükürüverir" << QStringList{"tükürmek=14"} << QStringList{"tükürmek", "tükür:s"} << "tükür" << "";
        QTest::newRow("-Iver, then ability")
            << "tükürüverebilir" << QStringList{"tükürmek=14"} << QStringList{"tükürmek", "tükür:s"} << "tükür" << "";
        // A compound verb the stem list gives whole is a verb of its own: çıkagelmek "turn up".
        QTest::newRow("listed compound verb")
            << "çıkageldi" << QStringList{"çıkmak=10", "çıkagelmek=20"}
            << QStringList{"çıkmak", "çık:s", "çıkagelmek", "çıkagel:s"} << "çıkagel" << "";
        QTest::newRow("noun, person, copula")
            << "hastayımdır" << QStringList{"hasta=10"} << QStringList{"hasta"} << "hasta" << "";
        QTest::newRow("-Agel")
            << "edilegelmiştir" << QStringList{"etmek=4"} << QStringList{"etmek", "et:s"} << "et" << "";
        QTest::newRow("softening unattested")
            << "ölçüde" << QStringList{"ölçüt=10", "ölçü=14"} << QStringList{"ölçüt", "ölçü"} << "ölçü"
            << "";
        // A listed inflected form of a softened stem that is a word itself attests that word, not the softening:
        // ağı is ağ "net" + -ı, not ak "white" (the stem list holds ağı for ağ).
        QTest::newRow("softened stem a word itself")
            << "ağı" << QStringList{"ak=4", "ağ=12"} << QStringList{"ak", "ağ", "ağı:s"} << "ağ" << "";
        // A k softens before a vowel only: ağ-lar and a bare ağ are no forms of ak.
        QTest::newRow("no softening before a consonant")
            << "ağlar" << QStringList{"ak=8", "ağ=10"} << QStringList{"ak", "ağ", "ağı:s"} << "ağ" << "ak";
        QTest::newRow("no softening bare")
            << "ağ" << QStringList{"ak=8", "ağ=10"} << QStringList{"ak", "ağ", "ağı:s"} << "ağ" << "ak";
        // A noun's altered stem that the stem list gives a line of its own, bare or with a possessive, is the
        // noun's form: burn-um-da and beynim-in are burun and beyin.
        QTest::newRow("altered stem, bare")
            << "burnumda" << QStringList{"burn=12", "burun=16"} << QStringList{"burn:s", "burun"} << "burun"
            << "";
        QTest::newRow("altered stem, possessive")
            << "beynimin" << QStringList{"beynim=20", "beyin=16"} << QStringList{"beynim:s", "beyin"} << "beyin"
            << "";
        // A loan's dropped vowel may be front after a back one, its suffixes front when the stem list spells them
        // so (zulmüne): zulm-ün is zulüm; a dropped vowel agrees with the suffix after it (no zulum).
        QTest::newRow("front loan, dropped vowel")
            << "zulmün" << QStringList{"zulüm=12", "zulum=12"} << QStringList{"zulüm", "zulmüne:s"} << "zulüm"
            << "zulum";
        QTest::newRow("front loan, softened")
            << "kalbin" << QStringList{"kalp=10", "kalıp=10"} << QStringList{"kalp", "kalıp", "kalbimiz:s"} << "kalp"
            << "kalıp";
        // A shorter noun by far the commoner is not cut into by a listed longer one: bilgi-nin, not bilgin-in
        // (while kadın-ın, above, stays kadın).
        // A bound stem with its compound marker is the compound (milletvekil-i-nin: milletvekili), also after a
        // plural (milletvekil-ler-i) and after a vowel (-sI); a compound no list gives keeps the stem.
        QTest::newRow("bound stem, compound")
            << "milletvekilinin" << QStringList{"milletvekil=20", "milletvekili=24"}
            << QStringList{"milletvekil:b", "milletvekili:d"} << "milletvekili" << "";
        QTest::newRow("bound stem, plural compound")
            << "milletvekilleri" << QStringList{"milletvekil=20", "milletvekili=24"}
            << QStringList{"milletvekil:b", "milletvekili:d"} << "milletvekili" << "";
        QTest::newRow("bound stem in a vowel, plural compound")
            << "kocabaları" << QStringList{"kocaba=20", "kocabası=24"} << QStringList{"kocaba:b", "kocabası:d"}
            << "kocabası" << "";
        QTest::newRow("bound stem, plural compound, rounded")
            << "ilkokulları" << QStringList{"ilkokul=20", "ilkokulu=24"} << QStringList{"ilkokul:b", "ilkokulu:d"}
            << "ilkokulu" << "";
        QTest::newRow("bound stem, plural compound, palatal l")
            << "başrolleri" << QStringList{"başrol=20", "başrolü=24"} << QStringList{"başrol:b", "başrolü:d"}
            << "başrolü" << "";
        QTest::newRow("bound stem, compound unlisted")
            << "milletvekilinin" << QStringList{"milletvekil=20"} << QStringList{"milletvekil:b"} << "milletvekil"
            << "";
        QTest::newRow("commoner shorter noun")
            << "bilginin" << QStringList{"bilgi=10", "bilgin=18"} << QStringList{"bilgi", "bilgin"} << "bilgi"
            << "";
    }
    void morphotacticRules()
    {
        QFETCH(QString, word);
        QFETCH(QStringList, lexicon);
        QFETCH(QStringList, headwords);
        QFETCH(QString, first);
        QFETCH(QString, forbidden);
        QHash<QString, int> costs;
        for (const QString &e : lexicon)
            costs.insert(e.section(u'=', 0, 0), e.section(u'=', 1).toInt());
        const LemmaCheck known = [&](const QString &l) { return costs.value(l); };
        const LemmaCheck headword = [&](const QString &l) {
            return headwords.contains(l)                          ? (kInDictionary | kInStemList)
                   : headwords.contains(l + QStringLiteral(":d")) ? kInDictionary
                   : headwords.contains(l + QStringLiteral(":s")) ? kInStemList
                   : headwords.contains(l + QStringLiteral(":b")) ? (kInStemList | kBoundStem)
                                                                  : 0;
        };
        const QList<Analysis> a = analyzeTurkish(word, known, headword);
        QVERIFY(!a.isEmpty());
        QStringList roots;
        for (const Analysis &r : a) {
            roots << r.root;
            // One passive, or a passive -n doubled by -Il (de-n-il-en).
            const QStringList passives = segmentForms(r).filter(QStringLiteral(" PASS"));
            QVERIFY2(passives.size() <= 1 || (passives.size() == 2 && passives.first() == QLatin1String("-n PASS")),
                     qPrintable(segmentForms(r).join(u' ')));
        }
        QCOMPARE(a.first().root, first);
        if (!forbidden.isEmpty())
            QVERIFY2(!roots.contains(forbidden), qPrintable(roots.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestMorphotacticRules)
#include "tst_morphotacticrules.moc"
