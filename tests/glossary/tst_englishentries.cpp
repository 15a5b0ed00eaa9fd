// The English→Turkish card's entries on the bundled dictionaries: an inflected word's base, a modal's Turkish
// suffix, headwords as the source labels them, function words, pronouns and letters, a name's sense first, the
// adverb's adjective, homographs by part of speech (FreeDict's and the curated glossary's) and the article the
// reverse dictionary agrees with.
#include "bundledglossary.h"
#include "glossary/glossary.h"

#include <QTest>
#include <algorithm>

using namespace okur::glossary;

class TestEnglishEntries : public QObject {
    Q_OBJECT
    std::unique_ptr<Glossary> m_glossary;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_glossary = testing::bundledGlossary(&error);
        QVERIFY2(m_glossary, qPrintable(error));
    }

    void englishToTurkish()
    {
        const LookupResult r = m_glossary->lookup(QStringLiteral("strengthened"));
        QCOMPARE(r.language, QStringLiteral("en"));
        QCOMPARE(r.analyses.first().lemma, QStringLiteral("strengthen"));
        QVERIFY(!r.entries.isEmpty());
        QCOMPARE(r.entries.first().headword, QStringLiteral("strengthen"));
        QVERIFY(r.entries.first().senses.contains(QStringLiteral("güçlendirmek")));
        QCOMPARE(m_glossary->lookup(QStringLiteral("studies"), QStringLiteral("en")).analyses.first().lemma,
                 QStringLiteral("study"));
    }

    // FreeDict eng-tur reads the modals as nouns (can: konserve kutusu, must: kızmış "an elephant's rage", may:
    // mayıs ayı) and has no -ebil- at all, and gives "the" as "bir" (a): the curated glossary's Turkish suffix
    // leads the card (a definite object's accusative for "the").
    void modalsLeadWithTheirSuffix_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("can") << "can"
                             << "-abilmek, -ebilmek";
        QTest::newRow("must") << "must"
                              << "-malı, -meli";
        QTest::newRow("may") << "may"
                             << "-abilir, -ebilir";
        QTest::newRow("might") << "might"
                               << "-abilir, -ebilir";
        QTest::newRow("could") << "could"
                               << "-abilirdi, -ebilirdi";
        QTest::newRow("should") << "should"
                                << "-malı, -meli";
        QTest::newRow("will") << "will"
                              << "-acak, -ecek";
        QTest::newRow("would") << "would"
                               << "-ırdı, -irdi, -urdu, -ürdü, -ardı, -erdi";
        QTest::newRow("the") << "the"
                             << "-(y)ı, -(y)i, -(y)u, -(y)ü";
    }
    void modalsLeadWithTheirSuffix()
    {
        QFETCH(QString, word);
        QFETCH(QString, suffix);
        const LookupResult r = m_glossary->lookup(word, QStringLiteral("en"));
        QVERIFY(!r.entries.isEmpty());
        QCOMPARE(r.entries.first().headword, word);
        QCOMPARE(r.entries.first().source, QStringLiteral("Okur glossary"));
        QCOMPARE(r.entries.first().pos, QStringLiteral("suffix"));
        QCOMPARE(r.entries.first().senses, QStringList{suffix});
        // FreeDict's own articles follow, none dropped.
        QVERIFY(std::any_of(r.entries.cbegin(), r.entries.cend(),
                            [](const Entry &e) { return e.source == QLatin1String("FreeDict eng-tur"); }));
    }

    // Words whose article FreeDict numbers as a homograph ("easy (1)") or writes with its British spelling
    // ("harbor, (ing.) harbour"), and a British spelling only the American one's entries translate.
    void headwordsAsTheSourceLabelsThem_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("sense"); // one of the first entry's
        QTest::newRow("easy") << "easy"
                              << "kolay";
        QTest::newRow("ear") << "ear"
                             << "kulak";
        QTest::newRow("earth") << "earth"
                               << "toprak";
        QTest::newRow("harbour") << "harbour"
                                 << "liman";
        QTest::newRow("utilize") << "utilize"
                                 << "kullanmak";
        QTest::newRow("civilization") << "civilization"
                                      << "uygarlık";
        // "(ask.) /ˈask/": the source wrote the military label for the letters of ask, all through the article.
        QTest::newRow("ask") << "ask"
                             << "sormak";
        QTest::newRow("ask for, the article's phrase") << "ask for"
                                                       << "sormak";
        QTest::newRow("I") << "I"
                           << "ben";
        QTest::newRow("realise, the American entry") << "realise"
                                                     << "gerçekleştirmek";
        // An adverb FreeDict lacks shows the adjective WordNet makes it from (not hardly: hard).
        QTest::newRow("recently, recent's") << "recently"
                                            << "yeni";
        QTest::newRow("quickly, quick's") << "quickly"
                                          << "çabuk";
        QTest::newRow("probably, probable's") << "probably"
                                              << "olasılı";
        // One no list knows, made from an adjective the word list does; capitalised, opening a sentence, no name.
        QTest::newRow("resultantly, resultant's") << "resultantly"
                                                  << "meydana gelen";
        QTest::newRow("Resultantly, resultant's") << "Resultantly"
                                                  << "meydana gelen";
    }
    // A function word's article FreeDict labels so leads when the Penn Treebank tags the word so most: while is
    // "-iken" (in 566 times), not the noun "vakit" (nn 44); that is "ki", then the pronoun's "şu". A lone article
    // is marked so too (of: "(edat) nin, li", its suffixes marked as such).
    void functionWordsFirst_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("firstSense");
        QTest::addColumn<QString>("pos");
        QTest::newRow("while") << "while"
                               << "-iken"
                               << "conjunction";
        QTest::newRow("that") << "that"
                              << "ki"
                              << "conjunction";
        QTest::newRow("till") << "till"
                              << "-e kadar"
                              << "preposition";
        QTest::newRow("of") << "of"
                            << "-nin"
                            << "preposition";
        QTest::newRow("from") << "from"
                              << "-dan"
                              << "preposition";
        QTest::newRow("unless") << "unless"
                                << "meğerki"
                                << "conjunction";
        QTest::newRow("it") << "it"
                            << "o"
                            << "pronoun";
    }
    void functionWordsFirst()
    {
        QFETCH(QString, word);
        QFETCH(QString, firstSense);
        QFETCH(QString, pos);
        QList<Entry> freedict;
        for (const Entry &e : m_glossary->lookup(word, QStringLiteral("en")).entries) {
            if (e.source == QLatin1String("FreeDict eng-tur"))
                freedict << e;
        }
        // while, that and till have homographs (the noun's vakit); the lone articles one.
        const bool homographs =
            word == QLatin1String("while") || word == QLatin1String("that") || word == QLatin1String("till");
        QVERIFY(freedict.size() >= (homographs ? 2 : 1));
        QCOMPARE(freedict.first().senses.first(), firstSense);
        QCOMPARE(freedict.first().pos, pos);
    }

    // A pronoun is its own lemma, as the treebank tags it (its: not it + -s, the plural of IT); a letter a
    // dictionary has is that word (a, and A opening a sentence: the article, no name; I as it is spelt).
    void pronounsAndLettersAreThemselves()
    {
        for (const char *w : {"its", "his", "ours"}) {
            const QList<Analysis> a = m_glossary->analyze(QString::fromLatin1(w), QStringLiteral("en"));
            QCOMPARE(a.first().lemma, QString::fromLatin1(w));
            QCOMPARE(a.first().segments.size(), 1);
        }
        const auto first = [&](const char *w) {
            return m_glossary->analyze(QString::fromLatin1(w), QStringLiteral("en")).first();
        };
        QCOMPARE(first("a").lemma, QStringLiteral("a"));
        QCOMPARE(first("a").segments.first().label, QStringLiteral("base form"));
        QCOMPARE(first("A").lemma, QStringLiteral("a"));
        QCOMPARE(first("I").lemma, QStringLiteral("I"));
        QCOMPARE(first("I").segments.first().label, QStringLiteral("base form"));
    }

    // Capitalised, the word is read first as the name its entry gives (Soviet: Sovyet); in lower case, as the
    // dictionary orders it (a soviet: meclis). The name's group comes with it, the rest keep their groups.
    void capitalisedReadsAsTheName()
    {
        const auto first = [&](const char *word) {
            const LookupResult r = m_glossary->lookup(QString::fromLatin1(word), QStringLiteral("en"));
            return r.entries.isEmpty() ? Entry{} : r.entries.first();
        };
        const Entry name = first("Soviet");
        QCOMPARE(name.senses.value(0), QStringLiteral("Sovyet"));
        QCOMPARE(name.senses.size(), first("soviet").senses.size());
        QCOMPARE(name.senseGroups.size(), name.senses.size());
        QCOMPARE(name.senseGroups.value(0), name.senseGroups.value(1)); // "Sovyet Rusya'da idare meclisi", its group
        QCOMPARE(first("soviet").senses.value(0), QStringLiteral("meclis"));
        QCOMPARE(first("SOVIET").senses.value(0), QStringLiteral("meclis")); // a heading's capitals say nothing
        // Opening a sentence, the capital says nothing either; nor is an abbreviation in capitals a name (art: AB).
        const QString sentence = QStringLiteral("Soviet power faded. Art is long.");
        QCOMPARE(m_glossary->lookupAt(sentence, 1, QStringLiteral("en")).entries.value(0).senses.value(0),
                 QStringLiteral("meclis"));
        QVERIFY(m_glossary->lookupAt(sentence, int(sentence.indexOf(QStringLiteral("Art"))) + 1, QStringLiteral("en"))
                    .entries.value(0)
                    .senses.value(0) != QLatin1String("AB"));
        QVERIFY(first("Art").senses.value(0) != QLatin1String("AB"));
        // After a colon the sentence goes on (ICU's sentences): the name's sense first.
        const QString after = QStringLiteral("Two powers met: Soviet and American.");
        QCOMPARE(m_glossary->lookupAt(after, int(after.indexOf(QStringLiteral("Soviet"))) + 1, QStringLiteral("en"))
                     .entries.value(0)
                     .senses.value(0),
                 QStringLiteral("Sovyet"));
    }

    void adverbNotFromItsLookalike()
    {
        // The adverb is its own lemma, as UD writes adverbs: the adjective is its first part.
        const LookupResult r = m_glossary->lookup(QStringLiteral("Resultantly"), QStringLiteral("en"));
        QCOMPARE(r.analyses.first().lemma, QStringLiteral("resultantly"));
        QCOMPARE(r.analyses.first().segments.first().form, QStringLiteral("resultant"));
        QCOMPARE(r.analyses.first().segments.last().tag, QStringLiteral("ADV"));
        for (const Entry &e : m_glossary->lookup(QStringLiteral("hardly"), QStringLiteral("en")).entries)
            QVERIFY2(e.headword != QLatin1String("hard"), qPrintable(e.senses.join(u'|')));
    }
    void headwordsAsTheSourceLabelsThem()
    {
        QFETCH(QString, word);
        QFETCH(QString, sense);
        const LookupResult r = m_glossary->lookup(word, QStringLiteral("en"));
        QVERIFY2(!r.entries.isEmpty(), qPrintable(word));
        QVERIFY2(r.entries.first().senses.contains(sense), qPrintable(r.entries.first().senses.join(u'|')));
    }

    // FreeDict's articles for one English word are apart by part of speech: the card shows first the one the
    // word's reading calls for (backed, backing: the verb's), else the one WordNet's corpus uses more (back: the
    // noun and adverb's "arka, sırt, geri", a verb 23 times against 266; increase: the verb's).
    void englishHomographs_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("firstSense");
        QTest::addColumn<QString>("pos");
        QTest::newRow("back") << "back"
                              << "arka"
                              << "";
        QTest::newRow("backed") << "backed"
                                << "bir şeye destek olmak"
                                << "verb";
        QTest::newRow("backing") << "backing"
                                 << "bir şeye destek olmak"
                                 << "verb";
        QTest::newRow("light") << "light"
                               << "hafif"
                               << "";
        QTest::newRow("lighter") << "lighter"
                                 << "hafif"
                                 << "";
    }
    void englishHomographs()
    {
        QFETCH(QString, word);
        QFETCH(QString, firstSense);
        QFETCH(QString, pos);
        QList<Entry> freedict;
        for (const Entry &e : m_glossary->lookup(word, QStringLiteral("en")).entries) {
            if (e.source == QLatin1String("FreeDict eng-tur")) {
                freedict << e;
            }
        }
        QVERIFY(freedict.size() >= 2);
        QCOMPARE(freedict.first().senses.first(), firstSense);
        QCOMPARE(freedict.first().pos, pos);
        QVERIFY(freedict.first().pos != freedict.at(1).pos); // apart, not merged
    }

    // The curated glossary's articles for one English word stay apart by part of speech (they had been merged under
    // the first one's): for a form, the one its reading calls for (used: the verb; rights, no adjective's form: the
    // noun, hak, not doğru); for the word itself, the one WordNet's corpus uses more (work: the verb 261 times, the
    // noun 212; influence: the noun 49 times, the verb 28).
    void curatedHomographs_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("headword");
        QTest::addColumn<QString>("pos");
        QTest::addColumn<QString>("firstSense");
        QTest::newRow("used") << "used"
                              << "use"
                              << "verb"
                              << "kullanmak";
        QTest::newRow("rights") << "rights"
                                << "right"
                                << "noun"
                                << "hak";
        QTest::newRow("officials") << "officials"
                                   << "official"
                                   << "noun"
                                   << "yetkili";
        QTest::newRow("work") << "work"
                              << "work"
                              << "verb"
                              << "çalışmak";
        QTest::newRow("influence") << "influence"
                                   << "influence"
                                   << "noun"
                                   << "etki";
        // right: a noun 82 times, an adjective 69.
        QTest::newRow("right, the word itself") << "right"
                                                << "right"
                                                << "noun"
                                                << "hak";
    }
    void curatedHomographs()
    {
        QFETCH(QString, word);
        QFETCH(QString, headword);
        QFETCH(QString, pos);
        QFETCH(QString, firstSense);
        QList<Entry> curated;
        for (const Entry &e : m_glossary->lookup(word, QStringLiteral("en")).entries) {
            if (e.source == QLatin1String(kCuratedSource) && e.headword == headword) {
                curated << e;
            }
        }
        QVERIFY(curated.size() >= 2);
        QCOMPARE(curated.first().pos, pos);
        QCOMPARE(curated.first().senses.first(), firstSense);
        QVERIFY(curated.first().pos != curated.at(1).pos); // apart, not merged
        QVERIFY(!curated.at(1).senses.contains(firstSense));
    }

    // Of one part of speech's articles, the card leads with the one FreeDict tur-eng translates back to the word
    // first (bank: banka, not yığın "heap"; page: sayfa, not the page boy), else the longer one, and an
    // abbreviation spelt out in English comes last (my: "million years").
    void articlesByTheReverseDictionary_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("firstSense");
        QTest::newRow("bank") << "bank"
                              << "banka";
        QTest::newRow("page") << "page"
                              << "sayfa";
        QTest::newRow("ash") << "ash"
                             << "kül";
        QTest::newRow("all") << "all"
                             << "bütün";
        QTest::newRow("my, not the abbreviation") << "my"
                                                  << "benim";
        QTest::newRow("pa") << "pa"
                            << "baba";
    }
    void articlesByTheReverseDictionary()
    {
        QFETCH(QString, word);
        QFETCH(QString, firstSense);
        const QList<Entry> entries = m_glossary->lookup(word, QStringLiteral("en")).entries;
        const auto freedict = std::find_if(entries.cbegin(), entries.cend(), [](const Entry &e) {
            return e.source == QLatin1String("FreeDict eng-tur");
        });
        QVERIFY(freedict != entries.cend());
        QCOMPARE(freedict->senses.first(), firstSense);
    }
};

QTEST_GUILESS_MAIN(TestEnglishEntries)
#include "tst_englishentries.moc"
