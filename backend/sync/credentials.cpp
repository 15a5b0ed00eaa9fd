#include "credentials.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace okur::sync {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("okur::sync", text); }

const QString kService = QStringLiteral("Okur");

// Runs a keychain job to its end; the error in words when it failed for
// another reason than a missing entry.
QString run(QKeychain::Job &job, bool *notFound, bool *unavailable)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    *notFound = job.error() == QKeychain::EntryNotFound;
    *unavailable = false;
    switch (job.error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return QString();
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return tr("the keychain refused access to the sync password");
    default:
        *unavailable = true;
        // Without a keychain service (no Secret Service or KWallet on D-Bus) QtKeychain says only "Unknown error".
        return tr("no keychain service is running on this computer (%1)").arg(job.errorString());
    }
}

} // namespace

QString keychainKey(const QUrl &remote, const QString &user)
{
    const int port = remote.port(remote.scheme() == QLatin1String("http") ? 80 : 443);
    return QStringLiteral("%1@%2:%3%4").arg(user, remote.host()).arg(port).arg(remote.path());
}

KeychainResult readPassword(const QUrl &remote, const QString &user)
{
    KeychainResult r;
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(keychainKey(remote, user));
    bool notFound = false;
    r.error = run(job, &notFound, &r.unavailable);
    r.ok = r.error.isEmpty();
    r.found = r.ok && !notFound;
    if (r.found) {
        r.password = job.textData();
    }
    return r;
}

KeychainResult savePassword(const QUrl &remote, const QString &user, const QString &password)
{
    KeychainResult r;
    QKeychain::WritePasswordJob job(kService);
    job.setKey(keychainKey(remote, user));
    job.setTextData(password);
    bool notFound = false;
    r.error = run(job, &notFound, &r.unavailable);
    r.ok = r.error.isEmpty();
    return r;
}

} // namespace okur::sync
