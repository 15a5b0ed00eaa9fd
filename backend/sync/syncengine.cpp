#include "syncengine.h"
#include "tr.h"

#include "compaction.h"
#include "documentblob.h"
#include "localstate.h"
#include "webdav.h"

#include "annotations/annotationstore.h"
#include "documents/documentstore.h"
#include "glossary/vocabulary.h"
#include "search/searchindex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace okur::sync {

namespace {

const QString kDevices = QStringLiteral("Okur/v1/devices/");
// Imported documents by content hash, shared: a blob is written once (If-None-Match: *) and never replaced.
const QString kBlobs = QStringLiteral("Okur/v1/blobs/");

// log-<seq>.json → seq; 0 when the name is not a log's.
qint64 logSeq(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^log-(\\d{1,15})\\.json$"));
    const auto m = re.match(name);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

bool ensureFolders(WebDav &dav, const QString &device, QString *error, QString *peerPin)
{
    // The named folder itself first: made when missing (its parent must exist).
    for (const QString &path : {QString(), QStringLiteral("Okur/"), QStringLiteral("Okur/v1/"), kDevices, kBlobs, kDevices + device + u'/'}) {
        const DavResult r = dav.makeFolder(path);
        if (!r.ok) {
            *error = r.error;
            *peerPin = r.peerPin;
            return false;
        }
    }
    return true;
}

// 5. Publishes how far this device merged the others (state.json), then folds
// its own logs that every known device has merged into one snapshot, thinning
// old deletions there; the snapshot is written before any log goes.
bool compact(WebDav &dav, documents::DocumentStore &store, LocalState &local, const QString &me, const QStringList &peers,
             const QStringList &withState, qint64 cutoffWallMs, int foldAfterLogs, SyncReport *report)
{
    const QString folder = kDevices + me + u'/';
    const DavResult mine = dav.list(folder);
    if (!mine.ok) {
        report->error = mine.error;
        return false;
    }
    bool stateExists = false;
    QList<qint64> logs, snapshots;
    for (const DavEntry &f : mine.entries) {
        if (f.name == QLatin1String("state.json")) {
            stateExists = true;
        } else if (const qint64 seq = logSeq(f.name)) {
            logs.append(seq);
        } else if (const qint64 snap = snapshotSeq(f.name)) {
            snapshots.append(snap);
        }
    }
    DeviceState state;
    state.device = me;
    state.seq = local.ownSeq();
    QHash<QString, qint64> mergedHere;
    for (const QString &p : peers) {
        mergedHere.insert(p, local.peerSeq(p));
    }
    state.merged = mergedHere;
    // Only this device writes it, so "*": ETags of a file changed within the second are weak on
    // Apache, and If-Match with a weak one always fails.
    const QByteArray published = serializeState(state);
    // Unchanged since this device last published it: nothing to send.
    if (!stateExists || store.setting(QStringLiteral("sync_state_published")) != QString::fromUtf8(published)) {
        const DavResult put = dav.put(folder + QStringLiteral("state.json"), published,
                                      stateExists ? QStringLiteral("*") : QString());
        if (!put.ok) {
            report->error = put.error;
            return false;
        }
        store.setSetting(QStringLiteral("sync_state_published"), QString::fromUtf8(published));
    }
    if (logs.isEmpty()) {
        return true;
    }
    // Every known device must have published what it merged; one that has not blocks folding.
    QHash<QString, DeviceState> states;
    for (const QString &p : peers) {
        DeviceState s;
        if (!withState.contains(p)) {
            return true;
        }
        const DavResult got = dav.get(kDevices + p + QStringLiteral("/state.json"));
        if (!got.ok) {
            report->error = got.error;
            return false;
        }
        if (!parseState(got.body, p, &s)) {
            return true; // a state it will write again
        }
        states.insert(p, s);
    }
    const qint64 fold = foldableSeq(state.seq, states, me, mergedHere);
    // Folding rewrites the device's whole state: worth it once a few logs have gathered.
    const auto foldable = std::count_if(logs.cbegin(), logs.cend(), [fold](qint64 l) { return l <= fold; });
    if (fold <= 0 || foldable < foldAfterLogs) {
        return true;
    }
    Log snapshot;
    snapshot.device = me;
    snapshot.seq = fold;
    snapshot.records = snapshotRecords(local.records(), local.sentSeqs(), fold, cutoffWallMs, &report->tombstones);
    const DavResult written = dav.put(folder + QStringLiteral("snapshot-%1.json").arg(fold), serializeLog(snapshot));
    if (!written.ok && written.status != 412) { // 412: written by an earlier sync that stopped
        report->error = written.error;
        return false;
    }
    for (const Record &r : snapshot.records) {
        if (r.fields.size() == 1 && r.isDeleted() && !local.saveRecord(r, -1)) {
            report->error = tr("the library could not save the merge: %1").arg(store.database().error());
            return false;
        }
    }
    for (qint64 l : logs) {
        if (l <= fold) {
            const DavResult gone = dav.remove(folder + QStringLiteral("log-%1.json").arg(l));
            if (!gone.ok) {
                report->error = gone.error;
                return false;
            }
            ++report->compacted;
        }
    }
    for (qint64 s : snapshots) {
        if (s < fold && !dav.remove(folder + QStringLiteral("snapshot-%1.json").arg(s)).ok) {
            break; // an old snapshot left over is only space
        }
    }
    return true;
}

} // namespace

SyncReport syncLibrary(documents::DocumentStore &store, const SyncSettings &settings,
                       const std::function<void(SyncStep)> &onStep)
{
    const auto step = [&onStep](SyncStep s) {
        if (onStep) {
            onStep(s);
        }
    };
    step(SyncStep::Connecting);
    SyncReport report;
    annotations::AnnotationStore annotations(store.database());
    glossary::VocabularyStore vocabulary(store.database());
    LocalState local(store, annotations, vocabulary);
    const auto now = [&] { return QDateTime::currentMSecsSinceEpoch() + settings.clockOffsetMs; };
    const QString me = local.deviceId();
    if (me.isEmpty()) {
        report.error = tr("cannot save this device's sync id: %1").arg(store.database().error());
        return report;
    }
    WebDav dav(settings.remote, settings.user, settings.password);
    dav.setAllowPlainHttp(settings.allowPlainHttp);
    dav.setPin(settings.pin);
    dav.setTimeoutMs(settings.timeoutMs);
    const QString bad = dav.checkUrl();
    if (!bad.isEmpty()) {
        report.error = bad;
        return report;
    }
    if (!ensureFolders(dav, me, &report.error, &report.peerPin)) {
        return report;
    }

    // 1. Read what the other devices wrote since the last sync (nothing is written here yet).
    step(SyncStep::Reading);
    const DavResult devices = dav.list(kDevices);
    if (!devices.ok) {
        report.error = devices.error;
        return report;
    }
    QList<Record> incoming;
    QHash<QString, qint64> progress;
    QStringList peers, withState; // other devices; those that published a state.json
    for (const DavEntry &d : devices.entries) {
        if (!d.collection || d.name == me) {
            continue;
        }
        ++report.devices;
        peers.append(d.name);
        const qint64 from = local.peerSeq(d.name);
        const DavResult files = dav.list(kDevices + d.name + u'/');
        if (!files.ok) {
            report.error = files.error;
            return report;
        }
        QList<qint64> seqs;
        qint64 snapshot = 0;
        for (const DavEntry &f : files.entries) {
            const qint64 seq = logSeq(f.name);
            if (seq > from) {
                seqs.append(seq);
            }
            snapshot = qMax(snapshot, snapshotSeq(f.name));
            if (f.name == QLatin1String("state.json")) {
                withState.append(d.name);
            }
        }
        std::sort(seqs.begin(), seqs.end());
        qint64 reached = from;
        // Logs folded into a snapshot are gone: the snapshot stands for them.
        if (snapshot > from && !seqs.contains(from + 1)) {
            const DavResult got = dav.get(kDevices + d.name + QStringLiteral("/snapshot-%1.json").arg(snapshot));
            Log log;
            QString error;
            if (!got.ok || !parseLog(got.body, d.name, &log, &error)) {
                report.error = got.ok ? tr("%1 in the folder of device %2").arg(error, d.name) : got.error;
                return report;
            }
            incoming.append(log.records);
            reached = snapshot;
        }
        for (qint64 seq : seqs) {
            if (seq <= reached) {
                continue;
            }
            // Logs are read in order and only up to a gap, so progress never skips one.
            if (seq != reached + 1) {
                break;
            }
            const DavResult got = dav.get(kDevices + d.name + QStringLiteral("/log-%1.json").arg(seq));
            if (!got.ok) {
                report.error = got.error;
                return report;
            }
            Log log;
            QString error;
            if (!parseLog(got.body, d.name, &log, &error)) {
                report.error = tr("%1 in the folder of device %2").arg(error, d.name);
                return report;
            }
            incoming.append(log.records);
            reached = seq;
        }
        if (reached > from) {
            progress.insert(d.name, reached);
        }
    }
    report.received = int(incoming.size());

    step(SyncStep::Merging);
    // 2. Merge in one transaction: local writes since the last sync get their
    // clock readings first, so a merge can never overwrite them unseen.
    {
        storage::Transaction tx(store.database());
        HlcClock clock = local.loadClock();
        bool ok = tx.isActive() && local.stampDirty(clock, now()) >= 0;
        for (const Record &r : incoming) {
            for (const Hlc &h : r.clocks) {
                clock.receive(h, now());
            }
        }
        const RecordSet known = ok ? local.records() : RecordSet();
        const MergeResult m = merge(known, incoming);
        report.conflicts = m.conflicts;
        for (const QString &id : m.changed) {
            if (!ok) {
                break;
            }
            const Record &r = m.merged[id];
            ok = local.apply(r) && local.saveRecord(r, -1);
            ++report.merged;
        }
        for (auto it = progress.cbegin(); ok && it != progress.cend(); ++it) {
            ok = local.setPeerSeq(it.key(), it.value());
        }
        ok = ok && local.clearDirty() && local.saveClock(clock) && tx.commit();
        if (!ok) {
            report.error = tr("the library could not save the merge: %1").arg(store.database().error());
            report.merged = 0;
            return report;
        }
    }

    // 3. Send this device's unsent changes as its next log (a new file: never an overwrite).
    step(SyncStep::Sending);
    const RecordSet unsent = local.records(true);
    // The documents first, so no log names a document whose blob is not there.
    for (const Record &r : unsent) {
        if (r.kind != QLatin1String("document") || r.isDeleted()) {
            continue;
        }
        const QByteArray blob = documentBlob(store, r.key);
        if (blob.isEmpty()) {
            continue; // removed since: the next sync sends the removal
        }
        const DavResult put = dav.put(kBlobs + r.key, blob);
        // 412: the blob is there already (another device imported the same file).
        if (!put.ok && put.status != 412) {
            report.error = put.error;
            return report;
        }
    }
    if (!unsent.isEmpty()) {
        Log log;
        log.device = me;
        log.records = unsent.values();
        qint64 seq = local.ownSeq() + 1;
        for (int attempt = 0;; ++attempt) {
            log.seq = seq;
            const DavResult put = dav.put(kDevices + me + QStringLiteral("/log-%1.json").arg(seq), serializeLog(log));
            if (put.ok) {
                break;
            }
            // 412: a log of this number exists (an earlier upload whose answer was lost): take the next.
            if (put.status != 412 || attempt >= 20) {
                report.error = put.error;
                return report;
            }
            ++seq;
        }
        storage::Transaction tx(store.database());
        if (!tx.isActive() || !local.markSent(unsent.keys(), seq) || !local.setOwnSeq(seq) || !tx.commit()) {
            report.error = tr("the library could not note what was sent: %1").arg(store.database().error());
            return report;
        }
        report.sent = int(unsent.size());
    }

    step(SyncStep::Fetching);
    // 4. Fetch the documents other devices imported. Last, so a blob that is
    // missing on the server never keeps this device's own changes from going out.
    for (const QString &hash : local.documentsToFetch()) {
        const DavResult got = dav.get(kBlobs + hash);
        documents::NewDocument doc;
        QString error;
        if (!got.ok) {
            report.error = got.status == 404
                ? tr("the imported document %1 is missing on the server; it cannot be fetched until it is there again")
                      .arg(hash.left(12))
                : tr("cannot fetch an imported document: %1").arg(got.error);
            return report;
        }
        if (!parseDocumentBlob(got.body, hash, &doc, &error)) {
            report.error = error;
            return report;
        }
        bool existing = false;
        const QString id = store.insert(doc, &error, &existing);
        if (id.isEmpty() || !local.noteDocument(hash)) {
            report.error = id.isEmpty() ? error : store.database().error();
            return report;
        }
        if (!existing) {
            search::SearchIndex(store).indexDocument(id, store.blocks(id));
            ++report.documents;
        }
    }
    step(SyncStep::Tidying);
    if (!compact(dav, store, local, me, peers, withState, now() - qint64(settings.tombstoneDays) * 86400000,
                 qMax(1, settings.foldAfterLogs), &report)) {
        return report;
    }
    report.bytesSent = dav.bytesSent();
    report.bytesReceived = dav.bytesReceived();
    report.ok = true;
    return report;
}

int pendingChanges(documents::DocumentStore &store)
{
    annotations::AnnotationStore annotations(store.database());
    glossary::VocabularyStore vocabulary(store.database());
    return LocalState(store, annotations, vocabulary).pendingCount();
}

QList<DevicePosition> positionsElsewhere(documents::DocumentStore &store, const QString &documentId)
{
    annotations::AnnotationStore annotations(store.database());
    glossary::VocabularyStore vocabulary(store.database());
    LocalState local(store, annotations, vocabulary);
    const QString me = store.setting(QStringLiteral("sync_device_id"));
    QList<DevicePosition> out;
    for (const Record &r : local.records()) {
        const QString device = r.key.section(u'\x1f', 0, 0);
        if (r.kind != QLatin1String("position") || r.key.section(u'\x1f', 1) != documentId || device == me) {
            continue;
        }
        out.append({device, r.fields.value(QStringLiteral("name")).toString(), r.fields.value(QStringLiteral("block")).toInt(), r.fields.value(QStringLiteral("offset")).toDouble(),
                     r.fields.value(QStringLiteral("progress")).toDouble(), r.newest().wall});
    }
    std::sort(out.begin(), out.end(), [](const DevicePosition &a, const DevicePosition &b) { return a.when > b.when; });
    return out;
}

} // namespace okur::sync
