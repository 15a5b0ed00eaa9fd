#pragma once
#include <QString>
#include <QUrl>

#include <functional>

class QObject;

namespace okur::sync {

/// The sync password in the platform's keychain (QtKeychain: the Secret
/// Service, KWallet, macOS Keychain, Windows Credential Manager), kept under
/// "Okur" as user@host:port/path. Blocking (each call runs its own event loop).
struct KeychainResult {
    bool ok = false;
    bool found = false;     ///< read: a password was kept for this account
    QString password;
    QString error;          ///< one line, never with the password
    bool unavailable = false; ///< no keychain service runs here: the user must choose another place
};
KeychainResult readPassword(const QUrl &remote, const QString &user);
KeychainResult savePassword(const QUrl &remote, const QString &user, const QString &password);

/// The same without blocking, for the GUI thread: `done` runs on `context`'s
/// thread once the keychain answers, or after `timeoutMs` as unavailable when
/// it does not; never after `context` is gone. (Some backends answer only
/// through the main thread's event loop, so a worker must not wait for them.)
void readPasswordAsync(const QUrl &remote, const QString &user, QObject *context,
                       const std::function<void(const KeychainResult &)> &done, int timeoutMs = 15000);
void savePasswordAsync(const QUrl &remote, const QString &user, const QString &password, QObject *context,
                       const std::function<void(const KeychainResult &)> &done, int timeoutMs = 15000);

/// The keychain entry's name for an account. Pure.
QString keychainKey(const QUrl &remote, const QString &user);

} // namespace okur::sync
