// libFuzzer target: any byte sequence through decoding, furniture removal,
// paragraphs and letter repair. No crash, no hang, no leak.
#include "text/pipeline.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace {
const okur::text::Lexicons &lexicons()
{
    static const okur::text::Lexicons lex = [] {
        QString error;
        return okur::text::loadBundledLexicons(QDir::tempPath() + QStringLiteral("/okur-fuzz-cache"), &error);
    }();
    return lex;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0; // large inputs are the importer's size check, tested elsewhere
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const okur::text::PipelineResult r = okur::text::processBytes(bytes, lexicons());
    for (const auto &b : r.blocks) {
        if (b.text.isEmpty())
            __builtin_trap(); // the pipeline never emits empty blocks
    }
    return 0;
}
