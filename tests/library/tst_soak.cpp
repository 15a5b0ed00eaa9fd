// Two processes at once on one library, for about half a minute: imports,
// highlights, removals, searches and kills in random order. At the end every
// write a process acknowledged is there, every acknowledged removal is gone,
// and the database is sound.
#include "annotations/annotationstore.h"
#include "glossary/glossary.h"
#include "tokenizer/fts.h"
#include "documents/documentstore.h"
#include "search/lemmatizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

namespace {

const QString kDocument = QStringLiteral("kultur-dijital-diplomasi");
const QStringList kQuotes = {QStringLiteral("Azerbaijan"), QStringLiteral("diplomacy"), QStringLiteral("culture"),
                             QStringLiteral("soft power"), QStringLiteral("Baku"), QStringLiteral("the")};
const QStringList kQueries = {QStringLiteral("diplomacy"), QStringLiteral("kültür"), QStringLiteral("\"soft power\""),
                              QStringLiteral("festival*")};

struct Ledger {
    QMutex mutex;
    QSet<QString> annotations; ///< acknowledged and not removed
    QSet<QString> removed;     ///< acknowledged removals
    QSet<QString> documents;   ///< acknowledged imports
    QStringList failures;      ///< commands that failed when they should not have
    int operations = 0;
    int kills = 0;
};

struct Run {
    int exitCode = -1;
    QString out, err;
    bool killed = false;
};

Run cli(const QString &dir, const QStringList &args, int killAfterMs = -1)
{
    QProcess p;
    p.start(QStringLiteral(OKUR_BIN_DIR "/okur-cli"), QStringList{QStringLiteral("--library"), dir} + args);
    Run r;
    if (!p.waitForStarted(30000))
        return r;
    if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs)) {
        p.kill();
        r.killed = true;
    }
    p.waitForFinished(120000);
    r.exitCode = r.killed ? -1 : p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void worker(const QString &dir, int seed, qint64 untilMs, const QElapsedTimer &clock, Ledger &ledger)
{
    QRandomGenerator random(seed);
    int n = 0;
    while (clock.elapsed() < untilMs) {
        const int op = random.bounded(100);
        ++n;
        if (op < 35) { // a highlight
            const Run r = cli(dir, {QStringLiteral("annotate"), kDocument, QStringLiteral("--quote"),
                                    kQuotes[random.bounded(kQuotes.size())], QStringLiteral("--occurrence"),
                                    QString::number(1 + random.bounded(3))});
            QMutexLocker lock(&ledger.mutex);
            if (r.exitCode == 0)
                ledger.annotations.insert(r.out.trimmed());
            else if (!r.err.contains(QLatin1String("not found")))
                ledger.failures << QStringLiteral("annotate: ") + r.err;
        } else if (op < 55) { // a removal of something acknowledged
            QString id;
            {
                QMutexLocker lock(&ledger.mutex);
                if (!ledger.annotations.isEmpty())
                    id = ledger.annotations.values().at(random.bounded(int(ledger.annotations.size())));
                ledger.annotations.remove(id); // in flight: neither promised present nor gone
            }
            if (id.isEmpty())
                continue;
            const Run r = cli(dir, {QStringLiteral("remove-annotation"), id});
            QMutexLocker lock(&ledger.mutex);
            if (r.exitCode == 0)
                ledger.removed.insert(id);
            else
                ledger.failures << QStringLiteral("remove-annotation: ") + r.err;
        } else if (op < 70) { // an import of a new small text
            const QString path = QStringLiteral("%1/in-%2-%3.txt").arg(dir).arg(seed).arg(n);
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(QStringLiteral("Note %1 of worker %2\n\nCultural diplomacy and festival number %3.\n")
                            .arg(n).arg(seed).arg(random.generate()).toUtf8());
            f.close();
            const Run r = cli(dir, {QStringLiteral("import"), path});
            QMutexLocker lock(&ledger.mutex);
            if (r.exitCode == 0)
                ledger.documents.insert(r.out.trimmed());
            else
                ledger.failures << QStringLiteral("import: ") + r.err;
        } else if (op < 85) { // a search
            const Run r = cli(dir, {QStringLiteral("search"), kQueries[random.bounded(kQueries.size())], QStringLiteral("--json")});
            if (r.exitCode != 0) {
                QMutexLocker lock(&ledger.mutex);
                ledger.failures << QStringLiteral("search: ") + r.err;
            }
        } else { // a burst of highlights killed at a random moment
            const Run r = cli(dir, {QStringLiteral("annotate-burst"), kDocument, QStringLiteral("--count"), QStringLiteral("100000")},
                              100 + int(random.bounded(600)));
            QMutexLocker lock(&ledger.mutex);
            ++ledger.kills;
            for (const QString &line : r.out.split(u'\n')) {
                if (line.size() == 36) // a whole UUID: acknowledged
                    ledger.annotations.insert(line);
            }
        }
        QMutexLocker lock(&ledger.mutex);
        ++ledger.operations;
    }
}

} // namespace

class TestSoak : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void twoProcessesAtOnce()
    {
        QTemporaryDir dir;
        QVERIFY(cli(dir.path(), {QStringLiteral("list")}).exitCode == 0);
        Ledger ledger;
        QElapsedTimer clock;
        clock.start();
        const qint64 until = qEnvironmentVariableIntValue("OKUR_SOAK_MS") > 0 ? qEnvironmentVariableIntValue("OKUR_SOAK_MS") : 30000;
        const int seed = int(QRandomGenerator::global()->generate() & 0xffff);
        qInfo() << "seed" << seed;
        std::thread a(worker, dir.path(), seed, until, std::cref(clock), std::ref(ledger));
        std::thread b(worker, dir.path(), seed + 1, until, std::cref(clock), std::ref(ledger));
        a.join();
        b.join();
        QVERIFY2(ledger.failures.isEmpty(), qPrintable(ledger.failures.join(u'\n')));

        okur::documents::DocumentStore store;
        QString error;
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        QCOMPARE(store.database().integrityCheck(), QStringLiteral("ok"));
        QSet<QString> live;
        for (const auto &x : okur::annotations::AnnotationStore(store.database()).list(kDocument))
            live.insert(x.id);
        int lost = 0, resurrected = 0, missingDocuments = 0;
        for (const QString &id : std::as_const(ledger.annotations))
            lost += live.contains(id) ? 0 : 1;
        for (const QString &id : std::as_const(ledger.removed))
            resurrected += live.contains(id) ? 1 : 0;
        for (const QString &id : std::as_const(ledger.documents))
            missingDocuments += store.contains(id) ? 0 : 1;
        qInfo().noquote() << QStringLiteral("operations %1 (kills %2): %3 highlights kept, %4 removed, %5 imports; "
                                            "lost %6, resurrected %7, missing documents %8")
                                 .arg(ledger.operations).arg(ledger.kills).arg(ledger.annotations.size())
                                 .arg(ledger.removed.size()).arg(ledger.documents.size()).arg(lost).arg(resurrected)
                                 .arg(missingDocuments);
        QVERIFY(ledger.operations >= 10);
        QCOMPARE(lost, 0);
        QCOMPARE(resurrected, 0);
        QCOMPARE(missingDocuments, 0);
        // The search index stayed sound through it all (checking an index of lemmas takes the glossary).
        auto dictionary = std::make_shared<okur::glossary::Dictionary>();
        QVERIFY(dictionary->loadBundled(&error));
        store.lemmaSource()->set(okur::search::glossaryLemmatizer(std::make_shared<const okur::glossary::Glossary>(dictionary)));
        QVERIFY(store.database().exec(QStringLiteral("INSERT INTO search_docs (search_docs) VALUES ('integrity-check')")));
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
