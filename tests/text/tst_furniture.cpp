#include "text/furniture.h"

#include <QTest>

using namespace okur::text;

class TestFurniture : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void removesPageBreakZone()
    {
        const QStringList lines = {QStringLiteral("a paragraph whose last line ends the page"),
                                   QStringLiteral("the end of a page without a full stop"), QString(), QStringLiteral(" "),
                                   QStringLiteral("Running Title Of The Article "), QString(), QStringLiteral("31 "),
                                   QString(), QStringLiteral("Author Name  "), QString(),
                                   QStringLiteral("continues on the next page"), QStringLiteral("and ends here.")};
        const QStringList out = removePageFurniture(lines);
        QCOMPARE(out.size(), lines.size());
        QCOMPARE(out[1], lines[1]);
        QVERIFY(out[4].isEmpty());
        QVERIFY(out[6].isEmpty());
        QVERIFY(out[8].isEmpty());
        QCOMPARE(out[10], lines[10]);
    }

    void keepsNumbersInsideText()
    {
        const QStringList lines = {QStringLiteral("In"), QStringLiteral("2020"), QStringLiteral("the war ended.")};
        QCOMPARE(removePageFurniture(lines), lines);
    }

    void keepsHeadingsAwayFromPageBreaks()
    {
        const QStringList lines = {QStringLiteral("Paragraph one ends here."), QString(), QStringLiteral("A Heading"),
                                   QString(), QStringLiteral("Paragraph two.")};
        QCOMPARE(removePageFurniture(lines), lines);
    }

    void keepsHeadingAtPageTop_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("heading");
        QTest::newRow("turkish") << QStringLiteral("Kıyı Kentlerinde Su Yönetimi") << QStringLiteral("Yağmur Suyunun Toplanması ve Kullanımı");
        QTest::newRow("english") << QStringLiteral("Jane Q. Writer") << QStringLiteral("Methods and Materials");
        QTest::newRow("colon") << QStringLiteral("Journal of Tests") << QStringLiteral("Bölüm İki: Sonuçlar");
    }
    void keepsHeadingAtPageTop()
    {
        // Invented page break: running head, page number, then a section heading
        // that opens a paragraph, as a PDF extraction lays them out.
        QFETCH(QString, head);
        QFETCH(QString, heading);
        const QStringList lines = {QStringLiteral("The last paragraph of the page ends with a full stop here."),
                                   QString(), QStringLiteral(" "), QString(), head + u' ', QStringLiteral(" "), QString(),
                                   QStringLiteral("12 "), QString(), QStringLiteral(" "), QString(), heading + u' ',
                                   QString(), QStringLiteral("A new paragraph begins under the heading and wraps"),
                                   QStringLiteral("over a second line of the page.")};
        const QStringList out = removePageFurniture(lines);
        QVERIFY(out[4].isEmpty());
        QVERIFY(out[7].isEmpty());
        QCOMPARE(out[11], lines[11]);
        QCOMPARE(out[13], lines[13]);
    }

    void repeatedHeadBeforeParagraphIsFurniture()
    {
        // The same line after two page numbers is a running head even when a paragraph follows it.
        QStringList lines;
        for (int page = 1; page <= 2; ++page) {
            lines << QStringLiteral("Body of page %1 ends.").arg(page) << QString() << QStringLiteral("%1 ").arg(page)
                  << QString() << QStringLiteral("Studies in Water") << QString()
                  << QStringLiteral("Another paragraph starts on this page and") << QStringLiteral("goes on.");
        }
        const QStringList out = removePageFurniture(lines);
        QCOMPARE(out.count(QStringLiteral("Studies in Water")), 0);
    }

    void removesRepeatedRunningHeads()
    {
        QStringList lines;
        for (int i = 0; i < 3; ++i)
            lines << QStringLiteral("Body text line %1.").arg(i) << QString() << QStringLiteral("Journal of Studies")
                  << QString();
        const QStringList out = removePageFurniture(lines);
        QCOMPARE(out.count(QStringLiteral("Journal of Studies")), 0);
        QCOMPARE(out[0], lines[0]);
    }
};

QTEST_GUILESS_MAIN(TestFurniture)
#include "tst_furniture.moc"
