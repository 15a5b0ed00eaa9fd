#pragma once
#include "annotation.h"
#include "storage/database.h"

#include <QList>
#include <optional>

namespace okur::annotations {

/// Counts of what a merge committed.
struct MergeReport {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QString error; ///< why nothing was merged (the merge is all or nothing); "" on success
};

/// Highlights, notes and bookmarks in the library database. Every write is
/// committed before it returns; deletions are tombstones. Shares the
/// database (and its thread) of the DocumentStore it is built on.
class AnnotationStore {
public:
    explicit AnnotationStore(storage::Database &db) : m_db(db) {}

    /// Saves a new annotation (id and timestamps are set when empty); returns it.
    std::optional<Annotation> add(Annotation a);
    bool update(const Annotation &a); ///< colour, note, anchor; bumps `updated`
    bool remove(const QString &id);   ///< leaves a tombstone
    bool restore(const QString &id);  ///< undoes a remove
    std::optional<Annotation> get(const QString &id);
    /// Live annotations, by document (all documents when empty), in reading order.
    QList<Annotation> list(const QString &documentId = QString(), bool withDeleted = false);

    /// Places every annotation of a document again after its text changed.
    /// Returns how many could not be placed (they become orphaned, never deleted).
    int reanchor(const QString &documentId, const QStringList &blockTexts);

    /// Merges annotations from an import by id: newer `updated` wins, a
    /// tombstone included, so an old copy never resurrects a deletion. One
    /// transaction: a failed write leaves the library as it was (see `error`).
    MergeReport merge(const QList<Annotation> &incoming);

private:
    bool write(const Annotation &a);
    storage::Database &m_db;
};

} // namespace okur::annotations
