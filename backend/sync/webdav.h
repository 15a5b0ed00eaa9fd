#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QSslCertificate;

namespace okur::sync {

/// One entry of a PROPFIND listing.
struct DavEntry {
    QString name;      ///< the last path segment, decoded ("" for the listed folder itself)
    bool collection = false;
    QString etag;
    qint64 size = 0;
};

/// The outcome of one request: `ok`, or a one-line message a person understands.
struct DavResult {
    bool ok = false;
    int status = 0;       ///< the HTTP status (0: no answer)
    QString error;
    QByteArray body;
    QString etag;
    QList<DavEntry> entries; ///< PROPFIND only
    /// The key pin of a certificate refused as untrusted (not for a date): what
    /// the user may choose to trust (setPin). Empty otherwise.
    QString peerPin;
};

/// A WebDAV folder on QtNetwork, for the sync. Blocking calls (each runs its
/// own event loop), made from one thread: the CLI's or a sync worker's.
/// Credentials go only to the server's Basic challenge (never into URLs or
/// messages). Plain HTTP is refused unless the host is loopback or allowed.
class WebDav {
public:
    WebDav(const QUrl &root, const QString &user, const QString &password);
    ~WebDav();
    WebDav(const WebDav &) = delete;
    WebDav &operator=(const WebDav &) = delete;

    void setAllowPlainHttp(bool allow) { m_allowPlainHttp = allow; }
    /// Trusts only a server whose public key is `pin` ("sha256//<base64 of the
    /// SHA-256 of its SubjectPublicKeyInfo>", as curl's --pinnedpubkey), even
    /// when its certificate is self-signed or signed by an unknown CA; an
    /// expired certificate is refused all the same. Empty: the system's CAs.
    void setPin(const QString &pin) { m_pin = pin.trimmed(); }
    /// The pin of a certificate's public key. Pure.
    static QString keyPin(const QSslCertificate &certificate);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// Empty when the URL may be used; else why not.
    QString checkUrl() const;
    /// Whether `url` is plain http:// to a host that is not loopback: refused
    /// unless the user explicitly allows it (setAllowPlainHttp). Pure.
    static bool needsPlainHttpConsent(const QUrl &url);

    /// `path` is relative to the root, segments separated by '/'; folders end in '/'.
    DavResult list(const QString &path);    ///< PROPFIND, Depth: 1
    DavResult makeFolder(const QString &path); ///< MKCOL; a folder that exists is fine
    DavResult get(const QString &path);
    DavResult remove(const QString &path); ///< DELETE; a file already gone is fine
    /// PUT: `etag` empty → If-None-Match: * (the file must be new); else If-Match ("*": it must exist).
    DavResult put(const QString &path, const QByteArray &data, const QString &etag = QString());

    /// Bytes sent and received in request and response bodies so far.
    qint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesReceived() const { return m_bytesReceived; }

    /// Parses a 207 multistatus body (RFC 4918) into entries, names relative to `base`. Pure.
    static QList<DavEntry> parseMultistatus(const QByteArray &xml, const QString &basePath, bool *ok);
    /// The message for a status: 401 wrong user or password, 412, 507, 5xx. Pure.
    static QString statusMessage(int status);

private:
    static QString tr(const char *text); // messages in the context "okur::sync::WebDav"
    DavResult send(const QByteArray &verb, const QString &path, const QByteArray &body,
                   const QList<std::pair<QByteArray, QByteArray>> &headers);
    QUrl urlFor(const QString &path) const;
    QUrl m_root;
    QString m_user, m_password, m_pin;
    bool m_allowPlainHttp = false;
    int m_timeoutMs = 30000;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
    QNetworkAccessManager *m_nam;
};

} // namespace okur::sync
