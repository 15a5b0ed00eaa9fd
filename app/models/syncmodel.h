#pragma once
#include "library/library.h"
#include "synctask.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace okur::app {

/// The Sync page and the app's automatic syncs for one library. The account
/// (server, user, plain-HTTP consent, trusted key) is kept in the library's
/// settings, the password where the reader chose: the system keychain, the
/// library, or nowhere (asked each time). Tests and syncs run on a worker
/// thread with a connection of their own, never two at once: on start, a
/// while after local changes, on a timer, and on demand. What a sync merges
/// reaches every open view through the stores (Library::checkForChanges).
/// UI thread only.
class SyncModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(okur::library::Library *library READ library WRITE setLibrary NOTIFY libraryChanged)
    /// The form: what the page edits; save() keeps it.
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY formChanged)
    Q_PROPERTY(QString user READ user WRITE setUser NOTIFY formChanged)
    /// Typed this session; kept only in memory until save() puts it where passwordStorage says.
    Q_PROPERTY(QString password READ password WRITE setPassword NOTIFY formChanged)
    Q_PROPERTY(PasswordStorage passwordStorage READ passwordStorage WRITE setPasswordStorage NOTIFY formChanged)
    /// The reader's consent to plain http:// to a host that is not this computer.
    Q_PROPERTY(bool allowPlainHttp READ allowPlainHttp WRITE setAllowPlainHttp NOTIFY formChanged)
    /// The server URL is plain http:// to another computer: the page asks for consent.
    Q_PROPERTY(bool plainHttpNeedsConsent READ plainHttpNeedsConsent NOTIFY formChanged)
    /// The server key the reader trusted ("sha256//…"), or "" for the system's authorities.
    Q_PROPERTY(QString pin READ pin NOTIFY formChanged)
    /// The form differs from what is kept.
    Q_PROPERTY(bool edited READ edited NOTIFY formChanged)
    /// False once the keychain said that no keychain service runs here.
    Q_PROPERTY(bool keychainAvailable READ keychainAvailable NOTIFY keychainAvailableChanged)
    /// A server and user are kept: automatic syncs run.
    Q_PROPERTY(bool configured READ configured NOTIFY configuredChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    /// What the running task is doing, in words; its share done (0..1).
    Q_PROPERTY(QString activity READ activity NOTIFY activityChanged)
    Q_PROPERTY(double progress READ progress NOTIFY activityChanged)
    /// The last outcome in words: a confirmation or what went wrong.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY messageChanged)
    /// The key of a certificate just refused as untrusted, offered to trustCertificate().
    Q_PROPERTY(QString untrustedPin READ untrustedPin NOTIFY messageChanged)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY lastSyncChanged)
    Q_PROPERTY(int lastSent READ lastSent NOTIFY lastSyncChanged)
    Q_PROPERTY(int lastReceived READ lastReceived NOTIFY lastSyncChanged)
    Q_PROPERTY(int lastMerged READ lastMerged NOTIFY lastSyncChanged)
    /// Changes made here that wait for the next sync (-1: not known yet).
    Q_PROPERTY(int pending READ pending NOTIFY pendingChanged)
    /// When automatic syncs run: after opening, after the last local change, and every interval.
    Q_PROPERTY(int startDelayMs READ startDelayMs WRITE setStartDelayMs NOTIFY timingChanged)
    Q_PROPERTY(int debounceMs READ debounceMs WRITE setDebounceMs NOTIFY timingChanged)
    Q_PROPERTY(int intervalMs READ intervalMs WRITE setIntervalMs NOTIFY timingChanged)
    /// Each request's limit; a sync that cannot reach the server ends within it.
    Q_PROPERTY(int timeoutMs READ timeoutMs WRITE setTimeoutMs NOTIFY timingChanged)

public:
    enum PasswordStorage { Keychain, InLibrary, AskEachTime };
    Q_ENUM(PasswordStorage)

    explicit SyncModel(QObject *parent = nullptr);
    explicit SyncModel(library::Library *library, QObject *parent = nullptr);
    ~SyncModel() override;

    library::Library *library() const { return m_library; }
    void setLibrary(library::Library *library);
    QString serverUrl() const { return m_form.url; }
    void setServerUrl(const QString &url);
    QString user() const { return m_form.user; }
    void setUser(const QString &user);
    QString password() const { return m_password; }
    void setPassword(const QString &password);
    PasswordStorage passwordStorage() const { return m_form.storage; }
    void setPasswordStorage(PasswordStorage storage);
    bool allowPlainHttp() const { return m_form.allowHttp; }
    void setAllowPlainHttp(bool allow);
    bool plainHttpNeedsConsent() const;
    QString pin() const { return m_form.pin; }
    bool edited() const { return !(m_form == m_saved) || m_passwordEdited; }
    bool keychainAvailable() const { return m_keychainAvailable; }
    bool configured() const { return !m_saved.url.isEmpty() && !m_saved.user.isEmpty(); }
    bool running() const { return m_running; }
    QString activity() const { return m_activity; }
    double progress() const { return m_progress; }
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }
    QString untrustedPin() const { return m_untrustedPin; }
    QDateTime lastSync() const { return m_lastSync; }
    int lastSent() const { return m_lastSent; }
    int lastReceived() const { return m_lastReceived; }
    int lastMerged() const { return m_lastMerged; }
    int pending() const { return m_pending; }
    int startDelayMs() const { return m_startTimer.interval(); }
    void setStartDelayMs(int ms);
    int debounceMs() const { return m_debounce.interval(); }
    void setDebounceMs(int ms);
    int intervalMs() const { return m_interval.interval(); }
    void setIntervalMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms);

    /// Checks the form and keeps it in the library (the password where
    /// passwordStorage says; in the keychain on the worker). False, with a
    /// message, when the form is refused or a write fails: nothing is kept then.
    Q_INVOKABLE bool save();
    /// Lists the server folder with the form's account (PROPFIND); the answer arrives in `message`.
    Q_INVOKABLE void testConnection();
    /// Saves an edited form, then syncs; during a sync, another follows it.
    Q_INVOKABLE void syncNow();
    /// Trusts the certificate just refused (untrustedPin): pins its key and tests again.
    Q_INVOKABLE void trustCertificate();
    /// Re-reads how many changes wait to be sent.
    Q_INVOKABLE void refreshPending();
    /// Asks the keychain once whether it runs (keychainAvailable), so the page can offer the choice.
    Q_INVOKABLE void probeKeychain();

Q_SIGNALS:
    void libraryChanged();
    void formChanged();
    void keychainAvailableChanged();
    void configuredChanged();
    void runningChanged();
    void activityChanged();
    void messageChanged();
    void lastSyncChanged();
    void pendingChanged();
    void timingChanged();
    /// A test, save or sync ended: `ok` and the message shown.
    void finished(bool ok, const QString &message);

private:
    struct Account {
        QString url, user, pin;
        bool allowHttp = false;
        PasswordStorage storage = Keychain;
        bool operator==(const Account &o) const
        {
            return url == o.url && user == o.user && pin == o.pin && allowHttp == o.allowHttp && storage == o.storage;
        }
    };
    void load();
    QString refusal(const Account &account) const;
    void start(SyncTask task, const Account &account);
    void runOnWorker(SyncTask task, const sync::SyncSettings &settings, bool passwordInLibrary);
    void automaticSync();
    void noteLocalChange();
    void setStep(sync::SyncStep step);
    void finish(const SyncOutcome &outcome);
    void setMessage(const QString &message, bool failed, const QString &untrustedPin = QString());

    QPointer<library::Library> m_library;
    Account m_form, m_saved;
    QString m_password;
    bool m_passwordEdited = false;
    bool m_keychainAvailable = true;
    bool m_probed = false;
    bool m_running = false;
    int m_tasks = 0;           ///< queued or running on the worker
    int m_queuedSyncs = 0;     ///< of which syncs
    bool m_absorbing = false;  ///< the stores announce what the sync merged: not local changes
    QString m_activity;
    double m_progress = 0;
    QString m_message;
    bool m_failed = false;
    QString m_untrustedPin;
    QDateTime m_lastSync;
    int m_lastSent = 0, m_lastReceived = 0, m_lastMerged = 0;
    int m_pending = -1;
    int m_timeoutMs = 30000;
    QTimer m_startTimer, m_debounce, m_interval;
    QThreadPool m_worker; ///< one thread: a task at a time, each with its own connection
};

} // namespace okur::app
