#include "annotations/anchoring.h"

#include <QTest>
#include <cmath>

using namespace okur::annotations;

namespace {
Annotation highlight(const QStringList &blocks, int block, const QString &quote, int occurrence = 0)
{
    Annotation a;
    a.block = block;
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = blocks[block].indexOf(quote, at + 1);
    a.start = int(at);
    a.end = int(at + quote.size());
    captureContext(a, blocks);
    return a;
}
} // namespace

class TestAnchoring : public QObject {
    Q_OBJECT
    const QStringList m_blocks = {
        QStringLiteral("Giriş"),
        QStringLiteral("Yumuşak güç, Joseph Nye tarafından ifade edilen bir kavramdır. Yumuşak güç çekiciliktir."),
        QStringLiteral("Kamu diplomasisi ise halklarla doğrudan iletişimdir."),
        QStringLiteral("Sonuç olarak yumuşak güç ve kamu diplomasisi birlikte işler."),
    };

private Q_SLOTS:
    // A bookmark quotes its block's first words: whole words, no trailing space, the block when short.
    void bookmarkEnd_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("quote");
        QTest::newRow("short block") << "Kısa bir paragraf." << 80 << "Kısa bir paragraf.";
        QTest::newRow("cut between words") << "Uluslararası ilişkiler kuramı" << 20 << "Uluslararası";
        QTest::newRow("space at the limit") << "ab cd ef" << 5 << "ab cd";
        QTest::newRow("spaces before the cut") << "ab   cdefgh" << 6 << "ab";
        QTest::newRow("one long word") << "Uluslararasılaştırılamayanlardan" << 10 << "Uluslarara";
        QTest::newRow("no pair cut") << QString(QStringLiteral("ab") + QString::fromUcs4(U"\U0001F600").repeated(5)) << 3
                                     << "ab";
    }
    void bookmarkEnd()
    {
        QFETCH(QString, text);
        QFETCH(int, limit);
        QFETCH(QString, quote);
        QCOMPARE(text.left(okur::annotations::bookmarkEnd(text, limit)), quote);
    }

    // A bookmark of the line at the top begins at that line's first word, whatever the share's rounding.
    void bookmarkStart_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("share");
        QTest::addColumn<QString>("from");
        const QString text = QStringLiteral("Yumuşak güç, Joseph Nye tarafından ifade edilen bir kavramdır.");
        const double at = double(text.indexOf(QStringLiteral("tarafından"))) / double(text.size());
        const double one = 1.0 / double(text.size());
        QTest::newRow("at the line") << text << at << "tarafından";
        QTest::newRow("a character short") << text << at - one << "tarafından";
        QTest::newRow("a character over") << text << at + one << "tarafından";
        QTest::newRow("the block's top") << text << 0.0 << "Yumuşak";
        QTest::newRow("past the end") << text << 2.0 << "kavramdır.";
        QTest::newRow("not a number") << text << std::nan("") << "Yumuşak";
    }
    void bookmarkStart()
    {
        QFETCH(QString, text);
        QFETCH(double, share);
        QFETCH(QString, from);
        QVERIFY2(text.mid(okur::annotations::bookmarkStart(text, share)).startsWith(from),
                 qPrintable(text.mid(okur::annotations::bookmarkStart(text, share))));
    }

    void capturesContext()
    {
        const Annotation a = highlight(m_blocks, 1, QStringLiteral("Joseph Nye"));
        QCOMPARE(a.quote, QStringLiteral("Joseph Nye"));
        QCOMPARE(a.prefix, QStringLiteral("Yumuşak güç, "));
        QVERIFY(a.suffix.startsWith(QStringLiteral(" tarafından")));
        QVERIFY(a.suffix.size() <= kContextLength);
    }

    void samePositionWhenUnchanged()
    {
        const Annotation a = highlight(m_blocks, 2, QStringLiteral("doğrudan iletişimdir"));
        const Placement p = reanchor(a, m_blocks);
        QVERIFY(p.found);
        QCOMPARE(p.method, Placement::Position);
        QCOMPARE(p.start, a.start);
    }

    void indifferentToApostrophes()
    {
        // A quote taken from the display (’ “ ”) anchors in stored text with ' and ", and back.
        const QStringList stored = {QStringLiteral("Azerbaycan'ın \"yumuşak güç\" politikası ve Bakü'nün rolü.")};
        const QStringList display = {QStringLiteral("Azerbaycan’ın “yumuşak güç” politikası ve Bakü’nün rolü.")};
        for (const auto &[from, to] : {std::pair{stored, display}, std::pair{display, stored}}) {
            Annotation a = highlight(from, 0, from[0].mid(0, 30));
            a.start += 1; // off its place: found again by the quote
            a.end += 1;
            const Placement p = reanchor(a, to);
            QVERIFY(p.found);
            QCOMPARE(p.start, 0);
            QCOMPARE(p.end, 30);
        }
    }

    void followsTextThatMoved()
    {
        const Annotation a = highlight(m_blocks, 2, QStringLiteral("doğrudan iletişimdir"));
        QStringList changed = m_blocks;
        changed.insert(1, QStringLiteral("Yeni eklenmiş bir paragraf."));
        changed[3].prepend(QStringLiteral("Öte yandan, "));
        const Placement p = reanchor(a, changed);
        QCOMPARE(p.method, Placement::Quote);
        QCOMPARE(p.block, 3);
        QCOMPARE(changed[3].mid(p.start, p.end - p.start), a.quote);
    }

    void contextPicksTheRightOccurrence()
    {
        // "Yumuşak güç" occurs twice in block 1; the second is highlighted.
        const Annotation a = highlight(m_blocks, 1, QStringLiteral("Yumuşak güç"), 1);
        QStringList changed = m_blocks;
        changed[1].prepend(QStringLiteral("Kısaca: "));
        const Placement p = reanchor(a, changed);
        QCOMPARE(p.method, Placement::Quote);
        QCOMPARE(p.start, int(changed[1].lastIndexOf(QStringLiteral("Yumuşak güç"))));
    }

    void fuzzyAfterARepair()
    {
        // The highlight was made on damaged text; the repair changed letters inside it.
        const QStringList damaged = {QStringLiteral("Bü araştırma, kü ltü rel diplomasi üygülamalarını inceler.")};
        const Annotation a = highlight(damaged, 0, QStringLiteral("kü ltü rel diplomasi üygülamalarını"));
        const QStringList repaired = {QStringLiteral("Bu araştırma, kültürel diplomasi uygulamalarını inceler.")};
        const Placement p = reanchor(a, repaired);
        QVERIFY(p.found);
        QCOMPARE(p.method, Placement::Fuzzy);
        QCOMPARE(repaired[0].mid(p.start, p.end - p.start), QStringLiteral("kültürel diplomasi uygulamalarını"));
    }

    void orphanWhenTheTextIsGone()
    {
        const Annotation a = highlight(m_blocks, 2, QStringLiteral("halklarla doğrudan iletişimdir"));
        QStringList changed = m_blocks;
        changed.removeAt(2);
        const Placement p = reanchor(a, changed);
        QVERIFY(!p.found);
    }

    void approximateFindBounds()
    {
        const ApproximateMatch m = approximateFind(QStringLiteral("diplomasi"), QStringLiteral("kamu diplomasisi"), 1);
        QCOMPARE(m.distance, 0);
        QCOMPARE(m.start, 5);
        QCOMPARE(approximateFind(QStringLiteral("zzzzzz"), QStringLiteral("kamu diplomasisi"), 2).distance, -1);
    }
    // A 60-unit bookmark quote or a 32-unit context must not cut an emoji in two.
    void neverCutsASurrogatePair_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("prefix");
        const QString emoji = QStringLiteral("😀");
        // 59 letters then an emoji: the 60th unit is its first half.
        QTest::newRow("end inside pair") << QString(59, u'a') + emoji + QStringLiteral("b") << 0 << 60 << QString(59, u'a') << QString();
        QTest::newRow("start inside pair") << emoji + QStringLiteral("xyz") << 1 << 4 << emoji + QStringLiteral("xy") << QString();
        // The prefix would start 32 units back, inside the emoji.
        QTest::newRow("prefix inside pair") << QStringLiteral("q") + emoji + QString(31, u'c') + QStringLiteral("QUOTE") << 34 << 39
                                            << QStringLiteral("QUOTE") << emoji + QString(31, u'c');
    }
    void neverCutsASurrogatePair()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, quote);
        QFETCH(QString, prefix);
        Annotation a;
        a.start = start;
        a.end = end;
        captureContext(a, {text});
        QCOMPARE(a.quote, quote);
        QCOMPARE(a.prefix, prefix);
        for (const QString &s : {a.quote, a.prefix, a.suffix})
            QVERIFY(QString::fromUtf8(s.toUtf8()) == s); // no lone surrogate
    }
};

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
