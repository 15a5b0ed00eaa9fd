// Zip archives on zlib alone (storage/zip.h): what it writes it reads back, what another writer made it reads,
// and each way an archive can be damaged or crafted is refused with a reason rather than read wrong.
#include "formats/zipwriter.h"
#include "storage/zip.h"

#include <QTest>

using okur::storage::ZipReader;
using okur::test::makeZip;
using okur::test::ZipEntry;

class TestZip : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        QByteArray binary(70000, Qt::Uninitialized);
        for (qsizetype i = 0; i < binary.size(); ++i) {
            binary[i] = char((i * 7919) % 251);
        }
        const QList<std::pair<QByteArray, QByteArray>> files{{"collection.anki2", binary},
                                                             {"media", "{}"},
                                                             {"empty", QByteArray()},
                                                             {"çay/ağaç.txt", QByteArray(100000, 'a')}};
        const QByteArray zip = okur::storage::zipArchive(files);
        QVERIFY(!zip.isEmpty());
        QVERIFY(zip.size() < binary.size() + 10000); // the repeated 'a's were deflated
        const ZipReader reader(zip);
        QCOMPARE(reader.error(), QString());
        QCOMPARE(reader.entries().size(), files.size());
        for (qsizetype i = 0; i < files.size(); ++i) {
            QCOMPARE(reader.entries()[i].name, files[i].first);
            QCOMPARE(reader.entries()[i].size, qint64(files[i].second.size()));
            QString error;
            QCOMPARE(reader.read(reader.indexOf(files[i].first), &error), files[i].second);
            QCOMPARE(error, QString());
        }
        QCOMPARE(reader.indexOf("missing"), qsizetype(-1));
        QCOMPARE(okur::storage::zipArchive(files), zip); // a function of its input
    }

    void readsAnotherWriters()
    {
        // The tests' own writer: stored and deflated entries, and a comment after the end record.
        QByteArray zip = makeZip(
            {ZipEntry{"mimetype", "application/epub+zip", false}, ZipEntry{"a/b.xhtml", QByteArray(5000, 'x')}});
        zip.chop(2);
        zip += QByteArray("\x07\x00", 2) + "comment";
        const ZipReader reader(zip);
        QCOMPARE(reader.error(), QString());
        QString error;
        QCOMPARE(reader.read(0, &error), QByteArray("application/epub+zip"));
        QCOMPARE(reader.read(1, &error), QByteArray(5000, 'x'));
        QCOMPARE(error, QString());
    }

    void refusesDamagedArchives_data()
    {
        QTest::addColumn<QByteArray>("zip");
        const QByteArray good = makeZip({ZipEntry{"a.txt", "hello, world"}});
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no zip") << QByteArray(200, 'x');
        QTest::newRow("truncated") << good.left(good.size() / 2);
        QTest::newRow("truncated end record") << good.left(good.size() - 3);
        QByteArray outside = good;
        qToLittleEndian<quint32>(quint32(good.size()), outside.data() + good.size() - 6); // directory offset
        QTest::newRow("directory outside") << outside;
        QByteArray zip64 = good;
        qToLittleEndian<quint32>(0xffffffff, zip64.data() + good.size() - 6);
        QTest::newRow("zip64") << zip64;
        QByteArray count = good;
        qToLittleEndian<quint16>(2, count.data() + good.size() - 12); // two entries claimed, one there
        qToLittleEndian<quint16>(2, count.data() + good.size() - 14);
        QTest::newRow("entry count") << count;
    }
    void refusesDamagedArchives()
    {
        QFETCH(QByteArray, zip);
        const ZipReader reader(zip);
        QVERIFY(!reader.error().isEmpty());
        QVERIFY(reader.entries().isEmpty());
    }

    void refusesDamagedEntries_data()
    {
        QTest::addColumn<QByteArray>("zip");
        QTest::addColumn<QString>("reason");
        const QByteArray text = "hello, world, hello, world";
        const QByteArray stored = makeZip({ZipEntry{"a.txt", text, false}});
        const qsizetype data = 30 + 5; // local header, name
        QByteArray flipped = stored;
        flipped[data] = 'j';
        QTest::newRow("checksum") << flipped << QStringLiteral("checksum");
        QTest::newRow("declared larger (deflated)")
            << makeZip({ZipEntry{"a.txt", text, true, text.size() * 100}}) << QStringLiteral("declared size");
        QTest::newRow("declared smaller (deflated)")
            << makeZip({ZipEntry{"a.txt", text, true, 5}}) << QStringLiteral("declared size");
        QTest::newRow("declared larger (stored)")
            << makeZip({ZipEntry{"a.txt", text, false, text.size() + 1}}) << QStringLiteral("sizes disagree");
        QByteArray renamed = stored;
        renamed[30] = 'b'; // the local header names b.txt
        QTest::newRow("local name") << renamed << QStringLiteral("local header");
        QByteArray method = stored;
        qToLittleEndian<quint16>(12, method.data() + 8); // bzip2 in the local header only
        QTest::newRow("local method") << method << QStringLiteral("local header");
        QByteArray bzip2 = stored;
        qToLittleEndian<quint16>(12, bzip2.data() + 8);
        qToLittleEndian<quint16>(12, bzip2.data() + stored.indexOf("PK\x01\x02") + 10);
        QTest::newRow("method") << bzip2 << QStringLiteral("not supported");
        QByteArray encrypted = stored;
        qToLittleEndian<quint16>(1, encrypted.data() + stored.indexOf("PK\x01\x02") + 8);
        QTest::newRow("encrypted") << encrypted << QStringLiteral("encrypted");
        QByteArray extra = stored;
        qToLittleEndian<quint16>(60000, extra.data() + 28); // a local extra field reaching past the data
        QTest::newRow("data outside") << extra << QStringLiteral("past the archive");
        QByteArray offset = stored;
        qToLittleEndian<quint32>(quint32(stored.indexOf("PK\x01\x02")),
                                 offset.data() + stored.indexOf("PK\x01\x02") + 42);
        QTest::newRow("local header in the directory") << offset << QStringLiteral("local header");
    }
    void refusesDamagedEntries()
    {
        QFETCH(QByteArray, zip);
        QFETCH(QString, reason);
        const ZipReader reader(zip);
        QCOMPARE(reader.error(), QString());
        QCOMPARE(reader.entries().size(), qsizetype(1));
        QString error;
        QVERIFY(reader.read(0, &error).isEmpty());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestZip)
#include "tst_zip.moc"
