#include "pdf.h"
#include "tr.h"

#include "pdflayout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <poppler-qt6.h>

namespace okur::formats {

namespace {

// Producers put file names and placeholders in the Title field.
bool isUsableTitle(const QString &t)
{
    static const QRegularExpression junk(QStringLiteral("(\\.(docx?|pdf|tex|dvi|ps|odt|rtf|indd)$)|^untitled|^microsoft word"),
                                         QRegularExpression::CaseInsensitiveOption);
    return t.size() >= 2 && t.size() <= 200 && !junk.match(t).hasMatch();
}

void quietPoppler(const QString &, const QVariant &) { }

} // namespace

bool pdfXrefLooksIntact(const QByteArray &bytes)
{
    const qsizetype at = bytes.lastIndexOf("startxref");
    if (at < 0 || at < bytes.size() - 4096) {
        return false;
    }
    qsizetype i = at + 9;
    while (i < bytes.size() && QChar::isSpace(uchar(bytes[i]))) {
        ++i;
    }
    qint64 offset = 0;
    qsizetype digits = 0;
    while (i < bytes.size() && digits < 12 && bytes[i] >= '0' && bytes[i] <= '9') {
        offset = offset * 10 + (bytes[i] - '0');
        ++i;
        ++digits;
    }
    if (digits == 0 || offset >= bytes.size()) {
        return false;
    }
    qsizetype p = qsizetype(offset);
    while (p < bytes.size() && QChar::isSpace(uchar(bytes[p]))) {
        ++p;
    }
    // A classic table, or an xref stream: "N G obj".
    const QByteArray head = bytes.mid(p, 32);
    static const QRegularExpression stream(QStringLiteral("^\\d+\\s+\\d+\\s+obj"));
    return head.startsWith("xref") || stream.match(QString::fromLatin1(head)).hasMatch();
}

StructuredDocument readPdf(const QByteArray &bytes)
{
    StructuredDocument doc;
    if (!pdfXrefLooksIntact(bytes)) {
        doc.error = tr("the PDF is damaged (its cross-reference table is broken or missing)");
        return doc;
    }
    // Poppler's own complaints would reach the terminal; the refusal says it in one line.
    Poppler::setDebugErrorFunction(quietPoppler, QVariant());
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf) {
        doc.error = tr("the PDF cannot be read (damaged or not a PDF)");
        return doc;
    }
    if (pdf->isLocked()) {
        doc.error = tr("the PDF is encrypted and needs a password");
        return doc;
    }
    const int pageCount = pdf->numPages();
    if (pageCount <= 0) {
        doc.error = tr("the PDF has no pages");
        return doc;
    }
    if (pageCount > kMaxPdfPages) {
        doc.error = tr("the PDF has too many pages (%1; the limit is %2)").arg(pageCount).arg(kMaxPdfPages);
        return doc;
    }
    QList<PdfPage> pages;
    qsizetype words = 0;
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (!page) {
            continue;
        }
        PdfPage p;
        p.size = page->pageSizeF();
        for (const auto &box : page->textList()) {
            if (box) {
                // Accents drawn as separate glyphs come out decomposed.
                p.words.append({box->text().normalized(QString::NormalizationForm_C), box->boundingBox(), box->hasSpaceAfter()});
            }
        }
        words += p.words.size();
        pages << p;
    }
    if (words == 0) {
        doc.error = tr("the PDF has no text layer (scanned?)");
        return doc;
    }
    doc.lines = layoutPdfPages(pages);
    const QString title = pdf->info(QStringLiteral("Title")).simplified();
    if (isUsableTitle(title)) {
        doc.title = title;
    }
    const QString author = pdf->info(QStringLiteral("Author")).simplified();
    if (!author.isEmpty() && author.size() < 200) {
        doc.authors << author;
    }
    const QDateTime created = pdf->creationDate();
    if (created.isValid()) {
        doc.date = created.date().toString(Qt::ISODate);
    }
    return doc;
}

} // namespace okur::formats
