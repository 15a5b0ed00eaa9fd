#include "text/hyphenator.h"
#include "text/syllables.h"

#include <QFile>
#include <QTest>

using namespace okur::text;

namespace {

// "dip-lo-ma-si" from a list of break points, to compare with the known answer.
QString joined(const QString &word, const QList<qsizetype> &points)
{
    QString out;
    qsizetype from = 0;
    for (qsizetype p : points) {
        out += word.mid(from, p - from) + u'-';
        from = p;
    }
    return out + word.mid(from);
}

QByteArray englishPatterns()
{
    QFile f(QStringLiteral(":/okur/reading/hyph_en_US.dic"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestHyphenation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Invented and everyday words with the syllables a Turkish grammar book gives them.
    void turkishSyllables_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("syllables");
        QTest::newRow("kültürel") << QStringLiteral("kültürel") << QStringLiteral("kül-tü-rel");
        QTest::newRow("diplomasi") << QStringLiteral("diplomasi") << QStringLiteral("dip-lo-ma-si");
        QTest::newRow("Azerbaycan") << QStringLiteral("Azerbaycan") << QStringLiteral("A-zer-bay-can");
        QTest::newRow("three consonants") << QStringLiteral("Türkçe") << QStringLiteral("Türk-çe");
        QTest::newRow("vowels meet") << QStringLiteral("saat") << QStringLiteral("sa-at");
        QTest::newRow("şiir") << QStringLiteral("şiir") << QStringLiteral("şi-ir");
        QTest::newRow("onset cluster") << QStringLiteral("strateji") << QStringLiteral("stra-te-ji");
        QTest::newRow("dotted capital") << QStringLiteral("İSTANBUL") << QStringLiteral("İS-TAN-BUL");
        QTest::newRow("circumflex") << QStringLiteral("kâğıtçılık") << QStringLiteral("kâ-ğıt-çı-lık");
        QTest::newRow("invented") << QStringLiteral("bolumbarta") << QStringLiteral("bo-lum-bar-ta");
        QTest::newRow("one syllable") << QStringLiteral("türk") << QStringLiteral("türk");
    }
    void turkishSyllables()
    {
        QFETCH(QString, word);
        QFETCH(QString, syllables);
        QCOMPARE(joined(word, turkishSyllableStarts(word)), syllables);
    }

    // A line never leaves one letter alone at either end of a broken word.
    void turkishHyphenation_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("hyphenated");
        QTest::newRow("Azerbaycan") << QStringLiteral("Azerbaycan") << QStringLiteral("Azer-bay-can");
        QTest::newRow("kültürel") << QStringLiteral("kültürel") << QStringLiteral("kül-tü-rel");
        QTest::newRow("ekonomi") << QStringLiteral("ekonomi") << QStringLiteral("eko-no-mi");
        QTest::newRow("okul") << QStringLiteral("okul") << QStringLiteral("okul");
        QTest::newRow("arı") << QStringLiteral("arı") << QStringLiteral("arı");
    }
    void turkishHyphenation()
    {
        QFETCH(QString, word);
        QFETCH(QString, hyphenated);
        QCOMPARE(joined(word, turkishHyphenationPoints(word)), hyphenated);
    }

    // The soft hyphens go in the display text only; offsets map both ways.
    void softHyphens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("display"); // '-' stands for U+00AD
        QTest::newRow("sentence") << QStringLiteral("Kültürel diplomasi, 2020.")
                                  << QStringLiteral("Kül-tü-rel dip-lo-ma-si, 2020.");
        QTest::newRow("apostrophe suffix") << QStringLiteral("Azerbaycan’ın") << QStringLiteral("Azer-bay-can’ın");
        QTest::newRow("short words stay") << QStringLiteral("bir ev ve okul") << QStringLiteral("bir ev ve okul");
        QTest::newRow("empty") << QString() << QString();
    }
    void softHyphens()
    {
        QFETCH(QString, text);
        QFETCH(QString, display);
        const QString out = withSoftHyphens(text, [](QStringView w) { return turkishHyphenationPoints(w); });
        QCOMPARE(QString(out).replace(QChar(0x00AD), u'-'), display);
        QString stripped = out;
        QCOMPARE(stripped.remove(QChar(0x00AD)), text);
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const qsizetype d = displayOffset(out, i);
            QCOMPARE(storedOffset(out, d), i);
            if (i < text.size())
                QCOMPARE(out.at(d), text.at(i));
        }
    }

    // English through libhyphen and the bundled US patterns: the breaks TeX's
    // US patterns are known to give (Liang's thesis; TeXbook appendix H).
    void english_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("hyphenated");
        QTest::newRow("hyphenation") << QStringLiteral("hyphenation") << QStringLiteral("hy-phen-ation");
        QTest::newRow("typography") << QStringLiteral("typography") << QStringLiteral("ty-pog-ra-phy");
        QTest::newRow("capital") << QStringLiteral("Diplomacy") << QStringLiteral("Diplo-macy");
        QTest::newRow("short") << QStringLiteral("soft") << QStringLiteral("soft");
        QTest::newRow("not english") << QStringLiteral("kültürel") << QStringLiteral("kültürel");
    }
    void english()
    {
        QFETCH(QString, word);
        QFETCH(QString, hyphenated);
        const QByteArray patterns = englishPatterns();
        QVERIFY2(!patterns.isEmpty(), "the app's resources carry hyph_en_US.dic");
        const Hyphenator hyphenator(patterns);
        QVERIFY(hyphenator.isValid());
        QCOMPARE(joined(word, hyphenator.points(word)), hyphenated);
    }

    void badPatterns()
    {
        const Hyphenator none{QByteArray()};
        QVERIFY(!none.isValid());
        QVERIFY(none.points(u"hyphenation").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHyphenation)
#include "tst_hyphenation.moc"
