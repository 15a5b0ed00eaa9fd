#pragma once
#include "library/documentstore.h"
#include "query.h"
#include "storage/database.h"

#include <QList>

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
    explicit SearchIndex(library::DocumentStore &store) : m_store(store), m_db(store.database()) {}

    /// (Re)indexes a document's blocks in one transaction.
    bool indexDocument(const QString &documentId, const QList<library::StoredBlock> &blocks);
    bool removeDocument(const QString &documentId);
    /// The version an up-to-date entry carries (the text's repair version).
    static QString currentVersion();
    /// The tokens the index holds: the tokenizer's version and whether lemmas were known.
    static QString tokensVersion();
    /// Documents whose index entry is missing or older than currentVersion().
    QStringList staleDocuments();

    /// Hits for a query, at most `limit`: documents most relevant first
    /// (bm25 over whole documents, at most 50), passages in reading order
    /// inside each, at most `perDocument` from one document (0: no limit);
    /// `documentId` restricts the search to one document.
    QList<SearchHit> search(const Query &q, const QString &documentId, int limit, const Lemmatizer &lemmatizer,
                            int perDocument = 0);
    /// The ids of the `limit` documents most relevant to any of `queries` (bm25).
    QStringList rankDocuments(const QList<Query> &queries, int limit);

    /// Re-tokenizes every row if the index holds other tokens than the
    /// tokenizer makes now (see tokensVersion()). Cheap when they match.
    bool ensureTokens();

private:
    library::DocumentStore &m_store;
    storage::Database &m_db;
};

/// A snippet of about `width` characters around [start, start + length). Pure.
QString snippetAround(const QString &text, int start, int length, int width, int *hitStartInSnippet);

} // namespace okur::search
