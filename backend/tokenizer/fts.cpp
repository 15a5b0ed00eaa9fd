#include "fts.h"

#include <QHash>
#include <QStringTokenizer>

#include <cstdlib>
#include <cstring>
#include <sqlite3.h>

namespace okur::tokenizer {

struct LemmaSource::Memory {
    static constexpr qsizetype kLimit = 200000; ///< words; forgotten all at once past it
    QMutex mutex;
    QHash<QString, QString> lemmas; ///< language + U+001F + word -> lemma
};

void LemmaSource::set(Lemmatizer lemmatizer)
{
    QMutexLocker lock(&m_mutex);
    m_lemmatizer = std::move(lemmatizer);
    m_memory = m_lemmatizer ? std::make_shared<Memory>() : nullptr;
}

Lemmatizer LemmaSource::get() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_lemmatizer) {
        return {};
    }
    return [lemmatizer = m_lemmatizer, memory = m_memory](const QString &word, const QString &language) {
        const QString key = language + QChar(0x1f) + word;
        {
            QMutexLocker remembered(&memory->mutex);
            const auto it = memory->lemmas.constFind(key);
            if (it != memory->lemmas.constEnd()) {
                return *it;
            }
        }
        QString lemma = lemmatizer(word, language);
        QMutexLocker remembered(&memory->mutex);
        if (memory->lemmas.size() >= Memory::kLimit) {
            memory->lemmas.clear();
        }
        memory->lemmas.insert(key, lemma);
        return lemma;
    };
}

bool LemmaSource::warm(const QString &text, const std::atomic_bool *cancelled) const
{
    const Lemmatizer lemmatizer = get();
    if (!lemmatizer) {
        return true;
    }
    // A long document takes seconds to analyse: a cancel is heard within a paragraph.
    for (const QStringView paragraph : QStringTokenizer(text, u'\n')) {
        if (cancelled && cancelled->load()) {
            return false;
        }
        indexTokens(paragraph.toString(), QString(), lemmatizer);
    }
    return true;
}

bool LemmaSource::has() const
{
    QMutexLocker lock(&m_mutex);
    return bool(m_lemmatizer);
}

QString tokenizerArguments(bool lemmas)
{
    return lemmas ? QStringLiteral("okur %1 lemmas %2").arg(kTokenizerVersion).arg(kLemmaVersion)
                  : QStringLiteral("okur %1 plain").arg(kTokenizerVersion);
}

namespace {

// One index table's tokenizer: the tokens its arguments name, and where lemmas come from.
struct Tokenizer {
    bool writable = false; ///< this build makes the tokens the table holds
    bool lemmas = false;
    std::shared_ptr<LemmaSource> source;
};

int create(void *context, const char **args, int count, Fts5Tokenizer **out)
{
    auto *t = new Tokenizer;
    t->source = *static_cast<std::shared_ptr<LemmaSource> *>(context);
    // "okur" alone is a table of an older schema, never written again.
    if (count >= 2) {
        const int version = std::atoi(args[0]);
        t->lemmas = std::strcmp(args[1], "lemmas") == 0;
        const int lemmaVersion = t->lemmas && count >= 3 ? std::atoi(args[2]) : kLemmaVersion;
        t->writable = version == kTokenizerVersion && lemmaVersion == kLemmaVersion;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(t);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *t) { delete reinterpret_cast<Tokenizer *>(t); }

void destroyContext(void *context) { delete static_cast<std::shared_ptr<LemmaSource> *>(context); }

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
    if (t.isEmpty() || t.size() > 255) {
        return SQLITE_OK;
    }
    return xToken(ctx, flags, t.constData(), int(t.size()), start, end);
}

int tokenize(Fts5Tokenizer *tokenizer, void *ctx, int flags, const char *text, int length,
             int (*xToken)(void *, int, const char *, int, int, int))
{
    const auto *self = reinterpret_cast<const Tokenizer *>(tokenizer);
    const QString s = QString::fromUtf8(text, length);
    const QList<int> offsets = byteOffsets(s);
    if (flags & FTS5_TOKENIZE_QUERY) {
        // Query tokens come from toFts5(): "=exact" forms are taken as they are.
        qsizetype i = 0;
        while (i < s.size()) {
            while (i < s.size() && s.at(i).isSpace()) {
                ++i;
            }
            qsizetype j = i;
            while (j < s.size() && !s.at(j).isSpace()) {
                ++j;
            }
            if (j > i) {
                const QString chunk = s.mid(i, j - i);
                int rc = SQLITE_OK;
                if (chunk.startsWith(u'=')) {
                    rc = emit(ctx, 0, chunk, offsets[i], offsets[j], xToken);
                } else {
                    for (const IndexToken &t : indexTokens(chunk, QString(), Lemmatizer())) {
                        rc = emit(ctx, 0, t.folded, offsets[i + t.start], offsets[i + t.start + t.length], xToken);
                        if (rc != SQLITE_OK) {
                            break;
                        }
                    }
                }
                if (rc != SQLITE_OK) {
                    return rc;
                }
            }
            i = j;
        }
        return SQLITE_OK;
    }
    const Lemmatizer lemmatizer = self->lemmas && self->source ? self->source->get() : Lemmatizer();
    // FTS5 forgets a row by tokenizing its text again: a connection that cannot
    // make the tokens the table holds (another version, or no lemmas yet for a
    // table of lemmas) must not write to it, or the index would be damaged.
    if ((flags & FTS5_TOKENIZE_DOCUMENT) && (!self->writable || (self->lemmas && !lemmatizer))) {
        return SQLITE_ERROR;
    }
    // The language is unknown here; the lemmatizer tries the word as it finds it.
    for (const IndexToken &t : indexTokens(s, QString(), lemmatizer)) {
        const int a = offsets[t.start], b = offsets[t.start + t.length];
        // Lemmas and folded forms share one namespace, so a word query is one or
        // two doclists to rank and a phrase can be a phrase of lemmas.
        int rc = emit(ctx, 0, t.lemma.isEmpty() ? t.folded : t.lemma, a, b, xToken);
        if (rc == SQLITE_OK && !t.lemma.isEmpty()) {
            rc = emit(ctx, FTS5_TOKEN_COLOCATED, t.folded, a, b, xToken);
        }
        if (rc == SQLITE_OK) {
            rc = emit(ctx, FTS5_TOKEN_COLOCATED, u'=' + t.exact, a, b, xToken);
        }
        if (rc != SQLITE_OK) {
            return rc;
        }
    }
    return SQLITE_OK;
}

} // namespace

fts5_api *ftsApi(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) {
        return nullptr;
    }
    sqlite3_bind_pointer(stmt, 1, reinterpret_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

bool registerTokenizer(sqlite3 *db, std::shared_ptr<LemmaSource> lemmas)
{
    fts5_api *api = ftsApi(db);
    if (!api) {
        return false;
    }
    static fts5_tokenizer tokenizer = {create, destroy, tokenize};
    auto *context = new std::shared_ptr<LemmaSource>(lemmas ? std::move(lemmas) : std::make_shared<LemmaSource>());
    return api->xCreateTokenizer(api, "okur", context, &tokenizer, destroyContext) == SQLITE_OK;
}

} // namespace okur::tokenizer
