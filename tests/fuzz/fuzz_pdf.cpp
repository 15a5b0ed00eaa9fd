// libFuzzer target: any bytes as a PDF (xref check, poppler's text layer,
// Okur's layout into lines). No crash, no hang, no leak of Okur's own.
#include "formats/pdf.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const okur::formats::StructuredDocument d = okur::formats::readPdf(bytes);
    if (!d.ok() && d.error.contains(u'\n'))
        __builtin_trap();
    return 0;
}
