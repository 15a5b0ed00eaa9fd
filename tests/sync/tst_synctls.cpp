// Sync over HTTPS (issue 26): a real Apache httpd with mod_ssl on 127.0.0.1,
// its certificate authority and certificates made by the openssl CLI when the
// test starts (davserver.h). The client trusts the server's key only when it
// is pinned (sha256 of its public key, as openssl computes it), refuses any
// other key, an untrusted certificate and an expired one with one clear line,
// and a refused sync changes nothing.
#include "app/clirunner.h"
#include "davserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest>

namespace {

const QString kDoc = QStringLiteral("kultur-dijital-diplomasi");

} // namespace

class TstSyncTls : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    DavServer m_server;
    int m_libraries = 0;

    QString m_template; // a seeded library that never synced: copies are new devices

    // A new device: a copy of the seeded library (seeding costs seconds; copying does not).
    CliRunner device()
    {
        const QString dir = m_dir.filePath(QStringLiteral("lib%1").arg(++m_libraries));
        QDir().mkpath(dir);
        for (const QString &f : QDir(m_template).entryList(QDir::Files)) {
            QFile::copy(m_template + u'/' + f, dir + u'/' + f);
        }
        return CliRunner(dir);
    }

    int sync(CliRunner &d, const QString &url, const QString &pin)
    {
        QStringList args{QStringLiteral("sync"), QStringLiteral("--remote"), url, QStringLiteral("--user"),
                         QLatin1String(DavServer::kUser)};
        if (!pin.isEmpty()) {
            args << QStringLiteral("--pin") << pin;
        }
        const int code = d(args);
        if (code != 0) {
            qInfo("sync: %s", qPrintable(d.err.trimmed()));
        }
        return code;
    }

    static QString annotationsOf(CliRunner &d)
    {
        return d({QStringLiteral("annotations"), QStringLiteral("--json")}) == 0 ? d.out : d.err;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_server.start(&error, true), qPrintable(error));
        QVERIFY(m_server.url().startsWith(QLatin1String("https://127.0.0.1:")));
        QVERIFY(m_server.pin() != m_server.otherPin());
        qputenv("OKUR_SYNC_PASSWORD", DavServer::kPassword);
        m_template = m_dir.filePath(QStringLiteral("template"));
        CliRunner seed(m_template);
        QCOMPARE(seed({QStringLiteral("list")}), 0);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("expired");
        QTest::addColumn<QString>("message");
        // No pin: the test CA is not one the system trusts; the message offers the key to pin.
        QTest::newRow("untrusted") << QString() << false << "is not trusted";
        QTest::newRow("another key") << "other" << false << "is not the pinned one";
        QTest::newRow("expired, pinned") << "server" << true << "expired on 2020-02-01";
        QTest::newRow("expired, not pinned") << QString() << true << "expired on 2020-02-01";
        QTest::newRow("malformed pin") << "sha256//abc" << false << "the pin must look like";
    }

    void refused()
    {
        QFETCH(QString, pin);
        QFETCH(bool, expired);
        QFETCH(QString, message);
        if (pin == QLatin1String("server")) {
            pin = m_server.pin();
        } else if (pin == QLatin1String("other")) {
            pin = m_server.otherPin();
        }
        const QString folder = QStringLiteral("refused-%1/").arg(QTest::currentDataTag()).replace(u' ', u'-').replace(u',', u'-');
        CliRunner a = device();
        QCOMPARE(a({QStringLiteral("bookmark"), kDoc, QStringLiteral("--block"), QStringLiteral("2")}), 0);
        const QString before = annotationsOf(a);
        const QString url = (expired ? m_server.expiredUrl() : m_server.url()) + folder;
        QCOMPARE(sync(a, url, pin), 1);
        QVERIFY2(a.err.contains(message), qPrintable(a.err));
        QCOMPARE(a.err.count(u'\n'), 1);
        QVERIFY(!a.err.contains(QLatin1String(DavServer::kPassword)));
        if (QTest::currentDataTag() == QLatin1String("untrusted")) {
            QVERIFY2(a.err.contains(m_server.pin()), qPrintable(a.err)); // what to pin, to accept it
        }
        // Nothing was written anywhere: not the library, not the server (no request got through).
        QCOMPARE(annotationsOf(a), before);
        QVERIFY(!QFileInfo::exists(m_server.root() + u'/' + folder));
        // Pinned and valid, the next sync completes.
        QCOMPARE(sync(a, m_server.url() + folder, m_server.pin()), 0);
        QCOMPARE(QJsonDocument::fromJson(a.out.toUtf8()).object().value(QStringLiteral("sent")).toInt(), 1);
    }

    void pinnedSyncConverges()
    {
        CliRunner a = device(), b = device();
        QCOMPARE(a({QStringLiteral("bookmark"), kDoc, QStringLiteral("--block"), QStringLiteral("4")}), 0);
        const QString id = a.out.trimmed();
        QCOMPARE(b({QStringLiteral("vocabulary"), QStringLiteral("add"), QStringLiteral("barış"),
                    QStringLiteral("--translation"), QStringLiteral("peace")}), 0);
        const QString url = m_server.url() + QStringLiteral("pinned/");
        for (CliRunner *d : {&a, &b, &a}) {
            QCOMPARE(sync(*d, url, m_server.pin()), 0);
        }
        QVERIFY(annotationsOf(b).contains(id));
        QCOMPARE(a({QStringLiteral("vocabulary"), QStringLiteral("list"), QStringLiteral("--json")}), 0);
        QVERIFY(a.out.contains(QStringLiteral("peace")));
    }
};

QTEST_GUILESS_MAIN(TstSyncTls)
#include "tst_synctls.moc"
