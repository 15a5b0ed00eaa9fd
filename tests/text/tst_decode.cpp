#include "text/decode.h"

#include <QTest>

using namespace okur::text;

class TestDecode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ascii") << QByteArray("hello\n") << QStringLiteral("hello\n");
        QTest::newRow("turkish") << QByteArray("kültür İletişim") << QStringLiteral("kültür İletişim");
        QTest::newRow("bom dropped") << QByteArray("\xEF\xBB\xBFtext") << QStringLiteral("text");
        QTest::newRow("crlf") << QByteArray("a\r\nb") << QStringLiteral("a\nb");
        QTest::newRow("cr only") << QByteArray("a\rb\rc") << QStringLiteral("a\nb\nc");
        QTest::newRow("nfc") << QByteArray("ku\xCC\x88ltu\xCC\x88r") << QStringLiteral("kültür");
        QTest::newRow("controls dropped") << QByteArray("a\x01\x1B" "b\tc") << QStringLiteral("ab\tc");
        QTest::newRow("rtl kept") << QByteArray("\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85") << QStringLiteral("سلام");
    }
    void accepts()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const DecodeResult r = decodeUtf8(bytes);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.text, expected);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("invalid byte") << QByteArray("abc\xFF") << QStringLiteral("UTF-8");
        QTest::newRow("overlong") << QByteArray("\xC0\xAF") << QStringLiteral("UTF-8");
        QTest::newRow("lone surrogate") << QByteArray("\xED\xA0\x80") << QStringLiteral("UTF-8");
        QTest::newRow("truncated") << QByteArray("k\xC3") << QStringLiteral("UTF-8");
        QTest::newRow("nul") << QByteArray("ab\0cd", 5) << QStringLiteral("binary");
        QTest::newRow("utf16 le") << QByteArray("\xFF\xFEh\0i\0", 6) << QStringLiteral("UTF-16");
        QTest::newRow("utf16 be") << QByteArray("\xFE\xFF\0h\0i", 6) << QStringLiteral("UTF-16");
        QTest::newRow("too large") << QByteArray(kMaxImportBytes + 1, 'a') << QStringLiteral("too large");
    }
    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const DecodeResult r = decodeUtf8(bytes);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
        QVERIFY(r.text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDecode)
#include "tst_decode.moc"
