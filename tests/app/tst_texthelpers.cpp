// The reader's pure helpers for QML: text geometry (taps to characters), search snippets and display
// typography. No library needed.
#include "inputmode.h"
#include "searchmodel.h"
#include "textgeometry.h"
#include "typography.h"
#include "wordtints.h"

#include <QFont>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

using namespace okur::app;

using Spans = QList<QPair<int, int>>; // a QFETCH type without commas

class TestTextHelpers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void textGeometryMapsTapsToCharacters()
    {
        TextGeometry g;
        QFont font(QStringLiteral("DejaVu Serif"));
        font.setPixelSize(18);
        const QString text =
            QStringLiteral("Kültür diplomasisi ve dijital diplomasi, Azerbaycan dış politikasında önemlidir.");
        const QVariantList rects = g.rectsFor(text, font, 200, 1.5, int(text.indexOf(QStringLiteral("dijital"))), 7);
        QVERIFY(!rects.isEmpty());
        const QRectF r = rects.first().toRectF();
        const int pos = g.positionAt(text, font, 200, 1.5, r.center().x(), r.center().y());
        QVERIFY(pos >= text.indexOf(QStringLiteral("dijital")) && pos < text.indexOf(QStringLiteral("dijital")) + 7);
        QCOMPARE(g.positionAt(text, font, 200, 1.5, 10, 10000), -1);
    }

    void positionNearClampsToTheText()
    {
        TextGeometry g;
        QFont font;
        font.setPixelSize(16);
        const QString text = QStringLiteral("Kamu diplomasisi ve kültürel diplomasi üzerine bir makale, üç satır kadar "
                                            "uzun bir paragraf.");
        const QVariantList lines = g.rectsFor(text, font, 200, 1.5, 0, int(text.size()));
        QVERIFY(lines.size() >= 2);
        const QRectF first = lines.first().toRectF(), last = lines.last().toRectF();
        // On the text it is what a tap finds.
        QCOMPARE(g.positionNear(text, font, 200, 1.5, first.center().x(), first.center().y()),
                 g.positionAt(text, font, 200, 1.5, first.center().x(), first.center().y()));
        // Past the first line's end: its last character, where positionAt finds nothing.
        const int endOfFirst = g.positionNear(text, font, 200, 1.5, 10000, first.center().y());
        QCOMPARE(g.positionAt(text, font, 200, 1.5, 10000, first.center().y()), -1);
        QVERIFY(endOfFirst > 0);
        QVERIFY(g.rectsFor(text, font, 200, 1.5, endOfFirst + 1, 1).first().toRectF().top() > first.top());
        // Left of the text, above it, below it.
        QCOMPARE(g.positionNear(text, font, 200, 1.5, -50, first.center().y()), 0);
        QCOMPARE(g.positionNear(text, font, 200, 1.5, 5, -100), 0);
        QCOMPARE(g.positionNear(text, font, 200, 1.5, 10000, last.bottom() + 500), int(text.size()) - 1);
        QCOMPARE(g.positionNear(QString(), font, 200, 1.5, 0, 0), -1);
    }

    // One item draws a block's word tints: each span where the text lays it out, wrapped words once a line,
    // redrawn when the width changes; nothing for a span of no length.
    void wordTintsFollowTheLayout()
    {
        TextGeometry g;
        QFont font;
        font.setPixelSize(16);
        const QString text = QStringLiteral("Kamu diplomasisi ve kültürel diplomasi üzerine bir makale, üç satır kadar "
                                            "uzun bir paragraf.");
        const int kultur = int(text.indexOf(QStringLiteral("kültürel"))),
                  uzun = int(text.indexOf(QStringLiteral("uzun")));
        WordTints tints;
        tints.setWidth(200);
        tints.setText(text);
        tints.setFont(font);
        tints.setLineHeight(1.5);
        tints.setSpans(
            {QVariantMap{
                 {QStringLiteral("start"), kultur}, {QStringLiteral("length"), 8}, {QStringLiteral("status"), 0}},
             QVariantMap{{QStringLiteral("start"), uzun}, {QStringLiteral("length"), 4}, {QStringLiteral("status"), 3}},
             QVariantMap{{QStringLiteral("start"), 0}, {QStringLiteral("length"), 0}, {QStringLiteral("status"), 1}}});
        QCOMPARE(tints.statusAt(kultur), 0);
        QCOMPARE(tints.statusAt(uzun), 3);
        QCOMPARE(tints.statusAt(0), -1); // no length, nothing drawn
        QCOMPARE(tints.statusAt(1), -1);
        QCOMPARE(tints.rectsAt(kultur), g.rectsFor(text, font, 200, 1.5, kultur, 8));
        QCOMPARE(tints.rectsAt(uzun), g.rectsFor(text, font, 200, 1.5, uzun, 4));
        // A narrower column wraps the text anew: the tints follow.
        const QRectF wide = tints.rectsAt(uzun).first().toRectF();
        tints.setWidth(120);
        QCOMPARE(tints.rectsAt(uzun), g.rectsFor(text, font, 120, 1.5, uzun, 4));
        QVERIFY(tints.rectsAt(uzun).first().toRectF().top() > wide.top());
        // New words stand out more than known ones, in fill and line.
        QVERIFY(WordTints::fillOpacity(0, false) > WordTints::fillOpacity(4, false));
        QVERIFY(WordTints::fillOpacity(2, true) > WordTints::fillOpacity(2, false));
        QVERIFY(WordTints::lineThickness(0) > WordTints::lineThickness(4));
        QVERIFY(WordTints::lineOpacity(0) > WordTints::lineOpacity(4) && WordTints::lineOpacity(4) > 0);
    }

    void passageSnippet_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Spans>("hits");
        QTest::addColumn<QString>("snippet"); // hits in [brackets]
        const QString text = QStringLiteral("Bir kültür evi açıldı. Uzun bir aradan sonra şehrin öbür ucunda, "
                                            "nehrin kıyısında ikinci bir kültür merkezi de kuruldu.");
        const int second = int(text.lastIndexOf(QStringLiteral("kültür")));
        QTest::newRow("far apart") << text << Spans{{4, 6}, {second, 6}}
                                   << QStringLiteral("Bir [kültür] evi … bir [kültür] merkezi …");
        QTest::newRow("close together") << QStringLiteral("kültür ve kültür") << QList<QPair<int, int>>{{0, 6}, {10, 6}}
                                        << QStringLiteral("[kültür] ve [kültür]");
        QTest::newRow("line break") << QStringLiteral("bir\nkültür") << QList<QPair<int, int>>{{4, 6}}
                                    << QStringLiteral("bir [kültür]");
        QTest::newRow("out of range") << QStringLiteral("kısa") << QList<QPair<int, int>>{{3, 9}} << QString();
    }
    void passageSnippet()
    {
        QFETCH(QString, text);
        QFETCH(Spans, hits);
        QFETCH(QString, snippet);
        QList<QPair<int, int>> emphasis;
        QString out = okur::app::passageSnippet(text, hits, 10, &emphasis);
        for (qsizetype i = emphasis.size() - 1; i >= 0; --i) {
            out.insert(emphasis[i].first + emphasis[i].second, u']');
            out.insert(emphasis[i].first, u'[');
        }
        QCOMPARE(out, snippet);
    }

    void typographyKeepsOffsets()
    {
        const QString in = QStringLiteral("He said \"soft power\" (\"yumuşak güç\").");
        const QString out = typography::forDisplay(in);
        QCOMPARE(out, QStringLiteral("He said “soft power” (“yumuşak güç”)."));
        QCOMPARE(out.size(), in.size());
        // One apostrophe in display, whichever the source had.
        QCOMPARE(typography::forDisplay(QStringLiteral("Azerbaycan'ın ve Bakü’nün"), QStringLiteral("tr")),
                 QStringLiteral("Azerbaycan’ın ve Bakü’nün"));
    }

    void datesInWords_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("shown");
        QTest::newRow("english day") << "2024-07-10" << "en_US" << "7/10/24";
        QTest::newRow("turkish day") << "2024-07-10" << "tr_TR" << "10.07.2024";
        QTest::newRow("british day") << "2024-07-10" << "en_GB" << "10/07/2024";
        QTest::newRow("with a time") << "2024-07-10T09:30:00Z" << "en_US" << "7/10/24";
        QTest::newRow("month") << "2024-07" << "en_US" << "July 2024";
        QTest::newRow("turkish month") << "2024-07" << "tr_TR" << "Temmuz 2024";
        QTest::newRow("year") << "2024" << "en_US" << "2024";
        QTest::newRow("free text") << "Spring 2024" << "en_US" << "Spring 2024";
        QTest::newRow("none") << "" << "en_US" << "";
    }
    void datesInWords()
    {
        QFETCH(QString, stored);
        QFETCH(QString, locale);
        QFETCH(QString, shown);
        QCOMPARE(typography::displayDate(stored, QLocale(locale)), shown);
    }

    // The focus ring's mode: a key makes it the keys', a press of the pointer not; a modifier alone changes nothing.
    void inputModeFollowsTheLastInput()
    {
        InputMode mode(nullptr);
        QSignalSpy changed(&mode, &InputMode::keysChanged);
        QObject target;
        QVERIFY(!mode.keys());
        QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
        QCoreApplication::sendEvent(&target, &tab);
        QVERIFY(mode.keys());
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(4, 4), QPointF(4, 4), Qt::LeftButton, Qt::LeftButton,
                          Qt::NoModifier);
        QCoreApplication::sendEvent(&target, &press);
        QVERIFY(!mode.keys());
        QKeyEvent control(QEvent::KeyPress, Qt::Key_Control, Qt::ControlModifier);
        QCoreApplication::sendEvent(&target, &control);
        QVERIFY(!mode.keys());
        QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        QCoreApplication::sendEvent(&target, &escape);
        QCoreApplication::sendEvent(&target, &escape);
        QVERIFY(mode.keys());
        QCOMPARE(changed.count(), 3); // on, off, on: once each
    }
};

QTEST_MAIN(TestTextHelpers)
#include "tst_texthelpers.moc"
