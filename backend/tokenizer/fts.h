#pragma once
#include "tokens.h"

#include <QMutex>
#include <atomic>
#include <memory>

struct sqlite3;
struct fts5_api;

namespace okur::tokenizer {

/// The lemmas a connection's tokenizer indexes with. The library owns one and
/// sets its lemmatizer once the glossary is loaded; every connection it opens
/// shares it. Lemmas are remembered: a text tokenized once outside a write
/// transaction (warm()) is indexed inside it without analysing a word again,
/// so the write lock is held for the writing only. Any thread.
class LemmaSource {
public:
    void set(Lemmatizer lemmatizer);
    /// The lemmatizer with the remembered lemmas in front of it; empty when none is set.
    Lemmatizer get() const;
    bool has() const;
    /// Analyses every word of `text` now, so that indexing it later is quick.
    /// Goes paragraph by paragraph and stops when `cancelled` turns true
    /// (returns false then); what it analysed stays remembered.
    bool warm(const QString &text, const std::atomic_bool *cancelled = nullptr) const;

private:
    struct Memory;
    mutable QMutex m_mutex;
    Lemmatizer m_lemmatizer;
    std::shared_ptr<Memory> m_memory;
};

/// Registers the "okur" FTS5 tokenizer on a connection. A word of a
/// document is its folded lemma (or its folded form where it has none), with
/// its folded form and its exact form ("=") at the same position. Queries
/// take the tokens toFts5() writes. An index table names the tokens it holds in
/// its arguments (tokenizerArguments()); a connection that cannot make those
/// tokens (another version, or no lemmas yet) gets an error when it writes to it,
/// and the table stays sound. `lemmas` may be null (no lemmas). Call once per connection.
bool registerTokenizer(sqlite3 *db, std::shared_ptr<LemmaSource> lemmas);

/// The connection's FTS5 interface, to register extensions with; null when it has none.
fts5_api *ftsApi(sqlite3 *db);

/// The tokenize arguments of a new index table: this version's tokens, with lemmas or without.
QString tokenizerArguments(bool lemmas);

} // namespace okur::tokenizer
