// The WebDAV client's pure parts: reading a multistatus answer (as Apache and
// Nextcloud write them) and refusing addresses that would leak a password.
#include "sync/webdav.h"

#include <QTest>

using okur::sync::DavEntry;
using okur::sync::WebDav;

class TstWebDav : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void multistatus_data();
    void multistatus();
    void urls_data();
    void urls();
};

void TstWebDav::multistatus_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QStringList>("expected"); // name, "/" for folders, then etag
    // Apache mod_dav: paths, lp1 namespace for live properties.
    QTest::newRow("apache") << QByteArray(R"(<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:" xmlns:ns0="DAV:">
<D:response xmlns:lp1="DAV:"><D:href>/dav/Okur/v1/devices/</D:href><D:propstat><D:prop>
<lp1:resourcetype><D:collection/></lp1:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
<D:response xmlns:lp1="DAV:"><D:href>/dav/Okur/v1/devices/3f2a-b/</D:href><D:propstat><D:prop>
<lp1:resourcetype><D:collection/></lp1:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
<D:response xmlns:lp1="DAV:"><D:href>/dav/Okur/v1/devices/log-1.json</D:href><D:propstat><D:prop>
<lp1:resourcetype/><lp1:getetag>"2a-5f1"</lp1:getetag><lp1:getcontentlength>42</lp1:getcontentlength></D:prop>
<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
</D:multistatus>)") << "/dav/Okur/v1/devices/"
                            << QStringList{"3f2a-b/", "log-1.json\"2a-5f1\""};
    // Nextcloud-like: another prefix, percent-encoded names, whole URLs.
    QTest::newRow("prefixes and encoding") << QByteArray(R"(<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:"><d:response><d:href>https://cloud.example/remote.php/dav/files/ay%C5%9Fe/</d:href>
<d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
<d:response><d:href>/remote.php/dav/files/ay%C5%9Fe/not%20es.txt</d:href><d:propstat><d:prop><d:getetag>"x"</d:getetag>
</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>)")
                                           << "/remote.php/dav/files/ay%C5%9Fe/" << QStringList{"not es.txt\"x\""};
    QTest::newRow("empty folder") << QByteArray(R"(<D:multistatus xmlns:D="DAV:"><D:response><D:href>/a/</D:href>
<D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype></D:prop></D:propstat></D:response></D:multistatus>)")
                                  << "/a/" << QStringList{};
}

void TstWebDav::multistatus()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, base);
    QFETCH(QStringList, expected);
    bool ok = false;
    const QList<DavEntry> entries = WebDav::parseMultistatus(xml, base, &ok);
    QVERIFY(ok);
    QStringList got;
    for (const DavEntry &e : entries) {
        got << e.name + (e.collection ? QStringLiteral("/") : QString()) + e.etag;
    }
    QCOMPARE(got, expected);
    // A cut answer is an error, never a shorter listing.
    WebDav::parseMultistatus(xml.left(xml.size() / 2), base, &ok);
    QVERIFY(!ok);
}

void TstWebDav::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowHttp");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << "https://cloud.example/dav/" << false << true;
    QTest::newRow("http to another host") << "http://cloud.example/dav/" << false << false;
    QTest::newRow("http allowed explicitly") << "http://cloud.example/dav/" << true << true;
    QTest::newRow("http to 127.0.0.1") << "http://127.0.0.1:8080/dav/" << false << true;
    QTest::newRow("http to localhost") << "http://localhost/dav/" << false << true;
    QTest::newRow("http to ::1") << "http://[::1]/dav/" << false << true;
    QTest::newRow("credentials in the URL") << "https://ayse:secret@cloud.example/dav/" << false << false;
    QTest::newRow("ftp") << "ftp://cloud.example/" << true << false;
    QTest::newRow("no host") << "dav/folder" << false << false;
}

void TstWebDav::urls()
{
    QFETCH(QString, url);
    QFETCH(bool, allowHttp);
    QFETCH(bool, accepted);
    WebDav dav{QUrl(url), QStringLiteral("ayse"), QStringLiteral("secret")};
    dav.setAllowPlainHttp(allowHttp);
    const QString why = dav.checkUrl();
    QCOMPARE(why.isEmpty(), accepted);
    QVERIFY(!why.contains(QStringLiteral("secret")));
}

QTEST_GUILESS_MAIN(TstWebDav)
#include "tst_webdav.moc"
