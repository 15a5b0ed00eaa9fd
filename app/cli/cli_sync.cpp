// okur-cli sync: one sync of the library with a WebDAV folder (docs/sync.md).
#include "clicommon.h"

#include "sync/credentials.h"
#include "sync/syncengine.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace okur::cli {

int runSync(const Options &o, QTextStream &out, QTextStream &err)
{
    const QString remote = o.values.value(QStringLiteral("remote"));
    const QString user = o.values.value(QStringLiteral("user"));
    if (o.positional.size() != 1) {
        return usageError(err, QStringLiteral("sync"), QStringLiteral("takes its options only, no other word"));
    }
    if (remote.isEmpty() || user.isEmpty()) {
        return usageError(err, QStringLiteral("sync"), QStringLiteral("--remote takes the WebDAV folder's URL, --user its account"));
    }
    sync::SyncSettings settings;
    settings.remote = QUrl(remote, QUrl::StrictMode);
    settings.user = user;
    settings.allowPlainHttp = o.values.contains(QStringLiteral("allow-http"));
    settings.pin = o.values.value(QStringLiteral("pin"));
    // Read from a file or the environment, never from the command line, where
    // other users of the machine could see it.
    const QString passwordFile = o.values.value(QStringLiteral("password-file"));
    if (!passwordFile.isEmpty()) {
        QFile f(passwordFile);
        if (!f.open(QIODevice::ReadOnly)) {
            err << "okur-cli: cannot read the password file " << passwordFile << ": " << f.errorString() << Qt::endl;
            return kFailure;
        }
        settings.password = QString::fromUtf8(f.readLine()).remove(u'\n').remove(u'\r');
    } else if (qEnvironmentVariableIsSet("OKUR_SYNC_PASSWORD")) {
        settings.password = qEnvironmentVariable("OKUR_SYNC_PASSWORD");
    } else {
        const sync::KeychainResult kept = sync::readPassword(settings.remote, user);
        if (!kept.found) {
            err << "okur-cli: no password: give --password-file FILE or set OKUR_SYNC_PASSWORD"
                << (kept.ok ? QStringLiteral(" (the keychain holds none for this account)")
                            : QStringLiteral(" (%1)").arg(kept.error))
                << Qt::endl;
            return kFailure;
        }
        settings.password = kept.password;
    }
    // A test hook: plays a device whose clock is wrong by this many milliseconds.
    settings.clockOffsetMs = qEnvironmentVariable("OKUR_SYNC_CLOCK_OFFSET_MS").toLongLong();
    // A test hook: how old a deletion must be before a snapshot thins it (default 30 days).
    if (qEnvironmentVariableIsSet("OKUR_SYNC_TOMBSTONE_DAYS")) {
        settings.tombstoneDays = qEnvironmentVariableIntValue("OKUR_SYNC_TOMBSTONE_DAYS");
    }
    if (qEnvironmentVariableIsSet("OKUR_SYNC_FOLD_LOGS")) {
        settings.foldAfterLogs = qEnvironmentVariableIntValue("OKUR_SYNC_FOLD_LOGS");
    }
    if (qEnvironmentVariableIsSet("OKUR_SYNC_TIMEOUT_MS")) {
        settings.timeoutMs = qEnvironmentVariableIntValue("OKUR_SYNC_TIMEOUT_MS");
    }

    documents::DocumentStore store;
    text::Lexicons lex;
    if (!openLibrary(o, store, lex, err)) {
        return kFailure;
    }
    const sync::SyncReport r = sync::syncLibrary(store, settings);
    if (!r.ok) {
        err << "okur-cli: sync failed: " << r.error << Qt::endl;
        return kFailure;
    }
    // Kept only once the server took it. Without a keychain it is not kept at all:
    // asked for each time (never written into the library or a file by this).
    if (o.values.contains(QStringLiteral("save-password"))) {
        const sync::KeychainResult saved = sync::savePassword(settings.remote, user, settings.password);
        if (!saved.ok) {
            err << "okur-cli: the password was not saved: " << saved.error
                << "; give it each time (--password-file or OKUR_SYNC_PASSWORD)" << Qt::endl;
        }
    }
    out << QJsonDocument(QJsonObject{{QStringLiteral("sent"), r.sent},
                                     {QStringLiteral("received"), r.received},
                                     {QStringLiteral("merged"), r.merged},
                                     {QStringLiteral("conflicts"), r.conflicts},
                                     {QStringLiteral("devices"), r.devices},
                                     {QStringLiteral("documents"), r.documents},
                                     {QStringLiteral("compacted"), r.compacted},
                                     {QStringLiteral("tombstones"), r.tombstones}})
               .toJson(QJsonDocument::Compact)
        << '\n';
    return kOk;
}

} // namespace okur::cli
