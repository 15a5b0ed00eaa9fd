// The Sync page's model against a real Apache httpd with mod_dav (tests/sync/davserver.h):
// the account kept in the library, the connection test's messages, Sync now
// bringing another device's annotation into views already open, the automatic
// syncs (on start, after a change, on the timer), and a change made offline
// sent by the next sync. The other device is a second library driven through
// okur-cli in-process.
#include "annotationmodel.h"
#include "blockmodel.h"
#include "notesmodel.h"
#include "syncmodel.h"
#include "app/clirunner.h"
#include "library/library.h"
#include "sync/davserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTest>

using namespace okur::app;

namespace {

const QString kDoc = QStringLiteral("kultur-dijital-diplomasi");
constexpr int kWaitMs = 20000;

bool hasRow(const QAbstractItemModel &model, int role, const QString &id)
{
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.index(i, 0).data(role).toString() == id)
            return true;
    }
    return false;
}

} // namespace

class TestSyncModel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    DavServer m_server;
    std::unique_ptr<okur::library::Library> m_library;
    std::unique_ptr<CliRunner> m_other; // the second device
    QString m_remote;

    QString libraryA() const { return m_dir.filePath(QStringLiteral("a")); }

    /// Runs one task of `model` to its end; its `ok`.
    static bool waitFor(SyncModel &model, const std::function<void()> &task)
    {
        QSignalSpy finished(&model, &SyncModel::finished);
        task();
        if (!finished.wait(kWaitMs))
            return false;
        return finished.first().at(0).toBool();
    }

    void configure(SyncModel &model, const QString &remote)
    {
        model.setServerUrl(remote);
        model.setUser(QLatin1String(DavServer::kUser));
        model.setPassword(QLatin1String(DavServer::kPassword));
        model.setPasswordStorage(SyncModel::InLibrary);
        QVERIFY2(model.save(), qPrintable(model.message()));
    }

    int otherSync()
    {
        const int code = (*m_other)({QStringLiteral("sync"), QStringLiteral("--remote"), m_remote, QStringLiteral("--user"),
                                     QLatin1String(DavServer::kUser)});
        if (code != 0)
            qInfo("other device: %s", qPrintable(m_other->err.trimmed()));
        return code;
    }

    QStringList otherAnnotations()
    {
        QStringList ids;
        if ((*m_other)({QStringLiteral("annotations"), QStringLiteral("--json")}) != 0)
            return {QStringLiteral("error: ") + m_other->err};
        for (const QJsonValue &v : QJsonDocument::fromJson(m_other->out.toUtf8()).array())
            ids << v.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: the page must offer the choice
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        qputenv("OKUR_SYNC_PASSWORD", DavServer::kPassword); // the other device's okur-cli
        m_remote = m_server.url() + QStringLiteral("model/");
        // Both libraries seeded with the bundled documents by okur-cli; the app's side opens without background work.
        CliRunner seedA(libraryA());
        QCOMPARE(seedA({QStringLiteral("list")}), 0);
        m_other = std::make_unique<CliRunner>(m_dir.filePath(QStringLiteral("b")));
        QCOMPARE((*m_other)({QStringLiteral("list")}), 0);
        m_library = std::make_unique<okur::library::Library>(libraryA());
        QVERIFY(m_library->open());
    }

    void cleanupTestCase() { m_library.reset(); }

    void formIsChecked_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("consent");
        QTest::addColumn<QString>("message"); // "" when accepted
        QTest::newRow("empty") << "" << "u" << false << "Type the server's address";
        QTest::newRow("not a url") << "https://" << "u" << false << "is not a web address";
        QTest::newRow("ftp") << "ftp://example.org/dav/" << "u" << false << "must start with https://";
        QTest::newRow("user in url") << "https://me@example.org/dav/" << "u" << false << "in its own field";
        QTest::newRow("no user") << "https://example.org/dav/" << " " << false << "Type your user name";
        QTest::newRow("plain http elsewhere") << "http://example.org/dav/" << "u" << false << "Plain http://";
        QTest::newRow("plain http, confirmed") << "http://example.org/dav/" << "u" << true << "";
        QTest::newRow("plain http, loopback") << "http://127.0.0.1:8080/dav/" << "u" << false << "";
        QTest::newRow("https") << "https://example.org/dav/" << "u" << false << "";
    }

    void formIsChecked()
    {
        QFETCH(QString, url);
        QFETCH(QString, user);
        QFETCH(bool, consent);
        QFETCH(QString, message);
        QTemporaryDir dir;
        okur::library::Library library(dir.path());
        QVERIFY(library.open());
        SyncModel model(&library);
        model.setServerUrl(url);
        model.setUser(user);
        model.setAllowPlainHttp(consent);
        model.setPasswordStorage(SyncModel::AskEachTime);
        QCOMPARE(model.plainHttpNeedsConsent(), url.startsWith(QLatin1String("http://example")));
        QCOMPARE(model.save(), message.isEmpty());
        QCOMPARE(model.failed(), !message.isEmpty());
        QVERIFY2(model.message().contains(message), qPrintable(model.message()));
        // Refused: nothing kept. Accepted: kept in the library, not in QSettings.
        QCOMPARE(library.store().setting(QStringLiteral("sync_remote")), message.isEmpty() ? url : QString());
        QCOMPARE(model.configured(), message.isEmpty());
        QCOMPARE(library.store().setting(QStringLiteral("sync_password")), QString()); // asked each time: never kept
    }

    void noKeychainOffersTheChoice()
    {
        SyncModel model(m_library.get());
        QSignalSpy changed(&model, &SyncModel::keychainAvailableChanged);
        model.probeKeychain();
        QVERIFY(changed.wait(kWaitMs));
        QVERIFY(!model.keychainAvailable());
        model.setServerUrl(m_remote);
        model.setUser(QLatin1String(DavServer::kUser));
        model.setPassword(QLatin1String(DavServer::kPassword));
        model.setPasswordStorage(SyncModel::Keychain);
        QVERIFY(!model.save());
        QVERIFY2(model.message().contains(QLatin1String("No keychain")), qPrintable(model.message()));
        QCOMPARE(m_library->store().setting(QStringLiteral("sync_remote")), QString());
        // Tested with no password typed: what is missing is the password, not a keychain that is not there.
        model.setPassword(QString());
        model.setAllowPlainHttp(true);
        QVERIFY(!waitFor(model, [&] { model.testConnection(); }));
        QVERIFY2(model.message().startsWith(QLatin1String("Type the password for ")), qPrintable(model.message()));
    }

    void testConnection_data()
    {
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message");
        QTest::newRow("right password") << "" << DavServer::kPassword << true << "Connected";
        QTest::newRow("wrong password") << "" << "not it" << false << "Wrong user name or password";
        QTest::newRow("no server") << "http://127.0.0.1:9/dav/" << DavServer::kPassword << false << "connection refused";
    }

    void testConnection()
    {
        QFETCH(QString, remote);
        QFETCH(QString, password);
        QFETCH(bool, ok);
        QFETCH(QString, message);
        SyncModel model(m_library.get());
        model.setServerUrl(remote.isEmpty() ? m_remote : remote);
        model.setAllowPlainHttp(true);
        model.setUser(QLatin1String(DavServer::kUser));
        model.setPassword(password);
        QCOMPARE(waitFor(model, [&] { model.testConnection(); }), ok);
        QVERIFY2(model.message().contains(message), qPrintable(model.message()));
        QCOMPARE(model.failed(), !ok);
        QVERIFY(!model.running());
        QVERIFY(!model.message().contains(password) || password.isEmpty());
    }

    void trustingACertificatePinsIt()
    {
        DavServer tls;
        QString error;
        QVERIFY2(tls.start(&error, true), qPrintable(error));
        QTemporaryDir dir;
        okur::library::Library library(dir.path());
        QVERIFY(library.open());
        SyncModel model(&library);
        model.setServerUrl(tls.url());
        model.setUser(QLatin1String(DavServer::kUser));
        model.setPassword(QLatin1String(DavServer::kPassword));
        model.setPasswordStorage(SyncModel::AskEachTime);
        QVERIFY(model.save());
        // Signed by an authority this computer does not know: refused, with the key to check.
        QVERIFY(!waitFor(model, [&] { model.testConnection(); }));
        QVERIFY2(model.message().contains(QLatin1String("not trusted")), qPrintable(model.message()));
        QCOMPARE(model.untrustedPin(), tls.pin()); // as openssl computes it
        QVERIFY(model.pin().isEmpty());
        // Trusted by the reader's choice: pinned, kept, and the test passes.
        QVERIFY(waitFor(model, [&] { model.trustCertificate(); }));
        QCOMPARE(model.pin(), tls.pin());
        QCOMPARE(library.store().setting(QStringLiteral("sync_pin")), tls.pin());
        QVERIFY(model.untrustedPin().isEmpty());
        QVERIFY(waitFor(model, [&] { model.syncNow(); }));
        // A certificate that expired: refused, and not offered for trust.
        model.setServerUrl(tls.expiredUrl());
        QVERIFY(!waitFor(model, [&] { model.testConnection(); }));
        QVERIFY2(model.message().contains(QLatin1String("expired")), qPrintable(model.message()));
        QVERIFY(model.untrustedPin().isEmpty()); // an expired certificate is not offered for trust
    }

    void syncNowReachesOpenViews()
    {
        // The reader and the Notes page are open on this library before anything syncs.
        AnnotationModel reader(m_library.get());
        reader.setDocumentId(kDoc);
        NotesModel notes(m_library.get());
        QCOMPARE((*m_other)({QStringLiteral("bookmark"), kDoc, QStringLiteral("--block"), QStringLiteral("2")}), 0);
        const QString id = m_other->out.trimmed();
        QVERIFY(!id.isEmpty());
        QCOMPARE(otherSync(), 0);
        QVERIFY(!hasRow(notes, NotesModel::IdRole, id));

        SyncModel model(m_library.get());
        configure(model, m_remote);
        QVERIFY(model.configured());
        QCOMPARE(m_library->store().setting(QStringLiteral("sync_remote")), m_remote);
        QStringList steps;
        connect(&model, &SyncModel::activityChanged, this, [&] {
            if (steps.isEmpty() || steps.last() != model.activity())
                steps << model.activity();
        });
        QVERIFY(waitFor(model, [&] { model.syncNow(); }));
        QVERIFY2(model.message().startsWith(QLatin1String("Synced")), qPrintable(model.message()));
        // Its progress, step by step, in words; nothing once it ended.
        const QStringList expected{QStringLiteral("Syncing…"), QStringLiteral("Connecting…"),
                                   QStringLiteral("Reading the other devices' changes…"), QStringLiteral("Merging…"),
                                   QStringLiteral("Sending this device's changes…"), QStringLiteral("Fetching imported documents…"),
                                   QStringLiteral("Tidying the server folder…"), QString()};
        QCOMPARE(steps, expected);
        QVERIFY(!model.running());
        QVERIFY(model.lastSync().isValid());
        QVERIFY(model.lastReceived() >= 1);
        QVERIFY(model.lastMerged() >= 1);
        // Shown without recreating either view.
        QTRY_VERIFY_WITH_TIMEOUT(hasRow(notes, NotesModel::IdRole, id), 5000);
        QVERIFY(hasRow(reader, AnnotationModel::IdRole, id));
        // The last sync is kept in the library: another model on it shows it.
        SyncModel again(m_library.get());
        QCOMPARE(again.lastSync().toMSecsSinceEpoch(), model.lastSync().toMSecsSinceEpoch());
        QCOMPARE(again.lastMerged(), model.lastMerged());
        QCOMPARE(again.serverUrl(), m_remote);
    }

    void aChangeIsSentAfterAPause()
    {
        SyncModel model;
        model.setDebounceMs(300);
        model.setStartDelayMs(3600000);
        model.setLibrary(m_library.get());
        QVERIFY(model.configured());
        AnnotationModel reader(m_library.get());
        reader.setDocumentId(kDoc);
        QSignalSpy finished(&model, &SyncModel::finished);
        const QString id = reader.addHighlight(3, 0, 6, QStringLiteral("green"));
        QVERIFY(!id.isEmpty());
        QVERIFY(finished.wait(kWaitMs)); // nobody asked: the pause after the change did
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(model.message()));
        QVERIFY(model.lastSent() >= 1);
        QCOMPARE(otherSync(), 0);
        QVERIFY(otherAnnotations().contains(id));
    }

    void syncsOnStartAndOnTheTimer()
    {
        QCOMPARE((*m_other)({QStringLiteral("bookmark"), kDoc, QStringLiteral("--block"), QStringLiteral("4")}), 0);
        const QString first = m_other->out.trimmed();
        QCOMPARE(otherSync(), 0);
        NotesModel notes(m_library.get());
        // A model made on a configured library syncs once it has opened.
        SyncModel model;
        model.setStartDelayMs(50);
        model.setIntervalMs(3600000);
        model.setLibrary(m_library.get());
        QTRY_VERIFY_WITH_TIMEOUT(hasRow(notes, NotesModel::IdRole, first), kWaitMs);
        QTRY_VERIFY(!model.running());
        // Then every interval.
        QCOMPARE((*m_other)({QStringLiteral("bookmark"), kDoc, QStringLiteral("--block"), QStringLiteral("5")}), 0);
        const QString second = m_other->out.trimmed();
        QCOMPARE(otherSync(), 0);
        model.setIntervalMs(300);
        QTRY_VERIFY_WITH_TIMEOUT(hasRow(notes, NotesModel::IdRole, second), kWaitMs);
    }

    void offlineChangesWaitForTheNextSync()
    {
        SyncModel model(m_library.get());
        model.setDebounceMs(3600000);
        // The server cannot be reached (nothing listens there).
        model.setServerUrl(QStringLiteral("http://127.0.0.1:9/dav/model/"));
        QVERIFY(model.save());
        AnnotationModel reader(m_library.get());
        reader.setDocumentId(kDoc);
        const QString id = reader.addHighlight(6, 0, 8, QStringLiteral("blue"));
        QVERIFY(!id.isEmpty());
        QVERIFY(!waitFor(model, [&] { model.syncNow(); }));
        QVERIFY2(model.message().contains(QLatin1String("connection refused"))
                     && model.message().contains(QLatin1String("stay queued")), qPrintable(model.message()));
        QVERIFY(model.pending() >= 1);
        // Back online: the next sync sends it.
        model.setServerUrl(m_remote);
        QVERIFY(waitFor(model, [&] { model.syncNow(); }));
        QVERIFY(model.lastSent() >= 1);
        QCOMPARE(model.pending(), 0);
        QCOMPARE(otherSync(), 0);
        QVERIFY(otherAnnotations().contains(id));
    }

    void askedEachTimeWaitsForThePassword()
    {
        QTemporaryDir dir;
        okur::library::Library library(dir.path());
        QVERIFY(library.open());
        {
            SyncModel setup(&library);
            setup.setServerUrl(m_remote);
            setup.setUser(QLatin1String(DavServer::kUser));
            setup.setPasswordStorage(SyncModel::AskEachTime);
            QVERIFY(setup.save());
        }
        // The next start: no password anywhere, so no sync; the page says what it needs.
        SyncModel model;
        model.setStartDelayMs(10);
        QSignalSpy finished(&model, &SyncModel::finished);
        model.setLibrary(&library);
        QTRY_VERIFY(model.failed());
        QVERIFY2(model.message().contains(QLatin1String("Type the password")), qPrintable(model.message()));
        QVERIFY(!model.running());
        QCOMPARE(finished.count(), 0);
        model.setPassword(QLatin1String(DavServer::kPassword));
        QVERIFY(waitFor(model, [&] { model.syncNow(); }));
        QCOMPARE(library.store().setting(QStringLiteral("sync_password")), QString()); // used, never kept
    }

    void oneSyncAtATime()
    {
        SyncModel model(m_library.get());
        QSignalSpy finished(&model, &SyncModel::finished);
        QSignalSpy running(&model, &SyncModel::runningChanged);
        for (int i = 0; i < 5; ++i)
            model.syncNow();
        // Off the UI thread: the calls return at once, the syncs run behind them.
        QVERIFY(model.running());
        QCOMPARE(finished.count(), 0);
        // One runs, one waits for it; the other requests add nothing.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kWaitMs);
        QTest::qWait(300);
        QCOMPARE(finished.count(), 2);
        QCOMPARE(running.count(), 2); // on, then off once: never two at once
        QVERIFY(!model.running());
    }

    void anotherDevicesPlaceIsOffered_data()
    {
        QTest::addColumn<int>("here");  // this device's block
        QTest::addColumn<int>("there"); // the other device's block
        QTest::addColumn<bool>("offered");
        QTest::newRow("further on") << 1 << 9 << true;
        QTest::newRow("further back") << 12 << 3 << true;
        QTest::newRow("next block: same page") << 8 << 9 << false;
        QTest::newRow("same block") << 5 << 5 << false;
    }

    void anotherDevicesPlaceIsOffered()
    {
        QFETCH(int, here);
        QFETCH(int, there);
        QFETCH(bool, offered);
        SyncModel model(m_library.get());
        configure(model, m_remote);
        BlockModel reader(m_library.get()); // open before the sync: the sync must reach it
        reader.setDocumentId(kDoc);
        reader.savePosition(here, 0.25);
        QCOMPARE((*m_other)({QStringLiteral("position"), kDoc, QStringLiteral("--block"), QString::number(there),
                             QStringLiteral("--offset"), QStringLiteral("0.5"), QStringLiteral("--json")}),
                 0);
        const double progress = QJsonDocument::fromJson(m_other->out.toUtf8()).object().value(QStringLiteral("progress")).toDouble();
        QVERIFY(progress > 0 && progress < 1);
        QCOMPARE(otherSync(), 0);
        QSignalSpy positions(&m_library->store(), &okur::documents::DocumentStore::positionChanged);
        QSignalSpy elsewhere(m_library.get(), &okur::library::Library::positionsElsewhereChanged);
        QVERIFY(waitFor(model, [&] { model.syncNow(); }));
        // The merge is announced as what it is, not as every document's own
        // position changing (which would refresh every library card).
        QCOMPARE(elsewhere.count(), 1);
        for (const QList<QVariant> &args : std::as_const(positions)) {
            QVERIFY2(!args.at(0).toString().isEmpty(), "a merge announced every position as changed");
        }
        const QString host = QSysInfo::machineHostName().isEmpty() ? QSysInfo::prettyProductName() : QSysInfo::machineHostName();
        QTRY_COMPARE(reader.elsewhere().value(QStringLiteral("block"), -1).toInt(), offered ? there : -1);
        // A reader opened afterwards reads it on opening, the same.
        BlockModel later(m_library.get());
        later.setDocumentId(kDoc);
        QCOMPARE(later.elsewhere(), reader.elsewhere());
        if (!offered)
            return;
        QCOMPARE(reader.elsewhere().value(QStringLiteral("name")).toString(), host);
        QCOMPARE(reader.elsewhere().value(QStringLiteral("offset")).toDouble(), 0.5);
        QCOMPARE(reader.elsewhere().value(QStringLiteral("progress")).toDouble(), progress);
    }
};

QTEST_MAIN(TestSyncModel)
#include "tst_syncmodel.moc"
