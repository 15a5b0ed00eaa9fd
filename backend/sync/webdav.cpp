#include "webdav.h"

#include <QAuthenticator>
#include <QBuffer>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QXmlStreamReader>

namespace okur::sync {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("okur::sync::WebDav", text); }

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

} // namespace

WebDav::WebDav(const QUrl &root, const QString &user, const QString &password)
    : m_root(root), m_user(user), m_password(password), m_nam(new QNetworkAccessManager)
{
    if (!m_root.path().endsWith(u'/')) {
        m_root.setPath(m_root.path() + u'/');
    }
    // Credentials are given to the server's challenge only, and only once a
    // request: a second challenge means they were refused (reported as 401).
    QObject::connect(m_nam, &QNetworkAccessManager::authenticationRequired, m_nam,
                     [this](QNetworkReply *reply, QAuthenticator *auth) {
                         if (reply->property("okurAuthTried").toBool()) {
                             return;
                         }
                         reply->setProperty("okurAuthTried", true);
                         auth->setUser(m_user);
                         auth->setPassword(m_password);
                     });
}

WebDav::~WebDav() { delete m_nam; }

QString WebDav::checkUrl() const
{
    if (!m_root.isValid() || m_root.host().isEmpty()) {
        return tr("the sync address is not a URL (expected https://server/folder)");
    }
    if (!m_root.userInfo().isEmpty()) {
        return tr("put the user name in --user, not in the address");
    }
    const QString scheme = m_root.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return QString();
    }
    if (scheme != QLatin1String("http")) {
        return tr("the sync address must start with https://");
    }
    if (!m_allowPlainHttp && !isLoopback(m_root.host())) {
        return tr("plain http:// would send the password unencrypted; use https:// (or allow plain HTTP explicitly)");
    }
    return QString();
}

QUrl WebDav::urlFor(const QString &path) const
{
    QUrl u = m_root;
    u.setPath(m_root.path() + path);
    return u;
}

QString WebDav::statusMessage(int status)
{
    switch (status) {
    case 401:
        return tr("the server refused the user name or password (401)");
    case 403:
        return tr("the server does not allow this account to write there (403)");
    case 404:
        return tr("the folder was not found on the server (404)");
    case 412:
        return tr("the file changed on the server meanwhile (412); sync again");
    case 507:
        return tr("the server is full (507)");
    default:
        break;
    }
    if (status >= 500) {
        return tr("the server failed (%1); try again later").arg(status);
    }
    return tr("the server answered %1").arg(status);
}

DavResult WebDav::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                       const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    DavResult r;
    const QString bad = checkUrl();
    if (!bad.isEmpty()) {
        r.error = bad;
        return r;
    }
    QNetworkRequest req(urlFor(path));
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers) {
        req.setRawHeader(name, value);
    }
    QBuffer *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_nam->sendCustomRequest(req, verb, buffer);
    buffer->setParent(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        loop.exec();
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed after a timeout
    m_bytesSent += body.size();
    m_bytesReceived += r.body.size();
    r.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    const QNetworkReply::NetworkError e = reply->error();
    reply->deleteLater();
    if (r.status == 0) {
        switch (e) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            r.error = tr("the server did not answer in time");
            break;
        case QNetworkReply::ConnectionRefusedError:
            r.error = tr("could not connect to the server (connection refused)");
            break;
        case QNetworkReply::HostNotFoundError:
            r.error = tr("the server's name was not found");
            break;
        case QNetworkReply::RemoteHostClosedError:
            r.error = tr("the server closed the connection");
            break;
        default:
            r.error = tr("the connection failed: %1").arg(reply->errorString());
        }
        return r;
    }
    r.ok = r.status >= 200 && r.status < 300;
    if (!r.ok) {
        r.error = statusMessage(r.status);
    }
    return r;
}

DavResult WebDav::list(const QString &path)
{
    static const QByteArray body = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                                   "<D:propfind xmlns:D=\"DAV:\"><D:prop><D:resourcetype/><D:getetag/>"
                                   "<D:getcontentlength/></D:prop></D:propfind>";
    DavResult r = send("PROPFIND", path, body, {{"Depth", "1"}, {"Content-Type", "application/xml; charset=utf-8"}});
    if (r.ok) {
        bool ok = false;
        r.entries = parseMultistatus(r.body, urlFor(path).path(), &ok);
        if (!ok) {
            r.ok = false;
            r.error = tr("the server's folder listing could not be read");
        }
    }
    return r;
}

DavResult WebDav::makeFolder(const QString &path)
{
    DavResult r = send("MKCOL", path, QByteArray(), {});
    if (r.status == 405) { // it exists already
        r.ok = true;
        r.error.clear();
    }
    return r;
}

DavResult WebDav::get(const QString &path) { return send("GET", path, QByteArray(), {}); }

DavResult WebDav::put(const QString &path, const QByteArray &data, const QString &etag)
{
    QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", "application/octet-stream"}};
    if (etag.isEmpty()) {
        headers.append(std::pair<QByteArray, QByteArray>("If-None-Match", "*"));
    } else {
        headers.append(std::pair<QByteArray, QByteArray>("If-Match", etag.toLatin1()));
    }
    return send("PUT", path, data, headers);
}

QList<DavEntry> WebDav::parseMultistatus(const QByteArray &xml, const QString &basePath, bool *ok)
{
    QList<DavEntry> out;
    QXmlStreamReader x(xml);
    DavEntry current;
    bool inResponse = false;
    const QString dav = QStringLiteral("DAV:");
    const QString base = QUrl::fromPercentEncoding(basePath.toUtf8());
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.namespaceUri() == dav) {
            const auto n = x.name();
            if (n == QLatin1String("response")) {
                inResponse = true;
                current = DavEntry();
            } else if (inResponse && n == QLatin1String("href")) {
                QString href = QUrl::fromPercentEncoding(x.readElementText().trimmed().toUtf8());
                // Servers answer with a path or a whole URL.
                if (href.contains(QLatin1String("://"))) {
                    href = QUrl(href).path();
                }
                if (href.endsWith(u'/')) {
                    href.chop(1);
                }
                QString b = base;
                if (b.endsWith(u'/')) {
                    b.chop(1);
                }
                current.name = href == b ? QString() : href.section(u'/', -1);
            } else if (inResponse && n == QLatin1String("collection")) {
                current.collection = true;
            } else if (inResponse && n == QLatin1String("getetag")) {
                current.etag = x.readElementText().trimmed();
            } else if (inResponse && n == QLatin1String("getcontentlength")) {
                current.size = x.readElementText().trimmed().toLongLong();
            }
            // A propstat that is not 200 says a property is missing, not the
            // file: an entry counts whatever its propstats' status.
        } else if (x.isEndElement() && x.namespaceUri() == dav && x.name() == QLatin1String("response")) {
            inResponse = false;
            if (!current.name.isEmpty()) {
                out.append(current);
            }
        }
    }
    *ok = !x.hasError();
    return out;
}

} // namespace okur::sync
