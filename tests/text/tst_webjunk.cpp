#include "text/webjunk.h"

#include <QTest>

using namespace okur::text;

class TestWebJunk : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void extractsDateAndWidget()
    {
        QStringList lines = {QStringLiteral(" date 2026-02-11 + ↺ − 16 px"), QString(), QStringLiteral("Body.")};
        const DocumentMeta meta = extractWebMetadata(lines);
        QCOMPARE(meta.date, QStringLiteral("2026-02-11"));
        QVERIFY(lines[0].trimmed().isEmpty());
        QCOMPARE(lines[2], QStringLiteral("Body."));
    }

    void dateBeforeOtherResidue()
    {
        QStringList lines = {QStringLiteral(" date 2025-10-03 Paylaş · Yazdır · A+ A-"), QStringLiteral("Metin.")};
        const DocumentMeta meta = extractWebMetadata(lines);
        QCOMPARE(meta.date, QStringLiteral("2025-10-03"));
        QVERIFY(lines[0].trimmed().isEmpty());
        QCOMPARE(lines[1], QStringLiteral("Metin."));
    }

    void dateBeforeText()
    {
        QStringList lines = {QStringLiteral(" date 2024-07-10 Azerbaijan's presence has soared.")};
        const DocumentMeta meta = extractWebMetadata(lines);
        QCOMPARE(meta.date, QStringLiteral("2024-07-10"));
        QCOMPARE(lines[0], QStringLiteral("Azerbaijan's presence has soared."));
    }

    void relatedAndSource()
    {
        QStringList lines = {QStringLiteral("Text."), QStringLiteral("Also read: Artists organize an exhibition"),
                             QString(), QStringLiteral("News.Az"), QString()};
        const DocumentMeta meta = extractWebMetadata(lines);
        QCOMPARE(meta.related, QStringList{QStringLiteral("Artists organize an exhibition")});
        QCOMPARE(meta.source, QStringLiteral("News.Az"));
        QVERIFY(lines[1].isEmpty());
        QVERIFY(lines[3].isEmpty());
    }

    void leavesOrdinaryText()
    {
        QStringList lines = {QStringLiteral("The date was 2020-01-01 when it began."), QStringLiteral("It ended.")};
        const QStringList before = lines;
        const DocumentMeta meta = extractWebMetadata(lines);
        QVERIFY(meta.date.isEmpty());
        QVERIFY(meta.source.isEmpty());
        QCOMPARE(lines, before);
    }

    // Invented lines with known answers: page-control residue of many
    // shapes must go; short real lines must stay.
    void pageControls_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("residue");
        QTest::newRow("reset widget") << QStringLiteral("+ ↺ − 16 px") << true;
        QTest::newRow("font buttons") << QStringLiteral("A+ A−") << true;
        QTest::newRow("font buttons ascii") << QStringLiteral("A- A A+") << true;
        QTest::newRow("px alone") << QStringLiteral("18px") << true;
        QTest::newRow("font size") << QStringLiteral("Font size: 16 px") << true;
        QTest::newRow("font size words") << QStringLiteral("Font size") << true;
        QTest::newRow("share") << QStringLiteral("Share") << true;
        QTest::newRow("print") << QStringLiteral("Print") << true;
        QTest::newRow("share bar") << QStringLiteral("Share | Tweet | Print | Email") << true;
        QTest::newRow("share dots") << QStringLiteral("Facebook · Twitter · WhatsApp") << true;
        QTest::newRow("reading time") << QStringLiteral("3 min read") << true;
        QTest::newRow("gallery counter") << QStringLiteral("‹ 1/3 ›") << true;
        QTest::newRow("zoom percent") << QStringLiteral("− 120% +") << true;
        QTest::newRow("close star") << QStringLiteral("✕ ★") << true;
        QTest::newRow("paylaş") << QStringLiteral("Paylaş") << true;
        QTest::newRow("yazdır") << QStringLiteral("YAZDIR") << true;
        QTest::newRow("tr share bar") << QStringLiteral("Paylaş Tweetle Yazdır") << true;
        QTest::newRow("tr font") << QStringLiteral("Yazı boyutu: A+ A-") << true;
        QTest::newRow("tr reading time") << QStringLiteral("5 dk okuma süresi") << true;
        QTest::newRow("tr share news") << QStringLiteral("Bu haberi paylaş") << true;
        QTest::newRow("comments count") << QStringLiteral("12 comments ✉") << true;
        QTest::newRow("heading") << QStringLiteral("Sports") << false;
        QTest::newRow("decade") << QStringLiteral("1990s") << false;
        QTest::newRow("section") << QStringLiteral("A. Introduction") << false;
        QTest::newRow("figure") << QStringLiteral("Şekil 1") << false;
        QTest::newRow("iso date") << QStringLiteral("2026-02-11") << false;
        QTest::newRow("date") << QStringLiteral("11 February 2026") << false;
        QTest::newRow("tr date") << QStringLiteral("11 Şubat 2026") << false;
        QTest::newRow("name") << QStringLiteral("Ayşe Yılmaz") << false;
        QTest::newRow("english name") << QStringLiteral("John Smith") << false;
        QTest::newRow("scene break") << QStringLiteral("* * *") << false;
        QTest::newRow("page number") << QStringLiteral("12") << false;
        QTest::newRow("fraction alone") << QStringLiteral("1/3") << false;
        QTest::newRow("percent alone") << QStringLiteral("45%") << false;
        QTest::newRow("sum") << QStringLiteral("2 + 2") << false;
        QTest::newRow("roman chapter") << QStringLiteral("X") << false;
        QTest::newRow("comments heading") << QStringLiteral("Comments") << false;
        QTest::newRow("read more") << QStringLiteral("Read more") << false;
        QTest::newRow("tr heading") << QStringLiteral("Giriş") << false;
        QTest::newRow("tr bu") << QStringLiteral("Bu") << false;
        QTest::newRow("sentence with share") << QStringLiteral("Share prices fell 3% on Monday.") << false;
        QTest::newRow("sentence with print")
            << QStringLiteral("Print the form and sign it before the 16th of May, please.") << false;
        QTest::newRow("tr sentence") << QStringLiteral("Bu haberi paylaşan kişi 16 yaşında.") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void pageControls()
    {
        QFETCH(QString, line);
        QFETCH(bool, residue);
        QCOMPARE(isPageControlLine(line), residue);
    }

    void removesResidueLinesOnly()
    {
        QStringList lines = {QStringLiteral("Headline"), QStringLiteral("Share | Print"),
                             QStringLiteral("A+ A−"),    QStringLiteral("Body text of the article."),
                             QStringLiteral("* * *"),    QStringLiteral("Paylaş")};
        extractWebMetadata(lines);
        const QStringList expected = {
            QStringLiteral("Headline"), QString(), QString(), QStringLiteral("Body text of the article."),
            QStringLiteral("* * *"),    QString()};
        QCOMPARE(lines, expected);
    }

    // Treebank sentences are real text by construction: none of them,
    // however short, may be taken for page controls.
    void keepsTreebankSentences_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("tr imst") << QStringLiteral("tr_imst-ud-dev.conllu");
        QTest::newRow("tr boun") << QStringLiteral("tr_boun-ud-dev.conllu");
        QTest::newRow("en ewt") << QStringLiteral("en_ewt-ud-dev.conllu");
    }
    void keepsTreebankSentences()
    {
        QFETCH(QString, file);
        QFile f(QStringLiteral(OKUR_TEST_DATA "/ud/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString prefix = QStringLiteral("# text = ");
        QStringList flagged;
        int sentences = 0;
        for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
            if (!line.startsWith(prefix))
                continue;
            ++sentences;
            if (isPageControlLine(line.mid(prefix.size())))
                flagged.append(line.mid(prefix.size()));
        }
        QVERIFY(sentences > 500);
        QVERIFY2(flagged.isEmpty(), qPrintable(flagged.join(QStringLiteral(" / "))));
    }

    void captions_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("caption");
        QTest::newRow("photo") << QStringLiteral("Photo: AZERTAC") << true;
        QTest::newRow("tablo") << QStringLiteral("Tablo 2: Yıllara göre etkinlikler") << true;
        QTest::newRow("figure") << QStringLiteral("Figure 1. Growth") << true;
        QTest::newRow("sentence") << QStringLiteral("Photos of the event were shared widely.") << false;
    }
    void captions()
    {
        QFETCH(QString, line);
        QFETCH(bool, caption);
        QCOMPARE(isCaptionLine(line), caption);
    }
};

QTEST_GUILESS_MAIN(TestWebJunk)
#include "tst_webjunk.moc"
