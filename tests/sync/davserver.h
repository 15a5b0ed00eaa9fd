// A real Apache httpd with mod_dav on 127.0.0.1, for the sync tests: started
// with a configuration written into a temporary folder, Basic authentication
// on (a password file made by htpasswd), stopped when the object goes.
// /dav/ is the WebDAV folder; /full/, /broken/ and /changed/ are the same
// folder with every PUT answered 507, 500 or 412 (mod_rewrite), so a test can
// see a sync fail half-way and the next one complete. /digest/ is the same
// folder behind Digest authentication (mod_auth_digest).
// With `tls`, it serves HTTPS only (mod_ssl), with a certificate authority and
// certificates the openssl CLI makes at start: url() has a certificate signed
// by that CA for IP 127.0.0.1, expiredUrl() one that expired in 2020 (same key).
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

class DavServer {
public:
    static constexpr const char *kUser = "reader";
    static constexpr const char *kPassword = "s3cret pass";

    /// Starts the server; false (with `error`) when it cannot: a missing
    /// apache2 fails the test rather than skipping it (scripts/setup.sh installs it).
    bool start(QString *error, bool tls = false)
    {
        m_tls = tls;
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        const QString apache = QStringLiteral("/usr/sbin/apache2");
        const QString modules = QStringLiteral("/usr/lib/apache2/modules");
        if (!QFile::exists(apache) || !QFile::exists(modules + QStringLiteral("/mod_dav_fs.so"))) {
            *error = QStringLiteral("apache2 with mod_dav is not installed (scripts/setup.sh installs it)");
            return false;
        }
        QDir(m_dir.path()).mkpath(QStringLiteral("root/dav"));
        QProcess htpasswd;
        htpasswd.start(QStringLiteral("htpasswd"), {QStringLiteral("-bc"), m_dir.filePath(QStringLiteral("htpasswd")),
                                                    QLatin1String(kUser), QLatin1String(kPassword)});
        if (!htpasswd.waitForFinished(10000) || htpasswd.exitCode() != 0) {
            *error = QStringLiteral("htpasswd (apache2-utils) failed: ") + htpasswd.errorString();
            return false;
        }
        const QString d = m_dir.path();
        // Digest: user:realm:MD5(user:realm:password), hashed by openssl.
        QByteArray md5;
        if (!openssl({QStringLiteral("dgst"), QStringLiteral("-md5"), QStringLiteral("-r")},
                     QByteArray(kUser) + ":okur-digest:" + kPassword, &md5, error)) {
            return false;
        }
        QFile digest(m_dir.filePath(QStringLiteral("htdigest")));
        if (!digest.open(QIODevice::WriteOnly) || digest.write(QByteArray(kUser) + ":okur-digest:" + md5.left(32) + "\n") < 0) {
            *error = QStringLiteral("cannot write the digest password file");
            return false;
        }
        digest.close();
        if (tls && !makeCertificates(error)) {
            return false;
        }
        m_port = freePort();
        QString conf = QStringLiteral("ServerRoot \"%1\"\nServerName 127.0.0.1\nListen 127.0.0.1:%2\n"
                                      "PidFile %1/httpd.pid\nErrorLog %1/error.log\nDavLockDB %1/DavLock\n")
                           .arg(d)
                           .arg(m_port);
        for (const char *m : {"mpm_event", "authz_core", "authn_core", "authn_file", "auth_basic", "authz_user", "dav",
                              "dav_fs", "alias", "rewrite", "auth_digest"}) {
            conf += QStringLiteral("LoadModule %1_module %2/mod_%1.so\n").arg(QLatin1String(m), modules);
        }
        if (geteuid() == 0) {
            // httpd will not serve as root: its workers become nobody, who must write the folder.
            conf += QStringLiteral("User nobody\nGroup nogroup\n");
            QFile::setPermissions(d, QFileDevice::Permissions(0x7777));
            QFile::setPermissions(d + QStringLiteral("/root"), QFileDevice::Permissions(0x7777));
            QFile::setPermissions(d + QStringLiteral("/root/dav"), QFileDevice::Permissions(0x7777));
            QFile::setPermissions(d + QStringLiteral("/htpasswd"), QFileDevice::Permissions(0x4444));
        }
        if (tls) {
            m_expiredPort = freePort();
            conf += QStringLiteral("LoadModule ssl_module %1/mod_ssl.so\nLoadModule socache_shmcb_module %1/mod_socache_shmcb.so\n")
                        .arg(modules);
            conf += QStringLiteral("Listen 127.0.0.1:%1\n").arg(m_expiredPort);
            for (const auto &[port, cert] : {std::pair{m_port, "server.pem"}, std::pair{m_expiredPort, "expired.pem"}}) {
                conf += QStringLiteral("<VirtualHost 127.0.0.1:%1>\n  SSLEngine on\n  SSLCertificateFile %2/%3\n"
                                       "  SSLCertificateKeyFile %2/server.key\n</VirtualHost>\n")
                            .arg(port)
                            .arg(d, QLatin1String(cert));
            }
        }
        conf += QStringLiteral("DocumentRoot %1/root\n").arg(d);
        conf += QStringLiteral("<Directory %1/root>\n  Dav On\n  AuthType Basic\n  AuthName okur\n"
                               "  AuthUserFile %1/htpasswd\n  Require valid-user\n</Directory>\n")
                    .arg(d);
        for (const auto &[path, status] : {std::pair{"full", 507}, std::pair{"broken", 500}, std::pair{"changed", 412}}) {
            conf += QStringLiteral("Alias /%1 %2/root/dav\n<Location /%1>\n  RewriteEngine On\n"
                                   "  RewriteCond %{REQUEST_METHOD} =PUT\n  RewriteRule ^ - [R=%3]\n</Location>\n")
                        .arg(QLatin1String(path), d)
                        .arg(status);
        }
        conf += QStringLiteral("Alias /digest %1/root/dav\n<Location /digest>\n  AuthType Digest\n  AuthName okur-digest\n"
                               "  AuthDigestProvider file\n  AuthUserFile %1/htdigest\n  Require valid-user\n</Location>\n")
                    .arg(d);
        QFile f(m_dir.filePath(QStringLiteral("httpd.conf")));
        if (!f.open(QIODevice::WriteOnly) || f.write(conf.toUtf8()) < 0) {
            *error = QStringLiteral("cannot write the configuration");
            return false;
        }
        f.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(apache, {QStringLiteral("-f"), f.fileName(), QStringLiteral("-DFOREGROUND")});
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("apache2 did not start: ") + m_process.errorString();
            return false;
        }
        for (int i = 0; i < 200; ++i) {
            QTcpSocket s;
            s.connectToHost(QStringLiteral("127.0.0.1"), m_port);
            if (s.waitForConnected(100)) {
                return true;
            }
            if (m_process.state() == QProcess::NotRunning) {
                break;
            }
            QThread::msleep(50);
        }
        QFile log(m_dir.filePath(QStringLiteral("error.log")));
        log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("apache2 did not listen: ") + QString::fromUtf8(m_process.readAll() + log.readAll());
        return false;
    }

    ~DavServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate(); // SIGTERM: httpd stops its workers and leaves
            if (!m_process.waitForFinished(10000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    /// http://127.0.0.1:PORT/<path>/ — "dav" is the working folder.
    QString url(const char *path = "dav") const
    {
        return QStringLiteral("%1://127.0.0.1:%2/%3/").arg(QLatin1String(m_tls ? "https" : "http")).arg(m_port).arg(QLatin1String(path));
    }
    /// The same folder behind the expired certificate (tls only).
    QString expiredUrl() const { return QStringLiteral("https://127.0.0.1:%1/dav/").arg(m_expiredPort); }
    /// The server key's pin, "sha256//<base64>", as openssl computes it (tls only).
    QString pin() const { return m_pin; }
    /// The pin of another key (the CA's): one the server does not have.
    QString otherPin() const { return m_otherPin; }
    /// The files the server holds, for tests that look at the layout.
    QString root() const { return m_dir.filePath(QStringLiteral("root/dav")); }

private:
    // Runs openssl in the server's folder; `out` gets its output.
    bool openssl(const QStringList &args, const QByteArray &input, QByteArray *out, QString *error)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForStarted(10000)) {
            *error = QStringLiteral("openssl is not installed (scripts/setup.sh installs it)");
            return false;
        }
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *error = QStringLiteral("openssl %1 failed: %2").arg(args.join(u' '), QString::fromUtf8(p.readAllStandardError()));
            return false;
        }
        if (out) {
            *out = p.readAllStandardOutput();
        }
        return true;
    }

    // A test CA; a server key; a certificate for 127.0.0.1 signed by the CA, and one that expired.
    bool makeCertificates(QString *error)
    {
        const QString d = m_dir.path();
        QFile cnf(m_dir.filePath(QStringLiteral("ca.cnf")));
        QDir(d).mkpath(QStringLiteral("ca"));
        QFile index(m_dir.filePath(QStringLiteral("ca/index.txt")));
        QFile serial(m_dir.filePath(QStringLiteral("ca/serial")));
        if (!cnf.open(QIODevice::WriteOnly) || !index.open(QIODevice::WriteOnly) || !serial.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write the CA's files");
            return false;
        }
        cnf.write("[ca]\ndefault_ca = test\n[test]\ndatabase = ca/index.txt\nnew_certs_dir = ca\nserial = ca/serial\n"
                  "default_md = sha256\npolicy = any\nx509_extensions = server\nunique_subject = no\n"
                  "[any]\ncommonName = supplied\n[server]\nsubjectAltName = IP:127.0.0.1\n");
        serial.write("01\n");
        cnf.close();
        index.close();
        serial.close();
        const auto arg = [](const char *a) { return QString::fromLatin1(a); };
        QByteArray der, pin, caPin;
        const QList<QStringList> steps = {
            {arg("req"), arg("-x509"), arg("-newkey"), arg("rsa:2048"), arg("-nodes"), arg("-keyout"), arg("ca.key"),
             arg("-out"), arg("ca.pem"), arg("-subj"), arg("/CN=Okur Test CA"), arg("-days"), arg("2")},
            {arg("req"), arg("-newkey"), arg("rsa:2048"), arg("-nodes"), arg("-keyout"), arg("server.key"), arg("-out"),
             arg("server.csr"), arg("-subj"), arg("/CN=127.0.0.1")},
            {arg("ca"), arg("-batch"), arg("-config"), arg("ca.cnf"), arg("-cert"), arg("ca.pem"), arg("-keyfile"),
             arg("ca.key"), arg("-in"), arg("server.csr"), arg("-out"), arg("server.pem"), arg("-days"), arg("2")},
            {arg("ca"), arg("-batch"), arg("-config"), arg("ca.cnf"), arg("-cert"), arg("ca.pem"), arg("-keyfile"),
             arg("ca.key"), arg("-in"), arg("server.csr"), arg("-out"), arg("expired.pem"), arg("-startdate"),
             arg("20200101000000Z"), arg("-enddate"), arg("20200201000000Z")},
            {arg("pkey"), arg("-in"), arg("server.key"), arg("-pubout"), arg("-outform"), arg("DER"), arg("-out"), arg("server.der")},
            {arg("dgst"), arg("-sha256"), arg("-binary"), arg("-out"), arg("server.pin"), arg("server.der")},
            {arg("pkey"), arg("-in"), arg("ca.key"), arg("-pubout"), arg("-outform"), arg("DER"), arg("-out"), arg("ca.der")},
            {arg("dgst"), arg("-sha256"), arg("-binary"), arg("-out"), arg("ca.pin"), arg("ca.der")},
        };
        for (const QStringList &step : steps) {
            if (!openssl(step, QByteArray(), nullptr, error)) {
                return false;
            }
        }
        for (const auto &[file, target] : {std::pair{"server.pin", &m_pin}, std::pair{"ca.pin", &m_otherPin}}) {
            QFile f(m_dir.filePath(QLatin1String(file)));
            if (!f.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("openssl wrote no %1").arg(QLatin1String(file));
                return false;
            }
            *target = QStringLiteral("sha256//") + QString::fromLatin1(f.readAll().toBase64());
        }
        return true;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    quint16 m_expiredPort = 0;
    bool m_tls = false;
    QString m_pin, m_otherPin;
};
