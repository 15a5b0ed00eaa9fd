// The English side of the glossary: irregular forms, clitics and capitals, slips, and the phrases a card offers
// (the phrase around a tapped word in either language, a compound joined by hyphens), on the bundled dictionaries.
// The card's English entries are tst_englishentries.cpp's.
#include "bundledglossary.h"
#include "glossary/glossary.h"
#include "text/lexicon.h"

#include <QStandardPaths>
#include <QTest>

using namespace okur::glossary;

class TestEnglishLookup : public QObject {
    Q_OBJECT
    std::unique_ptr<Glossary> m_glossary;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_glossary = testing::bundledGlossary(&error);
        QVERIFY2(m_glossary, qPrintable(error));
    }

    void englishIrregular_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("lemma");
        QTest::newRow("gave") << "gave"
                              << "give";
        QTest::newRow("was") << "was"
                             << "be";
        QTest::newRow("had") << "had"
                             << "have";
        QTest::newRow("wrung") << "wrung"
                               << "wring";
        QTest::newRow("best") << "best"
                              << "good";
        QTest::newRow("children") << "children"
                                  << "child";
    }
    void englishIrregular()
    {
        QFETCH(QString, word);
        QFETCH(QString, lemma);
        const QList<Analysis> a = m_glossary->analyze(word, QStringLiteral("en"));
        QVERIFY(!a.isEmpty());
        QCOMPARE(a.first().lemma, lemma);
    }

    // UD's lemmas for clitics, and words in capitals, on the bundled word lists.
    void englishCliticsAndCapitals_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QStringList>("lemmas"); // the first analyses, in order
        QTest::newRow("'s") << "'s" << QStringList{"be", "have"};
        QTest::newRow("curly 're") << "’re" << QStringList{"be"};
        QTest::newRow("n't") << "n't" << QStringList{"not"};
        QTest::newRow("'D") << "'D" << QStringList{"would", "have"};
        // A word in capitals is the word its lower case is (a heading's IN, AIDS the plural of aid)...
        QTest::newRow("heading word") << "IN" << QStringList{"in"};
        QTest::newRow("capitals, known lower case") << "AIDS" << QStringList{"aid"};
        // ...or its title case, a name's (AZERBAIJAN'S is Azerbaijan's; JAMES is James, not jam + -s)...
        QTest::newRow("name in capitals") << "JAMES" << QStringList{"James"};
        QTest::newRow("possessive in capitals") << "AZERBAIJAN'S" << QStringList{"azerbaijan"};
        // ...and only one whose lower and title case no word list knows is an acronym, its own lemma.
        QTest::newRow("acronym") << "DUI" << QStringList{"DUI"};
        QTest::newRow("unknown acronym") << "CES" << QStringList{"CES"};
        // A plural in capitals is still a plural...
        QTest::newRow("plural in capitals") << "CARS" << QStringList{"car"};
        // ...and so is the plural of an acronym en_US lists (ATMs).
        QTest::newRow("acronym plural") << "ATMS" << QStringList{"atm"};
        // Speech's dropped g is a verb's -ing, then the word itself; British doubles a final l before an ending.
        QTest::newRow("dropped g") << "goin" << QStringList{"go", "goin"};
        QTest::newRow("British doubled l") << "travelling" << QStringList{"travel"};
        QTest::newRow("y base") << "skies" << QStringList{"sky"};
        // Quotation marks a tokenizer left on a word are not the word's; an apostrophe closing one is (goin').
        QTest::newRow("quoted") << "\"walked\"" << QStringList{"walk"};
        QTest::newRow("curly quotes") << "“skies”" << QStringList{"sky"};
        QTest::newRow("closing apostrophe") << "goin'" << QStringList{"go"};
        QTest::newRow("only quotes") << "\"\"" << QStringList{"\"\""};
        // A plural's possessive is the plural's; an acronym no list knows keeps its plural and possessive ending
        // apart (FMs, ASCII's); a hyphenated word no list knows inflects as its last part (mis-match + -es).
        QTest::newRow("plural possessive") << "students'" << QStringList{"student"};
        QTest::newRow("plural possessive, -ies") << "countries'" << QStringList{"country"};
        QTest::newRow("acronym's plural") << "FMs" << QStringList{"FM"};
        QTest::newRow("acronym's possessive") << "ASCII’s" << QStringList{"ASCII"};
        QTest::newRow("hyphenated, -es") << "mis-matches" << QStringList{"mis-match"};
        QTest::newRow("hyphenated, -ed") << "re-elected" << QStringList{"re-elect"};
        QTest::newRow("hyphenated, known whole") << "x-rays" << QStringList{"x-ray"};
        // A sentence's capital on the first part goes; a name's on a later part stays.
        QTest::newRow("hyphenated, sentence's capital") << "Re-elected" << QStringList{"re-elect"};
        QTest::newRow("hyphenated name") << "Jean-Pierre" << QStringList{"Jean-Pierre"};
        QTest::newRow("hyphenated, name last") << "non-Microsoft" << QStringList{"non-Microsoft"};
        // A name's plural is the name's (en_US: Iraqi/MS); a name in lower case, as mail writes it, is the name
        // before any slip (alien, windy) or dropped g (darin is not daring).
        QTest::newRow("name's plural") << "Iraqis" << QStringList{"Iraqi"};
        // Not a name WordNet lists as written: Hamas is no plural of Hama (en_US: Hama/SM), Adams none of Adam.
        QTest::newRow("name in -s") << "Hamas" << QStringList{"Hamas"};
        QTest::newRow("name in -s, listed") << "Adams" << QStringList{"Adams"};
        QTest::newRow("name in lower case") << "allen" << QStringList{"Allen"};
        QTest::newRow("name in lower case, -in") << "darin" << QStringList{"Darin"};
        QTest::newRow("name in lower case, -s") << "lourdes" << QStringList{"Lourdes"};
        // A modal is its own lemma (UD's, and the card's): might is not may's past.
        QTest::newRow("modal") << "might" << QStringList{"might"};
        QTest::newRow("modal, could") << "could" << QStringList{"could"};
    }
    // 's after a pronoun or a wh-word is is or has (what's, it's, there's), let's is let us; after a noun or a
    // name it is the possessive (Baku's).
    void contractedIsOrHas_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("lemma");
        QTest::addColumn<QString>("tag");
        QTest::newRow("what's") << "What's"
                                << "what"
                                << "BE/HAVE";
        QTest::newRow("it's") << "it's"
                              << "it"
                              << "BE/HAVE";
        QTest::newRow("there's") << "there's"
                                 << "there"
                                 << "BE/HAVE";
        QTest::newRow("let's") << "let's"
                               << "let"
                               << "US";
        QTest::newRow("Baku's") << "Baku's"
                                << "baku"
                                << "POSS";
        QTest::newRow("country's") << "country's"
                                   << "country"
                                   << "POSS";
    }
    void contractedIsOrHas()
    {
        QFETCH(QString, word);
        QFETCH(QString, lemma);
        QFETCH(QString, tag);
        const QList<Analysis> a = m_glossary->analyze(word, QStringLiteral("en"));
        QVERIFY(!a.isEmpty());
        QCOMPARE(a.first().lemma, lemma);
        QCOMPARE(a.first().segments.last().tag, tag);
    }

    void englishCliticsAndCapitals()
    {
        QFETCH(QString, word);
        QFETCH(QStringList, lemmas);
        const QList<Analysis> a = m_glossary->analyze(word, QStringLiteral("en"));
        QStringList got;
        for (qsizetype i = 0; i < qMin(a.size(), lemmas.size()); ++i)
            got << a[i].lemma;
        QCOMPARE(got, lemmas);
    }

    // A word no list knows, in lower case, is read as the most used word one slip away, marked so, then as
    // itself; a name, a word lists know, or a word with no known neighbour is not respelled.
    void englishSlips_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QStringList>("lemmas"); // the first analyses, in order
        QTest::addColumn<bool>("respelled");
        QTest::newRow("swap") << "peopel" << QStringList{"people", "peopel"} << true;
        QTest::newRow("left out") << "accomodate" << QStringList{"accommodate", "accomodate"} << true;
        QTest::newRow("stray, then irregular") << "undrstood" << QStringList{"understand"} << true;
        // In an inflected word the slip is in its base, which the word list has (apology, not apologies).
        QTest::newRow("inflected, plural") << "appologies" << QStringList{"apology"} << true;
        QTest::newRow("inflected, past") << "recieved" << QStringList{"receive"} << true;
        // An adverb's slip is the adverb, not its misspelling read as a base + -ly (complete + -ly).
        QTest::newRow("adverb") << "completly" << QStringList{"completely"} << true;
        QTest::newRow("known word") << "people" << QStringList{"people"} << false;
        QTest::newRow("capitalised: a name") << "Peopel" << QStringList{"Peopel"} << false;
        QTest::newRow("no neighbour") << "qzxvwj" << QStringList{"qzxvwj"} << false;
    }
    void englishSlips()
    {
        QFETCH(QString, word);
        QFETCH(QStringList, lemmas);
        const QList<Analysis> a = m_glossary->analyze(word, QStringLiteral("en"));
        QStringList got;
        for (const Analysis &r : a)
            got << r.lemma;
        QFETCH(bool, respelled);
        QCOMPARE(got.mid(0, lemmas.size()), lemmas);
        QCOMPARE(a.first().segments.last().tag == QLatin1String("TYPO"), respelled);
        if (respelled) {
            QCOMPARE(a.first().segments.last().form, word);
            QVERIFY(a.first().segments.last().label.startsWith(QStringLiteral("misspelt: ")));
            QCOMPARE(a.last().lemma, word); // the word as written, last
            QCOMPARE(a.last().segments.first().label, QStringLiteral("unknown word"));
        }
    }

    // A tap offers the phrase the dictionary lists around the word, above the word's own reading: as written, with
    // an English plural's lemma, a Turkish verb's and the inflections a Turkish citation form drops; not a verb
    // and a preposition that are no phrase in the sentence, an article and its noun, or a name in lower case.
    void phrasesAroundATap_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("tap");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("lemma"); // the tapped word's own
        QTest::newRow("as written") << "Baku stands at the crossroads of Europe and Asia." << "en" << "crossroads"
                                    << "at the crossroads" << "crossroads";
        QTest::newRow("a plural") << "Trade routes linked the East and the West." << "en" << "routes" << "trade route"
                                  << "route";
        QTest::newRow("a passive and a preposition") << "The summit was held in Baku." << "en" << "held" << ""
                                                     << "hold";
        QTest::newRow("not every word's lemma") << "They are in practicing mode." << "en" << "practicing" << ""
                                                << "practice";
        QTest::newRow("an article and its noun") << "It came with the help of friends." << "en" << "help" << ""
                                                 << "help";
        QTest::newRow("a name in lower case") << "It is in the middle east of the town." << "en" << "east" << ""
                                              << "east";
        QTest::newRow("a Turkish verb") << "Bakü bu alanda öncülük etmiştir." << "tr" << "etmiştir"
                                        << "öncülük etmek" << "etmek";
        QTest::newRow("an accusative a citation form drops") << "Bu program gençlere fırsatı vermektedir." << "tr"
                                                             << "fırsatı" << "fırsat vermek" << "fırsat";
        QTest::newRow("a dative it keeps") << "Ülke zor bir durumla karşıya olduğu için bekledi." << "tr" << "olduğu"
                                           << "" << "olmak";
        // What a review found (the first four in the bundled documents).
        QTest::newRow("the head last") << "Bu yenilikçi bir bakış açısı sunar." << "tr" << "bakış" << "bakış açısı"
                                       << "bakış";
        QTest::newRow("bir and a noun") << "Kültürün ayrılmaz bir parçasıdır." << "tr" << "parçasıdır" << ""
                                        << "parça";
        QTest::newRow("a noun's -ki") << "Bu her zamankinden daha önemli." << "tr" << "zamankinden" << ""
                                      << "zaman";
        QTest::newRow("a noun's copula") << "Kültür bu stratejide ön plandadır." << "tr" << "plandadır" << "ön plan"
                                         << "plan";
        QTest::newRow("a verb and its preposition") << "Teams should work in collaboration." << "en" << "work" << ""
                                                    << "work";
        QTest::newRow("two function words") << "Nothing was suggested in that regard." << "en" << "that" << ""
                                            << "that";
        QTest::newRow("across a comma") << "Where the delegates go, on the other hand, matters." << "en" << "go"
                                        << "" << "go";
    }
    void phrasesAroundATap()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QString, tap);
        QFETCH(QString, phrase);
        QFETCH(QString, lemma);
        const LookupResult r = m_glossary->lookupAt(text, int(text.indexOf(tap)) + 1, language);
        QCOMPARE(r.term, phrase);
        if (!phrase.isEmpty()) // a phrase only the dictionary gives, no term of the field
            QVERIFY(m_glossary->termOf(phrase.split(u' '), language).isEmpty());
        QVERIFY(!r.analyses.isEmpty());
        QCOMPARE(r.analyses.first().lemma, lemma);
        if (!phrase.isEmpty()) {
            QCOMPARE(r.entries.first().headword, phrase);
            QCOMPARE(text.mid(r.start, r.length).split(u' ').size(), phrase.split(u' ').size());
        }
    }

    // A compound of hyphened words is looked up whole where the dictionary lists it; where it does not, the tapped
    // word keeps its own card, a prefix's sense first (post-Soviet: post- "sonra"), and the key terms count neither
    // half (issue 25: post → paylaşım, soviet → meclis).
    void hyphenatedCompounds()
    {
        const QString text = QStringLiteral("A well-known poet of the post-Soviet space.");
        const LookupResult whole = m_glossary->lookupAt(text, int(text.indexOf(QStringLiteral("well"))), QStringLiteral("en"));
        QCOMPARE(text.mid(whole.start, whole.length), QStringLiteral("well-known"));
        QCOMPARE(whole.entries.first().headword, QStringLiteral("well-known"));
        const LookupResult post = m_glossary->lookupAt(text, int(text.indexOf(QStringLiteral("post"))), QStringLiteral("en"));
        QCOMPARE(text.mid(post.start, post.length), QStringLiteral("post"));
        QCOMPARE(post.analyses.first().lemma, QStringLiteral("post"));
        QCOMPARE(post.entries.first().headword, QStringLiteral("post-"));
        QCOMPARE(post.entries.first().senses.first(), QStringLiteral("sonra"));
        const LookupResult soviet = m_glossary->lookupAt(text, int(text.indexOf(QStringLiteral("Soviet"))), QStringLiteral("en"));
        QCOMPARE(soviet.entries.first().headword.toLower(), QStringLiteral("soviet"));
        QStringList terms;
        const QString names = QStringLiteral(" Azerbaijan-Pakistan ties. Azerbaijan-Pakistan relations.");
        int azerbaijan = 0;
        for (const KeyTerm &t : m_glossary->keyTerms({{text + u' ' + text + names, QStringLiteral("en")}}, 20)) {
            terms << t.lemma;
            azerbaijan += t.lemma == QLatin1String("Azerbaijan") ? t.count : 0;
        }
        QVERIFY2(terms.contains(QStringLiteral("well-known")), qPrintable(terms.join(u',')));
        for (const char *half : {"well", "known", "post", "soviet"})
            QVERIFY2(!terms.contains(QLatin1String(half), Qt::CaseInsensitive), qPrintable(terms.join(u',')));
        QCOMPARE(azerbaijan, 2); // a compound no dictionary lists counts its names
    }

    // A phrase FreeDict gives inside an article is an entry of its own, not a sense of the article's word.
    void englishPhrases()
    {
        const LookupResult phrase = m_glossary->lookup(QStringLiteral("come about"), QStringLiteral("en"));
        QVERIFY(!phrase.entries.isEmpty());
        QCOMPARE(phrase.entries.first().headword, QStringLiteral("come about"));
        QVERIFY(phrase.entries.first().senses.contains(QStringLiteral("vaki olmak")));
        // A phrase keeps an everyday English word Turkish has too (of: "ugh"), and a verb's phrase is a Turkish key.
        // Not a possessive or a determiner: her is Turkish "every" after the phrase (in any case her halde).
        const LookupResult anyCase = m_glossary->lookup(QStringLiteral("in any case"), QStringLiteral("en"));
        QVERIFY(!anyCase.entries.isEmpty());
        QCOMPARE(anyCase.entries.first().headword, QStringLiteral("in any case"));
        QVERIFY(anyCase.entries.first().senses.contains(QStringLiteral("her halde")));
        const LookupResult number = m_glossary->lookup(QStringLiteral("a number of"), QStringLiteral("en"));
        QVERIFY(!number.entries.isEmpty());
        QCOMPARE(number.entries.first().senses.first(), QStringLiteral("birtakım"));
        bool kibosh = false;
        for (const Entry &e : m_glossary->lookup(QStringLiteral("alt üst etmek"), QStringLiteral("tr")).entries)
            kibosh = kibosh || e.senses.contains(QStringLiteral("put the kibosh on"));
        QVERIFY(kibosh);
        for (const Entry &e : m_glossary->lookup(QStringLiteral("of alay etmek"), QStringLiteral("tr")).entries)
            QVERIFY2(e.headword != QLatin1String("of alay etmek"), qPrintable(e.senses.join(u',')));
        for (const Entry &e : m_glossary->lookup(QStringLiteral("come"), QStringLiteral("en")).entries) {
            for (const QString &sense : e.senses) {
                QVERIFY2(!sense.contains(QLatin1String("come")), qPrintable(sense));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestEnglishLookup)
#include "tst_englishlookup.moc"
