#include "searchindex.h"

#include "fts.h"
#include "text/pipeline.h"

namespace okur::search {

using storage::Statement;
using storage::Transaction;

QString currentVersion()
{
    return QStringLiteral("%1.%2.%3").arg(kTokenizerVersion).arg(text::kRepairVersion).arg(hasIndexLemmatizer() ? 1 : 0);
}

QString SearchIndex::currentVersion() { return okur::search::currentVersion(); }

bool SearchIndex::indexDocument(const QString &documentId, const QList<library::StoredBlock> &blocks)
{
    Transaction tx(m_db);
    Statement del = m_db.prepare(QStringLiteral("DELETE FROM search WHERE document_id = ?1"));
    del.bind(1, documentId);
    bool ok = tx.isActive() && del.exec();
    Statement ins = m_db.prepare(
        QStringLiteral("INSERT INTO search (document_id, block, language, text) VALUES (?1, ?2, ?3, ?4)"));
    for (const auto &b : blocks) {
        if (!ok)
            break;
        ins.bind(1, documentId).bind(2, b.index).bind(3, b.language).bind(4, b.text);
        ok = ins.exec();
    }
    Statement state = m_db.prepare(QStringLiteral(
        "INSERT INTO search_state (document_id, version) VALUES (?1, ?2) "
        "ON CONFLICT(document_id) DO UPDATE SET version = excluded.version"));
    state.bind(1, documentId).bind(2, currentVersion());
    ok = ok && state.exec();
    return ok && tx.commit();
}

bool SearchIndex::removeDocument(const QString &documentId)
{
    Transaction tx(m_db);
    Statement del = m_db.prepare(QStringLiteral("DELETE FROM search WHERE document_id = ?1"));
    del.bind(1, documentId);
    Statement st = m_db.prepare(QStringLiteral("DELETE FROM search_state WHERE document_id = ?1"));
    st.bind(1, documentId);
    return del.exec() && st.exec() && tx.commit();
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
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT document_id, block, language, text, bm25(search) AS r FROM search "
        "WHERE search MATCH ?1 AND (?2 = '' OR document_id = ?2) ORDER BY r LIMIT ?3"));
    s.bind(1, toFts5(q)).bind(2, documentId).bind(3, limit);
    // Phrases are checked word by word in findSpans(): a block FTS5 returns may hold none.
    while (s.next() && out.size() < limit) {
        const QString text = s.text(3);
        const QList<Span> spans = findSpans(text, s.text(2), q, lemmatizer);
        for (const Span &span : spans) {
            SearchHit h;
            h.documentId = s.text(0);
            h.block = int(s.integer(1));
            h.start = span.start;
            h.length = span.length;
            h.snippet = snippetAround(text, span.start, span.length, 120, &h.snippetStart);
            h.rank = s.real(4);
            out.append(h);
            if (out.size() >= limit)
                break;
        }
    }
    return out;
}

} // namespace okur::search
