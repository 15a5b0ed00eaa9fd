#include "webdav.h"

#include <QAuthenticator>
#include <QBuffer>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace okur::sync {

namespace {


bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

// Why a TLS handshake is refused, in words: set on the reply, reported instead of Qt's message.
const char *const kTlsRefusal = "okurTlsRefusal";
// The refused certificate's key pin, when the user could choose to trust it.
const char *const kPeerPin = "okurPeerPin";

QString tlsRefusal(const QList<QSslError> &errors, const QSslCertificate &peer, const QString &pin)
{
    for (const QSslError &e : errors) {
        if (e.error() == QSslError::CertificateExpired) {
            return QCoreApplication::translate("okur::sync", "the server's certificate expired on %1; it must be renewed on the server")
                .arg(e.certificate().expiryDate().date().toString(Qt::ISODate));
        }
        if (e.error() == QSslError::CertificateNotYetValid) {
            return QCoreApplication::translate("okur::sync", "the server's certificate is valid only from %1 (check this computer's date)")
                .arg(e.certificate().effectiveDate().date().toString(Qt::ISODate));
        }
    }
    const QString key = WebDav::keyPin(peer);
    if (!pin.isEmpty()) {
        return QCoreApplication::translate("okur::sync", "the server's key is not the pinned one (it is %1); refused").arg(key);
    }
    const QString why = errors.isEmpty() ? QString() : errors.first().errorString();
    return QCoreApplication::translate("okur::sync", "the server's certificate is not trusted (%1); if the server is yours, pin its key: %2").arg(why, key);
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
    // Certificates: the system's CAs, or the pinned key. Checked before any
    // request (and so any credential) is sent; an error is never ignored unseen.
    QObject::connect(m_nam, &QNetworkAccessManager::sslErrors, m_nam,
                     [this](QNetworkReply *reply, const QList<QSslError> &errors) {
                         QSslCertificate peer = reply->sslConfiguration().peerCertificate();
                         if (peer.isNull() && !errors.isEmpty()) {
                             peer = errors.first().certificate();
                         }
                         bool dated = false;
                         for (const QSslError &e : errors) {
                             dated = dated || e.error() == QSslError::CertificateExpired
                                     || e.error() == QSslError::CertificateNotYetValid;
                         }
                         if (!dated && !m_pin.isEmpty() && keyPin(peer) == m_pin) {
                             reply->ignoreSslErrors(errors);
                             return;
                         }
                         reply->setProperty(kTlsRefusal, tlsRefusal(errors, peer, m_pin));
                         if (!dated && !peer.isNull()) {
                             reply->setProperty(kPeerPin, keyPin(peer));
                         }
                     });
    QObject::connect(m_nam, &QNetworkAccessManager::encrypted, m_nam, [this](QNetworkReply *reply) {
        // A certificate the system trusts is refused too when it is not the pinned key.
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!m_pin.isEmpty() && keyPin(peer) != m_pin) {
            reply->setProperty(kTlsRefusal, tlsRefusal({}, peer, m_pin));
            reply->abort();
        }
    });
}

WebDav::~WebDav() { delete m_nam; }

QString WebDav::tr(const char *text) { return QCoreApplication::translate("okur::sync::WebDav", text); }

QString WebDav::keyPin(const QSslCertificate &certificate)
{
    return QStringLiteral("sha256//")
        + QString::fromLatin1(QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256).toBase64());
}

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
        static const QRegularExpression pin(QStringLiteral("^sha256//[A-Za-z0-9+/]{43}=$"));
        if (!m_pin.isEmpty() && !pin.match(m_pin).hasMatch()) {
            return tr("the pin must look like sha256//<44 characters of base64>");
        }
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

bool WebDav::needsPlainHttpConsent(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 && !url.host().isEmpty()
        && !isLoopback(url.host());
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
    const QString refusal = reply->property(kTlsRefusal).toString();
    const QString peerPin = reply->property(kPeerPin).toString();
    reply->deleteLater();
    if (!refusal.isEmpty()) {
        r.ok = false;
        r.status = 0;
        r.error = refusal;
        r.peerPin = peerPin;
        return r;
    }
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

DavResult WebDav::remove(const QString &path)
{
    DavResult r = send("DELETE", path, QByteArray(), {});
    if (r.status == 404) {
        r.ok = true;
        r.error.clear();
    }
    return r;
}

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
