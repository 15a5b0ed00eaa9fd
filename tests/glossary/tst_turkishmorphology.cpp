// The Turkish analyser through the glossary: inflection and derivation, roots as UD writes them (verbs bare) and
// the first reading's root. Split from tst_glossary (the English analyser's tests are tst_englishmorphology; each
// morphotactic and ranking rule on a lexicon of its own is tst_morphotacticrules).
#include "bundledglossary.h"
#include "glossary/glossary.h"
#include "glossary/morphology.h"
#include "segmentforms.h"

#include <QStandardPaths>
#include <QTest>

using namespace okur::glossary;
using okur::glossary::testing::segmentForms;

class TestTurkishMorphology : public QObject {
    Q_OBJECT
    std::unique_ptr<Glossary> m_glossary;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_glossary = testing::bundledGlossary(&error);
        QVERIFY2(m_glossary, qPrintable(error));
    }

    void turkishMorphology_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("lemma");
        QTest::addColumn<QStringList>("segments");
        QTest::newRow("diplomasisinin") << "diplomasisinin"
                                        << "diplomasi" << QStringList{"diplomasi", "-si POSS.3SG", "-nin GEN"};
        QTest::newRow("gücün") << "gücün"
                               << "güç" << QStringList{"güc", "-ün GEN"};
        QTest::newRow("name") << "Azerbaycan'ın"
                              << "Azerbaycan" << QStringList{"Azerbaycan", "-ın GEN"};
        QTest::newRow("capitals") << "İLETİŞİM"
                                  << "iletişim" << QStringList{"iletişim"};
        QTest::newRow("plural loc") << "ülkelerde"
                                    << "ülke" << QStringList{"ülke", "-ler PL", "-de LOC"};
        QTest::newRow("passive verb") << "güçlendirilmesi"
                                      << "güçlendirmek"
                                      << QStringList{"güçlendir", "-il PASS", "-me VN", "-si POSS.3SG"};
        QTest::newRow("progressive") << "incelemektedir"
                                     << "incelemek" << QStringList{"incele", "-mekte PROG", "-dir COP"};
        QTest::newRow("softened k") << "etkinliği"
                                    << "etkinlik" << QStringList{"etkinliğ", "-i POSS.3SG"};
        // After the relative -ki a case takes the pronominal n, and no possessive follows: evdeki-n-i, not
        // evdeki + "your" + -i; so after a word made with -ki and listed whole (önceki-n-den); and -ki follows a
        // word of time straight (zaman-ki, bugün-kü).
        QTest::newRow("relative, case") << "evdekini"
                                        << "ev" << QStringList{"ev", "-de LOC", "-ki REL", "-ni ACC"};
        QTest::newRow("relative, plural") << "evdekilerin"
                                          << "ev" << QStringList{"ev", "-de LOC", "-ki REL", "-ler PL", "-in GEN"};
        QTest::newRow("relative listed whole") << "öncekinden"
                                               << "önceki" << QStringList{"önceki", "-nden ABL"};
        QTest::newRow("relative after time") << "zamankinden"
                                             << "zaman" << QStringList{"zaman", "-ki REL", "-nden ABL"};
        QTest::newRow("relative after time, -kü") << "bugünkünü"
                                                  << "bugün" << QStringList{"bugün", "-kü REL", "-nü ACC"};
        // Converbs of "until" and "as if".
        QTest::newRow("until") << "bitinceye"
                               << "bitmek" << QStringList{"bit", "-inceye UNTIL"};
        QTest::newRow("as if, after the aorist") << "koşarcasına"
                                                 << "koşmak" << QStringList{"koş", "-ar AOR", "-casına ASIF"};
        QTest::newRow("as if, after a plural noun")
            << "çılgınlarcasına"
            << "çılgın" << QStringList{"çılgın", "-lar PL", "-casına ASIF"};
        QTest::newRow("as if, after a plural person")
            << "koşuyorlarcasına"
            << "koşmak" << QStringList{"koş", "-uyor PROG", "-lar 3PL", "-casına ASIF"};
        QTest::newRow("without being able to") << "anlatamadan"
                                               << "anlatmak" << QStringList{"anlat", "-amadan WITHOUT"};
        // A passive -n doubled by -Il, and a numeral's distributive.
        QTest::newRow("double passive") << "denilen"
                                        << "demek" << QStringList{"de", "-n PASS", "-il PASS", "-en PART"};
        QTest::newRow("distributive") << "sekizer"
                                      << "sekiz" << QStringList{"sekiz", "-er DISTR"};
        // Speech: the urging imperative, the conditional after the past's person, -ken after a plural person.
        QTest::newRow("urging imperative") << "baksana"
                                           << "bakmak" << QStringList{"bak", "-sana IMP.2SG"};
        QTest::newRow("conditional after the person")
            << "yaşamadınızsa"
            << "yaşamak" << QStringList{"yaşa", "-ma NEG", "-dı PAST", "-nız 2PL", "-sa COND.COP"};
        QTest::newRow("while, after a plural person")
            << "çıkarlarken"
            << "çıkmak" << QStringList{"çık", "-ar AOR", "-lar 3PL", "-ken WHILE"};
        // yaşmak "veil" is a noun (it takes a plural): yaş-ıyor is no form of it, but yaşa-'s.
        QTest::newRow("a noun in -mAk is no verb") << "yaşıyordu"
                                                   << "yaşamak" << QStringList{"yaş", "-ıyor PROG", "-du PAST.COP"};
        // bakın- "look around" is a verb's root only: bakın is the polite imperative of bak- first.
        QTest::newRow("imperative of a listed verb root") << "bakın"
                                                          << "bakmak" << QStringList{"bak", "-ın IMP.2PL"};
        // Pronouns declined with their pronominal n: o-nu, not on-u "its ten"; kendi-ne, not kent's.
        QTest::newRow("pronoun, accusative") << "onu"
                                             << "o" << QStringList{"o", "-nu ACC"};
        QTest::newRow("pronoun, plural") << "onları"
                                         << "o" << QStringList{"o", "-nlar PL", "-ı ACC"};
        QTest::newRow("reflexive, dative") << "kendine"
                                           << "kendi" << QStringList{"kendi", "-ne DAT"};
        QTest::newRow("reflexive, possessed") << "kendisine"
                                              << "kendi" << QStringList{"kendi", "-si POSS.3SG", "-ne DAT"};
        // A participle the dictionary gives as a noun, inflected as a noun, is that noun: alan-da "in the field".
        QTest::newRow("participle noun, case") << "alanda"
                                               << "alan" << QStringList{"alan", "-da LOC"};
        QTest::newRow("participle noun, relative") << "gelecekteki"
                                                   << "gelecek" << QStringList{"gelecek", "-te LOC", "-ki REL"};
        // ...while the bare participle stays the verb's (alan "taking", the noun after it).
        QTest::newRow("bare participle") << "alan"
                                         << "almak" << QStringList{"al", "-an PART"};
        // A postposition takes no suffix: içindeki is iç-i-nde-ki, not için-de-ki.
        QTest::newRow("no postposition inflected") << "içindeki"
                                                   << "iç" << QStringList{"iç", "-i POSS.3SG", "-nde LOC", "-ki REL"};
        // sumak "sumac" is a noun, no verb: sunduğu is sun-duğ-u.
        QTest::newRow("a noun in -mAk has no passive") << "sunduğu"
                                                       << "sunmak" << QStringList{"sun", "-duğ PART", "-u POSS.3SG"};
        // -ken after a plural noun is rare; after a verb's aorist common: vurgula-r-ken, not vurgu-lar-ken.
        QTest::newRow("while, after the aorist") << "vurgularken"
                                                 << "vurgulamak" << QStringList{"vurgula", "-r AOR", "-ken WHILE"};
        // A verb's infinitive with a case is the verb's form, even where the curated glossary lists the verb:
        // sun-makta-dır "presents", not a noun "sunmak" + locative.
        QTest::newRow("an infinitive is no noun stem") << "sunmaktadır"
                                                       << "sunmak" << QStringList{"sun", "-makta PROG", "-dır COP"};
        // A headword that is a far commoner noun's inflection only (hale "halo"; hal-e "into a state") is that
        // noun's; not when the ending is no inflection (erken "early", not er + -ken "while a soldier").
        QTest::newRow("a commoner noun, inflected") << "hale"
                                                    << "hal" << QStringList{"hal", "-e DAT"};
        QTest::newRow("no converb of a commoner noun") << "erken"
                                                       << "erken" << QStringList{"erken"};
        // Nor an ablative, which makes adjectives and adverbs of nouns: sıradan "ordinary", not "from the row".
        QTest::newRow("no ablative of a commoner noun") << "sıradan"
                                                        << "sıradan" << QStringList{"sıradan"};
        // The infinitive never softens (yemeye): yemeğ-e is the noun yemek "meal", whatever the verb yemek.
        QTest::newRow("a softened stem is no infinitive") << "yemeğe"
                                                          << "yemek" << QStringList{"yemeğ", "-e DAT"};
        QTest::newRow("as if, after the copula")
            << "geçiyormuşçasına"
            << "geçmek" << QStringList{"geç", "-iyor PROG", "-muş EVID.COP", "-çasına ASIF"};
    }
    void turkishMorphology()
    {
        QFETCH(QString, word);
        QFETCH(QString, lemma);
        QFETCH(QStringList, segments);
        const QList<Analysis> a = m_glossary->analyze(word, QStringLiteral("tr"));
        QVERIFY(!a.isEmpty());
        QCOMPARE(a.first().lemma, lemma);
        QCOMPARE(segmentForms(a.first()), segments);
        for (const Segment &s : a.first().segments)
            QVERIFY(!s.label.isEmpty());
    }

    // Each rule of the verbal system and of nominal inflection, on forms
    // whose roots any Turkish grammar gives.
    void turkishRoots_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("root");
        const char *rows[][2] = {
            {"geliyor", "gel"},        {"başlıyor", "başla"},
            {"düşünmüyor", "düşün"},   {"bilmiyorum", "bil"},
            {"etmiyorlardı", "et"},    {"duruyordu", "dur"},
            {"getiriyorduk", "getir"}, {"gelecek", "gel"},
            {"yapacağım", "yap"},      {"geldi", "gel"},
            {"gittiler", "git"},       {"gelmiş", "gel"},
            {"çekilmişti", "çek"},     {"koyardım", "koy"},
            {"gelir", "gel"},          {"gelmez", "gel"},
            {"gelmeli", "gel"},        {"gelse", "gel"},
            {"bakalım", "bak"},        {"ısmarlayayım", "ısmarla"},
            {"gelsin", "gel"},         {"öğrenemediniz", "öğren"},
            {"okuyabilir", "oku"},     {"yazdırdı", "yaz"},
            {"görüştük", "görüş"},     {"gelince", "gel"},
            {"gelmeden", "gel"},       {"gelerek", "gel"},
            {"gelip", "gel"},          {"gelirken", "gel"},
            {"geldiği", "gel"},        {"gelen", "gel"},
            {"okumak", "oku"},         {"öğrencilerimizin", "öğrenci"},
            {"evdekiler", "ev"},       {"kitabı", "kitap"},
            {"şehri", "şehir"},        {"hattının", "hat"},
        };
        for (const auto &r : rows)
            QTest::newRow(r[0]) << QString::fromUtf8(r[0]) << QString::fromUtf8(r[1]);
    }
    void turkishRoots()
    {
        QFETCH(QString, word);
        QFETCH(QString, root);
        QStringList roots;
        for (const Analysis &a : m_glossary->analyze(word, QStringLiteral("tr")))
            roots << a.root;
        QVERIFY2(roots.contains(root), qPrintable(roots.join(u',')));
    }

    // Ranking and spelling rules: the first analysis, on invented cases with known answers.
    void firstRoot_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("root");
        // A word listed whole beats a decomposition (yen + -i, kap + -ı, gün + -lük, gör + -ün).
        QTest::newRow("yeni") << "yeni"
                              << "tr"
                              << "yeni";
        QTest::newRow("kapı") << "kapı"
                              << "tr"
                              << "kapı";
        QTest::newRow("günlük") << "günlük"
                                << "tr"
                                << "günlük";
        QTest::newRow("görünüyor") << "görünüyor"
                                   << "tr"
                                   << "görün";
        // ...but not a listed inflected form of a softened stem.
        QTest::newRow("kitabı") << "kitabı"
                                << "tr"
                                << "kitap";
        // A compound's bound stem with its marker is the compound: the word a reader looks up.
        QTest::newRow("milletvekillerinin") << "milletvekillerinin"
                                            << "tr"
                                            << "milletvekili";
        // üzer-i-nden: the pronominal n after the possessive, not üzeri + "your".
        QTest::newRow("üzerinden") << "üzerinden"
                                   << "tr"
                                   << "üzer";
        // ...nor a softening the stem list never spells out (ölçüt-e), nor a rarer noun cut into (bilgin-in).
        QTest::newRow("ölçüde") << "ölçüde"
                                << "tr"
                                << "ölçü";
        QTest::newRow("bilginin") << "bilginin"
                                  << "tr"
                                  << "bilgi";
        QTest::newRow("iznine") << "iznine"
                                << "tr"
                                << "izin";
        // de- and ye- raise their vowel before y.
        QTest::newRow("diyorlar") << "diyorlar"
                                  << "tr"
                                  << "de";
        QTest::newRow("yiyorum") << "yiyorum"
                                 << "tr"
                                 << "ye";
        // A capitalised word with no good reading as a common word is a name.
        QTest::newRow("Gorbaçov") << "Gorbaçov"
                                  << "tr"
                                  << "Gorbaçov";
        // ...but a long run of suffixes on a common word is no name's: names take theirs after an apostrophe.
        QTest::newRow("Yaptıklarınızı") << "Yaptıklarınızı"
                                        << "tr"
                                        << "yap";
        // A capitalised word the stem list spells in lower case is a common word's form.
        QTest::newRow("Beynimin") << "Beynimin"
                                  << "tr"
                                  << "beyin";
        QTest::newRow("Kuşkudayım") << "Kuşkudayım"
                                    << "tr"
                                    << "kuşku";
        // English spelling: -es only after a sibilant; a one-syllable CVC base doubles.
        QTest::newRow("sites") << "sites"
                               << "en"
                               << "site";
        QTest::newRow("boxes") << "boxes"
                               << "en"
                               << "box";
        QTest::newRow("fired") << "fired"
                               << "en"
                               << "fire";
        QTest::newRow("hoping") << "hoping"
                                << "en"
                                << "hope";
        QTest::newRow("stopped") << "stopped"
                                 << "en"
                                 << "stop";
        QTest::newRow("visited") << "visited"
                                 << "en"
                                 << "visit";
        QTest::newRow("thing") << "thing"
                               << "en"
                               << "thing";
        // Comparatives of a base in -e; an agent noun listed whole stays itself.
        QTest::newRow("nicer") << "nicer"
                               << "en"
                               << "nice";
        QTest::newRow("browser") << "browser"
                                 << "en"
                                 << "browser";
        QTest::newRow("firemen") << "firemen"
                                 << "en"
                                 << "fireman";
        // An unknown lower-case word in a plain -s is read as a plural first.
        QTest::newRow("zorblats") << "zorblats"
                                  << "en"
                                  << "zorblat";
        // A name the English word list writes with its capital.
        QTest::newRow("James") << "James"
                               << "en"
                               << "James";
        // A word WordNet's tagged corpus uses as itself more than half as often as its base: itself.
        QTest::newRow("ceiling") << "ceiling"
                                 << "en"
                                 << "ceiling";
        QTest::newRow("proceedings") << "proceedings"
                                     << "en"
                                     << "proceedings";
        // ...and otherwise the base: a common verb's forms, irregular ones too.
        QTest::newRow("walked") << "walked"
                                << "en"
                                << "walk";
        QTest::newRow("saw") << "saw"
                             << "en"
                             << "see";
        QTest::newRow("found") << "found"
                               << "en"
                               << "find";
        // Three of a letter in a row is emphasis: cut to two, then one, until a word is known.
        QTest::newRow("greeeat") << "greeeat"
                                 << "en"
                                 << "great";
        QTest::newRow("Noooo") << "Noooo"
                               << "en"
                               << "no";
        QTest::newRow("baaaalls") << "baaaalls"
                                  << "en"
                                  << "ball";
        // A British spelling unknown to en_US is read as the American one, and keeps its own spelling.
        QTest::newRow("colours") << "colours"
                                 << "en"
                                 << "colour";
        QTest::newRow("Apologised") << "Apologised"
                                    << "en"
                                    << "apologise";
        QTest::newRow("favourite") << "favourite"
                                   << "en"
                                   << "favourite";
        // ...but a word the word list knows is not respelt.
        QTest::newRow("visiting") << "visiting"
                                  << "en"
                                  << "visit";
        // A capitalised month or weekday abbreviation is the full name, as UD writes it; a common word is not.
        QTest::newRow("Sept.") << "Sept."
                               << "en"
                               << "September";
        QTest::newRow("Thurs") << "Thurs"
                               << "en"
                               << "Thursday";
        QTest::newRow("sun") << "sun"
                             << "en"
                             << "sun";
        // An unknown capitalised word in -s after a consonant is a plural first; after a vowel, a name.
        QTest::newRow("Zorblats") << "Zorblats"
                                  << "en"
                                  << "Zorblat";
        QTest::newRow("Zorbleos") << "Zorbleos"
                                  << "en"
                                  << "Zorbleos";
        // A URL is its own lemma, however long.
        const QString url = QStringLiteral("http://example.org/") + QString(80, u'x') + QStringLiteral(".html");
        QTest::newRow("url") << url << "en" << url;
    }
    void firstRoot()
    {
        QFETCH(QString, word);
        QFETCH(QString, language);
        QFETCH(QString, root);
        const QList<Analysis> a = m_glossary->analyze(word, language);
        QVERIFY(!a.isEmpty());
        QCOMPARE(a.first().root, root);
    }
};

QTEST_GUILESS_MAIN(TestTurkishMorphology)
#include "tst_turkishmorphology.moc"
