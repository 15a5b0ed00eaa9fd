// Sync end to end: libraries standing for devices, driven through okur-cli,
// syncing through a real Apache httpd with mod_dav (davserver.h).
#include "app/clirunner.h"
#include "davserver.h"
#include "devicestate.h"
#include "app/seededlibrary.h"
#include "documents/documentstore.h"
#include "storage/changejournal.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTest>

namespace {

const QString kDoc = QStringLiteral("kultur-dijital-diplomasi");

} // namespace

using devicestate::annotations;
using devicestate::words;

class TstSync : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    DavServer m_server;
    SeededLibraries m_seeded;
    int m_libraries = 0;

    // A new device: a copy of a library seeded once.
    CliRunner device() { return m_seeded.make(m_dir.filePath(QStringLiteral("lib%1").arg(++m_libraries))); }

    // Every test gets a folder of its own on the server, so devices of one test do not see another's.
    QString m_remote;

    int sync(CliRunner &d, const QString &remote = QString(), qint64 clockOffsetMs = 0)
    {
        qputenv("OKUR_SYNC_CLOCK_OFFSET_MS", QByteArray::number(clockOffsetMs));
        const int code = d({QStringLiteral("sync"), QStringLiteral("--remote"), remote.isEmpty() ? m_remote : remote,
                            QStringLiteral("--user"), QLatin1String(DavServer::kUser)});
        qunsetenv("OKUR_SYNC_CLOCK_OFFSET_MS");
        if (code != 0) {
            qInfo("sync: %s", qPrintable(d.err.trimmed()));
        }
        return code;
    }

    static QJsonObject summary(const CliRunner &d) { return QJsonDocument::fromJson(d.out.toUtf8()).object(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        qputenv("OKUR_SYNC_PASSWORD", DavServer::kPassword);
    }

    void init() { m_remote = m_server.url() + QString::fromLatin1(QTest::currentTestFunction()) + u'/'; }

    void firstSyncLosesNothing()
    {
        CliRunner a = device(), b = device();
        QCOMPARE(a({QStringLiteral("bookmark"), kDoc, QStringLiteral("--block"), QStringLiteral("1")}), 0);
        const QString fromA = a.out.trimmed();
        QCOMPARE(b({QStringLiteral("bookmark"), kDoc, QStringLiteral("--block"), QStringLiteral("2")}), 0);
        const QString fromB = b.out.trimmed();
        QCOMPARE(a({QStringLiteral("vocabulary"), QStringLiteral("add"), QStringLiteral("diplomasi"),
                    QStringLiteral("--translation"), QStringLiteral("diplomacy")}), 0);
        QCOMPARE(b({QStringLiteral("vocabulary"), QStringLiteral("add"), QStringLiteral("güç"),
                    QStringLiteral("--translation"), QStringLiteral("power")}), 0);
        // Both upload before either has seen the other: nothing may overwrite anything.
        // A bookmark, a word and the word's status (saving makes it learning 1).
        QCOMPARE(sync(a), 0);
        QCOMPARE(summary(a).value(QStringLiteral("sent")).toInt(), 3);
        QCOMPARE(sync(b), 0);
        QCOMPARE(summary(b).value(QStringLiteral("received")).toInt(), 3);
        QCOMPARE(sync(a), 0);
        for (CliRunner *d : {&a, &b}) {
            const auto notes = annotations(*d);
            QVERIFY2(notes.contains(fromA) && notes.contains(fromB), qPrintable(notes.keys().join(u' ')));
            const auto w = words(*d);
            QVERIFY(w.contains(QStringLiteral("diplomasi")) && w.contains(QStringLiteral("güç")));
        }
        QCOMPARE(annotations(a), annotations(b));
        QCOMPARE(words(a), words(b));
        // Each device wrote only its own folder, as logs.
        const QStringList devices = QDir(m_server.root() + QStringLiteral("/firstSyncLosesNothing/Okur/v1/devices"))
                                        .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(devices.size(), 2);
    }

    void deletionNotResurrected()
    {
        CliRunner a = device(), b = device();
        QCOMPARE(a({QStringLiteral("bookmark"), kDoc, QStringLiteral("--block"), QStringLiteral("3")}), 0);
        const QString id = a.out.trimmed();
        QCOMPARE(sync(a), 0);
        QCOMPARE(sync(b), 0);
        QVERIFY(annotations(b).contains(id));
        QCOMPARE(b({QStringLiteral("remove-annotation"), id}), 0);
        QCOMPARE(sync(b), 0);
        // A syncs having the live copy: the older copy must not come back anywhere.
        QCOMPARE(sync(a), 0);
        QCOMPARE(sync(b), 0);
        QVERIFY(!annotations(a).contains(id));
        QVERIFY(!annotations(b).contains(id));
    }

    void openViewHearsMerge()
    {
        CliRunner a = device(), b = device();
        QCOMPARE(b({QStringLiteral("list")}), 0); // b's library exists
        // What an open app on b holds: its connection and the change journal it polls.
        okur::documents::DocumentStore open;
        QString error;
        QVERIFY2(open.open(b.library(), &error), qPrintable(error));
        okur::storage::ChangeJournal journal(open.database());
        journal.start();
        QCOMPARE(a({QStringLiteral("bookmark"), kDoc, QStringLiteral("--block"), QStringLiteral("6")}), 0);
        const QString id = a.out.trimmed();
        QCOMPARE(sync(a), 0);
        QCOMPARE(sync(b), 0);
        QList<okur::storage::Change> changes;
        bool everything = false;
        QVERIFY(journal.poll(&changes, &everything));
        QVERIFY(!everything);
        bool heard = false;
        for (const auto &c : changes) {
            heard = heard || (c.source == QLatin1String("annotations") && c.item == kDoc && c.detail == id);
        }
        QVERIFY2(heard, "the merged annotation did not reach the open library's change journal");
    }

    void reviewsMergeExactly()
    {
        // Both devices review the same word offline: the schedule is the SM-2
        // replay of all four reviews in time order, on both.
        CliRunner a = device(), b = device();
        QCOMPARE(a({QStringLiteral("vocabulary"), QStringLiteral("add"), QStringLiteral("barış"),
                    QStringLiteral("--translation"), QStringLiteral("peace")}), 0);
        const QString idA = a.out.trimmed();
        QCOMPARE(sync(a), 0);
        QCOMPARE(sync(b), 0);
        QCOMPARE(b({QStringLiteral("vocabulary"), QStringLiteral("list"), QStringLiteral("--json")}), 0);
        const QString idB = QString::number(
            QJsonDocument::fromJson(b.out.toUtf8()).array().first().toObject().value(QStringLiteral("id")).toInteger());
        for (const auto &[d, id, grade] : {std::tuple{&a, idA, "5"}, std::tuple{&b, idB, "4"}, std::tuple{&a, idA, "5"},
                                           std::tuple{&b, idB, "2"}}) {
            QCOMPARE((*d)({QStringLiteral("vocabulary"), QStringLiteral("review"), id, QStringLiteral("--grade"),
                           QLatin1String(grade)}), 0);
            QTest::qWait(5); // distinct times
        }
        QCOMPARE(sync(a), 0);
        QCOMPARE(sync(b), 0);
        QCOMPARE(sync(a), 0);
        const auto wa = words(a), wb = words(b);
        QCOMPARE(wa, wb);
        // SM-2 by hand for 5, 4, 5, 2: the last review (2) forgets: repetitions 0, interval 1;
        // ease 2.5 → 2.6 → 2.6 → 2.7 → 2.38.
        const QJsonObject w = QJsonDocument::fromJson(wa.value(QStringLiteral("barış")).toUtf8()).object();
        QCOMPARE(w.value(QStringLiteral("repetitions")).toInt(), 0);
        QCOMPARE(w.value(QStringLiteral("interval")).toInt(), 1);
        QVERIFY(qAbs(w.value(QStringLiteral("ease")).toDouble() - 2.38) < 1e-9);
    }

    // Statuses by lemma (issue 22) travel as records of their own; the last one set wins.
    void statusesSync()
    {
        CliRunner a = device(), b = device();
        const auto status = [](CliRunner &d, const QString &word, const QString &lang) {
            if (d({QStringLiteral("status"), word, QStringLiteral("--lang"), lang, QStringLiteral("--json")}) != 0) {
                return d.err;
            }
            return QJsonDocument::fromJson(d.out.toUtf8()).object().value(QStringLiteral("status")).toString();
        };
        QCOMPARE(a({QStringLiteral("status"), QStringLiteral("ülkenin"), QStringLiteral("--set"), QStringLiteral("known")}), 0);
        QCOMPARE(b({QStringLiteral("status"), QStringLiteral("countries"), QStringLiteral("--lang"), QStringLiteral("en"),
                    QStringLiteral("--set"), QStringLiteral("learning3")}), 0);
        QCOMPARE(sync(a), 0);
        QCOMPARE(sync(b), 0);
        QCOMPARE(sync(a), 0);
        for (CliRunner *d : {&a, &b}) {
            QCOMPARE(status(*d, QStringLiteral("ülkelerin"), QStringLiteral("tr")), QStringLiteral("known"));
            QCOMPARE(status(*d, QStringLiteral("country"), QStringLiteral("en")), QStringLiteral("learning3"));
        }
        QTest::qWait(5);
        QCOMPARE(b({QStringLiteral("status"), QStringLiteral("ülke"), QStringLiteral("--set"), QStringLiteral("ignored")}), 0);
        QCOMPARE(sync(b), 0);
        QCOMPARE(sync(a), 0);
        QCOMPARE(status(a, QStringLiteral("ülkesinde"), QStringLiteral("tr")), QStringLiteral("ignored"));
    }

    void positionsPerDevice()
    {
        CliRunner a = device(), b = device();
        QCOMPARE(a({QStringLiteral("position"), kDoc, QStringLiteral("--block"), QStringLiteral("7"),
                    QStringLiteral("--offset"), QStringLiteral("0.5")}), 0);
        QCOMPARE(b({QStringLiteral("position"), kDoc, QStringLiteral("--block"), QStringLiteral("2")}), 0);
        QCOMPARE(sync(a), 0);
        QCOMPARE(sync(b), 0);
        // B keeps its own place and is offered A's.
        QCOMPARE(b({QStringLiteral("position"), kDoc, QStringLiteral("--json")}), 0);
        const QJsonObject p = QJsonDocument::fromJson(b.out.toUtf8()).object();
        QCOMPARE(p.value(QStringLiteral("block")).toInt(), 2);
        const QJsonArray elsewhere = p.value(QStringLiteral("elsewhere")).toArray();
        QCOMPARE(elsewhere.size(), 1);
        QCOMPARE(elsewhere.first().toObject().value(QStringLiteral("block")).toInt(), 7);
        QCOMPARE(elsewhere.first().toObject().value(QStringLiteral("offset")).toDouble(), 0.5);
        // Named as people know the device (its host name), not by its UUID.
        const QString host = QSysInfo::machineHostName().isEmpty() ? QSysInfo::prettyProductName() : QSysInfo::machineHostName();
        QVERIFY(!host.isEmpty());
        QCOMPARE(elsewhere.first().toObject().value(QStringLiteral("name")).toString(), host);
        QVERIFY(elsewhere.first().toObject().value(QStringLiteral("device")).toString() != host);
    }

    void clockSkew()
    {
        // A's clock is 2 h fast, B's 2 h slow: B's later edits must still win.
        const qint64 h2 = 2 * 3600 * 1000;
        CliRunner a = device(), b = device();
        QCOMPARE(a({QStringLiteral("vocabulary"), QStringLiteral("add"), QStringLiteral("kültür"),
                    QStringLiteral("--translation"), QStringLiteral("first")}), 0);
        QCOMPARE(a({QStringLiteral("bookmark"), kDoc, QStringLiteral("--block"), QStringLiteral("4")}), 0);
        const QString id = a.out.trimmed();
        QCOMPARE(sync(a, QString(), h2), 0);
        QCOMPARE(sync(b, QString(), -h2), 0);
        QCOMPARE(b({QStringLiteral("vocabulary"), QStringLiteral("add"), QStringLiteral("kültür"),
                    QStringLiteral("--translation"), QStringLiteral("culture")}), 0);
        QCOMPARE(b({QStringLiteral("remove-annotation"), id}), 0);
        QCOMPARE(sync(b, QString(), -h2), 0);
        QCOMPARE(sync(a, QString(), h2), 0);
        QVERIFY(words(a).value(QStringLiteral("kültür")).contains(QStringLiteral("culture")));
        QVERIFY(!annotations(a).contains(id));
        QCOMPARE(words(a), words(b));
    }

    void wrongPassword()
    {
        CliRunner a = device();
        QCOMPARE(a({QStringLiteral("bookmark"), kDoc, QStringLiteral("--block"), QStringLiteral("1")}), 0);
        const auto before = annotations(a);
        qputenv("OKUR_SYNC_PASSWORD", "not the password");
        const int code = sync(a);
        qputenv("OKUR_SYNC_PASSWORD", DavServer::kPassword);
        QCOMPARE(code, 1);
        QCOMPARE(a.err.count(u'\n'), 1);
        QVERIFY2(a.err.contains(QStringLiteral("password")) && a.err.contains(QStringLiteral("401")), qPrintable(a.err));
        QVERIFY(!a.err.contains(QStringLiteral("not the password")));
        QCOMPARE(annotations(a), before);
        QCOMPARE(sync(a), 0);
        QCOMPARE(summary(a).value(QStringLiteral("sent")).toInt(), 1);
    }

    void digestAuth()
    {
        // /digest/ is the same folder behind Digest authentication only (mod_auth_digest).
        const QString url = m_server.url("digest") + QStringLiteral("digestAuth/");
        // The server takes only Digest there: the right password sent as Basic is refused.
        const auto statusWithBasic = [](const QString &u) {
            QNetworkAccessManager nam;
            QNetworkRequest req{QUrl(u)};
            req.setRawHeader("Authorization", "Basic " + (QByteArray(DavServer::kUser) + ':' + DavServer::kPassword).toBase64());
            req.setRawHeader("Depth", "0");
            std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(req, "PROPFIND"));
            QEventLoop loop;
            QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        QCOMPARE(statusWithBasic(m_server.url("digest")), 401);
        QCOMPARE(statusWithBasic(m_server.url()), 207);
        CliRunner a = device(), b = device();
        QCOMPARE(a({QStringLiteral("bookmark"), kDoc, QStringLiteral("--block"), QStringLiteral("9")}), 0);
        const QString id = a.out.trimmed();
        const auto before = annotations(a);
        qputenv("OKUR_SYNC_PASSWORD", "not the password");
        const int code = sync(a, url);
        qputenv("OKUR_SYNC_PASSWORD", DavServer::kPassword);
        QCOMPARE(code, 1);
        QCOMPARE(a.err.count(u'\n'), 1);
        QVERIFY2(a.err.contains(QStringLiteral("password")) && a.err.contains(QStringLiteral("401")), qPrintable(a.err));
        QVERIFY(!a.err.contains(QStringLiteral("not the password")));
        QCOMPARE(annotations(a), before);
        QCOMPARE(sync(a, url), 0);
        QCOMPARE(summary(a).value(QStringLiteral("sent")).toInt(), 1);
        QCOMPARE(sync(b, url), 0);
        QVERIFY(annotations(b).contains(id));
    }

    void noKeychain()
    {
        // No keychain service here (no D-Bus session, as in CI): the password is
        // not kept, the sync itself completes, and a sync with no password says why.
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        CliRunner a = device();
        QCOMPARE(a({QStringLiteral("bookmark"), kDoc, QStringLiteral("--block"), QStringLiteral("2")}), 0);
        QCOMPARE(a({QStringLiteral("sync"), QStringLiteral("--remote"), m_remote, QStringLiteral("--user"),
                    QLatin1String(DavServer::kUser), QStringLiteral("--save-password")}), 0);
        QCOMPARE(summary(a).value(QStringLiteral("sent")).toInt(), 1);
        QCOMPARE(a.err.count(u'\n'), 1);
        QVERIFY2(a.err.contains(QStringLiteral("not saved")) && a.err.contains(QStringLiteral("keychain")), qPrintable(a.err));
        QVERIFY(!a.err.contains(QLatin1String(DavServer::kPassword)));
        qunsetenv("OKUR_SYNC_PASSWORD");
        const int code = a({QStringLiteral("sync"), QStringLiteral("--remote"), m_remote, QStringLiteral("--user"),
                            QLatin1String(DavServer::kUser)});
        qputenv("OKUR_SYNC_PASSWORD", DavServer::kPassword);
        if (!bus.isEmpty()) {
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        }
        QCOMPARE(code, 1);
        QCOMPARE(a.err.count(u'\n'), 1);
        QVERIFY2(a.err.contains(QStringLiteral("no password")) && a.err.contains(QStringLiteral("keychain")), qPrintable(a.err));
    }

    void plainHttpRefused()
    {
        CliRunner a = device();
        QCOMPARE(a({QStringLiteral("sync"), QStringLiteral("--remote"), QStringLiteral("http://example.org/dav/"),
                    QStringLiteral("--user"), QStringLiteral("x")}), 1);
        QVERIFY2(a.err.contains(QStringLiteral("https")), qPrintable(a.err));
        QCOMPARE(a.err.count(u'\n'), 1);
    }

    void serverFailures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("507 full") << "full" << "full (507)";
        QTest::newRow("500 failed") << "broken" << "(500)";
        QTest::newRow("412 changed") << "changed" << "(412)";
    }

    void serverFailures()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        CliRunner a = device(), b = device();
        const QString folder = QStringLiteral("failures-%1/").arg(path);
        QCOMPARE(a({QStringLiteral("bookmark"), kDoc, QStringLiteral("--block"), QStringLiteral("5")}), 0);
        const QString id = a.out.trimmed();
        // The failing address is the same folder; only its PUTs fail.
        QCOMPARE(sync(a, m_server.url(path.toLatin1().constData()) + folder), 1);
        QVERIFY2(a.err.contains(message), qPrintable(a.err));
        QCOMPARE(a.err.count(u'\n'), 1);
        QVERIFY(annotations(a).contains(id));
        // The next sync completes and the other device gets everything.
        QCOMPARE(sync(a, m_server.url() + folder), 0);
        QCOMPARE(summary(a).value(QStringLiteral("sent")).toInt(), 1);
        QCOMPARE(sync(b, m_server.url() + folder), 0);
        QVERIFY(annotations(b).contains(id));
    }

    void droppedConnection_data()
    {
        QTest::addColumn<bool>("answer");
        QTest::addColumn<QString>("message");
        QTest::newRow("closed without an answer") << false << "closed the connection";
        QTest::newRow("never answers") << true << "did not answer in time";
    }

    void droppedConnection()
    {
        // A server that takes the request and then hangs up, or says nothing:
        // served by the sync's own event loop, as the CLI runs in this process.
        QFETCH(bool, answer);
        QFETCH(QString, message);
        QTcpServer bad;
        QVERIFY(bad.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&bad, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = bad.nextPendingConnection()) {
                if (answer) {
                    held.append(s); // keep it open, silent
                } else {
                    connect(s, &QTcpSocket::readyRead, s, [s] { s->abort(); });
                }
            }
        });
        CliRunner a = device();
        QCOMPARE(a({QStringLiteral("bookmark"), kDoc, QStringLiteral("--block"), QStringLiteral("8")}), 0);
        const auto before = annotations(a);
        qputenv("OKUR_SYNC_TIMEOUT_MS", "700");
        const int code = sync(a, QStringLiteral("http://127.0.0.1:%1/dav/").arg(bad.serverPort()));
        qunsetenv("OKUR_SYNC_TIMEOUT_MS");
        QCOMPARE(code, 1);
        QVERIFY2(a.err.contains(message), qPrintable(a.err));
        QCOMPARE(a.err.count(u'\n'), 1);
        QCOMPARE(annotations(a), before);
        QCOMPARE(sync(a), 0);
        QCOMPARE(summary(a).value(QStringLiteral("sent")).toInt(), 1);
        qDeleteAll(held);
    }

    void importedDocumentsTravel()
    {
        // An invented text, imported on A: B gets it (and the bookmark in it) by syncing;
        // C imports the same file on its own: one blob on the server, one document everywhere.
        QFile file(m_dir.filePath(QStringLiteral("gezi.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes = "Kapadokya Gezisi\n\n";
        for (int i = 1; i <= 12; ++i) {
            bytes += QStringLiteral("Sabah %1 balonlar vadinin üstünde yükseldi ve rehber peri bacalarını anlattı.\n\n")
                         .arg(i).toUtf8();
        }
        QVERIFY(file.write(bytes) == bytes.size());
        file.close();
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        CliRunner a = device(), b = device(), c = device();
        QVERIFY2(a({QStringLiteral("import"), file.fileName()}) == 0, qPrintable(a.err));
        const QString doc = a.out.trimmed();
        QVERIFY(!doc.isEmpty());
        QCOMPARE(a({QStringLiteral("text"), doc}), 0);
        const QString text = a.out;
        QCOMPARE(a({QStringLiteral("bookmark"), doc, QStringLiteral("--block"), QStringLiteral("3")}), 0);
        const QString mark = a.out.trimmed();
        QCOMPARE(c({QStringLiteral("import"), file.fileName()}), 0);
        QCOMPARE(sync(a), 0);
        QCOMPARE(sync(c), 0);
        QCOMPARE(summary(c).value(QStringLiteral("documents")).toInt(), 0); // it had it already
        // One blob, named by the hash of the imported bytes.
        const QString blobs = m_server.root() + QStringLiteral("/importedDocumentsTravel/Okur/v1/blobs");
        // A blob gone from the server: B's own changes still go out, and the line says what is missing.
        QVERIFY(QFile::rename(blobs + u'/' + hash, blobs + QStringLiteral("/aside")));
        QCOMPARE(b({QStringLiteral("bookmark"), kDoc, QStringLiteral("--block"), QStringLiteral("5")}), 0);
        QCOMPARE(sync(b), 1);
        QVERIFY2(b.err.contains(QStringLiteral("is missing on the server")) && b.err.contains(hash.left(12)), qPrintable(b.err));
        QCOMPARE(b.err.count(u'\n'), 1);
        QVERIFY(QFile::rename(blobs + QStringLiteral("/aside"), blobs + u'/' + hash));
        QCOMPARE(sync(b), 0);
        QCOMPARE(summary(b).value(QStringLiteral("sent")).toInt(), 0); // sent by the sync that could not fetch
        QCOMPARE(summary(b).value(QStringLiteral("documents")).toInt(), 1);
        QCOMPARE(QDir(blobs).entryList(QDir::Files), QStringList{hash});
        // B shows the same text under the same id, and A's bookmark in it.
        QCOMPARE(b({QStringLiteral("text"), doc}), 0);
        QCOMPARE(b.out, text);
        QVERIFY(annotations(b).contains(mark));
        // Importing the file on B again finds the synced document; a sync adds nothing.
        QCOMPARE(b({QStringLiteral("list"), QStringLiteral("--json")}), 0);
        const int listed = int(QJsonDocument::fromJson(b.out.toUtf8()).array().size());
        QCOMPARE(b({QStringLiteral("import"), file.fileName()}), 0);
        QCOMPARE(sync(b), 0);
        QCOMPARE(summary(b).value(QStringLiteral("sent")).toInt(), 0);
        QCOMPARE(b({QStringLiteral("list"), QStringLiteral("--json")}), 0);
        QCOMPARE(int(QJsonDocument::fromJson(b.out.toUtf8()).array().size()), listed);
        // Removed on C: gone from A and B, and no sync brings it back.
        {
            okur::documents::DocumentStore store;
            QString error;
            QVERIFY2(store.open(c.library(), &error), qPrintable(error));
            QVERIFY(store.remove(store.documentWithHash(hash)));
        }
        for (CliRunner *d : {&c, &a, &b, &c, &a, &b}) {
            QCOMPARE(sync(*d), 0);
        }
        for (CliRunner *d : {&a, &b, &c}) {
            QCOMPARE((*d)({QStringLiteral("text"), doc}), 1);
        }
        // Imported again on B: a later act than the removal, so it travels again.
        QCOMPARE(b({QStringLiteral("import"), file.fileName()}), 0);
        QCOMPARE(sync(b), 0);
        QCOMPARE(sync(a), 0);
        QCOMPARE(summary(a).value(QStringLiteral("documents")).toInt(), 1);
        QCOMPARE(a({QStringLiteral("text"), doc}), 0);
        QCOMPARE(a.out, text);
    }

    void converge_data()
    {
        QTest::addColumn<int>("devices");
        QTest::addColumn<int>("seed");
        // Few seeds here (each step runs okur-cli on a real server); the
        // property test over 200 seeds is tst_syncmerge's, on the pure core.
        for (int seed = 1; seed <= 3; ++seed) {
            QTest::addRow("2 devices, seed %d", seed) << 2 << seed;
        }
        for (int seed = 1; seed <= 2; ++seed) {
            QTest::addRow("3 devices, seed %d", seed) << 3 << seed;
        }
    }

    void converge()
    {
        QFETCH(int, devices);
        QFETCH(int, seed);
        QRandomGenerator rng(quint32(seed * 7919 + devices));
        m_remote = m_server.url() + QStringLiteral("converge-%1-%2/").arg(devices).arg(seed);
        QList<CliRunner> ds;
        QList<qint64> skew;
        for (int i = 0; i < devices; ++i) {
            ds.append(device());
            skew.append(rng.bounded(-7200000, 7200001));
        }
        QSet<QString> created, removed;
        const QStringList lemmas = {QStringLiteral("dış"), QStringLiteral("politika"), QStringLiteral("ülke")};
        for (int step = 0; step < 20; ++step) {
            const int i = rng.bounded(devices);
            CliRunner &d = ds[i];
            const int op = rng.bounded(10);
            if (op < 3) {
                QCOMPARE(d({QStringLiteral("bookmark"), kDoc, QStringLiteral("--block"),
                            QString::number(rng.bounded(1, 20))}), 0);
                created.insert(d.out.trimmed());
            } else if (op < 5) {
                const QStringList live = annotations(d).keys();
                if (!live.isEmpty()) {
                    const QString id = live[rng.bounded(live.size())];
                    QCOMPARE(d({QStringLiteral("remove-annotation"), id}), 0);
                    removed.insert(id);
                }
            } else if (op < 7) {
                QVERIFY2(d({QStringLiteral("vocabulary"), QStringLiteral("add"), lemmas[rng.bounded(lemmas.size())],
                            QStringLiteral("--translation"), QStringLiteral("t%1").arg(step)}) == 0, qPrintable(d.err));
            } else {
                QCOMPARE(sync(d, QString(), skew[i]), 0);
            }
        }
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < devices; ++i) {
                QVERIFY2(sync(ds[i], QString(), skew[i]) == 0, qPrintable(ds[i].err));
            }
        }
        const auto notes = annotations(ds[0]);
        const auto vocabulary = words(ds[0]);
        for (int i = 1; i < devices; ++i) {
            QCOMPARE(annotations(ds[i]), notes);
            QCOMPARE(words(ds[i]), vocabulary);
        }
        // Nothing removed came back; nothing made and never removed was lost.
        const QSet<QString> live(notes.keyBegin(), notes.keyEnd());
        QCOMPARE(live, created - removed);
    }
};

QTEST_GUILESS_MAIN(TstSync)
#include "tst_sync.moc"
