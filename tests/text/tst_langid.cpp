#include "text/langid.h"

#include <QTest>

using namespace okur::text;

namespace {

// The "# text = " sentences of a UD treebank file in tests/data/ud.
QStringList udSentences(const QString &file)
{
    QFile f(QStringLiteral(OKUR_TEST_DATA "/ud/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    const QString prefix = QStringLiteral("# text = ");
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(prefix))
            out.append(line.mid(prefix.size()).trimmed());
    }
    return out;
}

} // namespace

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
        QTest::newRow("tr damaged") << QStringLiteral(
                                           "Bü araştırma, kü ltü r ve dijital diplomasi üygülamalarını inceler.")
                                    << QStringLiteral("tr");
        // Invented short sentences without any listed function word: only
        // suffixes, apostrophes and spelling can tell.
        QTest::newRow("tr verb only") << QStringLiteral("Yarın geliyorum.") << QStringLiteral("tr");
        QTest::newRow("tr plural") << QStringLiteral("Kitapları masaya koydum.") << QStringLiteral("tr");
        QTest::newRow("tr apostrophe") << QStringLiteral("Ankara'dan döndü.") << QStringLiteral("tr");
        QTest::newRow("tr damaged bu") << QStringLiteral("Bü kitap masada.") << QStringLiteral("tr");
        QTest::newRow("en clitic") << QStringLiteral("Weather's changing quickly.") << QStringLiteral("en");
        QTest::newRow("en question") << QStringLiteral("Where is the station?") << QStringLiteral("en");
        QTest::newRow("en thanks") << QStringLiteral("Thanks, see you tomorrow.") << QStringLiteral("en");
        QTest::newRow("tr caps") << QStringLiteral("ULUSLARARASI İLİŞKİLER VE DIŞ POLİTİKA") << QStringLiteral("tr");
    }
    void detects()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(detectLanguage(text), language);
    }

    // Every sentence of a treebank's dev set is in the treebank's language:
    // gold labels the detector never saw. Short sentences (< 5 words) carry
    // little evidence, so they are measured and bounded separately.
    void udSentences_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("minShort");
        QTest::addColumn<double>("minLong");
        QTest::newRow("tr imst") << QStringLiteral("tr_imst-ud-dev.conllu") << QStringLiteral("tr") << 0.92 << 0.99;
        QTest::newRow("tr boun") << QStringLiteral("tr_boun-ud-dev.conllu") << QStringLiteral("tr") << 0.92 << 0.99;
        QTest::newRow("en ewt") << QStringLiteral("en_ewt-ud-dev.conllu") << QStringLiteral("en") << 0.97 << 0.99;
    }
    void udSentences()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        QFETCH(double, minShort);
        QFETCH(double, minLong);
        const QStringList sentences = ::udSentences(file);
        QVERIFY2(sentences.size() > 500, qPrintable(file));
        int shortTotal = 0, shortRight = 0, longTotal = 0, longRight = 0;
        for (const QString &s : sentences) {
            const bool right = detectLanguage(s) == language;
            if (!right && qEnvironmentVariableIsSet("OKUR_LANGID_MISSES"))
                qInfo().noquote() << "miss:" << s;
            if (s.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() < 5) {
                ++shortTotal;
                shortRight += right ? 1 : 0;
            } else {
                ++longTotal;
                longRight += right ? 1 : 0;
            }
        }
        const double shortAcc = shortTotal ? double(shortRight) / shortTotal : 1.0;
        const double longAcc = longTotal ? double(longRight) / longTotal : 1.0;
        qInfo("%s: short %d/%d = %.3f, long %d/%d = %.3f", qPrintable(file), shortRight, shortTotal, shortAcc,
              longRight, longTotal, longAcc);
        QVERIFY2(shortAcc >= minShort, qPrintable(QStringLiteral("short accuracy %1").arg(shortAcc)));
        QVERIFY2(longAcc >= minLong, qPrintable(QStringLiteral("long accuracy %1").arg(longAcc)));
    }

    void fallsBackOnShortText()
    {
        QCOMPARE(detectLanguage(QStringLiteral("Giriş"), QStringLiteral("tr")), QStringLiteral("tr"));
        QCOMPARE(detectLanguage(QStringLiteral("Conclusion"), QStringLiteral("en")), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestLangId)
#include "tst_langid.moc"
