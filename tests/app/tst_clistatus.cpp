// okur-cli status and stats: a word's status kept by lemma, and a document's
// known share counted by hand on an invented text (tests/data/learn/ulke.txt).
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestCliStatus : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CliRunner run{m_dir.filePath(QStringLiteral("lib"))};
    QString m_doc;

    QJsonObject document()
    {
        if (run({QStringLiteral("stats"), QStringLiteral("--doc"), m_doc, QStringLiteral("--json")}) != 0) {
            return {};
        }
        return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("document")).toObject();
    }

    static QStringList lemmas(const QJsonObject &doc)
    {
        QStringList out;
        for (const QJsonValue &v : doc.value(QStringLiteral("next")).toArray()) {
            out << v.toObject().value(QStringLiteral("lemma")).toString();
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral(OKUR_TEST_DATA "/learn/ulke.txt")}), 0);
        m_doc = run.out.trimmed();
        QVERIFY(!m_doc.isEmpty());
    }

    // Every form names the same lemma and so the same status.
    void statusByLemma_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("lemma");
        QTest::newRow("ülkelerin") << "ülkelerin" << "tr" << "ülke";
        QTest::newRow("Ülkesinde") << "Ülkesinde" << "" << "ülke";
        QTest::newRow("countries") << "countries" << "en" << "country";
    }
    void statusByLemma()
    {
        QFETCH(QString, word);
        QFETCH(QString, lang);
        QFETCH(QString, lemma);
        QStringList args{QStringLiteral("status"), word, QStringLiteral("--json")};
        if (!lang.isEmpty()) {
            args << QStringLiteral("--lang") << lang;
        }
        QCOMPARE(run(args), 0);
        QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("lemma")).toString(), lemma);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
        QCOMPARE(run(args + QStringList{QStringLiteral("--set"), QStringLiteral("learning2")}), 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("learning2"));
        // The lemma itself reads the same status.
        QCOMPARE(run({QStringLiteral("status"), lemma, QStringLiteral("--lang"), o.value(QStringLiteral("language")).toString()}), 0);
        QVERIFY2(run.out.contains(QStringLiteral("\tlearning2")), qPrintable(run.out));
        QCOMPARE(run({QStringLiteral("status"), lemma, QStringLiteral("--lang"), o.value(QStringLiteral("language")).toString(),
                      QStringLiteral("--set"), QStringLiteral("new")}), 0);
    }

    void badInputChangesNothing()
    {
        QCOMPARE(run({QStringLiteral("status"), QStringLiteral("ülke"), QStringLiteral("--set"), QStringLiteral("maybe")}), 2);
        QCOMPARE(run.err.count(u'\n'), 1);
        QCOMPARE(run({QStringLiteral("status"), QStringLiteral("ülke"), QStringLiteral("--lang"), QStringLiteral("de")}), 2);
        QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--doc"), QStringLiteral("no-such-document")}), 1);
        QCOMPARE(run({QStringLiteral("status"), QStringLiteral("ülke")}), 0);
        QVERIFY2(run.out.contains(QStringLiteral("\tnew")), qPrintable(run.out));
    }

    // Hand count of ulke.txt: 26 words, no names or numbers; "Ülke", "ülkenin",
    // "ülkelerin", "Ülkesinde" are the four forms of ülke; bir, bu and
    // değişim(i) occur twice, every other word once.
    void knownShareOfADocument()
    {
        QCOMPARE(run({QStringLiteral("status"), QStringLiteral("ülkenin"), QStringLiteral("--set"), QStringLiteral("known")}), 0);
        QJsonObject doc = document();
        QCOMPARE(doc.value(QStringLiteral("tokens")).toInt(), 26);
        QCOMPARE(doc.value(QStringLiteral("knownTokens")).toInt(), 4);
        QCOMPARE(doc.value(QStringLiteral("knownLemmas")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("tokenShare")).toDouble(), 4.0 / 26);
        const QStringList next = lemmas(doc);
        QVERIFY(!next.contains(QStringLiteral("ülke")));
        QCOMPARE(QSet<QString>(next.cbegin(), next.cbegin() + 3), (QSet<QString>{"bir", "bu", "değişim"}));
        QCOMPARE(doc.value(QStringLiteral("next")).toArray().at(0).toObject().value(QStringLiteral("count")).toInt(), 2);
        QVERIFY(!doc.value(QStringLiteral("next")).toArray().at(0).toObject().value(QStringLiteral("gloss")).toString().isEmpty());

        // An ignored word leaves the counts; a saved one is being learnt.
        QCOMPARE(run({QStringLiteral("status"), QStringLiteral("barış"), QStringLiteral("--set"), QStringLiteral("ignored")}), 0);
        QCOMPARE(run({QStringLiteral("vocabulary"), QStringLiteral("add"), QStringLiteral("dönem")}), 0);
        doc = document();
        QCOMPARE(doc.value(QStringLiteral("tokens")).toInt(), 25);
        QVERIFY(!lemmas(doc).contains(QStringLiteral("barış")));
        bool learning = false;
        for (const QJsonValue &v : doc.value(QStringLiteral("next")).toArray()) {
            learning = learning || (v.toObject().value(QStringLiteral("lemma")).toString() == QStringLiteral("dönem")
                                    && v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("learning"));
        }
        QVERIFY(learning);

        QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--json")}), 0);
        const QJsonObject all = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(all.value(QStringLiteral("knownLemmas")).toInt(), 1);
        QCOMPARE(all.value(QStringLiteral("learningLemmas")).toInt(), 1);
        QCOMPARE(all.value(QStringLiteral("ignoredLemmas")).toInt(), 1);
        QCOMPARE(all.value(QStringLiteral("streak")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliStatus)
#include "tst_clistatus.moc"
