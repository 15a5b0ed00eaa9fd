#include "fts.h"

#include <QMutex>
#include <sqlite3.h>

namespace okur::search {

namespace {

QMutex g_mutex;
Lemmatizer g_lemmatizer;

Lemmatizer currentLemmatizer()
{
    QMutexLocker lock(&g_mutex);
    return g_lemmatizer;
}

struct Tokenizer {
    int unused = 0;
};

int create(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(new Tokenizer);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *t) { delete reinterpret_cast<Tokenizer *>(t); }

// UTF-8 byte offset of every QString position (and of the end).
QList<int> byteOffsets(const QString &s)
{
    QList<int> offsets(s.size() + 1);
    int bytes = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        offsets[i] = bytes;
        const char16_t c = s.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < s.size()) {
            offsets[i + 1] = bytes;
            bytes += 4;
            ++i;
            continue;
        }
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    offsets[s.size()] = bytes;
    return offsets;
}

int emit(void *ctx, int flags, const QString &token, int start, int end,
         int (*xToken)(void *, int, const char *, int, int, int))
{
    const QByteArray t = token.toUtf8();
    if (t.isEmpty() || t.size() > 255)
        return SQLITE_OK;
    return xToken(ctx, flags, t.constData(), int(t.size()), start, end);
}

int tokenize(Fts5Tokenizer *, void *ctx, int flags, const char *text, int length,
             int (*xToken)(void *, int, const char *, int, int, int))
{
    const QString s = QString::fromUtf8(text, length);
    const QList<int> offsets = byteOffsets(s);
    if (flags & FTS5_TOKENIZE_QUERY) {
        // Query tokens come from toFts5(): "=exact" forms are taken as they are.
        qsizetype i = 0;
        while (i < s.size()) {
            while (i < s.size() && s.at(i).isSpace())
                ++i;
            qsizetype j = i;
            while (j < s.size() && !s.at(j).isSpace())
                ++j;
            if (j > i) {
                const QString chunk = s.mid(i, j - i);
                int rc = SQLITE_OK;
                if (chunk.startsWith(u'=')) {
                    rc = emit(ctx, 0, chunk, offsets[i], offsets[j], xToken);
                } else {
                    for (const IndexToken &t : indexTokens(chunk, QString(), Lemmatizer())) {
                        rc = emit(ctx, 0, t.folded, offsets[i + t.start], offsets[i + t.start + t.length], xToken);
                        if (rc != SQLITE_OK)
                            break;
                    }
                }
                if (rc != SQLITE_OK)
                    return rc;
            }
            i = j;
        }
        return SQLITE_OK;
    }
    const Lemmatizer lemmatizer = currentLemmatizer();
    // The language is unknown here; the lemmatizer tries the word as it finds it.
    for (const IndexToken &t : indexTokens(s, QString(), lemmatizer)) {
        const int a = offsets[t.start], b = offsets[t.start + t.length];
        // Lemmas and folded forms share one namespace, so a word query is one or
        // two doclists to rank and a phrase can be a phrase of lemmas.
        int rc = emit(ctx, 0, t.lemma.isEmpty() ? t.folded : t.lemma, a, b, xToken);
        if (rc == SQLITE_OK && !t.lemma.isEmpty())
            rc = emit(ctx, FTS5_TOKEN_COLOCATED, t.folded, a, b, xToken);
        if (rc == SQLITE_OK)
            rc = emit(ctx, FTS5_TOKEN_COLOCATED, u'=' + t.exact, a, b, xToken);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

fts5_api *ftsApi(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, reinterpret_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

bool registerTokenizer(sqlite3 *db)
{
    fts5_api *api = ftsApi(db);
    if (!api)
        return false;
    static fts5_tokenizer tokenizer = {create, destroy, tokenize};
    return api->xCreateTokenizer(api, "okur", nullptr, &tokenizer, nullptr) == SQLITE_OK;
}

void setIndexLemmatizer(Lemmatizer lemmatizer)
{
    QMutexLocker lock(&g_mutex);
    g_lemmatizer = std::move(lemmatizer);
}

bool hasIndexLemmatizer()
{
    QMutexLocker lock(&g_mutex);
    return bool(g_lemmatizer);
}

} // namespace okur::search
