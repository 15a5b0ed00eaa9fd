// okur_bm25 against SQLite's own bm25(): the same score for every row of every kind of query, also after the table
// changed through the same connection or another one (the lengths it keeps must follow), and without a docsize table.
#include "storage/database.h"
#include "tokenizer/ranking.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using okur::storage::Database;
using okur::storage::Statement;

class TestRanking : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Database m_db;
    QRandomGenerator m_random{20261206};

    // A row of `words` words from a small vocabulary, so that terms repeat and rows differ in length.
    QString text(int words)
    {
        static const QStringList vocabulary{QStringLiteral("alpha"), QStringLiteral("beta"),  QStringLiteral("gamma"),
                                            QStringLiteral("delta"), QStringLiteral("alps"),  QStringLiteral("epsilon"),
                                            QStringLiteral("zeta"),  QStringLiteral("theta"), QStringLiteral("iota")};
        QStringList out;
        for (int i = 0; i < words; ++i) {
            out << vocabulary[int(m_random.bounded(vocabulary.size()))];
        }
        return out.join(u' ');
    }

    void fill(const QString &table, int rows)
    {
        for (int i = 0; i < rows; ++i) {
            Statement insert = m_db.prepare(QStringLiteral("INSERT INTO %1 (a, b) VALUES (?1, ?2)").arg(table));
            insert.bind(1, text(3 + int(m_random.bounded(60)))).bind(2, text(int(m_random.bounded(12))));
            QVERIFY(insert.exec());
        }
    }

    // Every matching row's two scores, and how many rows matched.
    int compare(Database &db, const QString &table, const QString &query)
    {
        Statement s = db.prepare(
            QStringLiteral("SELECT rowid, bm25(%1), okur_bm25(%1, '%1') FROM %1 WHERE %1 MATCH ?1").arg(table));
        s.bind(1, query);
        db.setError(QString(), 0);
        int rows = 0;
        while (s.next()) {
            ++rows;
            if (s.real(1) != s.real(2)) {
                qWarning("%s: row %lld: bm25 %.17g, okur_bm25 %.17g", qPrintable(query), s.integer(0), s.real(1),
                         s.real(2));
                return -1;
            }
        }
        if (!db.error().isEmpty()) {
            qWarning("%s: %s", qPrintable(query), qPrintable(db.error()));
            return -1;
        }
        return rows;
    }

    static QStringList queries()
    {
        return {QStringLiteral("alpha"),
                QStringLiteral("alpha beta"),
                QStringLiteral("alpha OR zeta"),
                QStringLiteral("\"alpha beta\""),
                QStringLiteral("alp*"),
                QStringLiteral("NEAR(alpha gamma, 2)"),
                QStringLiteral("b : delta"),
                QStringLiteral("alpha NOT beta"),
                QStringLiteral("(alpha OR iota) AND theta")};
    }

    // Every query scored alike; on a table of a few rows a query may match none (alpha NOT beta), most match some.
    void compareAll(Database &db, const QString &table)
    {
        int matched = 0;
        for (const QString &q : queries()) {
            const int rows = compare(db, table, q);
            QVERIFY2(rows >= 0, qPrintable(q));
            matched += rows > 0 ? 1 : 0;
        }
        QVERIFY(matched >= queries().size() - 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("ranking.sqlite"))));
        QVERIFY(okur::tokenizer::registerRanking(m_db.handle()));
        QVERIFY(m_db.exec(QStringLiteral("CREATE VIRTUAL TABLE docs USING fts5(a, b)")));
        fill(QStringLiteral("docs"), 200);
    }

    void sameScoresAsBm25() { compareAll(m_db, QStringLiteral("docs")); }

    void lengthsFollowThisConnection()
    {
        compareAll(m_db, QStringLiteral("docs")); // the lengths are read and kept
        QVERIFY(m_db.exec(QStringLiteral("UPDATE docs SET a = 'alpha alpha beta' WHERE rowid = 7")));
        QVERIFY(m_db.exec(QStringLiteral("DELETE FROM docs WHERE rowid = 8")));
        fill(QStringLiteral("docs"), 3);
        compareAll(m_db, QStringLiteral("docs"));
    }

    void lengthsFollowAnotherConnection()
    {
        compareAll(m_db, QStringLiteral("docs"));
        {
            Database other;
            QVERIFY(other.open(m_dir.filePath(QStringLiteral("ranking.sqlite"))));
            // A row made much longer, so its score moves only if its new length is read.
            QVERIFY(other.exec(QStringLiteral("UPDATE docs SET b = '%1' WHERE rowid = 11").arg(text(400))));
            QVERIFY(other.exec(QStringLiteral("INSERT INTO docs (a, b) VALUES ('alpha beta gamma', '')")));
        }
        compareAll(m_db, QStringLiteral("docs"));
    }

    void withoutDocsizeTable()
    {
        // columnsize=0: no TABLE_docsize; each row's length comes from FTS5 itself.
        QVERIFY(m_db.exec(QStringLiteral("CREATE VIRTUAL TABLE bare USING fts5(a, b, columnsize = 0)")));
        fill(QStringLiteral("bare"), 50);
        compareAll(m_db, QStringLiteral("bare"));
    }

    void twoTablesOneConnection()
    {
        // The lengths kept are one table's: asking of the other reads its own.
        QVERIFY(m_db.exec(QStringLiteral("CREATE VIRTUAL TABLE other USING fts5(a, b)")));
        fill(QStringLiteral("other"), 50);
        for (int round = 0; round < 2; ++round) {
            compareAll(m_db, QStringLiteral("docs"));
            compareAll(m_db, QStringLiteral("other"));
        }
    }

    void ordersAsBm25()
    {
        Statement ours = m_db.prepare(QStringLiteral("SELECT rowid FROM docs WHERE docs MATCH 'alpha OR beta' ORDER BY "
                                                     "okur_bm25(docs, 'docs'), rowid LIMIT 20"));
        Statement theirs = m_db.prepare(QStringLiteral(
            "SELECT rowid FROM docs WHERE docs MATCH 'alpha OR beta' ORDER BY bm25(docs), rowid LIMIT 20"));
        int rows = 0;
        while (ours.next()) {
            QVERIFY(theirs.next());
            QCOMPARE(ours.integer(0), theirs.integer(0));
            ++rows;
        }
        QCOMPARE(rows, 20);
        QVERIFY(!theirs.next());
    }

    void orderOnlyOrdersAsBm25_data()
    {
        QTest::addColumn<QString>("query");
        for (const QString &q : queries()) {
            QTest::newRow(qPrintable(q)) << q;
        }
    }

    // 'order' skips a lone phrase's IDF: every row's score changes by one factor, and no row's place.
    void orderOnlyOrdersAsBm25()
    {
        QFETCH(QString, query);
        const auto order = [&](const QString &rank) {
            Statement s =
                m_db.prepare(QStringLiteral("SELECT rowid FROM docs WHERE docs MATCH ?1 ORDER BY %1, rowid").arg(rank));
            s.bind(1, query);
            QList<qint64> rows;
            while (s.next()) {
                rows << s.integer(0);
            }
            return rows;
        };
        const QList<qint64> theirs = order(QStringLiteral("bm25(docs)"));
        QCOMPARE(order(QStringLiteral("okur_bm25(docs, 'docs', 'order')")), theirs);
        QVERIFY(!theirs.isEmpty() || query == QLatin1String("alpha NOT beta"));
        // Every row's score is bm25's times one positive factor (1 for a query of more than one phrase).
        Statement s = m_db.prepare(
            QStringLiteral("SELECT bm25(docs), okur_bm25(docs, 'docs', 'order') FROM docs WHERE docs MATCH ?1"));
        s.bind(1, query);
        double factor = 0;
        while (s.next()) {
            QVERIFY2(s.real(0) < 0 && s.real(1) < 0, qPrintable(query));
            factor = factor == 0 ? s.real(1) / s.real(0) : factor;
            QVERIFY2(qAbs(s.real(1) / s.real(0) - factor) < 1e-9 * factor, qPrintable(query));
        }
        // A lone phrase's IDF is skipped (alpha is in nearly every row: bm25's IDF is clamped to 1e-6, a factor
        // of a million); a query of more phrases is scored exactly.
        static const QStringList lonePhrases{QStringLiteral("alpha"), QStringLiteral("\"alpha beta\""),
                                             QStringLiteral("alp*"), QStringLiteral("b : delta")};
        if (factor != 0) {
            QVERIFY2(lonePhrases.contains(query) ? qAbs(factor - 1) > 1e-6 : factor == 1, qPrintable(query));
        }
    }

    // One statement cannot ask for both kinds of score: FTS5 keeps one set of a query's constants a function.
    void orderAndExactInOneStatement()
    {
        Statement s = m_db.prepare(QStringLiteral(
            "SELECT okur_bm25(docs, 'docs'), okur_bm25(docs, 'docs', 'order') FROM docs WHERE docs MATCH 'alpha'"));
        m_db.setError(QString(), 0);
        QVERIFY(!s.next());
        QVERIFY(m_db.error().contains(QLatin1String("okur_bm25")));
    }
};

QTEST_GUILESS_MAIN(TestRanking)
#include "tst_ranking.moc"
