// The labels an eng-tur article writes beside its words (freedictlabels.cpp): its headwords' line, the part of
// speech its first sense's label names, the suffixes written bare and the capital İ the source lost.
#include "glossary/freedict.h"

#include <QSet>
#include <QTest>

using namespace okur::glossary;

class TestFreedictLabels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The headwords an article's first line names, without the homograph numbers and labels the source wrote
    // beside them: "easy (1)" had been the headword, so easy, ear, earth, echo and ease had no entry at all.
    void articleHeadwords_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("heads");
        QTest::newRow("one") << "love /lˈʌv/" << QStringList{"love"};
        QTest::newRow("homograph number") << "easy (1) /ˈiːzi wˈɒn/" << QStringList{"easy"};
        QTest::newRow("homograph number, glued") << "ear(2) /ˈiə tˈuː/" << QStringList{"ear"};
        QTest::newRow("variants") << "baddie, baddy /bˈadi bˈadi/" << QStringList{"baddie", "baddy"};
        QTest::newRow("British spelling") << "harbor, (ing.) harbour /h/" << QStringList{"harbor", "harbour"};
        QTest::newRow("British spelling, bare label") << "meter , ing metre /m/" << QStringList{"meter", "metre"};
        QTest::newRow("Latin-1 label") << "jail, (ýng.) gaol /d/" << QStringList{"jail", "gaol"};
        QTest::newRow("archaic") << "while , (eski) whiles /w/" << QStringList{"while", "whiles"};
        QTest::newRow("genders") << "fiance, (eril), fiancee (diþil) /f/" << QStringList{"fiance", "fiancee"};
        QTest::newRow("an ending only") << "neighbor , ing -bour /n/" << QStringList{"neighbor"};
        QTest::newRow("a labelled ending") << "realize, (ýng.) ise /r/" << QStringList{"realize"};
        QTest::newRow("an ending after a space") << "pharmaceutic ,- ical /f/" << QStringList{"pharmaceutic"};
        QTest::newRow("an ending without a hyphen") << "palmate , mated /p/" << QStringList{"palmate"};
        QTest::newRow("an ending of two letters") << "diacritic, ical /d/" << QStringList{"diacritic"};
        QTest::newRow("a label glued to the variant")
            << "belabor, ingbelabour /b/" << QStringList{"belabor", "belabour"};
        QTest::newRow("a phrase variant") << "kino , kino gum /k/" << QStringList{"kino", "kino gum"};
        QTest::newRow("an inverted name") << "aden, gulf of /a/" << QStringList{"aden, gulf of"};
        QTest::newRow("nothing") << " /x/" << QStringList{};
        // "(ask.)" is the military label the source wrote for the letters a-s-k, the headword too.
        QTest::newRow("a label for the word") << "(ask.) /ˈask/" << QStringList{"ask"};
        QTest::newRow("a label the index does not name") << "(zool.) /z/" << QStringList{"(zool.)"};
    }
    void articleHeadwords()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, heads);
        QCOMPARE(okur::glossary::articleHeadwords(line, QStringLiteral("ask")), heads);
    }

    // FreeDict writes a suffix as it would a word ("of: nin, li"); a word list tells one from the other.
    void bareSuffixesAreMarked()
    {
        using okur::glossary::markedSuffix;
        // Stands for tr_TR: the words made from the hosts, and words of their own.
        static const QSet<QString> turkish{"kedinin", "evli", "okuldan", "gelmek", "görürdün", "evline", "su", "in"};
        static const QSet<QString> english{"line"};
        const auto tr = [](const QString &w) { return turkish.contains(w); };
        const auto en = [](const QString &w) { return english.contains(w); };
        QCOMPARE(markedSuffix(QStringLiteral("nin"), tr, en), QStringLiteral("-nin"));
        QCOMPARE(markedSuffix(QStringLiteral("li"), tr, en), QStringLiteral("-li"));
        QCOMPARE(markedSuffix(QStringLiteral("dan"), tr, en), QStringLiteral("-dan"));
        QCOMPARE(markedSuffix(QStringLiteral("mek"), tr, en), QStringLiteral("-mek"));
        // A word of its own (water; a burrow), a longer run (Jordan in lower case; ev-li-n-e), an English word.
        QCOMPARE(markedSuffix(QStringLiteral("su"), tr, en), QStringLiteral("su"));
        QCOMPARE(markedSuffix(QStringLiteral("in"), tr, en), QStringLiteral("in"));
        QCOMPARE(markedSuffix(QStringLiteral("ürdün"), tr, en), QStringLiteral("ürdün"));
        QCOMPARE(markedSuffix(QStringLiteral("line"), tr, en), QStringLiteral("line"));
        // Nothing after any host: no suffix (a stray letter pair), and none marked twice.
        QCOMPARE(markedSuffix(QStringLiteral("qx"), tr, en), QStringLiteral("qx"));
        QCOMPARE(markedSuffix(QStringLiteral("-nin"), tr, en), QStringLiteral("-nin"));
    }

    // The source lost the capital İ ("ingiliz anahtarı" for spanner); a word list that spells a word only with it
    // gives it back, and leaves a word it spells in lower case as it is.
    void capitalIGivenBack()
    {
        using okur::glossary::restoredCapitalI;
        static const QSet<QString> turkish{"İngiliz", "anahtarı", "İran'a", "ait", "ilgili", "ipek", "İpek"};
        const auto tr = [](const QString &w) { return turkish.contains(w); };
        QCOMPARE(restoredCapitalI(QStringLiteral("ingiliz anahtarı"), tr), QStringLiteral("İngiliz anahtarı"));
        QCOMPARE(restoredCapitalI(QStringLiteral("iran'a ait"), tr), QStringLiteral("İran'a ait"));
        QCOMPARE(restoredCapitalI(QStringLiteral("ilgili"), tr), QStringLiteral("ilgili"));
        QCOMPARE(restoredCapitalI(QStringLiteral("ipek"), tr), QStringLiteral("ipek"));   // silk, and a name
        QCOMPARE(restoredCapitalI(QStringLiteral("iskoç"), tr), QStringLiteral("iskoç")); // unknown either way
    }

    void labelledPartsOfSpeech()
    {
        using okur::glossary::labelledPartOfSpeech;
        QCOMPARE(labelledPartOfSpeech(QStringLiteral("while /w/\n1. (bağlaç) -iken, süresince\n")),
                 QStringLiteral("conjunction"));
        QCOMPARE(labelledPartOfSpeech(QStringLiteral("of /o/\n1. (edat) nin, li\n")), QStringLiteral("preposition"));
        QCOMPARE(labelledPartOfSpeech(QStringLiteral("who /h/\n1. (zam.) (kim.) kim\n")), QStringLiteral("pronoun"));
        QCOMPARE(labelledPartOfSpeech(QStringLiteral("ave /a/\n1. (ünlem) selâm\n")), QStringLiteral("interjection"));
        // Only the first sense's label says it; a field's label says nothing.
        QCOMPARE(labelledPartOfSpeech(QStringLiteral("x /x/\n1. vakit\n2. (bağlaç) -iken\n")), QString());
        QCOMPARE(labelledPartOfSpeech(QStringLiteral("cat /c/\n1. (zool.) kedi\n")), QString());
    }
};

QTEST_GUILESS_MAIN(TestFreedictLabels)
#include "tst_freedictlabels.moc"
