#include "structured.h"

#include "text/langid.h"

#include <QFileInfo>

namespace okur::formats {

namespace {

bool startsWithCI(QByteArrayView hay, QByteArrayView needle)
{
    return hay.size() >= needle.size() && hay.first(needle.size()).compare(needle, Qt::CaseInsensitive) == 0;
}

} // namespace

Format sniffFormat(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06")) {
        // An EPUB's first entry is an uncompressed "mimetype" file; some
        // tools get the order wrong, so the extension may also vouch for it.
        if (bytes.mid(30, 28) == "mimetypeapplication/epub+zip" ||
            QFileInfo(fileName).suffix().compare(QLatin1String("epub"), Qt::CaseInsensitive) == 0) {
            return Format::Epub;
        }
        return Format::OtherZip;
    }
    // The PDF header may follow some junk bytes (the spec allows 1024).
    if (bytes.left(1024).contains("%PDF-")) {
        return Format::Pdf;
    }
    QByteArrayView head(bytes.constData(), qMin<qsizetype>(bytes.size(), 4096));
    if (head.startsWith("\xEF\xBB\xBF")) {
        head = head.sliced(3);
    }
    while (!head.isEmpty() && QChar::isSpace(uchar(head.front()))) {
        head = head.sliced(1);
    }
    // Saved pages may start with a comment ("<!-- saved from url=... -->").
    while (head.startsWith("<!--")) {
        const qsizetype end = head.indexOf("-->");
        if (end < 0) {
            break;
        }
        head = head.sliced(end + 3);
        while (!head.isEmpty() && QChar::isSpace(uchar(head.front()))) {
            head = head.sliced(1);
        }
    }
    if (startsWithCI(head, "<!doctype html") || startsWithCI(head, "<html") || startsWithCI(head, "<head") ||
        startsWithCI(head, "<meta ") || startsWithCI(head, "<?xml")) {
        return Format::Html;
    }
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool htmlName = suffix == QLatin1String("html") || suffix == QLatin1String("htm")
                          || suffix == QLatin1String("xhtml");
    if (htmlName && head.startsWith('<')) {
        return Format::Html;
    }
    return isMarkdownName(fileName) ? Format::Markdown : Format::Text;
}

bool isMarkdownName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
}

QString primaryLanguage(const QString &tag)
{
    return tag.section(u'-', 0, 0).section(u'_', 0, 0).trimmed().toLower();
}

void fillBlockLanguages(QList<text::TextBlock> &blocks, const QString &documentLanguage)
{
    // A declared language is a hint: pages declare one for the whole page and
    // quote the other language without saying so. Long text is detected, with
    // the declaration as the fallback; Okur reads English and Turkish only.
    auto known = [](const QString &l) { return l == QLatin1String("en") || l == QLatin1String("tr") ? l : QString(); };
    QList<bool> declared(blocks.size());
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        text::TextBlock &b = blocks[i];
        b.language = known(b.language);
        declared[i] = !b.language.isEmpty();
        if (b.text.size() >= 60) {
            b.language = text::detectLanguage(b.text, b.language);
        }
    }
    const QString fallback = known(documentLanguage).isEmpty() ? QStringLiteral("en") : documentLanguage;
    QString next;
    for (qsizetype i = blocks.size() - 1; i >= 0; --i) {
        if (blocks[i].language.isEmpty()) {
            blocks[i].language = text::detectLanguage(blocks[i].text, next.isEmpty() ? fallback : next);
        }
        if (blocks[i].kind != text::BlockKind::Heading || declared[i]) {
            next = blocks[i].language;
        }
    }
}

QString blocksAsMarkdown(const QList<text::TextBlock> &blocks)
{
    QString out;
    for (const auto &b : blocks) {
        if (b.kind == text::BlockKind::Heading) {
            out += QStringLiteral("# ");
        }
        out += b.text;
        out += QStringLiteral("\n\n");
    }
    return out;
}

} // namespace okur::formats
