// libFuzzer target: Web Annotation JSON import, then export of what was read.
#include "annotations/formats.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    int skipped = 0;
    const auto annotations = okur::annotations::fromW3c(input, &error, &skipped);
    const QByteArray again = okur::annotations::toW3c(annotations);
    if (okur::annotations::fromW3c(again, &error).size() != annotations.size())
        __builtin_trap(); // what Okur writes, Okur reads back whole
    okur::annotations::toMarkdown(annotations, {});
    return 0;
}
