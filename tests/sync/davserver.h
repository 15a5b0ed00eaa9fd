// A real Apache httpd with mod_dav on 127.0.0.1, for the sync tests: started
// with a configuration written into a temporary folder, Basic authentication
// on (a password file made by htpasswd), stopped when the object goes.
// /dav/ is the WebDAV folder; /full/, /broken/ and /changed/ are the same
// folder with every PUT answered 507, 500 or 412 (mod_rewrite), so a test can
// see a sync fail half-way and the next one complete.
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
    bool start(QString *error)
    {
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
        m_port = freePort();
        const QString d = m_dir.path();
        QString conf = QStringLiteral("ServerRoot \"%1\"\nServerName 127.0.0.1\nListen 127.0.0.1:%2\n"
                                      "PidFile %1/httpd.pid\nErrorLog %1/error.log\nDavLockDB %1/DavLock\n")
                           .arg(d)
                           .arg(m_port);
        for (const char *m : {"mpm_event", "authz_core", "authn_core", "authn_file", "auth_basic", "authz_user", "dav",
                              "dav_fs", "alias", "rewrite"}) {
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
        return QStringLiteral("http://127.0.0.1:%1/%2/").arg(m_port).arg(QLatin1String(path));
    }
    /// The files the server holds, for tests that look at the layout.
    QString root() const { return m_dir.filePath(QStringLiteral("root/dav")); }

private:
    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};
