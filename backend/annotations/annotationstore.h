#pragma once
#include "annotation.h"
#include "storage/database.h"

#include <QList>
#include <QObject>
#include <optional>

namespace okur::annotations {

/// Counts of what a merge did.
struct MergeReport {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int untrusted = 0;  ///< dated in the future: added when new, never overwrite
    bool ok = true;     ///< false: nothing was committed, counts are zero
    QString error;
};

/// How far ahead of this machine's clock an imported time may be before it is
/// not trusted to win over local edits (clocks of two devices differ a little).
constexpr qint64 kClockSkewMs = qint64(10) * 60 * 1000;

/// Highlights, notes and bookmarks in the library database. Every write is
/// committed before it returns; deletions are tombstones. Shares the
/// database (and its thread) of the DocumentStore it is built on. The
/// library keeps one for its views: every committed write, its own or one
/// another connection made (announce()), is signalled by changed().
class AnnotationStore : public QObject {
    Q_OBJECT
public:
    explicit AnnotationStore(storage::Database &db, QObject *parent = nullptr) : QObject(parent), m_db(db) {}

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
    /// tombstone included, so an old copy never resurrects a deletion. A copy
    /// dated more than kClockSkewMs ahead is added when new (its times clamped
    /// to now) but never overwrites a local one, so it cannot win forever.
    /// All or nothing: the counts say what was committed.
    MergeReport merge(const QList<Annotation> &incoming, qint64 nowMs = 0);

    /// Writes an annotation exactly as given (a sync merge's result: its
    /// times are not touched) and signals it. False when the write failed.
    bool put(const Annotation &a);

    /// Signals a change another connection made (see storage::ChangeJournal).
    void announce(const QString &documentId, const QString &annotationId) { Q_EMIT changed(documentId, annotationId); }

Q_SIGNALS:
    /// An annotation was added, changed or removed: of `documentId` ("" when
    /// several documents may have changed), `annotationId` when one did.
    void changed(const QString &documentId, const QString &annotationId);

private:
    bool write(const Annotation &a);
    bool setDeleted(const QString &id, bool deleted);
    storage::Database &m_db;
};

} // namespace okur::annotations
