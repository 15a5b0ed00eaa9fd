#include "synctask.h"

#include "documents/documentstore.h"
#include "sync/webdav.h"

#include <QCoreApplication>

namespace okur::app {

const char *const kSyncPasswordSetting = "sync_password";

namespace {

void probeServer(const sync::SyncSettings &s, SyncOutcome *out)
{
    sync::WebDav dav(s.remote, s.user, s.password);
    dav.setAllowPlainHttp(s.allowPlainHttp);
    dav.setPin(s.pin);
    dav.setTimeoutMs(s.timeoutMs);
    const sync::DavResult r = dav.list(QString());
    // 404 comes after the credentials were accepted: the first sync makes the folder.
    out->ok = r.ok || r.status == 404;
    if (r.ok) {
        out->message = QCoreApplication::translate("okur::app::SyncModel", "Connected: the server accepted the user name and password.");
    } else if (r.status == 404) {
        out->message = QCoreApplication::translate("okur::app::SyncModel", "Connected. The folder is not on the server yet; the first sync makes it.");
    } else if (r.status == 401) {
        out->message = QCoreApplication::translate("okur::app::SyncModel", "Wrong user name or password: the server refused them.");
    } else {
        out->message = QCoreApplication::translate("okur::app::SyncModel", "Could not connect: %1.").arg(r.error);
        out->untrustedPin = r.peerPin;
    }
}

} // namespace

SyncOutcome runSyncTask(SyncTask task, sync::SyncSettings settings, bool passwordInLibrary, const QString &dir,
                        const std::shared_ptr<tokenizer::LemmaSource> &lemmas,
                        const std::function<void(sync::SyncStep)> &step)
{
    SyncOutcome out;
    out.task = task;
    documents::DocumentStore store;
    store.setLemmaSource(lemmas);
    QString error;
    if (!store.open(dir, &error)) {
        out.message = error;
        return out;
    }
    if (settings.password.isEmpty() && passwordInLibrary) {
        settings.password = store.setting(QLatin1String(kSyncPasswordSetting));
    }
    if (settings.password.isEmpty()) {
        out.message = QCoreApplication::translate("okur::app::SyncModel", "Type the password for %1.").arg(settings.user);
    } else if (task == SyncTask::Test) {
        probeServer(settings, &out);
    } else {
        out.report = sync::syncLibrary(store, settings, step);
        out.ok = out.report.ok;
        out.message = out.report.error;
        out.untrustedPin = out.report.peerPin;
    }
    out.pending = sync::pendingChanges(store);
    return out;
}

} // namespace okur::app
