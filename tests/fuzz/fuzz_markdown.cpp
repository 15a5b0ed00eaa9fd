// libFuzzer target: any bytes as Markdown (libcmark and the walk over its
// tree). No crash, no hang, no leak, no empty block, each block's source
// lines a part of the input.
#include "formats/markdown.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString input = QString::fromUtf8(bytes);
    for (const auto &b : okur::formats::markdownBlocks(bytes)) {
        if (b.text.trimmed().isEmpty())
            __builtin_trap();
        if (b.raw.size() > input.size())
            __builtin_trap(); // raw is whole source lines, never more than the input
    }
    return 0;
}
