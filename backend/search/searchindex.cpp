#include "searchindex.h"

#include "fts.h"
#include "text/pipeline.h"

namespace okur::search {

using storage::Statement;
using storage::Transaction;

namespace {

constexpr int kBlockBits = 20; // up to a million blocks a document

qint64 rowidOf(qint64 number, int block) { return (number << kBlockBits) | block; }

QString joined(const QList<library::StoredBlock> &blocks)
{
    QStringList texts;
    for (const auto &b : blocks)
        texts << b.text;
    return texts.join(u'\n');
}

} // namespace

QString SearchIndex::currentVersion()
{
    return QStringLiteral("%1.%2.%3").arg(kTokenizerVersion).arg(text::kRepairVersion).arg(hasIndexLemmatizer() ? 1 : 0);
}

bool SearchIndex::removeEntries(qint64 number)
{
    // A contentless table forgets a row only when told its old text.
    QStringList old;
    Statement get = m_db.prepare(QStringLiteral("SELECT text FROM search WHERE rowid BETWEEN ?1 AND ?2 ORDER BY rowid"));
    get.bind(1, rowidOf(number, 0)).bind(2, rowidOf(number + 1, 0) - 1);
    while (get.next())
        old << get.text(0);
    bool ok = true;
    if (!old.isEmpty()) {
        Statement del = m_db.prepare(
            QStringLiteral("INSERT INTO search_docs (search_docs, rowid, text) VALUES ('delete', ?1, ?2)"));
        del.bind(1, number).bind(2, old.join(u'\n'));
        ok = del.exec();
    }
    Statement blocks = m_db.prepare(QStringLiteral("DELETE FROM search WHERE rowid BETWEEN ?1 AND ?2"));
    blocks.bind(1, rowidOf(number, 0)).bind(2, rowidOf(number + 1, 0) - 1);
    return ok && blocks.exec();
}

bool SearchIndex::indexDocument(const QString &documentId, const QList<library::StoredBlock> &blocks)
{
    Transaction tx(m_db);
    bool ok = tx.isActive();
    Statement num = m_db.prepare(QStringLiteral("SELECT number FROM search_state WHERE document_id = ?1"));
    num.bind(1, documentId);
    qint64 number = 0;
    if (num.next()) {
        number = num.integer(0);
        ok = ok && removeEntries(number);
        Statement st = m_db.prepare(QStringLiteral("UPDATE search_state SET version = ?2 WHERE number = ?1"));
        st.bind(1, number).bind(2, currentVersion());
        ok = ok && st.exec();
    } else {
        Statement st = m_db.prepare(QStringLiteral("INSERT INTO search_state (document_id, version) VALUES (?1, ?2)"));
        st.bind(1, documentId).bind(2, currentVersion());
        ok = ok && st.exec();
        number = m_db.lastInsertId();
    }
    Statement ins = m_db.prepare(QStringLiteral("INSERT INTO search (rowid, language, text) VALUES (?1, ?2, ?3)"));
    for (const auto &b : blocks) {
        if (!ok)
            break;
        ins.bind(1, rowidOf(number, b.index)).bind(2, b.language).bind(3, b.text);
        ok = ins.exec();
    }
    Statement doc = m_db.prepare(QStringLiteral("INSERT INTO search_docs (rowid, text) VALUES (?1, ?2)"));
    doc.bind(1, number).bind(2, joined(blocks));
    ok = ok && doc.exec();
    return ok && tx.commit();
}

bool SearchIndex::removeDocument(const QString &documentId)
{
    Transaction tx(m_db);
    Statement num = m_db.prepare(QStringLiteral("SELECT number FROM search_state WHERE document_id = ?1"));
    num.bind(1, documentId);
    if (!num.next())
        return true;
    const qint64 number = num.integer(0);
    Statement st = m_db.prepare(QStringLiteral("DELETE FROM search_state WHERE number = ?1"));
    st.bind(1, number);
    return removeEntries(number) && st.exec() && tx.commit();
}

QStringList SearchIndex::staleDocuments()
{
    QStringList out;
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT d.id FROM documents d LEFT JOIN search_state s ON s.document_id = d.id "
        "WHERE s.version IS NULL OR s.version <> ?1 ORDER BY d.sort_key, d.id"));
    s.bind(1, currentVersion());
    while (s.next())
        out << s.text(0);
    // Entries of documents that are gone.
    Statement orphans = m_db.prepare(QStringLiteral(
        "SELECT document_id FROM search_state WHERE document_id NOT IN (SELECT id FROM documents)"));
    QStringList gone;
    while (orphans.next())
        gone << orphans.text(0);
    for (const QString &id : gone)
        removeDocument(id);
    return out;
}

QString snippetAround(const QString &text, int start, int length, int width, int *hitStartInSnippet)
{
    int from = qMax(0, start - (width - length) / 2);
    int to = qMin(int(text.size()), from + qMax(width, length));
    from = qMax(0, qMin(from, to - width));
    // Whole words at the edges.
    while (from > 0 && from < start && !text.at(from - 1).isSpace())
        ++from;
    while (to < text.size() && to > start + length && !text.at(to).isSpace())
        --to;
    QString snippet = text.mid(from, to - from).simplified();
    int offset = start - from;
    if (from > 0) {
        snippet.prepend(QStringLiteral("… "));
        offset += 2;
    }
    if (to < text.size())
        snippet.append(QStringLiteral(" …"));
    if (hitStartInSnippet)
        *hitStartInSnippet = offset;
    return snippet;
}

QList<SearchHit> SearchIndex::search(const Query &q, const QString &documentId, int limit, const Lemmatizer &lemmatizer)
{
    QList<SearchHit> out;
    if (q.isEmpty())
        return out;
    const QString match = toFts5(q);
    // Rank whole documents first: cheap at any library size. Then find the
    // passages inside each, in reading order, through its rowid range.
    QList<QPair<qint64, QString>> documents;
    if (!documentId.isEmpty()) {
        Statement num = m_db.prepare(QStringLiteral("SELECT number, document_id FROM search_state WHERE document_id = ?1"));
        num.bind(1, documentId);
        if (num.next())
            documents.append({num.integer(0), num.text(1)});
    } else {
        Statement docs = m_db.prepare(QStringLiteral(
            "SELECT d.rowid, s.document_id FROM search_docs d JOIN search_state s ON s.number = d.rowid "
            "WHERE search_docs MATCH ?1 ORDER BY rank LIMIT 50"));
        docs.bind(1, match);
        while (docs.next())
            documents.append({docs.integer(0), docs.text(1)});
    }
    Statement passages = m_db.prepare(QStringLiteral(
        "SELECT rowid, language, text FROM search WHERE search MATCH ?1 AND rowid BETWEEN ?2 AND ?3 ORDER BY rowid"));
    double rank = 0;
    for (const auto &[number, id] : documents) {
        passages.reset();
        passages.bind(1, match).bind(2, rowidOf(number, 0)).bind(3, rowidOf(number + 1, 0) - 1);
        while (passages.next() && out.size() < limit) {
            const QString text = passages.text(2);
            // Phrases are checked word by word here: a passage FTS5 returns may hold none.
            for (const Span &span : findSpans(text, passages.text(1), q, lemmatizer)) {
                SearchHit h;
                h.documentId = id;
                h.block = int(passages.integer(0) & ((1 << kBlockBits) - 1));
                h.start = span.start;
                h.length = span.length;
                h.snippet = snippetAround(text, span.start, span.length, 120, &h.snippetStart);
                h.rank = rank;
                out.append(h);
                if (out.size() >= limit)
                    break;
            }
        }
        rank += 1;
        if (out.size() >= limit)
            break;
    }
    return out;
}

} // namespace okur::search
