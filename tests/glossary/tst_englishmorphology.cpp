// The English analyser's pure parts (glossary/englishmorphology.cpp, englishrank, englishforms): ranking by
// use, comparison and American spellings, on invented words and corpora whose answers are known.
#include "glossary/englishforms.h"
#include "glossary/englishrank.h"
#include "glossary/englishspelling.h"
#include "glossary/morphology.h"

#include <QTest>
#include <algorithm>

using namespace okur::glossary;

class TestEnglishMorphology : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Ranking by use, on an invented tagged corpus (cntlist.rev lines) and an
    // invented lexicon where "zorp" and the word itself are known, the word whole ranked first.
    void englishUsageRanking_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QByteArray>("cntlist");
        QTest::addColumn<bool>("listedWhole");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QByteArray>("words"); // the treebank's tags of the word (words.yml lines)
        // An -ing noun used more than half as often as its verb is its own lemma.
        QTest::newRow("-ing noun") << "zorping" << QByteArray("zorping%1:04:00:: 1 30\nzorp%2:33:00:: 1 40\n") << true
                                   << "zorping" << QByteArray();
        // ...used less, it is the verb's form.
        QTest::newRow("-ing verb") << "zorping" << QByteArray("zorping%1:04:00:: 1 10\nzorp%2:33:00:: 1 40\n") << true
                                   << "zorp" << QByteArray();
        // An adjective in -ed (class 5: a satellite adjective) counts as the word's own use.
        QTest::newRow("-ed adjective") << "zorped" << QByteArray("zorped%5:00:00:x:00 1 25\nzorp%2:33:00:: 1 30\n")
                                       << true << "zorped" << QByteArray();
        // A plural noun of its own (troops) against its singular's uses as noun or verb.
        QTest::newRow("plural noun") << "zorps" << QByteArray("zorps%1:14:00:: 1 27\nzorp%1:14:00:: 1 10\n") << true
                                     << "zorps" << QByteArray();
        // An -ed form is the verb's, not an adjective's: only verb uses of the base count.
        QTest::newRow("adjective base") << "zorped" << QByteArray("zorped%5:00:00:x:00 1 3\nzorp%3:00:00:: 1 90\n")
                                        << true << "zorped" << QByteArray();
        // Senses of one class add up.
        QTest::newRow("senses add") << "zorping"
                                    << QByteArray(
                                           "zorping%1:04:00:: 1 12\nzorping%1:04:01:: 2 12\nzorp%2:33:00:: 1 40\n")
                                    << true << "zorping" << QByteArray();
        // Never used: a word the word list accepts only as an inflection is its base's form...
        QTest::newRow("unused inflection") << "zorped" << QByteArray() << false << "zorp" << QByteArray();
        // ...and one it lists whole stays itself.
        QTest::newRow("unused listed") << "zorped" << QByteArray() << true << "zorped" << QByteArray();
        // The treebank's tags of the form itself add to WordNet's counts: a noun far more often than a verb's form...
        QTest::newRow("treebank noun") << "zorping" << QByteArray("zorping%1:04:00:: 1 10\nzorp%2:33:00:: 1 40\n")
                                       << true << "zorping" << QByteArray("zorping: { nn: 40, vbg: 10 }\n");
        // ...a verb's form far more often than a noun...
        QTest::newRow("treebank verb") << "zorping" << QByteArray("zorping%1:04:00:: 1 30\nzorp%2:33:00:: 1 40\n")
                                       << true << "zorp" << QByteArray("zorping: { nn: 2, vbg: 60 }\n");
        // ...and a plural noun counts for neither: a plurale tantum (troops) is its own lemma.
        QTest::newRow("treebank plural") << "zorps" << QByteArray("zorps%1:14:00:: 1 27\nzorp%1:14:00:: 1 10\n") << true
                                         << "zorps" << QByteArray("zorps: { nns: 200 }\n");
    }
    void englishUsageRanking()
    {
        QFETCH(QString, word);
        QFETCH(QByteArray, cntlist);
        QFETCH(bool, listedWhole);
        QFETCH(QString, first);
        QFETCH(QByteArray, words);
        const LemmaCheck known = [&](const QString &l) { return l == QLatin1String("zorp") || l == word ? 40 : 0; };
        QList<Analysis> a = analyzeEnglish(word, known);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a.first().lemma, word); // the order the rules give, before ranking by use
        const int bestScore = a.first().score;
        const StemWeights usage = okur::glossary::english::usageTable(cntlist);
        const StemWeights tags = okur::glossary::english::tagTable(words);
        okur::glossary::english::rankByUsage(
            &a, word, [&](const QString &l) { return usage.value(l.toUtf8()); }, listedWhole,
            tags.value(word.toUtf8()));
        QCOMPARE(a.first().lemma, first);
        QCOMPARE(a.first().score, bestScore);
    }

    // A comparative needs a base the word list lets compare (R or T), or one it does not list at all.
    void englishComparison_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QByteArray>("baseFlags"); // "-" for a base the word list does not list
        QTest::addColumn<bool>("comparative");
        QTest::newRow("no comparison") << "zorper" << QByteArray("SGD") << false;
        QTest::newRow("-er flag") << "zorper" << QByteArray("RS") << true;
        QTest::newRow("-est flag only") << "zorper" << QByteArray("TS") << true;
        QTest::newRow("unlisted base") << "zorper" << QByteArray("-") << true;
        QTest::newRow("superlative, no comparison") << "zorpest" << QByteArray("SGD") << false;
    }
    void englishComparison()
    {
        QFETCH(QString, word);
        QFETCH(QByteArray, baseFlags);
        QFETCH(bool, comparative);
        const LemmaCheck known = [](const QString &l) { return l == QLatin1String("zorp") ? 20 : 0; };
        const AffixFlags flags = [&](const QString &w) {
            return w == QLatin1String("zorp") && baseFlags != "-" ? baseFlags : QByteArray();
        };
        const QList<Analysis> a = analyzeEnglish(word, known, nullptr, flags);
        const bool found =
            std::any_of(a.cbegin(), a.cend(), [](const Analysis &r) { return r.lemma == QLatin1String("zorp"); });
        QCOMPARE(found, comparative);
    }

    // A y the ending replaced is the base's vowel: zries is zry + -es (fries, skies: fry, sky)...
    void englishBaseVowel()
    {
        const LemmaCheck known = [](const QString &l) {
            return l == QLatin1String("zry") || l == QLatin1String("zre") ? 20 : 0;
        };
        const QList<Analysis> plural = analyzeEnglish(QStringLiteral("zries"), known);
        QVERIFY(!plural.isEmpty());
        QCOMPARE(plural.first().lemma, QStringLiteral("zry"));
        QCOMPARE(plural.first().segments.last().tag, QStringLiteral("PL/3SG"));
        // ...while a base left with no vowel is none: zring is no zr(e) + -ing, as thing is no the + -ing.
        const QList<Analysis> ing = analyzeEnglish(QStringLiteral("zring"), known);
        QVERIFY(
            std::none_of(ing.cbegin(), ing.cend(), [](const Analysis &a) { return a.lemma == QLatin1String("zre"); }));
    }

    void americanSpellings_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QStringList>("american"); // last place first
        QTest::addColumn<QString>("lemma");        // an American lemma of the first respelling
        QTest::addColumn<QString>("british");      // that lemma turned back
        QTest::newRow("-ised") << "realised" << QStringList{"realized"} << "realize"
                               << "realise";
        QTest::newRow("-isation") << "organisation" << QStringList{"organization"} << "organization"
                                  << "organisation";
        QTest::newRow("-our") << "colours" << QStringList{"colors"} << "color"
                              << "colour";
        QTest::newRow("two places") << "colourised" << QStringList{"colorised", "colourized"} << "colorise"
                                    << "colourise";
        QTest::newRow("doubled l") << "travellers" << QStringList{"travelers"} << "traveler"
                                   << "traveller";
        QTest::newRow("doubled l, base") << "travelling" << QStringList{"traveling"} << "travel"
                                         << "travel";
        QTest::newRow("ll not before an ending") << "smallest" << QStringList{} << ""
                                                 << "";
        QTest::newRow("none") << "island" << QStringList{} << ""
                              << "";
        QTest::newRow("our at the start") << "ours" << QStringList{} << ""
                                          << "";
    }
    void americanSpellings()
    {
        QFETCH(QString, word);
        QFETCH(QStringList, american);
        QFETCH(QString, lemma);
        QFETCH(QString, british);
        const QList<okur::glossary::english::Respelling> r = okur::glossary::english::americanSpellings(word);
        QStringList got;
        for (const auto &x : r)
            got << x.american;
        QCOMPARE(got, american);
        if (!r.isEmpty())
            QCOMPARE(r.first().british(lemma), british);
    }

    // UD's lemmas of split-off clitics, and what counts as a word in capitals.
    void englishClitics()
    {
        using okur::glossary::english::allCapitals;
        QCOMPARE(okur::glossary::english::contractionLemmas(QStringLiteral("'LL")),
                 QStringList{QStringLiteral("will")});
        QVERIFY(okur::glossary::english::contractionLemmas(QStringLiteral("s")).isEmpty());
        QVERIFY(allCapitals(QStringLiteral("U.S")));
        QVERIFY(allCapitals(QStringLiteral("DUI")));
        QVERIFY(!allCapitals(QStringLiteral("Us")));
        QVERIFY(!allCapitals(QStringLiteral("A.")));
    }

    // Where a sentence shows an -ing or past form is a verb's: after be or have, before its object.
    void verbContext_data()
    {
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("next");
        QTest::addColumn<bool>("verb");
        QTest::newRow("after have") << "has"
                                    << "its" << true;
        QTest::newRow("after be") << "Is"
                                  << "now" << true;
        QTest::newRow("after a possessive") << "Baku’s"
                                            << "stands" << false;
        QTest::newRow("before a determiner") << "in"
                                             << "a" << true;
        QTest::newRow("before an object pronoun") << "and"
                                                  << "them" << true;
        QTest::newRow("noun phrase") << "the"
                                     << "stands" << false;
        QTest::newRow("before a relative") << "the"
                                           << "that" << false;
        QTest::newRow("sentence edges") << ""
                                        << "" << false;
    }
    void verbContext()
    {
        QFETCH(QString, previous);
        QFETCH(QString, next);
        QFETCH(bool, verb);
        QCOMPARE(okur::glossary::english::verbContext(previous, next), verb);
    }

    void droppedG()
    {
        using okur::glossary::english::droppedG;
        QCOMPARE(droppedG(QStringLiteral("goin")), QStringLiteral("going"));
        QCOMPARE(droppedG(QStringLiteral("doin’")), QStringLiteral("doing"));
        QVERIFY(droppedG(QStringLiteral("kin")).isEmpty()); // too short to be an -ing form
        QVERIFY(droppedG(QStringLiteral("going")).isEmpty());
    }

    // The candidates in a fixed order: adverbTable stores the place of WordNet's adjective among them.
    void adverbBases_data()
    {
        QTest::addColumn<QString>("adverb");
        QTest::addColumn<QStringList>("bases");
        QTest::newRow("recently") << "recently" << QStringList{"recent", "recente", "recentle", "recentl"};
        QTest::newRow("happily") << "happily" << QStringList{"happi", "happy", "happie", "happile", "happil"};
        QTest::newRow("basically") << "basically"
                                   << QStringList{"basical", "basic", "basicale", "basicalle", "basicall"};
        QTest::newRow("probably") << "probably" << QStringList{"probab", "probabe", "probable", "probabl"};
        QTest::newRow("fully") << "fully" << QStringList{"ful", "fule", "fulle", "full"};
        QTest::newRow("no adverb") << "quick" << QStringList{};
        QTest::newRow("too short") << "fly" << QStringList{};
    }
    void adverbBases()
    {
        QFETCH(QString, adverb);
        QFETCH(QStringList, bases);
        QCOMPARE(okur::glossary::english::adverbBases(adverb), bases);
    }

    // WordNet's pertainym pointer, word to word: "recently 0 late 3 ... \ 00000010 a 0102" makes word 1 of the
    // adverb synset (recently) from word 2 of the adjective synset (recent); hardly, word 1 of a synset whose
    // pointer is word 2's (scarcely → scarce), is made from nothing.
    void adverbsFromAdjectives()
    {
        const QByteArray adj("  1 This software and database is being provided\n"
                             "00000010 00 a 02 late 0 recent(a) 0 000 | new\n"
                             "00000020 00 a 01 scarce 0 000 | few\n"
                             "00000030 00 a 01 happy 0 000 | glad\n");
        const QByteArray adv("  1 licence line\n"
                             "00000100 02 r 02 recently 0 lately 0 001 \\ 00000010 a 0102 | lately\n"
                             "00000200 02 r 02 hardly 2 scarcely 2 001 \\ 00000020 a 0201 | almost not\n"
                             "00000300 02 r 01 happily 0 001 \\ 00000030 a 0101 | gladly\n"
                             "00000400 02 r 01 lately 0 001 \\ 00000010 a 0101 | of late\n");
        const StemWeights t = okur::glossary::english::adverbTable(adv, adj);
        const auto base = [&](const char *adverb) {
            const int place = t.value(adverb);
            return place > 0 ? okur::glossary::english::adverbBases(QString::fromLatin1(adverb)).value(place - 1)
                             : QString();
        };
        QCOMPARE(base("recently"), QStringLiteral("recent"));
        QCOMPARE(base("happily"), QStringLiteral("happy"));
        QCOMPARE(base("scarcely"), QStringLiteral("scarce"));
        QCOMPARE(base("hardly"), QString());
        QCOMPARE(base("lately"), QStringLiteral("late"));
    }

    void englishUsageCounts()
    {
        // Quantized logarithms: 8 steps a doubling, each class apart.
        const StemWeights t = okur::glossary::english::usageTable(
            "zorp%1:04:00:: 1 3\nzorp%2:33:00:: 1 255\nzorp%4:02:00:: 1 0\nbad line\n");
        const int v = t.value("zorp");
        using okur::glossary::english::WordClass;
        QCOMPARE(okur::glossary::english::usage(v, WordClass::Noun), 16); // 8 * log2(4)
        QCOMPARE(okur::glossary::english::usage(v, WordClass::Verb), 64); // 8 * log2(256)
        QCOMPARE(okur::glossary::english::usage(v, WordClass::Adverb), 0);
        QCOMPARE(t.value("bad line"), -1);
        QCOMPARE(okur::glossary::english::logCount(1e12), 127); // capped at 7 bits
    }

    void englishTagCounts()
    {
        using okur::glossary::english::FormTag;
        using okur::glossary::english::tagged;
        const QByteArray yml("--- #YAML:1.0\n"
                             "zorping: { nn: 3, jj: 12, vbg: 255, nnp: 0 }\n"
                             "zorpier: { jjr: 1, rbr: 2 }\n"
                             "zorps: { nns: 40 }\n"
                             "Zorp: { nnp: 9 }\n"
                             "\"z'orp\": { nn: 9 }\n"
                             "bad line\n");
        // The lines as read: every unquoted form with its tags (the tool's verb counts read them too).
        QStringList read;
        okur::glossary::english::forEachTaggedForm(
            yml, [&](const QByteArray &form, const QList<std::pair<QByteArray, qint64>> &tags) {
                for (const auto &[tag, count] : tags)
                    read << QString::fromUtf8(form + ' ' + tag + ' ' + QByteArray::number(count));
            });
        QCOMPARE(read, (QStringList{"zorping nn 3", "zorping jj 12", "zorping vbg 255", "zorping nnp 0", "zorpier jjr 1",
                                    "zorpier rbr 2", "zorps nns 40", "Zorp nnp 9"}));
        const StemWeights t = okur::glossary::english::tagTable(yml);
        // Quantized logarithms as usageTable's: nouns, adjectives and adverbs are the form itself.
        QCOMPARE(tagged(t.value("zorping"), FormTag::Itself), 32); // 8 * log2(1 + 15)
        QCOMPARE(tagged(t.value("zorping"), FormTag::Inflected), 64);
        QCOMPARE(tagged(t.value("zorping"), FormTag::Graded), 0);
        QCOMPARE(tagged(t.value("zorpier"), FormTag::Graded), 16); // 8 * log2(1 + 3)
        QCOMPARE(t.value("zorps"), -1);                            // a plural counts for nothing: no entry
        QCOMPARE(t.value("Zorp"), -1);                             // capitalised: a name or a sentence's first word
        QCOMPARE(t.value("z'orp"), -1);
        QCOMPARE(t.value("bad line"), -1);
        QCOMPARE(tagged(-1, FormTag::Itself), 0);
    }

    // One slip of the keys inside a word: swaps first, then a letter left out, a stray one, a wrong one.
    void singleEdits()
    {
        using okur::glossary::english::singleEdits;
        const QStringList e = singleEdits(QStringLiteral("peopel"));
        QCOMPARE(e.first(), QStringLiteral("epopel")); // the first swap
        QVERIFY(e.contains(QStringLiteral("people"))); // a swap
        QVERIFY(e.indexOf(QStringLiteral("people")) < e.indexOf(QStringLiteral("peopl")));
        QVERIFY(singleEdits(QStringLiteral("accomodate")).contains(QStringLiteral("accommodate"))); // left out
        QVERIFY(singleEdits(QStringLiteral("appologies")).contains(QStringLiteral("apologies")));   // stray
        QVERIFY(singleEdits(QStringLiteral("preety")).contains(QStringLiteral("pretty")));          // wrong
        QCOMPARE(QSet<QString>(e.cbegin(), e.cend()).size(), e.size());                             // each once
        QVERIFY(!e.contains(QStringLiteral("peopel")));
        // The first and last letters stay: florida is no florid + a, iphone no i + phone, yuppy no puppy.
        QVERIFY(!singleEdits(QStringLiteral("florida")).contains(QStringLiteral("florid")));
        QVERIFY(!singleEdits(QStringLiteral("iphone")).contains(QStringLiteral("phone")));
        QVERIFY(!singleEdits(QStringLiteral("yuppy")).contains(QStringLiteral("puppy")));
        // A four-letter word only by a swap (wrok: work; wifi is no wife).
        QCOMPARE(singleEdits(QStringLiteral("wrok")), (QStringList{"rwok", "work", "wrko"}));
        // Too short, or not a plain lower-case word: none.
        QVERIFY(singleEdits(QStringLiteral("hte")).isEmpty());
        QVERIFY(singleEdits(QStringLiteral("Peopel")).isEmpty());
        QVERIFY(singleEdits(QStringLiteral("ha[[y")).isEmpty());
        QVERIFY(singleEdits(QString(33, u'a')).isEmpty());
    }

    // The most common known word among them; none when no edit is known.
    void likeliestSlip()
    {
        using okur::glossary::english::likeliestSlip;
        const QHash<QString, double> counts{
            {QStringLiteral("people"), 900}, {QStringLiteral("peopl"), 0}, {QStringLiteral("pepel"), 3}};
        const auto commonness = [&](const QString &w) { return counts.value(w); };
        QCOMPARE(likeliestSlip(QStringLiteral("peopel"), commonness), QStringLiteral("people"));
        QCOMPARE(likeliestSlip(QStringLiteral("zzzzzz"), commonness), QString());
        // A four-letter word by a swap only (wifi is no wife); a tie goes to the earlier edit.
        QCOMPARE(likeliestSlip(QStringLiteral("wifi"), [](const QString &w) { return w == QLatin1String("wife"); }),
                 QString());
        QCOMPARE(likeliestSlip(QStringLiteral("fomrs"),
                               [](const QString &w) {
                                   return w == QLatin1String("forms") || w == QLatin1String("foams") ? 1.0 : 0.0;
                               }),
                 QStringLiteral("forms"));
    }
};

QTEST_GUILESS_MAIN(TestEnglishMorphology)
#include "tst_englishmorphology.moc"
