#pragma once
#include "library/document.h"
#include "query.h"
#include "storage/database.h"

#include <QList>

namespace okur::search {

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

/// The library's full-text index (SQLite FTS5 with the "okur" tokenizer).
/// Shares the database (and its thread) of the DocumentStore it is built on.
class SearchIndex {
public:
    explicit SearchIndex(storage::Database &db) : m_db(db) {}

    /// (Re)indexes a document's blocks in one transaction.
    bool indexDocument(const QString &documentId, const QList<library::StoredBlock> &blocks);
    bool removeDocument(const QString &documentId);
    /// The version string an up-to-date index entry carries.
    static QString currentVersion();
    /// Documents whose index entry is missing or older than currentVersion().
    QStringList staleDocuments();

    /// Hits for a query, at most `limit`: documents most relevant first
    /// (bm25 over whole documents), passages in reading order inside each;
    /// `documentId` restricts to one document.
    QList<SearchHit> search(const Query &q, const QString &documentId, int limit, const Lemmatizer &lemmatizer);

private:
    bool removeEntries(qint64 number);
    storage::Database &m_db;
};

/// A snippet of about `width` characters around [start, start + length). Pure.
QString snippetAround(const QString &text, int start, int length, int width, int *hitStartInSnippet);

} // namespace okur::search
