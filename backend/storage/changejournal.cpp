#include "changejournal.h"

#include <sqlite3.h>

namespace okur::storage {

qint64 ChangeJournal::dataVersion()
{
    Statement s = m_db.prepare(QStringLiteral("PRAGMA data_version"));
    return s.next() ? s.integer(0) : -1;
}

qint64 ChangeJournal::ownChanges() const
{
    return m_db.handle() ? sqlite3_total_changes64(m_db.handle()) : 0;
}

void ChangeJournal::start()
{
    Statement s = m_db.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_journal"));
    m_seq = s.next() ? s.integer(0) : 0;
    // Left unknown: the first poll reads the rows after m_seq, so a commit
    // made between these two reads is not taken as seen.
    m_dataVersion = -1;
    m_ownChanges = ownChanges();
}

bool ChangeJournal::poll(QList<Change> *changes, bool *everything)
{
    *everything = false;
    const qint64 version = dataVersion();
    const qint64 own = ownChanges();
    if (version == m_dataVersion && own == m_ownChanges) {
        return false;
    }
    const bool others = version != m_dataVersion;
    m_dataVersion = version;
    m_ownChanges = own;
    if (!others) {
        // Only this connection wrote: its stores said so; move the cursor past its rows.
        Statement last = m_db.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_journal"));
        m_seq = qMax(m_seq, last.next() ? last.integer(0) : m_seq);
        return false;
    }
    // One read transaction, so the first row and the rows after it agree.
    if (!m_db.exec(QStringLiteral("BEGIN"))) {
        *everything = true;
        return true;
    }
    Statement first = m_db.prepare(QStringLiteral("SELECT coalesce(min(seq), 0), coalesce(max(seq), 0) FROM change_journal"));
    if (!first.next()) {
        m_db.exec(QStringLiteral("ROLLBACK"));
        *everything = true;
        return true;
    }
    const qint64 oldest = first.integer(0);
    const qint64 newest = first.integer(1);
    first.reset();
    // Rows after ours were pruned unseen (seq numbers are never reused).
    if (newest > m_seq && oldest > m_seq + 1) {
        *everything = true;
    }
    Statement rows = m_db.prepare(
        QStringLiteral("SELECT seq, source, item, detail FROM change_journal WHERE seq > ?1 ORDER BY seq"));
    rows.bind(1, m_seq);
    while (!*everything && rows.next()) {
        changes->append(Change{rows.text(1), rows.text(2), rows.text(3)});
    }
    rows.reset();
    m_db.exec(QStringLiteral("COMMIT"));
    m_seq = qMax(m_seq, newest);
    return true;
}

} // namespace okur::storage
