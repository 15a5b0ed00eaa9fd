#include "text/furniture.h"

#include <QtTest>

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
