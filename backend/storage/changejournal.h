#pragma once
#include "database.h"

#include <QList>
#include <QString>

namespace okur::storage {

/// One row of the change journal: a table's change as its triggers wrote it.
struct Change {
    QString source; ///< "documents", "positions", "annotations" or "vocabulary"
    QString item;   ///< the document id (annotations: of their document), or the word's id
    QString detail; ///< annotations: the annotation's id
};

/// Reads what other connections (another process, a worker thread) wrote to
/// the library since the last look. Triggers write the journal in the same
/// transaction as each change (migration 12); `PRAGMA data_version` says
/// cheaply whether anyone else committed, so a poll that finds nothing new
/// costs one statement. Shares the thread of the Database it reads.
class ChangeJournal {
public:
    explicit ChangeJournal(Database &db) : m_db(db) {}

    /// Starts from now: what the journal holds already is not news.
    void start();
    /// Whether another connection committed since the last poll; if so, the
    /// journal's rows since then go to `changes` (this connection's own rows
    /// among them, already signalled by its stores). `*everything` is set when rows
    /// were pruned before this reader saw them (it fell too far behind) or the
    /// journal cannot be read: the caller then treats everything as changed.
    bool poll(QList<Change> *changes, bool *everything);

private:
    qint64 dataVersion();
    /// Changes this connection made (sqlite3_total_changes): its own journal
    /// rows move the cursor too, so they never count as falling behind.
    qint64 ownChanges() const;
    Database &m_db;
    qint64 m_dataVersion = -1;
    qint64 m_ownChanges = -1;
    qint64 m_seq = 0;
};

} // namespace okur::storage
