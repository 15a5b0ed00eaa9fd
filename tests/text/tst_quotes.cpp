#include "text/quotes.h"

#include <QTest>

using namespace okur::text;

class TestQuotes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void typographic_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("display");
        QTest::newRow("turkish suffix") << QStringLiteral("Ankara'nın ve İzmir’in 1990'lı yılları") << "tr"
                                        << QStringLiteral("Ankara’nın ve İzmir’in 1990’lı yılları");
        QTest::newRow("single quotes") << QStringLiteral("bir 'yumuşak güç' kavramı") << "tr"
                                       << QStringLiteral("bir ‘yumuşak güç’ kavramı");
        QTest::newRow("double quotes") << QStringLiteral("He said \"soft power\" (\"yumuşak güç\").") << "en"
                                       << QStringLiteral("He said “soft power” (“yumuşak güç”).");
        QTest::newRow("at the start") << QStringLiteral("\"Rivers\" flow.") << "en" << QStringLiteral("“Rivers” flow.");
        QTest::newRow("english") << QStringLiteral("the river's bank and the countries' borders") << "en"
                                 << QStringLiteral("the river’s bank and the countries’ borders");
        QTest::newRow("mixed source") << QStringLiteral("Su’yun ve Toprak'ın “şiiri” ile \"şarkısı\"") << "tr"
                                      << QStringLiteral("Su’yun ve Toprak’ın “şiiri” ile “şarkısı”");
        QTest::newRow("nested") << QStringLiteral("\"'Kıyı' dedi\"") << "tr" << QStringLiteral("“‘Kıyı’ dedi”");
        QTest::newRow("feet and inches stay")
            << QStringLiteral("a 5'10\" wall") << "en" << QStringLiteral("a 5'10\" wall");
        QTest::newRow("minutes stay") << QStringLiteral("40°25' kuzey, 49°52'30\" doğu") << "tr"
                                      << QStringLiteral("40°25' kuzey, 49°52'30\" doğu");
        QTest::newRow("prime beside a quotation")
            << QStringLiteral("'Kule' 12' boyunda") << "tr" << QStringLiteral("‘Kule’ 12' boyunda");
        QTest::newRow("decade suffix") << QStringLiteral("1990'larda ve 2000'li yıllarda") << "tr"
                                       << QStringLiteral("1990’larda ve 2000’li yıllarda");
        QTest::newRow("elided century") << QStringLiteral("music of the '90s and '68") << "en"
                                        << QStringLiteral("music of the ’90s and ’68");
        QTest::newRow("quoted number") << QStringLiteral("he said '1920' twice") << "en"
                                       << QStringLiteral("he said ‘1920’ twice");
        QTest::newRow("german") << QStringLiteral("er sagte \"nein\"") << "de" << QStringLiteral("er sagte „nein“");
    }
    void typographic()
    {
        QFETCH(QString, stored);
        QFETCH(QString, language);
        QFETCH(QString, display);
        const QString out = okur::text::typographic(stored, language);
        QCOMPARE(out, display);
        QCOMPARE(out.size(), stored.size()); // offsets hold
        // Matching sees no difference between the source's marks and the display's.
        QCOMPARE(plainQuotes(out), plainQuotes(stored));
    }

    void oneApostropheInAParagraph()
    {
        const QString out = okur::text::typographic(
            QStringLiteral("Azerbaycan'ın kültürü, Bakü’nün festivali ve Şuşa'nın müziği"), QStringLiteral("tr"));
        QVERIFY(!out.contains(u'\''));
        QCOMPARE(out.count(u'’'), 3);
    }
};

QTEST_GUILESS_MAIN(TestQuotes)
#include "tst_quotes.moc"
