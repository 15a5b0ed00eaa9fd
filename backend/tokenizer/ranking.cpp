#include "ranking.h"

#include "fts.h"

#include <sqlite3.h>

#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace okur::tokenizer {

namespace {

// FTS5's bm25() constants (fts5_aux.c).
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// A connection's row lengths in tokens, as TABLE_docsize holds them, and the data version they were read at.
struct Lengths {
    bool loaded = false;
    unsigned int version = 0;
    std::string table;
    std::unordered_map<sqlite3_int64, int> byRow;
};

// One query's constants, computed at its first row: each phrase's inverse document frequency and the mean length.
struct QueryData {
    bool orderOnly = false; ///< made for okur_bm25(…, 'order'): a lone phrase's IDF is 1
    std::vector<double> idf;
    double averageLength = 1;
    bool lengthsUsable = false;
};

// A varint as SQLite and FTS5 write them: seven bits a byte, high bit first, the high bit set on every byte but the
// last; a ninth byte holds eight. The bytes read, 0 when the buffer ends inside one.
int readVarint(const unsigned char *p, int size, sqlite3_uint64 *value)
{
    sqlite3_uint64 v = 0;
    for (int i = 0; i < size && i < 9; ++i) {
        if (i == 8) {
            *value = (v << 8) | p[i];
            return 9;
        }
        v = (v << 7) | (p[i] & 0x7f);
        if (!(p[i] & 0x80)) {
            *value = v;
            return i + 1;
        }
    }
    return 0;
}

// Reads every row's length (its columns' sizes summed, as xColumnSize(-1) gives it) from TABLE_docsize.
bool load(sqlite3 *db, const std::string &table, Lengths *lengths)
{
    lengths->byRow.clear();
    lengths->loaded = false;
    std::string quoted = "\"";
    for (const char c : table + "_docsize") {
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    quoted += '"';
    sqlite3_stmt *rows = nullptr;
    if (sqlite3_prepare_v2(db, ("SELECT id, sz FROM " + quoted).c_str(), -1, &rows, nullptr) != SQLITE_OK) {
        sqlite3_finalize(rows);
        return false;
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(rows)) == SQLITE_ROW) {
        const auto *sizes = static_cast<const unsigned char *>(sqlite3_column_blob(rows, 1));
        const int bytes = sqlite3_column_bytes(rows, 1);
        sqlite3_uint64 total = 0;
        for (int at = 0; at < bytes;) {
            sqlite3_uint64 size = 0;
            const int read = readVarint(sizes + at, bytes - at, &size);
            if (read == 0) {
                break;
            }
            total += size;
            at += read;
        }
        lengths->byRow[sqlite3_column_int64(rows, 0)] = int(total);
    }
    sqlite3_finalize(rows);
    lengths->loaded = rc == SQLITE_DONE;
    lengths->table = table;
    return lengths->loaded;
}

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *count)
{
    ++*static_cast<sqlite3_int64 *>(count);
    return SQLITE_OK;
}

// The query's constants as fts5Bm25GetData() computes them, and the lengths made current.
int prepare(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, sqlite3_value *table,
            bool orderOnly, QueryData *data)
{
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK) {
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    }
    if (rc != SQLITE_OK) {
        return rc;
    }
    data->averageLength = double(tokens) / double(rows);
    const int phrases = api->xPhraseCount(fts);
    if (orderOnly && phrases == 1) {
        // One phrase's IDF multiplies every row's score alike, so it orders nothing; counting the rows it is in is
        // a pass over all of them (for a prefix or a phrase, merging their position lists: a third of a search).
        data->idf.push_back(1.0);
    }
    for (int i = int(data->idf.size()); i < phrases && rc == SQLITE_OK; ++i) {
        sqlite3_int64 hits = 0;
        rc = api->xQueryPhrase(fts, i, &hits, countRow);
        const double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
        data->idf.push_back(idf <= 0.0 ? 1e-6 : idf);
    }
    auto *lengths = static_cast<Lengths *>(api->xUserData(fts));
    const char *name = table ? reinterpret_cast<const char *>(sqlite3_value_text(table)) : nullptr;
    if (rc != SQLITE_OK || !lengths || !name || !*name) {
        return rc;
    }
    sqlite3 *db = sqlite3_context_db_handle(context);
    unsigned int version = 0;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_DATA_VERSION, &version) != SQLITE_OK) {
        return rc;
    }
    if (!lengths->loaded || lengths->version != version || lengths->table != name) {
        lengths->version = version;
        load(db, name, lengths);
    }
    data->lengthsUsable = lengths->loaded;
    return rc;
}

void bm25(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv)
{
    const auto *mode = argc > 1 ? reinterpret_cast<const char *>(sqlite3_value_text(argv[1])) : nullptr;
    const bool orderOnly = mode && std::string_view(mode) == "order";
    auto *data = static_cast<QueryData *>(api->xGetAuxdata(fts, 0));
    if (data && data->orderOnly != orderOnly) {
        // FTS5 keeps one set of constants a function and cursor: the two kinds of call cannot share them.
        sqlite3_result_error(context, "okur_bm25: 'order' and exact scores in one statement", -1);
        return;
    }
    if (!data) {
        data = new QueryData;
        data->orderOnly = orderOnly;
        const int rc = prepare(api, fts, context, argc > 0 ? argv[0] : nullptr, orderOnly, data);
        if (rc != SQLITE_OK ||
            api->xSetAuxdata(fts, data, [](void *p) { delete static_cast<QueryData *>(p); }) != SQLITE_OK) {
            if (rc != SQLITE_OK) {
                delete data;
            }
            sqlite3_result_error_code(context, rc != SQLITE_OK ? rc : SQLITE_NOMEM);
            return;
        }
    }
    int length = -1;
    if (data->lengthsUsable) {
        const auto *lengths = static_cast<const Lengths *>(api->xUserData(fts));
        const auto it = lengths->byRow.find(api->xRowid(fts));
        length = it == lengths->byRow.end() ? -1 : it->second;
    }
    int rc = SQLITE_OK;
    if (length < 0) {
        rc = api->xColumnSize(fts, -1, &length);
    }
    const double d = length;
    double score = 0.0;
    for (int i = 0; rc == SQLITE_OK && i < int(data->idf.size()); ++i) {
        Fts5PhraseIter it;
        int column = 0;
        int offset = 0;
        double frequency = 0.0;
        rc = api->xPhraseFirst(fts, i, &it, &column, &offset);
        for (; rc == SQLITE_OK && column >= 0; api->xPhraseNext(fts, &it, &column, &offset)) {
            frequency += 1.0;
        }
        // The same expression, in the same order, as fts5Bm25Function(): the same double.
        score +=
            data->idf[i] * ((frequency * (kK1 + 1.0)) / (frequency + kK1 * (1 - kB + kB * d / data->averageLength)));
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    sqlite3_result_double(context, -1.0 * score);
}

} // namespace

bool registerRanking(sqlite3 *db)
{
    fts5_api *api = ftsApi(db);
    if (!api) {
        return false;
    }
    auto *lengths = new Lengths;
    if (api->xCreateFunction(api, "okur_bm25", lengths, bm25, [](void *p) { delete static_cast<Lengths *>(p); }) !=
        SQLITE_OK) {
        delete lengths; // FTS5 keeps nor frees what it could not register
        return false;
    }
    return true;
}

} // namespace okur::tokenizer
