// PDF layout on invented pages: words placed where a typesetter would put
// them, so the reading order and the furniture are known in advance.
#include "formats/pdflayout.h"

#include <QTest>

using namespace okur::formats;

namespace {

constexpr double kLine = 12;   // line pitch, points
constexpr double kHeight = 10; // word box height
constexpr double kChar = 5;    // advance per character

// Sets a line of text word by word from x at baseline row `row`.
void setLine(PdfPage &page, const QString &text, double x, double y)
{
    for (const QString &w : text.split(u' ', Qt::SkipEmptyParts)) {
        page.words.append({w, QRectF(x, y, w.size() * kChar, kHeight), true});
        x += (w.size() + 1) * kChar;
    }
}

PdfPage page() { PdfPage p; p.size = QSizeF(600, 800); return p; }

} // namespace

class TestPdfLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runningHeadsAndPageNumbersGo()
    {
        QList<PdfPage> pages;
        for (int n = 1; n <= 4; ++n) {
            PdfPage p = page();
            setLine(p, QStringLiteral("A Book Title"), 50, 30);
            setLine(p, QStringLiteral("Chapter %1").arg(n), 450, 30);
            for (int l = 0; l < 5; ++l)
                setLine(p, QStringLiteral("body line %1 of page %2 with enough words to be text").arg(l).arg(n), 50, 100 + l * kLine);
            setLine(p, QString::number(n + 10), 290, 760);
            pages << p;
        }
        const QStringList lines = layoutPdfPages(pages);
        for (const QString &l : lines) {
            QVERIFY2(!l.contains(QLatin1String("Book Title")), qPrintable(l));
            QVERIFY2(!l.startsWith(QLatin1String("Chapter")), qPrintable(l));
            QVERIFY2(!QRegularExpression(QStringLiteral("^\\d+$")).match(l).hasMatch(), qPrintable(l));
        }
        QCOMPARE(lines.count(QStringLiteral("body line 0 of page 3 with enough words to be text")), 1);
    }

    void headingsThatRepeatDigitsAsideStay()
    {
        // Section headings at the top of pages, but never at the same height.
        QList<PdfPage> pages;
        for (int n = 1; n <= 4; ++n) {
            PdfPage p = page();
            setLine(p, QStringLiteral("Section %1").arg(n), 50, 60 + n * 7);
            for (int l = 0; l < 5; ++l)
                setLine(p, QStringLiteral("text of section %1 line %2 long enough").arg(n).arg(l), 50, 150 + l * kLine);
            pages << p;
        }
        const QStringList lines = layoutPdfPages(pages);
        for (int n = 1; n <= 4; ++n)
            QVERIFY(lines.contains(QStringLiteral("Section %1").arg(n)));
    }

    void columnsAreReadInOrder()
    {
        PdfPage p = page();
        setLine(p, QStringLiteral("A Title Across Both Columns Of The Page"), 150, 40);
        for (int l = 0; l < 8; ++l) {
            setLine(p, QStringLiteral("left %1 words words").arg(l), 50, 100 + l * kLine);
            setLine(p, QStringLiteral("right %1 words words").arg(l), 320, 100 + l * kLine);
        }
        QStringList lines = layoutPdfPages({p});
        lines.removeAll(QString());
        QStringList expected{QStringLiteral("A Title Across Both Columns Of The Page")};
        for (int l = 0; l < 8; ++l)
            expected << QStringLiteral("left %1 words words").arg(l);
        for (int l = 0; l < 8; ++l)
            expected << QStringLiteral("right %1 words words").arg(l);
        QCOMPARE(lines, expected);
    }

    void paragraphGapsAreBlankLines()
    {
        PdfPage p = page();
        setLine(p, QStringLiteral("first paragraph line one goes here"), 50, 100);
        setLine(p, QStringLiteral("and ends here."), 50, 100 + kLine);
        setLine(p, QStringLiteral("second paragraph after a gap"), 50, 100 + 4 * kLine);
        setLine(p, QStringLiteral("third one is indented after a sentence."), 50, 100 + 5 * kLine);
        setLine(p, QStringLiteral("Indented start of the fourth"), 70, 100 + 6 * kLine);
        QCOMPARE(layoutPdfPages({p}),
                 (QStringList{QStringLiteral("first paragraph line one goes here"), QStringLiteral("and ends here."), QString(),
                              QStringLiteral("second paragraph after a gap"),
                              QStringLiteral("third one is indented after a sentence."), QString(),
                              QStringLiteral("Indented start of the fourth")}));
    }

    void aHeadBesideItsPageNumberGoesEvenOnce()
    {
        // A two-page chapter: its head appears once, beside the page number, in the margin.
        PdfPage first = page(), second = page();
        for (int l = 0; l < 5; ++l)
            setLine(first, QStringLiteral("first page body line %1 with words").arg(l), 50, 100 + l * kLine);
        setLine(second, QStringLiteral("Chapter 7: Short Chapters"), 50, 30);
        setLine(second, QStringLiteral("42"), 530, 30);
        for (int l = 0; l < 5; ++l)
            setLine(second, QStringLiteral("second page body line %1 with words").arg(l), 50, 100 + l * kLine);
        const QStringList lines = layoutPdfPages({first, second});
        QVERIFY(!lines.join(u'\n').contains(QLatin1String("Chapter 7")));
        QVERIFY(!lines.contains(QStringLiteral("42")));
        QVERIFY(lines.contains(QStringLiteral("second page body line 0 with words")));
    }

    void emptyPagesGiveNoLines()
    {
        QVERIFY(layoutPdfPages({page(), page()}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPdfLayout)
#include "tst_pdflayout.moc"
