#include "cli/cli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_out, m_err;

    int run(QStringList args)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out), err(&m_err);
        args.prepend(m_dir.filePath(QStringLiteral("lib")));
        args.prepend(QStringLiteral("--library"));
        return okur::cli::run(args, out, err);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listJson()
    {
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--json")}), 0);
        const QJsonArray docs = QJsonDocument::fromJson(m_out.toUtf8()).array();
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
        const QStringList lines = m_out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("ÖZ"));
        QVERIFY(lines[1].startsWith(QStringLiteral("Azerbaycan'ın dış politikada kültür ve dijital diplomasi")));
        QCOMPARE(run({QStringLiteral("text"), QStringLiteral("nope")}), 1);
        QVERIFY(m_err.contains(QStringLiteral("no document")));
    }

    void importAndRefusals()
    {
        const QString good = m_dir.filePath(QStringLiteral("good.txt"));
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Diaspora Notes\n\nThe diaspora keeps ties with the homeland.\n");
        f.close();
        QCOMPARE(run({QStringLiteral("import"), good}), 0);
        QCOMPARE(m_out.trimmed(), QStringLiteral("diaspora-notes"));
        QCOMPARE(run({QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.txt"))}), 1);
        QCOMPARE(m_err.count(u'\n'), 1);
        QVERIFY(m_err.startsWith(QStringLiteral("okur-cli: ")));
        QCOMPARE(run({QStringLiteral("import"), m_dir.path()}), 1);
    }

    void repairWithoutLibrary()
    {
        QCOMPARE(run({QStringLiteral("repair"), QStringLiteral(OKUR_TEST_DATA "/gold/dev_oz.src.txt")}), 0);
        QVERIFY(m_out.startsWith(QStringLiteral("ÖZ\nAzerbaycan'ın dış politikada kültür")));
    }

    void annotations()
    {
        QCOMPARE(run({QStringLiteral("annotate"), QStringLiteral("kultur-dijital-diplomasi"), QStringLiteral("--quote"),
                      QStringLiteral("yumuşak güç"), QStringLiteral("--occurrence"), QStringLiteral("2"),
                      QStringLiteral("--color"), QStringLiteral("green"), QStringLiteral("--note"), QStringLiteral("Nye")}), 0);
        const QString id = m_out.trimmed();
        QCOMPARE(id.size(), 36);
        QCOMPARE(run({QStringLiteral("annotate"), QStringLiteral("kultur-dijital-diplomasi"), QStringLiteral("--quote"),
                      QStringLiteral("bu metinde olmayan söz")}), 1);
        QVERIFY(m_err.contains(QStringLiteral("not found")));
        QCOMPARE(run({QStringLiteral("annotate"), QStringLiteral("kultur-dijital-diplomasi"), QStringLiteral("--quote"),
                      QStringLiteral("güç"), QStringLiteral("--color"), QStringLiteral("orange")}), 2);
        QCOMPARE(run({QStringLiteral("bookmark"), QStringLiteral("kultur-dijital-diplomasi"), QStringLiteral("--block"),
                      QStringLiteral("3")}), 0);
        QCOMPARE(run({QStringLiteral("annotations"), QStringLiteral("--doc"), QStringLiteral("kultur-dijital-diplomasi"),
                      QStringLiteral("--json")}), 0);
        const QJsonArray list = QJsonDocument::fromJson(m_out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        for (const char *key : {"id", "document", "block", "start", "end", "quote", "color", "note", "created", "updated", "orphaned"})
            QVERIFY2(list.first().toObject().contains(QLatin1String(key)), key);

        QCOMPARE(run({QStringLiteral("export-annotations"), QStringLiteral("--format"), QStringLiteral("markdown")}), 0);
        QVERIFY(m_out.contains(QStringLiteral("> yumuşak güç")));
        QCOMPARE(run({QStringLiteral("export-annotations"), QStringLiteral("--format"), QStringLiteral("w3c")}), 0);
        const QString w3c = m_dir.filePath(QStringLiteral("notes.json"));
        QFile f(w3c);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_out.toUtf8());
        f.close();
        QCOMPARE(run({QStringLiteral("import-annotations"), w3c}), 0);
        QVERIFY2(m_out.startsWith(QStringLiteral("added 0, updated 0, unchanged 2")), qPrintable(m_out));
        QCOMPARE(run({QStringLiteral("export-annotations"), QStringLiteral("--format"), QStringLiteral("pdf")}), 2);
    }

    void search()
    {
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("ulke"), QStringLiteral("--json")}), 0);
        const QJsonArray hits = QJsonDocument::fromJson(m_out.toUtf8()).array();
        QVERIFY(hits.size() > 10);
        const QJsonObject h = hits.first().toObject();
        for (const char *key : {"document", "block", "start", "length", "snippet"})
            QVERIFY2(h.contains(QLatin1String(key)), key);
        // start/length locate the hit in the block text.
        QCOMPARE(run({QStringLiteral("text"), h.value(QStringLiteral("document")).toString()}), 0);
        const QString block = m_out.split(u'\n').at(h.value(QStringLiteral("block")).toInt());
        const QString hit = block.mid(h.value(QStringLiteral("start")).toInt(), h.value(QStringLiteral("length")).toInt());
        QVERIFY2(hit.toLower().startsWith(QStringLiteral("ülke")), qPrintable(hit));
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("ulke"), QStringLiteral("--exact"), QStringLiteral("--json")}), 0);
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).array().size(), 0);
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("Pakistan"), QStringLiteral("--doc"),
                      QStringLiteral("culture-pakistan-azerbaijan-ties"), QStringLiteral("--json")}), 0);
        for (const auto &v : QJsonDocument::fromJson(m_out.toUtf8()).array())
            QCOMPARE(v.toObject().value(QStringLiteral("document")).toString(), QStringLiteral("culture-pakistan-azerbaijan-ties"));
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--doc"), QStringLiteral("nope")}), 1);
    }

    void themesAndSummaries()
    {
        QCOMPARE(run({QStringLiteral("themes"), QStringLiteral("--json")}), 0);
        const QJsonArray themes = QJsonDocument::fromJson(m_out.toUtf8()).array();
        QVERIFY(themes.size() >= 14);
        const QJsonObject first = themes.first().toObject();
        QVERIFY(first.contains(QStringLiteral("id")) && first.contains(QStringLiteral("title")));
        QVERIFY(first.value(QStringLiteral("coverage")).toObject().contains(QStringLiteral("kultur-dijital-diplomasi")));
        QCOMPARE(run({QStringLiteral("summary"), QStringLiteral("--theme"), QStringLiteral("sports-diplomacy"), QStringLiteral("--json")}), 0);
        QJsonObject s = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(s.value(QStringLiteral("theme")).toString(), QStringLiteral("sports-diplomacy"));
        const QJsonArray sentences = s.value(QStringLiteral("sentences")).toArray();
        QVERIFY(sentences.size() >= 5 && sentences.size() <= 8);
        for (const char *key : {"text", "document", "block"})
            QVERIFY(sentences.first().toObject().contains(QLatin1String(key)));
        QCOMPARE(run({QStringLiteral("summary"), QStringLiteral("--doc"), QStringLiteral("kultur-dijital-diplomasi"), QStringLiteral("--json")}), 0);
        s = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(s.value(QStringLiteral("document")).toString(), QStringLiteral("kultur-dijital-diplomasi"));
        QCOMPARE(s.value(QStringLiteral("sentences")).toArray().size(), 5);
        QCOMPARE(run({QStringLiteral("summary"), QStringLiteral("--theme"), QStringLiteral("no-such-theme")}), 1);
        QCOMPARE(run({QStringLiteral("summary")}), 2);
    }

    void factsAndTimeline()
    {
        // The first seed names the European Games of 2015 in a sentence about sports.
        QCOMPARE(run({QStringLiteral("summary"), QStringLiteral("--theme"), QStringLiteral("sports-diplomacy"), QStringLiteral("--json")}), 0);
        const QJsonArray facts = QJsonDocument::fromJson(m_out.toUtf8()).object().value(QStringLiteral("facts")).toArray();
        QVERIFY(!facts.isEmpty());
        bool games = false;
        for (const QJsonValue &f : facts) {
            const QJsonObject o = f.toObject();
            QVERIFY(o.value(QStringLiteral("count")).toInt() >= 1);
            QVERIFY(o.value(QStringLiteral("sentence")).toObject().value(QStringLiteral("text")).toString()
                        .contains(o.value(QStringLiteral("text")).toString()));
            games = games || (o.value(QStringLiteral("text")).toString() == QLatin1String("European Games")
                              && o.value(QStringLiteral("kind")).toString() == QLatin1String("event"));
        }
        QVERIFY(games);
        // The Turkish seed dates events as "2015 yılında"; filtered to it, every event is its own.
        QCOMPARE(run({QStringLiteral("timeline"), QStringLiteral("--doc"), QStringLiteral("kultur-dijital-diplomasi"), QStringLiteral("--json")}), 0);
        const QJsonArray events = QJsonDocument::fromJson(m_out.toUtf8()).object().value(QStringLiteral("events")).toArray();
        QVERIFY(events.size() > 5);
        int previous = 0;
        bool yilinda = false;
        for (const QJsonValue &e : events) {
            const QJsonObject o = e.toObject();
            QCOMPARE(o.value(QStringLiteral("sentence")).toObject().value(QStringLiteral("document")).toString(),
                     QStringLiteral("kultur-dijital-diplomasi"));
            QVERIFY(o.value(QStringLiteral("year")).toInt() >= previous);
            previous = o.value(QStringLiteral("year")).toInt();
            yilinda = yilinda || o.value(QStringLiteral("date")).toString().endsWith(QStringLiteral("yılında"));
        }
        QVERIFY(yilinda);
        QCOMPARE(run({QStringLiteral("timeline"), QStringLiteral("--theme"), QStringLiteral("sports-diplomacy"), QStringLiteral("--json")}), 0);
        for (const QJsonValue &e : QJsonDocument::fromJson(m_out.toUtf8()).object().value(QStringLiteral("events")).toArray())
            QVERIFY(e.toObject().value(QStringLiteral("themes")).toArray().contains(QStringLiteral("sports-diplomacy")));
        QCOMPARE(run({QStringLiteral("timeline"), QStringLiteral("--theme"), QStringLiteral("no-such-theme")}), 1);
        QCOMPARE(run({QStringLiteral("timeline"), QStringLiteral("--doc"), QStringLiteral("nope")}), 1);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--fast")};
        QTest::newRow("text without id") << QStringList{QStringLiteral("text")};
        QTest::newRow("import without file") << QStringList{QStringLiteral("import")};
    }
    void usage()
    {
        QFETCH(QStringList, args);
        QCOMPARE(run(args), 2);
        QVERIFY(m_err.contains(QStringLiteral("usage:")));
    }

    void brokenLibraryIsSetAsideAndHealed()
    {
        const QString dir = m_dir.filePath(QStringLiteral("broken"));
        QDir().mkpath(dir);
        QFile f(dir + QStringLiteral("/library.sqlite"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x42'));
        f.close();
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out), err(&m_err);
        QCOMPARE(okur::cli::run({QStringLiteral("--library"), dir, QStringLiteral("list"), QStringLiteral("--json")}, out, err), 0);
        QVERIFY2(m_err.contains(QStringLiteral("not a database")) && m_err.contains(QStringLiteral("kept as")), qPrintable(m_err));
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).array().size(), 5);
        const QStringList aside = QDir(dir).entryList({QStringLiteral("library.sqlite.damaged-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(QFileInfo(dir + u'/' + aside.first()).size(), 4096); // nothing lost
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
