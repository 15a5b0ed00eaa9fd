// libFuzzer target: any bytes as a saved web page and as an EPUB chapter.
// No crash, no hang, no leak, no empty block.
#include "formats/html.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const auto mode : {okur::formats::HtmlMode::WebPage, okur::formats::HtmlMode::BookChapter}) {
        const okur::formats::HtmlResult r = okur::formats::readHtml(bytes, mode);
        for (const auto &b : r.doc.blocks) {
            if (b.text.trimmed().isEmpty())
                __builtin_trap();
        }
        for (const int i : r.anchors) {
            if (i < 0 || (i >= r.doc.blocks.size() && !r.doc.blocks.isEmpty()))
                __builtin_trap(); // an anchor points at a block
        }
    }
    return 0;
}
