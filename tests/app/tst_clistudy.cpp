// okur-cli's study commands: search, themes, summaries, key facts and the timeline.
#include "clirunner.h"
#include "documents/documentstore.h"
#include "themes/catalogue.h"
#include "themes/summarycache.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCliStudy : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CliRunner run{m_dir.filePath(QStringLiteral("lib"))};

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void search()
    {
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("ulke"), QStringLiteral("--json"), QStringLiteral("--per-doc"),
                      QStringLiteral("0")}), 0);
        const QJsonArray hits = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(hits.size() > 10);
        const QJsonObject h = hits.first().toObject();
        for (const char *key : {"document", "block", "start", "length", "snippet"})
            QVERIFY2(h.contains(QLatin1String(key)), key);
        // start/length locate the hit in the block text.
        QCOMPARE(run({QStringLiteral("text"), h.value(QStringLiteral("document")).toString()}), 0);
        const QString block = run.out.split(u'\n').at(h.value(QStringLiteral("block")).toInt());
        const QString hit = block.mid(h.value(QStringLiteral("start")).toInt(), h.value(QStringLiteral("length")).toInt());
        QVERIFY2(hit.toLower().startsWith(QStringLiteral("ülke")), qPrintable(hit));
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("ulke"), QStringLiteral("--exact"), QStringLiteral("--json")}), 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("Pakistan"), QStringLiteral("--doc"),
                      QStringLiteral("culture-pakistan-azerbaijan-ties"), QStringLiteral("--json")}), 0);
        for (const auto &v : QJsonDocument::fromJson(run.out.toUtf8()).array())
            QCOMPARE(v.toObject().value(QStringLiteral("document")).toString(), QStringLiteral("culture-pakistan-azerbaijan-ties"));
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--doc"), QStringLiteral("nope")}), 1);
    }

    void searchSharesTheAppsCaps()
    {
        // The app's ranking: every bundled document that uses a "diploma…" word
        // shows, none with more than 10 hits, 50 in all; --limit/--per-doc ask for more.
        const auto perDocument = [this](const QStringList &extra) {
            QHash<QString, int> n;
            if (run(QStringList{QStringLiteral("search"), QStringLiteral("diploma*"), QStringLiteral("--json")} + extra) != 0)
                return n;
            for (const auto &v : QJsonDocument::fromJson(run.out.toUtf8()).array())
                ++n[v.toObject().value(QStringLiteral("document")).toString()];
            return n;
        };
        const QHash<QString, int> capped = perDocument({});
        QCOMPARE(capped.size(), 5);
        int total = 0;
        for (int n : capped) {
            QVERIFY(n <= 10);
            total += n;
        }
        QVERIFY(total <= 50);
        const QHash<QString, int> more = perDocument({QStringLiteral("--limit"), QStringLiteral("400"),
                                                      QStringLiteral("--per-doc"), QStringLiteral("0")});
        QCOMPARE(more.size(), 5);
        QVERIFY(more.value(QStringLiteral("kultur-dijital-diplomasi")) > 10);
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("many")}), 2);
        QVERIFY(run.err.contains(QStringLiteral("--limit")));
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--per-doc"), QStringLiteral("-1")}), 2);
    }

    void searchCostIsBounded()
    {
        // 200 one-letter prefixes once took 26 s: they are refused with a message
        // (tst_search times the search itself; here start-up would dominate).
        QStringList words;
        for (int i = 0; i < 200; ++i)
            words << QStringLiteral("a*");
        QCOMPARE(run({QStringLiteral("search"), words.join(u' ')}), 0);
        QVERIFY2(run.err.contains(QStringLiteral("prefix")), qPrintable(run.err));
        QStringList many;
        for (const char *w : {"di*", "ku*", "po*", "ul*", "az*", "me*", "so*", "ye*", "te*", "st*"})
            many << QString::fromLatin1(w);
        QCOMPARE(run({QStringLiteral("search"), many.join(u' ')}), 0);
        QVERIFY2(run.err.contains(QStringLiteral("only the first")), qPrintable(run.err));
    }

    void themesAndSummaries()
    {
        QCOMPARE(run({QStringLiteral("themes"), QStringLiteral("--json")}), 0);
        const QJsonArray themes = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(themes.size() >= 14);
        const QJsonObject first = themes.first().toObject();
        QVERIFY(first.contains(QStringLiteral("id")) && first.contains(QStringLiteral("title")));
        QVERIFY(first.value(QStringLiteral("coverage")).toObject().contains(QStringLiteral("kultur-dijital-diplomasi")));
        QCOMPARE(run({QStringLiteral("summary"), QStringLiteral("--theme"), QStringLiteral("sports-diplomacy"), QStringLiteral("--json")}), 0);
        QJsonObject s = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(s.value(QStringLiteral("theme")).toString(), QStringLiteral("sports-diplomacy"));
        const QJsonArray sentences = s.value(QStringLiteral("sentences")).toArray();
        QVERIFY(sentences.size() >= 5 && sentences.size() <= 8);
        for (const char *key : {"text", "document", "block"})
            QVERIFY(sentences.first().toObject().contains(QLatin1String(key)));
        QCOMPARE(run({QStringLiteral("summary"), QStringLiteral("--doc"), QStringLiteral("kultur-dijital-diplomasi"), QStringLiteral("--json")}), 0);
        s = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(s.value(QStringLiteral("document")).toString(), QStringLiteral("kultur-dijital-diplomasi"));
        QCOMPARE(s.value(QStringLiteral("sentences")).toArray().size(), 5);
        QCOMPARE(run({QStringLiteral("summary"), QStringLiteral("--theme"), QStringLiteral("no-such-theme")}), 1);
        QCOMPARE(run({QStringLiteral("summary")}), 2);
    }

    void summariesAreKeptAndFollowTheLibrary()
    {
        // The first theme command computes the summaries and keeps them in the library, as the app does; the
        // next reads them back unchanged; an import changes the library, and the summaries follow it.
        QCOMPARE(run({QStringLiteral("themes"), QStringLiteral("--json")}), 0);
        const QString first = run.out;
        QCOMPARE(run({QStringLiteral("themes"), QStringLiteral("--json")}), 0);
        QCOMPARE(run.out, first);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        {
            okur::documents::DocumentStore store;
            QString error;
            QVERIFY2(store.open(run.library(), &error), qPrintable(error));
            okur::themes::LibrarySummaries cached;
            QVERIFY(okur::themes::loadCachedSummaries(store, okur::themes::bundledCatalogue(nullptr), &cached));
            QCOMPARE(qsizetype(cached.themes.size()), QJsonDocument::fromJson(first.toUtf8()).array().size());
        }
        QFile text(m_dir.filePath(QStringLiteral("games.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Sports diplomacy in Baku\n\nThe European Games in Baku in 2015 and the Formula One race made "
                   "sport a channel of the country's public diplomacy. Athletes, fans and journalists came to the "
                   "city, and sports diplomacy carried its image abroad.\n");
        text.close();
        QCOMPARE(run({QStringLiteral("import"), text.fileName()}), 0);
        const QString id = run.out.trimmed();
        QVERIFY(!id.isEmpty());
        QCOMPARE(run({QStringLiteral("themes"), QStringLiteral("--json")}), 0);
        bool covered = false;
        for (const QJsonValue &t : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
            const QJsonObject o = t.toObject();
            if (o.value(QStringLiteral("id")).toString() == QLatin1String("sports-diplomacy"))
                covered = o.value(QStringLiteral("coverage")).toObject().value(id).toDouble() > 0;
        }
        QVERIFY2(covered, qPrintable(run.out.left(2000)));
        QCOMPARE(run({QStringLiteral("summary"), QStringLiteral("--doc"), id, QStringLiteral("--json")}), 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("document")).toString(), id);
    }

    void factsAndTimeline()
    {
        // The first seed names the European Games of 2015 in a sentence about sports.
        QCOMPARE(run({QStringLiteral("summary"), QStringLiteral("--theme"), QStringLiteral("sports-diplomacy"), QStringLiteral("--json")}), 0);
        const QJsonArray facts = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("facts")).toArray();
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
        const QJsonArray events = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("events")).toArray();
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
        for (const QJsonValue &e : QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("events")).toArray())
            QVERIFY(e.toObject().value(QStringLiteral("themes")).toArray().contains(QStringLiteral("sports-diplomacy")));
        QCOMPARE(run({QStringLiteral("timeline"), QStringLiteral("--theme"), QStringLiteral("no-such-theme")}), 1);
        QCOMPARE(run({QStringLiteral("timeline"), QStringLiteral("--doc"), QStringLiteral("nope")}), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliStudy)
#include "tst_clistudy.moc"
