#pragma once
#include "documents/documentstore.h"
#include "query.h"
#include "storage/database.h"

#include <QList>
#include <atomic>

namespace okur::search {

/// How many hits a library search shows, best documents first (and the benchmark measures).
constexpr int kHitsPerSearch = 50;
/// At most this many of them from one document, so the best documents all show.
constexpr int kHitsPerDocument = 10;
/// The most a caller may ask for (the CLI's --limit): each hit costs a scan of its block.
constexpr int kMaxHitsPerSearch = 5000;

/// One search hit: where it is, and a snippet around it with the hit's place in the snippet.
struct SearchHit {
    QString documentId;
    int block = 0;
    int start = 0;       ///< in the block's text
    int length = 0;
    QString snippet;
    int snippetStart = 0; ///< the hit inside the snippet
    double rank = 0;      ///< the document's place in the ranking (bm25): lower is more relevant
};

/// The library's full-text index (SQLite FTS5 with the "okur" tokenizer):
/// one row a document, ranked with bm25. Hits inside the best documents are
/// found in their stored blocks with findSpans(), which is cheaper than a
/// second index of passages and exact about phrases and prefixes.
/// Shares the database (and its thread) of the DocumentStore it is built on.
class SearchIndex {
public:
    explicit SearchIndex(documents::DocumentStore &store) : m_store(store), m_db(store.database()) {}

    /// (Re)indexes a document's blocks in one transaction. False (and the
    /// document left stale, for refresh() to index) when this connection cannot
    /// make the tokens the index holds: no lemmas yet, or a rebuild under way.
    bool indexDocument(const QString &documentId, const QList<documents::StoredBlock> &blocks);
    bool removeDocument(const QString &documentId);
    /// The version an up-to-date entry carries (the text's repair version).
    static QString currentVersion();
    /// The tokens an index table holds (its tokenizer arguments), "" when there is none.
    QString tableTokens(const QString &table = QStringLiteral("search_docs"));
    /// Whether tokenizer arguments name an index of lemma tokens.
    static bool holdsLemmas(const QString &tokens);
    /// The tokens this connection would write to a new index: with lemmas once it has them.
    QString wantedTokens() const;
    /// Documents whose index entry is missing or older than currentVersion().
    QStringList staleDocuments();

    /// Hits for a query, at most `limit`: documents most relevant first
    /// (bm25 over whole documents, at most 50), passages in reading order
    /// inside each, at most `perDocument` from one document (0: no limit), and the hits of at most
    /// `passagesPerDocument` of its blocks (0: no limit; a passage's hits all come);
    /// `documentId` restricts the search to one document.
    QList<SearchHit> search(const Query &q, const QString &documentId, int limit, const tokenizer::Lemmatizer &lemmatizer,
                            int perDocument = 0, int passagesPerDocument = 0);
    /// The ids of the `limit` documents most relevant to any of `queries` (bm25).
    QStringList rankDocuments(const QList<Query> &queries, int limit);

    /// Creates the index table when there is none.
    bool ensureTable();
    /// True when the index holds other tokens than this connection would write
    /// (an older tokenizer, or no lemmas where it has them now).
    bool needsRebuild();
    /// One step of rebuilding the index with the wanted tokens: copies a batch
    /// of rows into a new table, each batch its own short transaction, while
    /// queries go on using the complete old one; the last step brings over
    /// the rows written meanwhile and puts the new table in its place. Steps
    /// may come from several processes, and a rebuild cut short goes on at the
    /// next one. Sets `*finished` after the swap.
    bool rebuildStep(bool *finished, int batch = 25, const std::atomic_bool *cancelled = nullptr);
    /// Rebuilds if needed, then indexes every stale document. Returns how many
    /// were indexed; `cancelled` (may be null) is checked between steps.
    int refresh(const std::atomic_bool *cancelled = nullptr);

private:
    qint64 generation();
    /// Analyses the words of the rows the next rebuild step copies, before it takes the write lock.
    bool warmNextBatch(const QString &wanted, int batch, const std::atomic_bool *cancelled);
    documents::DocumentStore &m_store;
    storage::Database &m_db;
};

/// A snippet of about `width` characters around [start, start + length). Pure.
QString snippetAround(const QString &text, int start, int length, int width, int *hitStartInSnippet);

} // namespace okur::search
