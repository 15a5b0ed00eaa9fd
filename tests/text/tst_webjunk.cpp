#include "text/webjunk.h"

#include <QtTest>

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
