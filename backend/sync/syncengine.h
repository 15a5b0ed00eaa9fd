#pragma once
#include <QString>
#include <QUrl>

#include <functional>

namespace okur::documents {
class DocumentStore;
}

namespace okur::sync {

/// Where and as whom to sync.
struct SyncSettings {
    QUrl remote;        ///< the WebDAV folder; Okur/v1/ is made under it
    QString user;
    QString password;
    bool allowPlainHttp = false; ///< http:// to a host that is not loopback
    /// "sha256//<base64>": the server's public key the user accepted (its
    /// certificate is then trusted whoever signed it); empty: the system's CAs.
    QString pin;
    int timeoutMs = 30000;
    /// A deletion older than this, merged by every known device, is thinned
    /// to its mark when this device's logs are folded into a snapshot.
    int tombstoneDays = 30;
    /// Own logs are folded into a snapshot once this many can be (a snapshot rewrites them all).
    int foldAfterLogs = 8;
    /// Added to this machine's clock (ms). A test hook: OKUR_SYNC_CLOCK_OFFSET_MS
    /// sets it in okur-cli, to play a device whose clock is wrong.
    qint64 clockOffsetMs = 0;
};

/// What one sync did.
struct SyncReport {
    bool ok = false;
    QString error;      ///< one line, for a person
    QString peerPin;    ///< the server's key when its certificate was refused as untrusted (WebDav's DavResult::peerPin)
    int sent = 0;       ///< records uploaded
    int received = 0;   ///< records read from other devices
    int merged = 0;     ///< records that changed here
    int conflicts = 0;  ///< fields two devices wrote differently (the newer won)
    int devices = 0;    ///< other devices seen
    int documents = 0;  ///< imported documents fetched from other devices
    int compacted = 0;  ///< own logs folded into a snapshot (every known device had merged them)
    int tombstones = 0; ///< deletions thinned to their mark in that snapshot
    qint64 bytesSent = 0;     ///< request bodies (logs, listings asked for)
    qint64 bytesReceived = 0; ///< response bodies (logs, listings)
};

/// The steps of a sync, in order, for a progress display.
enum class SyncStep { Connecting, Reading, Merging, Sending, Fetching, Tidying };

/// One sync of the library with a WebDAV folder (docs/sync.md): reads the
/// other devices' new change logs, merges them in one transaction through the
/// stores (so open views hear of it), then uploads this device's unsent
/// changes as a new log. Blocking; same thread as `store`. A failure at any
/// point leaves the library consistent, and the next sync completes the work.
/// `progress` (may be empty) hears each step as it starts, on the same thread.
SyncReport syncLibrary(documents::DocumentStore &store, const SyncSettings &settings,
                       const std::function<void(SyncStep)> &progress = {});

/// How many changes wait to be sent: written here since the last sync, or
/// merged into the change log but not uploaded (a sync that failed on the
/// way). Same thread as `store`; -1 when the library cannot be read.
int pendingChanges(documents::DocumentStore &store);

/// Where another device is reading a document, as its last synced log said.
struct DevicePosition {
    QString device;
    QString name; ///< the device's host name; empty in records written before names were sent
    int block = 0;
    double offset = 0;
    double progress = 0;
    qint64 when = 0; ///< the HLC wall time of that position (ms)
};
/// The other devices' reading positions of `documentId`, latest first: for
/// "Continue from <device> at <place>". Same thread as `store`.
QList<DevicePosition> positionsElsewhere(documents::DocumentStore &store, const QString &documentId);

} // namespace okur::sync
