// libFuzzer target: any bytes as an EPUB (zip → container → OPF → XHTML).
// No crash, no hang, no leak; a result is blocks or one error line.
#include "formats/epub.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const okur::formats::StructuredDocument d = okur::formats::readEpub(bytes);
    if (!d.ok() && d.error.contains(u'\n'))
        __builtin_trap(); // refusals are one line
    for (const auto &b : d.blocks) {
        if (b.text.isEmpty())
            __builtin_trap();
    }
    return 0;
}
