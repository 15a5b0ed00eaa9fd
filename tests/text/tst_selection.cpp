#include "text/selection.h"
#include "text/words.h"

#include <QTest>

using namespace okur::text;

namespace {

QStringList pieces(const QString &text, const QList<TextSpan> &spans)
{
    QStringList out;
    for (const TextSpan &s : spans) {
        out.append(text.mid(s.start, s.length));
    }
    return out;
}

QList<TextSpan> wordUnits(const QString &text)
{
    QList<TextSpan> out;
    for (const WordSpan &w : words(text)) {
        out.append({w.start, w.length});
    }
    return out;
}

} // namespace

class TestSelection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("three kinds of stop")
            << QStringLiteral("It rained. Did it stop? No!") << "en"
            << QStringList{QStringLiteral("It rained."), QStringLiteral("Did it stop?"), QStringLiteral("No!")};
        QTest::newRow("an abbreviation does not end a sentence")
            << QStringLiteral("Mr. Smith came.  It rained.") << "en"
            << QStringList{QStringLiteral("Mr. Smith came."), QStringLiteral("It rained.")};
        QTest::newRow("turkish") << QStringLiteral("Bugün yağmur yağdı. Yarın güneş var mı? Bilmiyoruz.") << "tr"
                                 << QStringList{QStringLiteral("Bugün yağmur yağdı."),
                                                QStringLiteral("Yarın güneş var mı?"), QStringLiteral("Bilmiyoruz.")};
        QTest::newRow("no stop at the end")
            << QStringLiteral("One sentence. And a heading without one") << "en"
            << QStringList{QStringLiteral("One sentence."), QStringLiteral("And a heading without one")};
        QTest::newRow("quotes stay with their sentence")
            << QStringLiteral("He said “go.” She went.") << "en"
            << QStringList{QStringLiteral("He said “go.”"), QStringLiteral("She went.")};
        QTest::newRow("empty") << QString() << "en" << QStringList{};
        QTest::newRow("spaces only") << QStringLiteral("   ") << "tr" << QStringList{};
    }
    void sentences()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QCOMPARE(pieces(text, sentenceSpans(text, language)), expected);
    }

    // Words of "one two three four": [0,3) [4,7) [8,13) [14,18).
    void wordSteps_data()
    {
        QTest::addColumn<int>("anchorStart");
        QTest::addColumn<int>("anchorLength");
        QTest::addColumn<int>("focus");
        QTest::addColumn<bool>("forward");
        QTest::addColumn<QString>("selected");
        QTest::newRow("grow right") << 4 << 3 << 7 << true << "two three";
        QTest::newRow("grow right again") << 4 << 3 << 13 << true << "two three four";
        QTest::newRow("stays at the end") << 4 << 3 << 18 << true << "two three four";
        QTest::newRow("shrink back to the anchor") << 4 << 3 << 13 << false << "two";
        QTest::newRow("shrink right side by one") << 0 << 3 << 18 << false << "one two three";
        QTest::newRow("grow left") << 4 << 3 << 7 << false << "one two";
        QTest::newRow("stays at the start") << 4 << 3 << 0 << false << "one two";
        QTest::newRow("give back on the left") << 8 << 5 << 0 << true << "two three";
        QTest::newRow("give back the last on the left") << 8 << 5 << 4 << true << "three";
    }
    void wordSteps()
    {
        QFETCH(int, anchorStart);
        QFETCH(int, anchorLength);
        QFETCH(int, focus);
        QFETCH(bool, forward);
        QFETCH(QString, selected);
        const QString text = QStringLiteral("one two three four");
        const KeySelection s = stepSelection(wordUnits(text), {{anchorStart, anchorLength}, focus}, forward);
        QCOMPARE(text.mid(s.start(), s.end() - s.start()), selected);
    }

    // A word chosen, then grown by sentences: to its sentence's end, its start, the next one.
    // ICU's English abbreviation list has "Mr." (not "Dr."): the first sentence starts at "Mr.".
    void sentenceSteps_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QList<bool>>("moves");
        QTest::addColumn<QString>("selected");
        QTest::newRow("to the end of its sentence") << "came" << QList<bool>{true} << "came.";
        QTest::newRow("to the start of its sentence") << "came" << QList<bool>{false} << "Mr. Smith came";
        QTest::newRow("to the next sentence") << "came" << QList<bool>{true, true} << "came. It rained!";
        QTest::newRow("there and back") << "rained" << QList<bool>{true, false} << "rained";
        QTest::newRow("both ways") << "rained" << QList<bool>{false, false} << "Mr. Smith came. It rained";
        QTest::newRow("past the end") << "Then" << QList<bool>{true, true, true} << "Then we left.";
    }
    void sentenceSteps()
    {
        QFETCH(QString, word);
        QFETCH(QList<bool>, moves);
        QFETCH(QString, selected);
        const QString text = QStringLiteral("Mr. Smith came. It rained! Then we left.");
        const int at = int(text.indexOf(word));
        KeySelection s{{at, int(word.size())}, at + int(word.size())};
        for (const bool forward : moves) {
            s = stepSelection(sentenceSpans(text, QStringLiteral("en")), s, forward);
        }
        QCOMPARE(text.mid(s.start(), s.end() - s.start()), selected);
    }
};

QTEST_APPLESS_MAIN(TestSelection)
#include "tst_selection.moc"
