// Compaction and old deletions (issue 26), against a real Apache httpd with
// mod_dav (davserver.h): a device folds its logs into a snapshot only once
// every known device has published (state.json) that it merged them; a device
// that joins later starts from the snapshot and ends with the same library;
// a deletion older than the limit is thinned to its mark in the snapshot and
// still wins over the older edit.
#include "app/clirunner.h"
#include "davserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest>

namespace {

const QString kDoc = QStringLiteral("kultur-dijital-diplomasi");

} // namespace

class TstSyncCompact : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    DavServer m_server;
    QString m_template;
    int m_libraries = 0;

    CliRunner device()
    {
        const QString dir = m_dir.filePath(QStringLiteral("lib%1").arg(++m_libraries));
        QDir().mkpath(dir);
        for (const QString &f : QDir(m_template).entryList(QDir::Files)) {
            QFile::copy(m_template + u'/' + f, dir + u'/' + f);
        }
        return CliRunner(dir);
    }

    QJsonObject sync(CliRunner &d, const QString &folder)
    {
        const int code = d({QStringLiteral("sync"), QStringLiteral("--remote"), m_server.url() + folder,
                            QStringLiteral("--user"), QLatin1String(DavServer::kUser)});
        if (code != 0) {
            qWarning("sync: %s", qPrintable(d.err.trimmed()));
            return {};
        }
        return QJsonDocument::fromJson(d.out.toUtf8()).object();
    }

    // The one device folder on the server not in `others`.
    static QString deviceId(const QString &devicesFolder, const QStringList &others)
    {
        for (const QString &f : QDir(devicesFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (!others.contains(f)) {
                return f;
            }
        }
        return {};
    }

    static QStringList ids(CliRunner &d)
    {
        QStringList out;
        if (d({QStringLiteral("annotations"), QStringLiteral("--json")}) != 0) {
            return {d.err};
        }
        for (const QJsonValue &v : QJsonDocument::fromJson(d.out.toUtf8()).array()) {
            out.append(v.toObject().value(QStringLiteral("id")).toString());
        }
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        qputenv("OKUR_SYNC_PASSWORD", DavServer::kPassword);
        qputenv("OKUR_SYNC_FOLD_LOGS", "2"); // fold as soon as two logs can be
        m_template = m_dir.filePath(QStringLiteral("template"));
        CliRunner seed(m_template);
        QCOMPARE(seed({QStringLiteral("list")}), 0);
    }

    void foldOnceAllMerged_data()
    {
        QTest::addColumn<int>("tombstoneDays");
        QTest::addColumn<int>("thinned");
        // 0 days: the deletion is old enough at once; 30: kept whole.
        QTest::newRow("old deletion thinned") << 0 << 1;
        QTest::newRow("recent deletion kept") << 30 << 0;
    }

    void foldOnceAllMerged()
    {
        QFETCH(int, tombstoneDays);
        QFETCH(int, thinned);
        qputenv("OKUR_SYNC_TOMBSTONE_DAYS", QByteArray::number(tombstoneDays));
        const QString folder = QStringLiteral("fold-%1/").arg(tombstoneDays);
        const QString devices = m_server.root() + u'/' + folder + QStringLiteral("Okur/v1/devices/");
        CliRunner a = device(), b = device();
        QStringList made;
        for (int block : {1, 2, 3}) {
            QCOMPARE(a({QStringLiteral("bookmark"), kDoc, QStringLiteral("--block"), QString::number(block)}), 0);
            made.append(a.out.trimmed());
        }
        QCOMPARE(sync(a, folder).value(QStringLiteral("sent")).toInt(), 3); // log-1
        const QString idA = deviceId(devices, {});
        QCOMPARE(b({QStringLiteral("vocabulary"), QStringLiteral("add"), QStringLiteral("barış"),
                    QStringLiteral("--translation"), QStringLiteral("peace")}), 0);
        QVERIFY(!sync(b, folder).isEmpty()); // b merges log-1, publishes that, sends its own log-1
        QCOMPARE(a({QStringLiteral("remove-annotation"), made[0]}), 0);
        // a sends log-2; b has not merged it, so nothing may be folded yet.
        QJsonObject r = sync(a, folder);
        QCOMPARE(r.value(QStringLiteral("compacted")).toInt(), 0);
        QVERIFY(QFile::exists(devices + idA + QStringLiteral("/log-1.json")));
        QVERIFY(QFile::exists(devices + idA + QStringLiteral("/log-2.json")));
        QVERIFY(!sync(b, folder).isEmpty()); // b merges log-2 and says so
        r = sync(a, folder);
        QCOMPARE(r.value(QStringLiteral("compacted")).toInt(), 2);
        QCOMPARE(r.value(QStringLiteral("tombstones")).toInt(), thinned);
        QCOMPARE(QDir(devices + idA).entryList({QStringLiteral("*.json")}, QDir::Files),
                 (QStringList{QStringLiteral("snapshot-2.json"), QStringLiteral("state.json")}));
        // The snapshot holds the three annotations; the removed one as a mark alone when thinned.
        QFile snap(devices + idA + QStringLiteral("/snapshot-2.json"));
        QVERIFY(snap.open(QIODevice::ReadOnly));
        const QJsonArray records = QJsonDocument::fromJson(snap.readAll()).object().value(QStringLiteral("records")).toArray();
        int annotations = 0;
        for (const QJsonValue &v : records) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("kind")).toString() != QLatin1String("annotation")) {
                continue;
            }
            ++annotations;
            if (o.value(QStringLiteral("key")).toString() == made[0]) {
                const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
                QVERIFY(fields.value(QStringLiteral("deleted")).toBool());
                QCOMPARE(fields.size() == 1, thinned == 1);
            }
        }
        QCOMPARE(annotations, 3);
        // A device joining now starts from the snapshot: the same library, the removed one not back.
        CliRunner c = device();
        QVERIFY(!sync(c, folder).isEmpty());
        QStringList live{made[1], made[2]};
        live.sort();
        QCOMPARE(ids(c), live);
        // An edit after the fold travels as log-3 to everyone.
        QCOMPARE(a({QStringLiteral("bookmark"), kDoc, QStringLiteral("--block"), QStringLiteral("4")}), 0);
        const QString later = a.out.trimmed();
        QVERIFY(!sync(a, folder).isEmpty());
        for (CliRunner *d : {&b, &c, &a, &b, &c}) {
            QVERIFY(!sync(*d, folder).isEmpty());
        }
        QStringList expected = live;
        expected.append(later);
        expected.sort();
        for (CliRunner *d : {&a, &b, &c}) {
            QCOMPARE(ids(*d), expected);
        }
        QCOMPARE(c({QStringLiteral("vocabulary"), QStringLiteral("list"), QStringLiteral("--json")}), 0);
        QVERIFY(c.out.contains(QStringLiteral("peace")));
        qunsetenv("OKUR_SYNC_TOMBSTONE_DAYS");
    }
};

QTEST_GUILESS_MAIN(TstSyncCompact)
#include "tst_synccompact.moc"
