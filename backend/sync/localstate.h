#pragma once
#include "hlc.h"
#include "record.h"

#include <QJsonObject>
#include <optional>

namespace okur::documents {
class DocumentStore;
}
namespace okur::annotations {
class AnnotationStore;
}
namespace okur::glossary {
class VocabularyStore;
}

namespace okur::sync {

/// The library's side of sync (schema 13): this device's id and clock, the
/// merged records, what was written since the last sync, and the peers'
/// progress; and the stores that remote changes are written through (so every
/// open view hears of them). Same thread as the DocumentStore it is built on.
class LocalState {
public:
    LocalState(documents::DocumentStore &documents, annotations::AnnotationStore &annotations,
               glossary::VocabularyStore &vocabulary);

    /// This device's id, made (and kept) on first use; "" when it cannot be saved.
    QString deviceId();
    HlcClock loadClock();
    bool saveClock(const HlcClock &clock);

    RecordSet records(bool unsentOnly = false);
    /// `seq` < 0: a merged record; a new one is not this device's to send, a known one keeps its mark.
    bool saveRecord(const Record &r, qint64 seq);
    /// Record id → the own log that last carried it (0: unsent, <0: only merged).
    QHash<QString, qint64> sentSeqs();
    /// Marks records as carried by own log `seq`.
    bool markSent(const QStringList &ids, qint64 seq);

    /// Gives every record written since the last sync a fresh reading of
    /// `clock` for each field that changed, and forgets the dirty marks.
    /// Returns how many records changed; -1 on a database error.
    int stampDirty(HlcClock &clock, qint64 nowMs);
    /// Writes a merged record to the store it belongs to; true when done or
    /// nothing to do there (another device's reading position lives in sync_records only).
    bool apply(const Record &r);
    /// Marks imported documents (those with a content hash) added or removed
    /// since the last sync as dirty: documents have no triggers, so each sync
    /// compares them with the "sync_doc:<hash>" settings it keeps. False on a database error.
    bool markDocuments();
    /// Notes that the library holds the document `hash` (after a fetch).
    bool noteDocument(const QString &hash);
    /// Content hashes of documents the merged records hold, alive, that this library has never had.
    QStringList documentsToFetch();
    /// Records written since the last sync plus records merged but not sent; -1 on a database error.
    int pendingCount();
    /// Forgets dirty marks (the ones a merge's own writes just made).
    bool clearDirty();

    qint64 peerSeq(const QString &device);
    bool setPeerSeq(const QString &device, qint64 seq);
    qint64 ownSeq();
    bool setOwnSeq(qint64 seq);

    /// The fields the store holds now for a record, or nullopt when it holds none.
    std::optional<QJsonObject> current(const QString &kind, const QString &key);

private:
    documents::DocumentStore &m_documents;
    annotations::AnnotationStore &m_annotations;
    glossary::VocabularyStore &m_vocabulary;
};

} // namespace okur::sync
