#include "clirunner.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CliRunner run{m_dir.filePath(QStringLiteral("lib"))};

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }


private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listJson()
    {
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--json")}), 0);
        const QJsonArray docs = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(docs.size(), 5);
        for (const auto &v : docs) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"id", "title", "language", "date", "blocks"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY(o.value(QStringLiteral("blocks")).toInt() > 0);
        }
    }

    void text()
    {
        QCOMPARE(run({QStringLiteral("text"), QStringLiteral("kultur-dijital-diplomasi")}), 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("ÖZ"));
        QVERIFY(lines[1].startsWith(QStringLiteral("Azerbaycan'ın dış politikada kültür ve dijital diplomasi")));
        QCOMPARE(run({QStringLiteral("text"), QStringLiteral("nope")}), 1);
        QVERIFY(run.err.contains(QStringLiteral("no document")));
    }

    void importAndRefusals()
    {
        const QString good = m_dir.filePath(QStringLiteral("good.txt"));
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Diaspora Notes\n\nThe diaspora keeps ties with the homeland.\n");
        f.close();
        QCOMPARE(run({QStringLiteral("import"), good}), 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("diaspora-notes"));
        QCOMPARE(run({QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.txt"))}), 1);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.err.startsWith(QStringLiteral("okur-cli: ")));
        QCOMPARE(run({QStringLiteral("import"), m_dir.path()}), 1);
    }

    // A .md file reads as its text: no markup left in what `text` prints.
    void importMarkdown()
    {
        const QString md = m_dir.filePath(QStringLiteral("guide.md"));
        writeFile(md, "Reading *Guide*\n=============\n\nKeep a **notebook** of [new words](https://example.org) "
                      "and `forms`.\n\n1. read\n2. note\n   - review\n\n> Read twice.\n\n---\n\n<div>hidden</div>\n\n"
                      "```\ncode *here*\n```\n");
        QCOMPARE(run({QStringLiteral("import"), md}), 0);
        const QString id = run.out.trimmed();
        QCOMPARE(run({QStringLiteral("text"), id}), 0);
        const QStringList expected{
            "Reading Guide", "Keep a notebook of new words and forms.", "1. read", "2. note", "• review", "Read twice.",
            "code *here*"};
        QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts), expected);
        for (const char *markup : {"**", "](", "`", "> ", "<div", "---", "==="})
            QVERIFY2(!run.out.contains(QLatin1String(markup)), markup);
        // `repair` reads a .md file as the importer does.
        QCOMPARE(run({QStringLiteral("repair"), md}), 0);
        QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts), expected);
    }

    void repairWithoutLibrary()
    {
        QCOMPARE(run({QStringLiteral("repair"), QStringLiteral(OKUR_TEST_DATA "/gold/dev_oz.src.txt")}), 0);
        QVERIFY(run.out.startsWith(QStringLiteral("ÖZ\nAzerbaycan'ın dış politikada kültür")));
    }

    void annotations()
    {
        QCOMPARE(run({QStringLiteral("annotate"), QStringLiteral("kultur-dijital-diplomasi"), QStringLiteral("--quote"),
                      QStringLiteral("yumuşak güç"), QStringLiteral("--occurrence"), QStringLiteral("2"),
                      QStringLiteral("--color"), QStringLiteral("green"), QStringLiteral("--note"), QStringLiteral("Nye")}), 0);
        const QString id = run.out.trimmed();
        QCOMPARE(id.size(), 36);
        QCOMPARE(run({QStringLiteral("annotate"), QStringLiteral("kultur-dijital-diplomasi"), QStringLiteral("--quote"),
                      QStringLiteral("bu metinde olmayan söz")}), 1);
        QVERIFY(run.err.contains(QStringLiteral("not found")));
        QCOMPARE(run({QStringLiteral("annotate"), QStringLiteral("kultur-dijital-diplomasi"), QStringLiteral("--quote"),
                      QStringLiteral("güç"), QStringLiteral("--color"), QStringLiteral("orange")}), 2);
        QCOMPARE(run({QStringLiteral("bookmark"), QStringLiteral("kultur-dijital-diplomasi"), QStringLiteral("--block"),
                      QStringLiteral("3")}), 0);
        QCOMPARE(run({QStringLiteral("annotations"), QStringLiteral("--doc"), QStringLiteral("kultur-dijital-diplomasi"),
                      QStringLiteral("--json")}), 0);
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        for (const char *key : {"id", "document", "block", "start", "end", "quote", "color", "note", "created", "updated", "orphaned"})
            QVERIFY2(list.first().toObject().contains(QLatin1String(key)), key);

        QCOMPARE(run({QStringLiteral("export-annotations"), QStringLiteral("--format"), QStringLiteral("markdown")}), 0);
        QVERIFY(run.out.contains(QStringLiteral("> yumuşak güç")));
        QCOMPARE(run({QStringLiteral("export-annotations"), QStringLiteral("--format"), QStringLiteral("w3c")}), 0);
        const QString w3c = m_dir.filePath(QStringLiteral("notes.json"));
        QFile f(w3c);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(run.out.toUtf8());
        f.close();
        QCOMPARE(run({QStringLiteral("import-annotations"), w3c}), 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("added 0, updated 0, unchanged 2")), qPrintable(run.out));
        QCOMPARE(run({QStringLiteral("export-annotations"), QStringLiteral("--format"), QStringLiteral("pdf")}), 2);
    }

    // issue 15 #4, #5, #13 and remove-annotation: what the CLI says follows what was committed.
    void annotationWritesFollowTheDatabase()
    {
        const QString doc = QStringLiteral("kultur-dijital-diplomasi");
        QCOMPARE(run({QStringLiteral("remove-annotation"), QStringLiteral("no-such-id")}), 1);
        QCOMPARE(run.err, QStringLiteral("okur-cli: no annotation with id no-such-id\n"));
        QCOMPARE(run({QStringLiteral("annotate"), doc, QStringLiteral("--quote"), QStringLiteral("kamu diplomasisi")}), 0);
        const QString id = run.out.trimmed();
        QCOMPARE(run({QStringLiteral("remove-annotation"), id}), 0);
        QCOMPARE(run({QStringLiteral("annotations"), QStringLiteral("--json")}), 0);
        for (const auto &v : QJsonDocument::fromJson(run.out.toUtf8()).array())
            QVERIFY(v.toObject().value(QStringLiteral("id")).toString() != id);
        QCOMPARE(run({QStringLiteral("export-annotations"), QStringLiteral("--format"), QStringLiteral("w3c")}), 0);
        const QJsonObject exported = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(exported.value(QStringLiteral("okur:deleted")).toArray().first().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("urn:uuid:") + id); // a tombstone, as the app leaves
        QCOMPARE(run({QStringLiteral("remove-annotation"), id}), 1);

        // A copy dated in 9999: imported once, removed, imported again: it stays removed.
        const QString future = m_dir.filePath(QStringLiteral("future.json"));
        const QString futureId = QStringLiteral("0b7e3c52-1d0a-4c1e-9a51-5f3f0c2d9e01");
        writeFile(future, QStringLiteral("{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"id\": \"urn:uuid:%1\", \"type\": \"Annotation\", \"created\": \"2024-01-01T00:00:00Z\", \"modified\": \"9999-12-31T00:00:00Z\", \"target\": {\"source\": \"okur://document/%2\", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"kamu diplomasisi\"}}}")
                                .arg(futureId, doc).toUtf8());
        QCOMPARE(run({QStringLiteral("import-annotations"), future}), 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("added 1,")), qPrintable(run.out));
        QCOMPARE(run({QStringLiteral("remove-annotation"), futureId}), 0);
        QCOMPARE(run({QStringLiteral("import-annotations"), future}), 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("added 0, updated 0, unchanged 1")), qPrintable(run.out));
        QCOMPARE(run({QStringLiteral("remove-annotation"), futureId}), 1); // still removed

        // A write the database refuses: no "added", exit 1, one line.
        {
            okur::storage::Database db;
            QVERIFY(db.open(m_dir.filePath(QStringLiteral("lib/library.sqlite"))));
            QVERIFY(db.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON annotations "
                                           "BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
        }
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.json"));
        writeFile(fresh, QStringLiteral("[{\"id\": \"urn:uuid:0b7e3c52-1d0a-4c1e-9a51-5f3f0c2d9e02\", \"type\": \"Annotation\", \"created\": \"2024-01-01T00:00:00Z\", \"target\": \"okur://document/%1#block=1\"}]").arg(doc).toUtf8());
        const int refused = run({QStringLiteral("import-annotations"), fresh});
        {
            okur::storage::Database db;
            QVERIFY(db.open(m_dir.filePath(QStringLiteral("lib/library.sqlite"))));
            QVERIFY(db.exec(QStringLiteral("DROP TRIGGER refuse")));
        }
        QCOMPARE(refused, 1);
        QVERIFY2(run.out.isEmpty() && run.err.contains(QStringLiteral("refused by test")), qPrintable(run.out + run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QCOMPARE(run({QStringLiteral("import-annotations"), fresh}), 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("added 1,")), qPrintable(run.out));

        // Over the limit: refused whole with a clear line, not read in part as broken JSON.
        const QString big = m_dir.filePath(QStringLiteral("big.json"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[{\"id\": \"urn:uuid:0b7e3c52-1d0a-4c1e-9a51-5f3f0c2d9e03\", \"type\": \"Annotation\", \"bodyValue\": \"");
        const QByteArray chunk(1 << 20, 'a');
        for (int i = 0; i < 65; ++i)
            f.write(chunk);
        f.write(QStringLiteral("\", \"target\": \"okur://document/%1#block=1\"}]").arg(doc).toUtf8());
        f.close();
        QCOMPARE(run({QStringLiteral("import-annotations"), big}), 1);
        QVERIFY2(run.err.contains(QStringLiteral("too large (66 MB; the limit is 64 MB)")), qPrintable(run.err));
        QFile::remove(big);
    }

    void vocabulary()
    {
        const QString doc = QStringLiteral("kultur-dijital-diplomasi");
        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("add"), QStringLiteral("diplomasi"), QStringLiteral("--translation"),
                      QStringLiteral("diplomacy"), QStringLiteral("--context"), QStringLiteral("\"Dijital\" diplomasi\tçağı"),
                      QStringLiteral("--doc"), doc, QStringLiteral("--block"), QStringLiteral("3")}), 0);
        const QString first = run.out.trimmed();
        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("add"), QStringLiteral("#etiket"), QStringLiteral("--translation"),
                      QStringLiteral("tag")}), 0);
        const QString second = run.out.trimmed();
        QVERIFY(first != second && first.toLongLong() > 0);
        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--doc"), QStringLiteral("nope")}), 1);
        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("add")}), 2);
        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("list"), QStringLiteral("--json")}), 0);
        QJsonArray items = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(items.size(), 2);
        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("list"), QStringLiteral("--due"), QStringLiteral("--json")}), 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 2); // new words are due at once

        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("review"), first, QStringLiteral("--grade"), QStringLiteral("4")}), 0);
        QVERIFY2(run.out.contains(QStringLiteral("(in 1 days)")), qPrintable(run.out)); // SM-2: first success, one day
        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("list"), QStringLiteral("--due"), QStringLiteral("--json")}), 0);
        items = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("lemma")).toString(), QStringLiteral("#etiket"));
        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("review"), QStringLiteral("999999"), QStringLiteral("--grade"), QStringLiteral("4")}), 1);
        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("review"), first, QStringLiteral("--grade"), QStringLiteral("9")}), 2);

        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("anki")}), 0);
        QVERIFY(run.out.startsWith(QStringLiteral("#separator:tab\n#html:false\n#notetype:Basic\n#deck:Okur\n")));
        QVERIFY(run.out.contains(QStringLiteral("\"diplomasi\"\t\"diplomacy\n\n\"\"Dijital\"\" diplomasi\tçağı\n\nokur://document/") + doc
                               + QStringLiteral("#block=3")));
        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--bom")}), 0);
        QVERIFY(run.out.startsWith(QStringLiteral("\uFEFFlemma,")));
        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf")}), 2);

        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("remove"), second}), 0);
        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("remove"), second}), 1);
        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("list"), QStringLiteral("--json")}), 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 1);
    }

    // A usage mistake says what was wrong, then the command's own usage lines (exit 2).
    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("usage"); // the usage line shown; empty: none
        QTest::newRow("no command") << QStringList{} << QString() << QStringLiteral("  list [--json]");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")} << QStringLiteral("unknown command fly")
                                         << QString();
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--fast")}
                                        << QStringLiteral("unknown or incomplete option --fast") << QStringLiteral("  list [--json]");
        QTest::newRow("text without id") << QStringList{QStringLiteral("text")}
                                         << QStringLiteral("okur-cli text: give one document id") << QStringLiteral("  text ID");
        QTest::newRow("import without file") << QStringList{QStringLiteral("import")}
                                             << QStringLiteral("okur-cli import: give the files") << QStringLiteral("  import FILE");
        QTest::newRow("empty lookup") << QStringList{QStringLiteral("lookup"), QString()}
                                      << QStringLiteral("okur-cli lookup: give a word or phrase") << QStringLiteral("  lookup TEXT");
        QTest::newRow("batch lookup without json") << QStringList{QStringLiteral("lookup"), QStringLiteral("--stdin")}
                                                   << QStringLiteral("add --json") << QStringLiteral("  lookup --stdin --json");
        QTest::newRow("offset out of range")
            << QStringList{QStringLiteral("position"), QStringLiteral("x"), QStringLiteral("--block"), QStringLiteral("1"),
                           QStringLiteral("--offset"), QStringLiteral("2")}
            << QStringLiteral("--offset takes the share of the block read") << QStringLiteral("  position DOC");
        QTest::newRow("unknown vocabulary command") << QStringList{QStringLiteral("vocabulary"), QStringLiteral("fly")}
                                                    << QStringLiteral("add, list, review, remove or export?")
                                                    << QStringLiteral("  vocabulary add LEMMA");
        QTest::newRow("summary of both") << QStringList{QStringLiteral("summary"), QStringLiteral("--theme"), QStringLiteral("a"),
                                                        QStringLiteral("--doc"), QStringLiteral("b")}
                                         << QStringLiteral("one of the two") << QStringLiteral("  summary --theme ID");
    }
    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        QFETCH(QString, usage);
        QCOMPARE(run(args), 2);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        if (usage.isEmpty()) {
            QVERIFY2(!run.err.contains(QStringLiteral("usage:")), qPrintable(run.err));
            return;
        }
        QVERIFY2(run.err.contains(QStringLiteral("\n") + usage), qPrintable(run.err));
        // A command's mistake shows that command's lines, not all of them.
        if (!says.isEmpty() && !says.startsWith(QStringLiteral("unknown or incomplete")))
            QVERIFY2(!run.err.contains(QStringLiteral("  themes [--json]")), qPrintable(run.err));
    }

    // Asked for, the usage goes to standard output with no error.
    void help_data()
    {
        QTest::addColumn<QString>("arg");
        QTest::newRow("--help") << QStringLiteral("--help");
        QTest::newRow("-h") << QStringLiteral("-h");
        QTest::newRow("help") << QStringLiteral("help");
    }
    void help()
    {
        QFETCH(QString, arg);
        QCOMPARE(run({arg}), 0);
        QVERIFY(run.out.startsWith(QStringLiteral("usage: okur-cli")));
        QVERIFY(run.out.contains(QStringLiteral("lookup --stdin --json")));
        QVERIFY(run.err.isEmpty());
    }

    void brokenLibraryIsSetAsideAndHealed()
    {
        const QString dir = m_dir.filePath(QStringLiteral("broken"));
        QDir().mkpath(dir);
        QFile f(dir + QStringLiteral("/library.sqlite"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x42'));
        f.close();
        CliRunner broken(dir);
        QCOMPARE(broken({QStringLiteral("list"), QStringLiteral("--json")}), 0);
        QVERIFY2(broken.err.contains(QStringLiteral("not a database")) && broken.err.contains(QStringLiteral("kept as")), qPrintable(broken.err));
        QCOMPARE(QJsonDocument::fromJson(broken.out.toUtf8()).array().size(), 5);
        const QStringList aside = QDir(dir).entryList({QStringLiteral("library.sqlite.damaged-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(QFileInfo(dir + u'/' + aside.first()).size(), 4096); // nothing lost
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
