// okur-cli vocabulary export --format apkg: the package written to --output,
// read back with libzip and sqlite3; and each way it must refuse.
#include "clirunner.h"
#include "glossary/apkgreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCliApkg : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CliRunner run{m_dir.filePath(QStringLiteral("lib"))};


private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("add"), QStringLiteral("ışık"), QStringLiteral("--translation"),
                      QStringLiteral("light <b>"), QStringLiteral("--context"), QStringLiteral("\"Işık\"\tyandı")}),
                 0);
        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("add"), QStringLiteral("#etiket"), QStringLiteral("--translation"),
                      QStringLiteral("tag")}),
                 0);
        // Reviewed as easy: no longer due, so --due leaves it out.
        const QString id = run.out.trimmed();
        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("review"), id, QStringLiteral("--grade"), QStringLiteral("5")}), 0);
    }

    void exportPackage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("deck"); // empty: no file is written
        QTest::addColumn<int>("notes");
        QTest::newRow("default deck") << QStringList{} << 0 << QStringLiteral("Okur") << 2;
        QTest::newRow("named deck") << QStringList{QStringLiteral("--deck"), QStringLiteral("Türkçe")} << 0 << QStringLiteral("Türkçe") << 2;
        QTest::newRow("due") << QStringList{QStringLiteral("--due")} << 0 << QStringLiteral("Okur") << 1;
        QTest::newRow("no output") << QStringList{QStringLiteral("--no-output")} << 2 << QString() << 0;
        QTest::newRow("unwritable") << QStringList{QStringLiteral("--bad-dir")} << 1 << QString() << 0;
    }

    void exportPackage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, deck);
        QFETCH(int, notes);
        const QString path = m_dir.filePath(QStringLiteral("words-%1.apkg").arg(QTest::currentDataTag()).replace(u' ', u'-'));
        QStringList call{QStringLiteral("vocabulary"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("apkg")};
        if (args.contains(QStringLiteral("--bad-dir")))
            call << QStringLiteral("--output") << m_dir.filePath(QStringLiteral("no/such/dir/w.apkg"));
        else if (!args.contains(QStringLiteral("--no-output")))
            call << QStringLiteral("--output") << path << args;
        QCOMPARE(run(call), exitCode);
        if (exitCode != 0) {
            if (exitCode == 1) // a failure is one clear line
                QVERIFY2(!run.err.trimmed().isEmpty() && !run.err.trimmed().contains(u'\n'), qPrintable(run.err));
            else // a usage error shows how to call it
                QVERIFY(run.err.contains(QStringLiteral("--format apkg --output FILE")));
            QVERIFY(!QFile::exists(path));
            return;
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto entries = apkgtest::unzip(f.readAll());
        QCOMPARE(entries.value(QStringLiteral("media")), QByteArray("{}"));
        const QString col = m_dir.filePath(QStringLiteral("col-%1.anki2").arg(QTest::currentDataTag()).replace(u' ', u'-'));
        QFile c(col);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(entries.value(QStringLiteral("collection.anki2")));
        c.close();
        apkgtest::Sqlite db(col);
        QCOMPARE(db.rows("SELECT count(*) FROM notes").value(0).value(0).toInt(), notes);
        const QString did = QString::number(db.rows("SELECT did FROM cards").value(0).value(0).toLongLong());
        const QJsonObject decks = QJsonDocument::fromJson(db.rows("SELECT decks FROM col").value(0).value(0).toString().toUtf8()).object();
        QCOMPARE(decks.value(did).toObject().value(QStringLiteral("name")).toString(), deck);
        // The typed text, escaped: Anki shows "<b>", it does not apply it.
        const auto flds = db.rows("SELECT flds FROM notes WHERE sfld = 'ışık'").value(0).value(0).toString().split(QChar(0x1f));
        QCOMPARE(flds.value(1), QStringLiteral("light &lt;b&gt;"));
        QCOMPARE(flds.value(2), QStringLiteral("&quot;Işık&quot;\tyandı"));
    }

    void textFormatsStillNeedNoOutput()
    {
        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("anki")}), 0);
        QVERIFY(run.out.startsWith(QStringLiteral("#separator:tab")));
    }
};

QTEST_GUILESS_MAIN(TestCliApkg)
#include "tst_cliapkg.moc"
