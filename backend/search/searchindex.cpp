#include "searchindex.h"

#include "tokenizer/fts.h"
#include "text/pipeline.h"

namespace okur::search {

using storage::Statement;
using storage::Transaction;

namespace {

QString joined(const QList<documents::StoredBlock> &blocks)
{
    QStringList texts;
    for (const auto &b : blocks) {
        texts << b.text;
    }
    return texts.join(u'\n');
}

} // namespace

QString SearchIndex::currentVersion() { return QString::number(text::kRepairVersion); }

QString SearchIndex::tableTokens(const QString &table)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1"));
    s.bind(1, table);
    if (!s.next()) {
        return QString();
    }
    const QString sql = s.text(0);
    const int at = int(sql.indexOf(QLatin1String("tokenize")));
    const int open = at < 0 ? -1 : int(sql.indexOf(u'\'', at));
    const int close = open < 0 ? -1 : int(sql.indexOf(u'\'', open + 1));
    return close < 0 ? QStringLiteral("okur") : sql.mid(open + 1, close - open - 1).simplified();
}

bool SearchIndex::holdsLemmas(const QString &tokens)
{
    return tokens.split(u' ').value(2) == QLatin1String("lemmas");
}

QString SearchIndex::wantedTokens() const
{
    const auto source = m_store.lemmaSource();
    return tokenizer::tokenizerArguments(source && source->has());
}

bool SearchIndex::ensureTable()
{
    if (!tableTokens().isEmpty()) {
        return true;
    }
    // The arguments are this build's constants, never user text.
    return m_db.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS search_docs USING fts5(text, tokenize = '%1')")
                         .arg(wantedTokens()));
}

bool SearchIndex::needsRebuild()
{
    const QString now = tableTokens();
    const QString wanted = wantedTokens();
    if (now.isEmpty() || now == wanted) {
        return false;
    }
    // Never from lemmas to none: a connection without the glossary leaves such an
    // index as it is (it cannot write to it), and one with the glossary rebuilds it.
    return !(holdsLemmas(now) && !holdsLemmas(wanted));
}

bool SearchIndex::rebuildStep(bool *finished, int batch, const std::atomic_bool *cancelled)
{
    *finished = false;
    // The usual case (the index already has the wanted tokens) is settled before
    // a batch of rows is analysed for nothing: that cost every refresh, so every
    // start and every `okur-cli search`, a second of lemmatizing. Checked again
    // under the write lock below, since another process may start a rebuild.
    if (!needsRebuild()) {
        *finished = true;
        return true;
    }
    const QString wanted = wantedTokens();
    if (!warmNextBatch(wanted, batch, cancelled)) {
        return false; // cancelled before anything was written
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return false;
    }
    if (!needsRebuild()) {
        *finished = true;
        return true;
    }
    const QString next = tableTokens(QStringLiteral("search_docs_next"));
    bool ok = true;
    if (!next.isEmpty() && next != wanted) {
        ok = m_db.exec(QStringLiteral("DROP TABLE search_docs_next"));
    }
    if (ok && next != wanted) {
        ok = m_db.exec(QStringLiteral("CREATE VIRTUAL TABLE search_docs_next USING fts5(text, tokenize = '%1')").arg(wanted))
            && m_store.setSetting(QStringLiteral("search_rebuild_generation"),
                                  QString::number(generation()));
    }
    Statement copy = m_db.prepare(QStringLiteral(
        "INSERT INTO search_docs_next (rowid, text) SELECT rowid, text FROM search_docs "
        "WHERE rowid > coalesce((SELECT max(rowid) FROM search_docs_next), 0) ORDER BY rowid LIMIT ?1"));
    copy.bind(1, batch);
    ok = ok && copy.exec();
    if (ok && m_db.changes() > 0) {
        return tx.commit();
    }
    // Everything copied: what was written to the old index since the rebuild
    // began is brought over, and the new index takes its place.
    const qint64 since = m_store.setting(QStringLiteral("search_rebuild_generation")).toLongLong();
    Statement changed = m_db.prepare(QStringLiteral(
        "DELETE FROM search_docs_next WHERE rowid IN (SELECT number FROM search_state WHERE generation > ?1) "
        "OR rowid NOT IN (SELECT number FROM search_state)"));
    changed.bind(1, since);
    Statement again = m_db.prepare(QStringLiteral(
        "INSERT INTO search_docs_next (rowid, text) SELECT rowid, text FROM search_docs "
        "WHERE rowid IN (SELECT number FROM search_state WHERE generation > ?1)"));
    again.bind(1, since);
    ok = ok && changed.exec() && again.exec() && m_db.exec(QStringLiteral("DROP TABLE search_docs"))
        && m_db.exec(QStringLiteral("ALTER TABLE search_docs_next RENAME TO search_docs"));
    *finished = ok;
    return ok && tx.commit();
}

bool SearchIndex::warmNextBatch(const QString &wanted, int batch, const std::atomic_bool *cancelled)
{
    const auto source = m_store.lemmaSource();
    if (!source || !holdsLemmas(wanted)) {
        return true;
    }
    // Read outside the write lock; if another process copies this batch first,
    // the lemmas are only remembered for nothing.
    const bool started = tableTokens(QStringLiteral("search_docs_next")) == wanted;
    Statement rows = m_db.prepare(
        started ? QStringLiteral("SELECT text FROM search_docs WHERE rowid > coalesce((SELECT max(rowid) FROM "
                                 "search_docs_next), 0) ORDER BY rowid LIMIT ?1")
                : QStringLiteral("SELECT text FROM search_docs ORDER BY rowid LIMIT ?1"));
    rows.bind(1, batch);
    while (rows.next()) {
        if (!source->warm(rows.text(0), cancelled)) {
            return false;
        }
    }
    return true;
}

qint64 SearchIndex::generation()
{
    Statement s = m_db.prepare(QStringLiteral("SELECT coalesce(max(generation), 0) FROM search_state"));
    return s.next() ? s.integer(0) : 0;
}

int SearchIndex::refresh(const std::atomic_bool *cancelled)
{
    const auto stop = [cancelled] { return cancelled && cancelled->load(); };
    if (!ensureTable()) {
        return 0;
    }
    for (bool finished = false; !finished && !stop();) {
        if (!rebuildStep(&finished, 25, cancelled)) {
            break;
        }
    }
    int n = 0;
    for (const QString &id : staleDocuments()) {
        const QList<documents::StoredBlock> blocks = m_store.blocks(id);
        // Analysed first, cancellably; indexDocument() then finds every lemma remembered.
        const auto source = m_store.lemmaSource();
        if (stop() || (source && !source->warm(joined(blocks), cancelled))) {
            break;
        }
        n += indexDocument(id, blocks) ? 1 : 0;
    }
    return n;
}

bool SearchIndex::indexDocument(const QString &documentId, const QList<documents::StoredBlock> &blocks)
{
    if (!ensureTable()) {
        return false;
    }
    const QString text = joined(blocks);
    if (const auto source = m_store.lemmaSource()) {
        source->warm(text);
    }
    Transaction tx(m_db);
    bool ok = tx.isActive();
    Statement num = m_db.prepare(QStringLiteral("SELECT number FROM search_state WHERE document_id = ?1"));
    num.bind(1, documentId);
    const qint64 generation = this->generation() + 1;
    qint64 number = 0;
    if (num.next()) {
        number = num.integer(0);
        Statement del = m_db.prepare(QStringLiteral("DELETE FROM search_docs WHERE rowid = ?1"));
        del.bind(1, number);
        Statement st = m_db.prepare(QStringLiteral("UPDATE search_state SET version = ?2, generation = ?3 WHERE number = ?1"));
        st.bind(1, number).bind(2, currentVersion()).bind(3, generation);
        ok = ok && del.exec() && st.exec();
    } else {
        Statement st = m_db.prepare(
            QStringLiteral("INSERT INTO search_state (document_id, version, generation) VALUES (?1, ?2, ?3)"));
        st.bind(1, documentId).bind(2, currentVersion()).bind(3, generation);
        ok = ok && st.exec();
        number = m_db.lastInsertId();
    }
    Statement doc = m_db.prepare(QStringLiteral("INSERT INTO search_docs (rowid, text) VALUES (?1, ?2)"));
    doc.bind(1, number).bind(2, text);
    ok = ok && doc.exec();
    return ok && tx.commit();
}

bool SearchIndex::removeDocument(const QString &documentId)
{
    Transaction tx(m_db);
    Statement del = m_db.prepare(QStringLiteral(
        "DELETE FROM search_docs WHERE rowid IN (SELECT number FROM search_state WHERE document_id = ?1)"));
    del.bind(1, documentId);
    Statement st = m_db.prepare(QStringLiteral("DELETE FROM search_state WHERE document_id = ?1"));
    st.bind(1, documentId);
    return tx.isActive() && del.exec() && st.exec() && tx.commit();
}

QStringList SearchIndex::staleDocuments()
{
    QStringList out;
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT d.id FROM documents d LEFT JOIN search_state s ON s.document_id = d.id "
        "WHERE s.version IS NULL OR s.version <> ?1 ORDER BY d.sort_key, d.id"));
    s.bind(1, currentVersion());
    while (s.next()) {
        out << s.text(0);
    }
    // Entries of documents that are gone.
    Statement orphans = m_db.prepare(QStringLiteral(
        "SELECT document_id FROM search_state WHERE document_id NOT IN (SELECT id FROM documents)"));
    QStringList gone;
    while (orphans.next()) {
        gone << orphans.text(0);
    }
    for (const QString &id : gone) {
        removeDocument(id);
    }
    return out;
}

QString snippetAround(const QString &text, int start, int length, int width, int *hitStartInSnippet)
{
    int from = qMax(0, start - (width - length) / 2);
    int to = qMin(int(text.size()), from + qMax(width, length));
    from = qMax(0, qMin(from, to - width));
    // Whole words at the edges.
    while (from > 0 && from < start && !text.at(from - 1).isSpace()) {
        ++from;
    }
    while (to < text.size() && to > start + length && !text.at(to).isSpace()) {
        --to;
    }
    QString snippet = text.mid(from, to - from).simplified();
    int offset = start - from;
    if (from > 0) {
        snippet.prepend(QStringLiteral("… "));
        offset += 2;
    }
    if (to < text.size()) {
        snippet.append(QStringLiteral(" …"));
    }
    if (hitStartInSnippet) {
        *hitStartInSnippet = offset;
    }
    return snippet;
}

QStringList SearchIndex::rankDocuments(const QList<Query> &queries, int limit)
{
    QStringList any;
    for (const Query &q : queries) {
        if (!q.isEmpty()) {
            any << u'(' + toFts5(q) + u')';
        }
    }
    QStringList out;
    if (any.isEmpty()) {
        return out;
    }
    Statement docs = m_db.prepare(QStringLiteral(
        "SELECT s.document_id FROM search_docs d JOIN search_state s ON s.number = d.rowid "
        "WHERE search_docs MATCH ?1 ORDER BY okur_bm25(search_docs, 'search_docs', 'order'), d.rowid LIMIT ?2"));
    docs.bind(1, any.join(QStringLiteral(" OR "))).bind(2, limit);
    while (docs.next()) {
        out << docs.text(0);
    }
    return out;
}

QList<SearchHit> SearchIndex::search(const Query &q, const QString &documentId, int limit, const tokenizer::Lemmatizer &lemmatizer,
                                     int perDocument, int passagesPerDocument)
{
    QList<SearchHit> out;
    if (q.isEmpty()) {
        return out;
    }
    // Rank whole documents, then find the hits inside each in reading order. okur_bm25 is bm25() with the rows'
    // lengths kept in memory (tokenizer/ranking.h); the rowid settles ties, so the same query ranks the same way.
    QStringList documents;
    if (!documentId.isEmpty()) {
        documents << documentId;
    } else {
        Statement docs = m_db.prepare(QStringLiteral(
            "SELECT s.document_id FROM search_docs d JOIN search_state s ON s.number = d.rowid "
            "WHERE search_docs MATCH ?1 ORDER BY okur_bm25(search_docs, 'search_docs', 'order'), d.rowid LIMIT 50"));
        docs.bind(1, toFts5(q));
        while (docs.next()) {
            documents << docs.text(0);
        }
    }
    // The same words recur from document to document: look each up once.
    QHash<QString, QString> lemmas;
    const tokenizer::Lemmatizer remembering = !lemmatizer ? tokenizer::Lemmatizer() : tokenizer::Lemmatizer([&](const QString &word, const QString &language) {
        const QString key = language + u'\x1f' + word;
        auto it = lemmas.constFind(key);
        if (it == lemmas.constEnd()) {
            it = lemmas.insert(key, lemmatizer(word, language));
        }
        return *it;
    });
    double rank = 0;
    if (perDocument <= 0) {
        perDocument = limit;
    }
    for (const QString &id : documents) {
        int inDocument = 0;
        int passages = 0;
        for (const documents::StoredBlock &block : m_store.blocks(id)) {
            if (inDocument >= perDocument) {
                break;
            }
            const QList<Span> spans = findSpans(block.text, block.language, q, remembering);
            if (!spans.isEmpty() && passagesPerDocument > 0 && passages++ >= passagesPerDocument) {
                break;
            }
            for (const Span &span : spans) {
                if (inDocument++ >= perDocument) {
                    break;
                }
                SearchHit h;
                h.documentId = id;
                h.block = block.index;
                h.start = span.start;
                h.length = span.length;
                h.snippet = snippetAround(block.text, span.start, span.length, 120, &h.snippetStart);
                h.rank = rank;
                out.append(h);
                if (out.size() >= limit) {
                    return out;
                }
            }
        }
        rank += 1;
    }
    return out;
}

} // namespace okur::search
