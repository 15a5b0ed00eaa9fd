// libFuzzer target: the search query parser, the FTS5 expression it writes
// and the span matcher, on arbitrary text.
#include "search/query.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 16 * 1024)
        return 0;
    const bool exact = data[0] & 1;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const okur::search::Query q = okur::search::parseQuery(text, exact, QStringLiteral("tr"), okur::tokenizer::Lemmatizer());
    const QString fts = okur::search::toFts5(q);
    // Every token is quoted: an odd number of quotes would let text escape into syntax.
    if (fts.count(u'"') % 2 != 0)
        __builtin_trap();
    for (const auto &span : okur::search::findSpans(text, QStringLiteral("tr"), q, okur::tokenizer::Lemmatizer())) {
        if (span.start < 0 || span.start + span.length > text.size())
            __builtin_trap();
    }
    return 0;
}
