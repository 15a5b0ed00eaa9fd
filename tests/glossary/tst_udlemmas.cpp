// Lemmatisation against hand-annotated gold: samples of the UD development
// sets (tests/data/ud). Prints the figures, and fails when they fall below
// what the analyser reached when the test was written (less a small margin),
// so a change that loses words shows here. The full sets: bench_lemmas.
#include "glossary/udlemmas.h"
#include "text/lexicon.h"

#include <QStandardPaths>
#include <QTest>

using namespace okur;

class TestUdLemmas : public QObject {
    Q_OBJECT
    std::unique_ptr<glossary::Glossary> m_glossary;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        auto dictionary = std::make_shared<glossary::Dictionary>();
        QVERIFY2(dictionary->loadBundled(&error), qPrintable(error));
        m_glossary = std::make_unique<glossary::Glossary>(dictionary);
    }

    void figures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("minTop1");
        QTest::addColumn<double>("minAny");
        // Floors a little under the figures measured when this test was written.
        QTest::newRow("IMST") << "tr_imst-ud-dev-sample.conllu" << "tr" << 0.93 << 0.98;
        QTest::newRow("BOUN") << "tr_boun-ud-dev-sample.conllu" << "tr" << 0.92 << 0.97;
        QTest::newRow("EWT") << "en_ewt-ud-dev-sample.conllu" << "en" << 0.97 << 0.985;
    }
    void figures()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        QFETCH(double, minTop1);
        QFETCH(double, minAny);
        const QList<udlemmas::Token> tokens = udlemmas::readTokens(QStringLiteral(OKUR_TEST_DATA "/ud/") + file);
        QVERIFY(tokens.size() > 300);
        const udlemmas::Score s = udlemmas::score(*m_glossary, tokens, language);
        qInfo("%s: %d content forms, top-1 %.1f%%, any %.1f%%", qPrintable(file), s.tokens, 100 * s.top1Share(),
              100 * s.anyShare());
        QVERIFY2(s.top1Share() >= minTop1, qPrintable(QStringLiteral("top-1 %1").arg(s.top1Share())));
        QVERIFY2(s.anyShare() >= minAny, qPrintable(QStringLiteral("any %1").arg(s.anyShare())));
    }

    // The scoring itself, on invented gold with known answers.
    void scoring()
    {
        const QByteArray conllu = "# sent_id = 1\n"
                                  "1\tgeldim\tgel\tVERB\t_\t_\t0\troot\t_\t_\n"
                                  "2\tgeldim\tgel\tVERB\t_\t_\t1\tobj\t_\t_\n"
                                  "3-4\tevdeyim\t_\t_\t_\t_\t_\t_\t_\t_\n"
                                  "3\tevde\tev\tNOUN\t_\t_\t1\tobl\t_\t_\n"
                                  "4\tyim\ti\tAUX\t_\t_\t3\tcop\t_\t_\n"
                                  "5\tve\tve\tCCONJ\t_\t_\t1\tcc\t_\t_\n";
        const QList<udlemmas::Token> tokens = udlemmas::contentTokens(conllu);
        QCOMPARE(tokens.size(), 2); // distinct forms, content words only, no ranges
        QCOMPARE(tokens[0].lemma, QStringLiteral("gel"));
        const udlemmas::Score s = udlemmas::score(*m_glossary, tokens, QStringLiteral("tr"));
        QCOMPARE(s.tokens, 2);
        QCOMPARE(s.top1, 2);
        QCOMPARE(s.any, 2);
    }
};

QTEST_GUILESS_MAIN(TestUdLemmas)
#include "tst_udlemmas.moc"
