#include "credentials.h"
#include "tr.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace okur::sync {

namespace {

const QString kService = QStringLiteral("Okur");

// A finished job's outcome: the error in words when it failed for another reason than a missing entry.
KeychainResult outcome(QKeychain::Job &job, bool read)
{
    KeychainResult r;
    switch (job.error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.error = tr("the keychain refused access to the sync password");
        break;
    default:
        r.unavailable = true;
        // Without a keychain service (no Secret Service or KWallet on D-Bus) QtKeychain says only "Unknown error".
        r.error = tr("no keychain service is running on this computer (%1)").arg(job.errorString());
    }
    r.ok = r.error.isEmpty();
    r.found = r.ok && job.error() != QKeychain::EntryNotFound;
    if (read && r.found) {
        r.password = static_cast<QKeychain::ReadPasswordJob &>(job).textData();
    }
    return r;
}

// Runs a keychain job to its end (its own event loop).
KeychainResult run(QKeychain::Job &job, bool read)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return outcome(job, read);
}

// Starts a job that deletes itself; `done` hears its outcome once, or that it did not answer in time.
void startAsync(QKeychain::Job *job, bool read, QObject *context, const std::function<void(const KeychainResult &)> &done,
                int timeoutMs)
{
    auto answered = std::make_shared<bool>(false);
    const auto reply = [answered, done](const KeychainResult &r) {
        if (!*answered) {
            *answered = true;
            done(r);
        }
    };
    QObject::connect(job, &QKeychain::Job::finished, context, [job, read, reply]() { reply(outcome(*job, read)); });
    QTimer::singleShot(timeoutMs, context, [reply]() {
        KeychainResult r;
        r.unavailable = true;
        r.error = tr("the keychain did not answer");
        reply(r);
    });
    job->start();
}

} // namespace

QString keychainKey(const QUrl &remote, const QString &user)
{
    const int port = remote.port(remote.scheme() == QLatin1String("http") ? 80 : 443);
    return QStringLiteral("%1@%2:%3%4").arg(user, remote.host()).arg(port).arg(remote.path());
}

KeychainResult readPassword(const QUrl &remote, const QString &user)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(keychainKey(remote, user));
    return run(job, true);
}

KeychainResult savePassword(const QUrl &remote, const QString &user, const QString &password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(keychainKey(remote, user));
    job.setTextData(password);
    return run(job, false);
}

void readPasswordAsync(const QUrl &remote, const QString &user, QObject *context,
                       const std::function<void(const KeychainResult &)> &done, int timeoutMs)
{
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(keychainKey(remote, user));
    startAsync(job, true, context, done, timeoutMs);
}

void savePasswordAsync(const QUrl &remote, const QString &user, const QString &password, QObject *context,
                       const std::function<void(const KeychainResult &)> &done, int timeoutMs)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(keychainKey(remote, user));
    job->setTextData(password);
    startAsync(job, false, context, done, timeoutMs);
}

} // namespace okur::sync
