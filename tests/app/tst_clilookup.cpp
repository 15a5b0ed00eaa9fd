// okur-cli lookup --stdin --json: one word a line in, one JSON object a line
// out, the dictionaries loaded once. Runs the real executable.
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

class TestCliLookup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void batch()
    {
        QProcess p;
        p.start(QStringLiteral(OKUR_BIN_DIR "/okur-cli"), {QStringLiteral("lookup"), QStringLiteral("--stdin"), QStringLiteral("--json"),
                                                           QStringLiteral("--from"), QStringLiteral("tr")});
        QVERIFY(p.waitForStarted());
        p.write(QStringLiteral("geliyorum\n\nkitabı\nZeynep'in\n").toUtf8());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 4); // one object a line, the empty line included
        const QStringList queries{QStringLiteral("geliyorum"), QString(), QStringLiteral("kitabı"), QStringLiteral("Zeynep'in")};
        const QStringList lemmas{QStringLiteral("gelmek"), QString(), QStringLiteral("kitap"), QStringLiteral("Zeynep")};
        for (int i = 0; i < 4; ++i) {
            QJsonParseError e;
            const QJsonObject o = QJsonDocument::fromJson(lines[i], &e).object();
            QCOMPARE(e.error, QJsonParseError::NoError);
            QCOMPARE(o.value(QStringLiteral("query")).toString(), queries[i]);
            const QJsonArray a = o.value(QStringLiteral("analyses")).toArray();
            if (lemmas[i].isEmpty())
                QVERIFY(a.isEmpty());
            else
                QCOMPARE(a.first().toObject().value(QStringLiteral("lemma")).toString(), lemmas[i]);
        }
    }

    // A reading whose bare root differs from its lemma says so: a transparent causative keeps the entry a
    // reader looks up (belirtmek "to state") and has its base as the root UD writes (belir).
    void rootBesideLemma()
    {
        QProcess p;
        p.start(QStringLiteral(OKUR_BIN_DIR "/okur-cli"), {QStringLiteral("lookup"), QStringLiteral("--stdin"), QStringLiteral("--json"),
                                                           QStringLiteral("--from"), QStringLiteral("tr")});
        QVERIFY(p.waitForStarted());
        p.write("belirtildi\nkitabı\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject causative =
            QJsonDocument::fromJson(lines[0]).object().value(QStringLiteral("analyses")).toArray().first().toObject();
        QCOMPARE(causative.value(QStringLiteral("lemma")).toString(), QStringLiteral("belirtmek"));
        QCOMPARE(causative.value(QStringLiteral("root")).toString(), QStringLiteral("belir"));
        const QJsonObject noun =
            QJsonDocument::fromJson(lines[1]).object().value(QStringLiteral("analyses")).toArray().first().toObject();
        QCOMPARE(noun.value(QStringLiteral("lemma")).toString(), QStringLiteral("kitap"));
        QVERIFY(!noun.contains(QStringLiteral("root"))); // the same as its lemma
    }

    void needsJson()
    {
        QProcess p;
        p.start(QStringLiteral(OKUR_BIN_DIR "/okur-cli"), {QStringLiteral("lookup"), QStringLiteral("--stdin")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliLookup)
#include "tst_clilookup.moc"
