#pragma once

struct sqlite3;

namespace okur::tokenizer {

/// Registers `okur_bm25(TABLE, 'TABLE')` on a connection: an FTS5 ranking
/// function that scores a row as FTS5's own bm25() does (k1 1.2, b 0.75,
/// every column weighted 1, lower is more relevant), with the rows' lengths
/// read once into memory and kept while the database is unchanged, as
/// Lucene keeps its norms. bm25() looks each matching row's length up in the
/// table's docsize table with a statement of its own: over 10,000 documents
/// that was more than half of a search. The second argument names the table
/// (an identifier of the app's own, never user text): its lengths are in
/// TABLE_docsize. A change to the database by any connection (SQLite's data
/// version) reads them again; a row missing from them is asked of FTS5.
/// `okur_bm25(TABLE, 'TABLE', 'order')` orders rows as bm25() does, and
/// scores them alike up to a positive factor: a query of one phrase skips
/// counting the rows it is in (its IDF multiplies every score alike), which
/// for a prefix or a phrase over 10,000 documents was a third of a search.
/// Call once per connection.
bool registerRanking(sqlite3 *db);

} // namespace okur::tokenizer
