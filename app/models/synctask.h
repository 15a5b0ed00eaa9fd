#pragma once
#include "sync/syncengine.h"

#include <functional>
#include <memory>

namespace okur::tokenizer {
class LemmaSource;
}

namespace okur::app {

/// What the Sync page's model runs off the UI thread.
enum class SyncTask { Test, Sync, SavePassword };

/// What a task found, for the UI thread.
struct SyncOutcome {
    SyncTask task = SyncTask::Sync;
    bool ok = false;
    QString message;              ///< in words; the confirmation or what went wrong
    QString untrustedPin;         ///< a refused certificate's key, offered for trust
    bool keychainChecked = false; ///< the keychain was asked
    bool keychainMissing = false; ///< and no keychain runs here
    int pending = -1;             ///< changes waiting to be sent afterwards (-1: not read)
    sync::SyncReport report;      ///< a sync's
};

/// Runs a connection test or a sync of the library in `dir` on the calling
/// (worker) thread, with a connection of its own. The password is the one in
/// `settings`, else, when `passwordInLibrary`, the one kept in the library;
/// the keychain is read beforehand on the UI thread. `step` hears a sync's steps.
SyncOutcome runSyncTask(SyncTask task, sync::SyncSettings settings, bool passwordInLibrary, const QString &dir,
                        const std::shared_ptr<tokenizer::LemmaSource> &lemmas,
                        const std::function<void(sync::SyncStep)> &step);

/// The settings key of the password kept in the library (when the reader chose so).
extern const char *const kSyncPasswordSetting;

} // namespace okur::app
