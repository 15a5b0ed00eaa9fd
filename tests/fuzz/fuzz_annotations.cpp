// libFuzzer target: Web Annotation JSON import (placed against documents,
// emoji included), then export of what was read, then Markdown.
#include "annotations/formats.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    static const QHash<QString, okur::annotations::DocumentContext> documents = [] {
        okur::annotations::DocumentContext c;
        c.title = QStringLiteral("# Belge *1*");
        c.blocks = {QStringLiteral("Başlık"), QStringLiteral("😀😀 abc def yumuşak güç."), QStringLiteral("kamu diplomasisi")};
        c.headings = {QString(), QStringLiteral("Başlık"), QStringLiteral("Başlık")};
        return QHash<QString, okur::annotations::DocumentContext>{{QStringLiteral("doc"), c}};
    }();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto first = okur::annotations::readW3c(input, documents);
    const QByteArray again = okur::annotations::toW3c(first.annotations, documents);
    if (okur::annotations::readW3c(again, documents).annotations.size() != first.annotations.size())
        __builtin_trap(); // what Okur writes, Okur reads back whole
    okur::annotations::toMarkdown(first.annotations, documents);
    QString error;
    okur::annotations::fromW3c(input, &error);
    return 0;
}
