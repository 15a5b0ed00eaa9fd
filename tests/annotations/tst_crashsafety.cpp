// Kills okur-cli (SIGKILL) in the middle of a burst of annotation writes,
// many times, and checks that every write it acknowledged is there and the
// database is sound.
#include "annotations/annotationstore.h"
#include "documents/documentstore.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestCrashSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killDuringAnnotationBurst()
    {
        QTemporaryDir dir;
        const QString cli = QStringLiteral(OKUR_BIN_DIR "/okur-cli");
        // Seed the library once, so every run spends its time writing.
        QProcess seed;
        seed.start(cli, {QStringLiteral("--library"), dir.path(), QStringLiteral("list")});
        QVERIFY(seed.waitForFinished(60000));
        QCOMPARE(seed.exitCode(), 0);

        const int trials = 12;
        QSet<QString> acknowledged;
        int lost = 0;
        for (int trial = 0; trial < trials; ++trial) {
            QProcess p;
            p.start(cli, {QStringLiteral("--library"), dir.path(), QStringLiteral("annotate-burst"),
                          QStringLiteral("kultur-dijital-diplomasi"), QStringLiteral("--count"), QStringLiteral("100000")});
            QVERIFY(p.waitForStarted());
            // Wait until writes are flowing, then a random moment more.
            QVERIFY(p.waitForReadyRead(30000));
            QTest::qWait(20 + int(QRandomGenerator::global()->bounded(200)));
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished(10000));
            const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
            for (const QByteArray &l : lines) {
                if (l.size() == 36) // a whole UUID: the write was acknowledged
                    acknowledged.insert(QString::fromLatin1(l));
            }
        }
        okur::documents::DocumentStore store;
        QString error;
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        QCOMPARE(store.database().integrityCheck(), QStringLiteral("ok"));
        okur::annotations::AnnotationStore annotations(store.database());
        QSet<QString> present;
        for (const auto &a : annotations.list(QStringLiteral("kultur-dijital-diplomasi")))
            present.insert(a.id);
        for (const QString &id : acknowledged)
            lost += present.contains(id) ? 0 : 1;
        qInfo().noquote() << QStringLiteral("kill trials: %1, acknowledged writes: %2, lost: %3")
                                 .arg(trials).arg(acknowledged.size()).arg(lost);
        QVERIFY(acknowledged.size() > trials);
        QCOMPARE(lost, 0);
    }

    void killDuringImport()
    {
        QTemporaryDir dir;
        const QString cli = QStringLiteral(OKUR_BIN_DIR "/okur-cli");
        QProcess seed;
        seed.start(cli, {QStringLiteral("--library"), dir.path(), QStringLiteral("list")});
        QVERIFY(seed.waitForFinished(60000));
        // A large document, so the kill lands while it is being processed or written.
        QFile big(dir.filePath(QStringLiteral("big.txt")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        for (int i = 0; i < 20000; ++i)
            big.write(QStringLiteral("Paragraph %1: Azerbaijan's soft power and cultural diplomacy reach far.\n\n").arg(i).toUtf8());
        big.close();
        const int trials = 8;
        for (int trial = 0; trial < trials; ++trial) {
            QProcess p;
            p.start(cli, {QStringLiteral("--library"), dir.path(), QStringLiteral("import"), big.fileName()});
            QVERIFY(p.waitForStarted());
            QTest::qWait(300 + int(QRandomGenerator::global()->bounded(1500)));
            p.kill();
            p.waitForFinished(10000);
        }
        okur::documents::DocumentStore store;
        QString error;
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        QCOMPARE(store.database().integrityCheck(), QStringLiteral("ok"));
        int imported = 0;
        for (const auto &d : store.documents()) {
            // A document is there whole, or not at all.
            QVERIFY2(d.blockCount > 0, qPrintable(d.id));
            if (d.origin.startsWith(QLatin1String("import:")))
                ++imported;
        }
        qInfo().noquote() << QStringLiteral("import kill trials: %1, documents imported whole before a kill: %2, half-imported: 0")
                                 .arg(trials).arg(imported);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
