#include "syncmodel.h"

#include "librarybinding.h"
#include "writeresult.h"
#include "synctask.h"
#include "sync/credentials.h"
#include "sync/webdav.h"

#include <QCoreApplication>

#include <QJsonDocument>
#include <QJsonObject>
#include <iterator>

namespace okur::app {

namespace {

const QString kRemote = QStringLiteral("sync_remote");
const QString kUser = QStringLiteral("sync_user");
const QString kPin = QStringLiteral("sync_pin");
const QString kAllowHttp = QStringLiteral("sync_allow_http");
const QString kStorage = QStringLiteral("sync_password_storage");
const QString kPassword = QLatin1String(kSyncPasswordSetting);
const QString kLast = QStringLiteral("sync_last");
const QStringList kStorageNames = {QStringLiteral("keychain"), QStringLiteral("library"), QStringLiteral("ask")};

} // namespace

SyncModel::SyncModel(QObject *parent) : QObject(parent)
{
    m_worker.setMaxThreadCount(1);
    m_startTimer.setSingleShot(true);
    m_startTimer.setInterval(3000);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(30000);
    m_interval.setInterval(10 * 60 * 1000);
    connect(&m_startTimer, &QTimer::timeout, this, &SyncModel::automaticSync);
    connect(&m_debounce, &QTimer::timeout, this, &SyncModel::automaticSync);
    connect(&m_interval, &QTimer::timeout, this, &SyncModel::automaticSync);
}

SyncModel::SyncModel(library::Library *library, QObject *parent) : SyncModel(parent) { setLibrary(library); }

SyncModel::~SyncModel()
{
    // A task in flight ends within its request timeout; its result is dropped with this object.
    m_worker.waitForDone();
}

void SyncModel::setLibrary(library::Library *library)
{
    if (library == m_library) {
        return;
    }
    detachLibrary(this, m_library);
    m_library = library;
    load();
    if (m_library) {
        const auto changed = [this]() { noteLocalChange(); };
        connect(&m_library->store(), &documents::DocumentStore::documentChanged, this, changed);
        connect(&m_library->store(), &documents::DocumentStore::positionChanged, this, changed);
        connect(&m_library->annotations(), &annotations::AnnotationStore::changed, this, changed);
        connect(&m_library->vocabulary(), &glossary::VocabularyStore::changed, this, changed);
        connect(&m_library->wordStatus(), &glossary::WordStatusStore::changed, this, changed);
        m_interval.start();
        // Nothing to read or run at start-up for a library that does not sync (the page reads the count itself).
        if (configured()) {
            m_startTimer.start();
            refreshPending();
        }
    } else {
        m_interval.stop();
        m_startTimer.stop();
        m_debounce.stop();
    }
    Q_EMIT libraryChanged();
}

void SyncModel::load()
{
    m_saved = Account();
    m_lastSync = QDateTime();
    m_lastSent = m_lastReceived = m_lastMerged = 0;
    if (m_library && m_library->store().isOpen()) {
        documents::DocumentStore &store = m_library->store();
        m_saved.url = store.setting(kRemote);
        m_saved.user = store.setting(kUser);
        m_saved.pin = store.setting(kPin);
        m_saved.allowHttp = store.setting(kAllowHttp) == QLatin1String("1");
        m_saved.storage = PasswordStorage(qMax(0, int(kStorageNames.indexOf(store.setting(kStorage)))));
        const QJsonObject last = QJsonDocument::fromJson(store.setting(kLast).toUtf8()).object();
        if (last.contains(QStringLiteral("at"))) {
            m_lastSync = QDateTime::fromMSecsSinceEpoch(qint64(last.value(QStringLiteral("at")).toDouble()));
            m_lastSent = last.value(QStringLiteral("sent")).toInt();
            m_lastReceived = last.value(QStringLiteral("received")).toInt();
            m_lastMerged = last.value(QStringLiteral("merged")).toInt();
        }
    }
    m_form = m_saved;
    m_password.clear();
    m_passwordEdited = false;
    Q_EMIT formChanged();
    Q_EMIT configuredChanged();
    Q_EMIT lastSyncChanged();
}

void SyncModel::setServerUrl(const QString &url)
{
    if (url == m_form.url) {
        return;
    }
    const QUrl before(m_form.url.trimmed()), after(url.trimmed());
    // A trusted key belongs to one server.
    if (before.host() != after.host() || before.port() != after.port()) {
        m_form.pin.clear();
    }
    m_form.url = url;
    Q_EMIT formChanged();
}

void SyncModel::setUser(const QString &user)
{
    if (user != m_form.user) {
        m_form.user = user;
        Q_EMIT formChanged();
    }
}

void SyncModel::setPassword(const QString &password)
{
    if (password != m_password) {
        m_password = password;
        m_passwordEdited = true;
        Q_EMIT formChanged();
    }
}

void SyncModel::setPasswordStorage(PasswordStorage storage)
{
    if (storage != m_form.storage) {
        m_form.storage = storage;
        Q_EMIT formChanged();
    }
}

void SyncModel::setAllowPlainHttp(bool allow)
{
    if (allow != m_form.allowHttp) {
        m_form.allowHttp = allow;
        Q_EMIT formChanged();
    }
}

bool SyncModel::plainHttpNeedsConsent() const
{
    return sync::WebDav::needsPlainHttpConsent(QUrl(m_form.url.trimmed(), QUrl::StrictMode));
}

void SyncModel::setStartDelayMs(int ms)
{
    if (ms != m_startTimer.interval()) {
        m_startTimer.setInterval(qMax(0, ms));
        Q_EMIT timingChanged();
    }
}

void SyncModel::setDebounceMs(int ms)
{
    if (ms != m_debounce.interval()) {
        m_debounce.setInterval(qMax(0, ms));
        Q_EMIT timingChanged();
    }
}

void SyncModel::setIntervalMs(int ms)
{
    if (ms != m_interval.interval()) {
        m_interval.setInterval(qMax(1, ms));
        Q_EMIT timingChanged();
    }
}

void SyncModel::setTimeoutMs(int ms)
{
    if (ms != m_timeoutMs) {
        m_timeoutMs = qMax(1, ms);
        Q_EMIT timingChanged();
    }
}

QString SyncModel::refusal(const Account &a) const
{
    const QString text = a.url.trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty()) {
        return tr("Type the server's address, such as https://cloud.example.org/remote.php/dav/files/you/.");
    }
    if (!url.isValid() || url.host().isEmpty()) {
        return tr("The server's address is not a web address (expected https://server/folder).");
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return tr("The server's address must start with https://.");
    }
    if (!url.userInfo().isEmpty()) {
        return tr("Put the user name in its own field, not in the address.");
    }
    if (a.user.trimmed().isEmpty()) {
        return tr("Type your user name on the server.");
    }
    if (sync::WebDav::needsPlainHttpConsent(url) && !a.allowHttp) {
        return tr("Plain http:// would send your password and notes unencrypted. Use https://, or confirm plain HTTP for this server.");
    }
    return QString();
}

bool SyncModel::save()
{
    const QString bad = refusal(m_form);
    if (!bad.isEmpty()) {
        setMessage(bad, true);
        return false;
    }
    if (!m_library || !m_library->store().isOpen()) {
        setMessage(tr("No library is open."), true);
        return false;
    }
    if (m_form.storage == Keychain && !m_keychainAvailable) {
        setMessage(tr("No keychain runs on this computer: choose to keep the password in this library or to be asked each time."), true);
        return false;
    }
    documents::DocumentStore &store = m_library->store();
    if (m_form.storage == InLibrary && m_password.isEmpty() && (!m_passwordEdited && store.setting(kPassword).isEmpty())) {
        setMessage(tr("Type the password to keep it in this library."), true);
        return false;
    }
    storage::Database &db = store.database();
    db.setError(QString(), 0);
    // Kept in this library only when the reader chose so; removed from it otherwise.
    const QString kept = m_form.storage == InLibrary ? (m_passwordEdited ? m_password : store.setting(kPassword)) : QString();
    storage::Transaction tx(db);
    const bool ok = tx.isActive() && store.setSetting(kRemote, m_form.url.trimmed()) && store.setSetting(kUser, m_form.user.trimmed())
        && store.setSetting(kPin, m_form.pin) && store.setSetting(kAllowHttp, m_form.allowHttp ? QStringLiteral("1") : QStringLiteral("0"))
        && store.setSetting(kStorage, kStorageNames.value(m_form.storage)) && store.setSetting(kPassword, kept) && tx.commit();
    if (!ok) {
        setMessage(tr("The sync settings were not saved: %1.").arg(writeFailure(db)), true);
        return false;
    }
    const bool wasConfigured = configured();
    m_form.url = m_form.url.trimmed();
    m_form.user = m_form.user.trimmed();
    m_saved = m_form;
    const bool toKeychain = m_form.storage == Keychain && m_passwordEdited && !m_password.isEmpty();
    if (m_form.storage != Keychain) {
        m_passwordEdited = false;
    }
    Q_EMIT formChanged();
    if (configured() != wasConfigured) {
        Q_EMIT configuredChanged();
    }
    if (toKeychain) {
        start(SyncTask::SavePassword, m_saved); // confirmed once the keychain answers
    } else {
        setMessage(tr("Saved: %1 as %2.").arg(m_saved.url, m_saved.user), false);
    }
    return true;
}

void SyncModel::testConnection()
{
    const QString bad = refusal(m_form);
    if (!bad.isEmpty()) {
        setMessage(bad, true);
        return;
    }
    start(SyncTask::Test, m_form);
}

void SyncModel::syncNow()
{
    if (edited() && !save()) {
        return;
    }
    if (!configured()) {
        setMessage(refusal(m_saved), true);
        return;
    }
    start(SyncTask::Sync, m_saved);
}

void SyncModel::trustCertificate()
{
    if (m_untrustedPin.isEmpty()) {
        return;
    }
    m_form.pin = m_untrustedPin;
    m_untrustedPin.clear();
    Q_EMIT formChanged();
    // Kept at once when the rest of the account is: trusting is an answer, not an edit to confirm later.
    if (configured() && QUrl(m_form.url.trimmed()).host() == QUrl(m_saved.url).host() && m_library
        && m_library->store().setSetting(kPin, m_form.pin)) {
        m_saved.pin = m_form.pin;
        Q_EMIT formChanged();
    }
    testConnection();
}

void SyncModel::automaticSync()
{
    if (!configured() || !m_library) {
        return;
    }
    if (m_saved.storage == AskEachTime && m_password.isEmpty()) {
        // Nothing can run without it: the Sync page says so (once) and waits for it.
        if (!m_failed || m_message.isEmpty()) {
            setMessage(tr("Type the password and press Sync now: you chose to be asked for it each time."), true);
        }
        return;
    }
    start(SyncTask::Sync, m_saved);
}

void SyncModel::noteLocalChange()
{
    // What a sync merged is announced while it runs or as it ends: not a change to send.
    if (m_running || m_absorbing || !configured()) {
        return;
    }
    m_debounce.start();
}

void SyncModel::start(SyncTask task, const Account &account)
{
    if (!m_library) {
        setMessage(tr("No library is open."), true);
        return;
    }
    if (task == SyncTask::Sync) {
        // One running and one waiting is enough: the waiting one sends whatever came meanwhile.
        if (m_queuedSyncs >= 2) {
            return;
        }
        ++m_queuedSyncs;
        m_debounce.stop();
    }
    ++m_tasks;
    if (!m_running) {
        m_running = true;
        Q_EMIT runningChanged();
    }
    m_activity = task == SyncTask::Test ? tr("Testing the connection…") : task == SyncTask::Sync ? tr("Syncing…") : tr("Saving the password…");
    m_progress = 0;
    Q_EMIT activityChanged();

    sync::SyncSettings settings;
    settings.remote = QUrl(account.url.trimmed(), QUrl::StrictMode);
    settings.user = account.user.trimmed();
    settings.password = m_password;
    settings.allowPlainHttp = account.allowHttp;
    settings.pin = account.pin;
    settings.timeoutMs = m_timeoutMs;
    if (task == SyncTask::SavePassword) {
        sync::savePasswordAsync(settings.remote, settings.user, settings.password, this, [this](const sync::KeychainResult &r) {
            SyncOutcome out;
            out.task = SyncTask::SavePassword;
            out.ok = r.ok;
            out.keychainChecked = true;
            out.keychainMissing = r.unavailable;
            out.message = r.error;
            finish(out);
        });
        return;
    }
    // The keychain is asked here, on the UI thread, without waiting: some keychains answer only through its event loop.
    if (settings.password.isEmpty() && account.storage == Keychain) {
        sync::readPasswordAsync(settings.remote, settings.user, this, [this, task, settings](const sync::KeychainResult &r) mutable {
            if (!r.found) {
                SyncOutcome out;
                out.task = task;
                out.keychainChecked = true;
                out.keychainMissing = r.unavailable;
                // With no keychain here there is nothing to read: what is missing is the password.
                out.message = r.ok || r.unavailable
                                  ? tr("Type the password for %1.").arg(settings.user)
                                  : tr("The password could not be read from the keychain: %1.").arg(r.error);
                finish(out);
                return;
            }
            settings.password = r.password;
            runOnWorker(task, settings, false);
        });
        return;
    }
    runOnWorker(task, settings, account.storage == InLibrary);
}

void SyncModel::runOnWorker(SyncTask task, const sync::SyncSettings &settings, bool passwordInLibrary)
{
    if (!m_library) {
        SyncOutcome out;
        out.task = task;
        out.message = tr("No library is open.");
        finish(out);
        return;
    }
    const QString dir = m_library->directory();
    const auto lemmas = m_library->store().lemmaSource();
    // The worker never outlives this object (the destructor waits), so it may post to it.
    m_worker.start([this, task, settings, passwordInLibrary, dir, lemmas]() {
        const auto step = [this](sync::SyncStep s) { QMetaObject::invokeMethod(this, [this, s]() { setStep(s); }, Qt::QueuedConnection); };
        const SyncOutcome out = runSyncTask(task, settings, passwordInLibrary, dir, lemmas, step);
        QMetaObject::invokeMethod(this, [this, out]() { finish(out); }, Qt::QueuedConnection);
    });
}

void SyncModel::setStep(sync::SyncStep step)
{
    static const char *const kSteps[] = {QT_TRANSLATE_NOOP("okur::app::SyncModel", "Connecting…"),
                                         QT_TRANSLATE_NOOP("okur::app::SyncModel", "Reading the other devices' changes…"),
                                         QT_TRANSLATE_NOOP("okur::app::SyncModel", "Merging…"),
                                         QT_TRANSLATE_NOOP("okur::app::SyncModel", "Sending this device's changes…"),
                                         QT_TRANSLATE_NOOP("okur::app::SyncModel", "Fetching imported documents…"),
                                         QT_TRANSLATE_NOOP("okur::app::SyncModel", "Tidying the server folder…")};
    const int i = int(step);
    m_activity = tr(kSteps[i]);
    m_progress = double(i) / std::size(kSteps);
    Q_EMIT activityChanged();
}

void SyncModel::finish(const SyncOutcome &out)
{
    const SyncTask task = out.task;
    if (out.keychainChecked && m_keychainAvailable == out.keychainMissing) {
        m_keychainAvailable = !out.keychainMissing;
        Q_EMIT keychainAvailableChanged();
    }
    if (task == SyncTask::Sync) {
        --m_queuedSyncs;
        // What the sync merged, announced now through the stores to every open view.
        if (m_library) {
            m_absorbing = true;
            m_library->checkForChanges();
            // Other devices' positions live in the sync records alone (no table
            // watched): readers re-read them for "Continue from <device>".
            if (out.ok && out.report.merged > 0) {
                m_library->announcePositionsElsewhere();
            }
            m_absorbing = false;
        }
        if (out.ok) {
            m_lastSync = QDateTime::currentDateTime();
            m_lastSent = out.report.sent;
            m_lastReceived = out.report.received;
            m_lastMerged = out.report.merged;
            if (m_library) {
                const QJsonObject last{{QStringLiteral("at"), double(m_lastSync.toMSecsSinceEpoch())},
                                       {QStringLiteral("sent"), m_lastSent}, {QStringLiteral("received"), m_lastReceived},
                                       {QStringLiteral("merged"), m_lastMerged}};
                m_library->store().setSetting(kLast, QString::fromUtf8(QJsonDocument(last).toJson(QJsonDocument::Compact)));
            }
            Q_EMIT lastSyncChanged();
            setMessage(tr("Synced: sent %1, received %2, merged %3.").arg(m_lastSent).arg(m_lastReceived).arg(m_lastMerged), false);
        } else {
            setMessage(tr("Sync failed: %1. Changes made here stay queued for the next sync.").arg(out.message), true, out.untrustedPin);
        }
    } else if (task == SyncTask::Test) {
        setMessage(out.message, !out.ok, out.untrustedPin);
    } else if (out.ok) {
        m_passwordEdited = false;
        Q_EMIT formChanged();
        setMessage(tr("Saved: %1 as %2; the password is in the system keychain.").arg(m_saved.url, m_saved.user), false);
    } else {
        setMessage(tr("The server and user are saved, but the keychain did not keep the password (%1). Choose to keep it in this library or to be asked each time.")
                       .arg(out.message),
                   true);
    }
    if (out.pending >= 0 && out.pending != m_pending) {
        m_pending = out.pending;
        Q_EMIT pendingChanged();
    }
    if (--m_tasks == 0) {
        m_running = false;
        m_activity.clear();
        m_progress = 0;
        Q_EMIT activityChanged();
        Q_EMIT runningChanged();
        // Changes made while it ran were not watched: they wait, so send them soon.
        if (task == SyncTask::Sync && out.ok && configured()) {
            refreshPending();
        }
    }
    Q_EMIT finished(out.ok, m_message);
}

void SyncModel::refreshPending()
{
    if (!m_library) {
        return;
    }
    QPointer<SyncModel> self(this);
    const QFuture<void> done = m_library->read([self](documents::DocumentStore &store) {
        const int n = store.isOpen() ? sync::pendingChanges(store) : -1;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, n]() {
                if (!self) {
                    return;
                }
                if (n != self->m_pending) {
                    self->m_pending = n;
                    Q_EMIT self->pendingChanged();
                }
                if (n > 0 && !self->m_running && self->configured() && !self->m_debounce.isActive()) {
                    self->m_debounce.start();
                }
            },
            Qt::QueuedConnection);
    });
    Q_UNUSED(done);
}

void SyncModel::probeKeychain()
{
    if (m_probed) {
        return;
    }
    m_probed = true;
    // An account no one has: only whether the keychain answers matters.
    sync::readPasswordAsync(QUrl(QStringLiteral("https://okur.invalid/")), QStringLiteral("probe"), this,
                            [this](const sync::KeychainResult &r) {
                                if (m_keychainAvailable == r.unavailable) {
                                    m_keychainAvailable = !r.unavailable;
                                    Q_EMIT keychainAvailableChanged();
                                }
                            });
}

void SyncModel::setMessage(const QString &message, bool failed, const QString &untrustedPin)
{
    m_message = message;
    m_failed = failed;
    m_untrustedPin = untrustedPin;
    Q_EMIT messageChanged();
}

} // namespace okur::app
