#include "text/langid.h"

#include <QtTest>

using namespace okur::text;

class TestLangId : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void detects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("It examines the integration of culture and diplomacy in foreign policy.")
                            << QStringLiteral("en");
        QTest::newRow("en damaged") << QStringLiteral("It examines cültüral diplomacy and the fütüre of the coüntry.")
                                    << QStringLiteral("en");
        QTest::newRow("tr") << QStringLiteral("Bu çalışma, kültür ve dijital diplomasi ilişkisini ele almaktadır.")
                            << QStringLiteral("tr");
        QTest::newRow("tr damaged") << QStringLiteral("Bü araştırma, kü ltü r ve dijital diplomasi üygülamalarını inceler.")
                                    << QStringLiteral("tr");
        QTest::newRow("tr caps") << QStringLiteral("ULUSLARARASI İLİŞKİLER VE DIŞ POLİTİKA") << QStringLiteral("tr");
    }
    void detects()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(detectLanguage(text), language);
    }

    void fallsBackOnShortText()
    {
        QCOMPARE(detectLanguage(QStringLiteral("Giriş"), QStringLiteral("tr")), QStringLiteral("tr"));
        QCOMPARE(detectLanguage(QStringLiteral("Conclusion"), QStringLiteral("en")), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestLangId)
#include "tst_langid.moc"
