#pragma once
#include "tokens.h"

struct sqlite3;

namespace okur::search {

/// Registers the "okur" FTS5 tokenizer on a connection. A word of a
/// document is its folded lemma (or its folded form where it has none), with
/// its folded form and its exact form ("=") at the same position. Queries
/// take the tokens toFts5() writes. Call once per connection.
bool registerTokenizer(sqlite3 *db);

/// The lemmatizer used while indexing (any thread); null until the glossary
/// is loaded, when documents are indexed without lemma tokens.
void setIndexLemmatizer(Lemmatizer lemmatizer);
bool hasIndexLemmatizer();

} // namespace okur::search
