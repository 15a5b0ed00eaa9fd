#include "importer.h"
#include "tr.h"

#include "annotations/annotationstore.h"
#include "formats/epub.h"
#include "formats/html.h"
#include "formats/markdown.h"
#include "formats/pdfmodule.h"
#include "search/searchindex.h"
#include "text/decode.h"
#include "text/pipeline.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace okur::library {

namespace {

// A title for a document that brings none: its first heading, else its first words.
QString inferTitle(const QList<text::TextBlock> &blocks, const QString &fallback)
{
    for (const auto &b : blocks) {
        if (b.kind == text::BlockKind::Heading && b.text.size() <= 120) {
            return b.text;
        }
        break;
    }
    if (!blocks.isEmpty()) {
        const QStringList words = blocks.first().text.split(u' ', Qt::SkipEmptyParts);
        if (words.size() <= 12) {
            return words.join(u' ');
        }
        return words.mid(0, 10).join(u' ') + QStringLiteral("…");
    }
    return fallback;
}

bool isStructuredOrigin(const QString &origin)
{
    if (!origin.startsWith(QLatin1String("import:"))) {
        return false;
    }
    const QString suffix = QFileInfo(origin.mid(7)).suffix().toLower();
    return suffix == QLatin1String("epub") || suffix == QLatin1String("html") || suffix == QLatin1String("htm")
           || suffix == QLatin1String("xhtml");
}

// What a format reader hands to the store: blocks plus what the file says of itself.
struct Read {
    QList<text::TextBlock> blocks;
    QString raw;
    QString title;
    QString author;
    QString date;
    QString source;
    QStringList related;
    QString error;
};

QString majorityLanguage(const QList<text::TextBlock> &blocks)
{
    qsizetype tr = 0, en = 0;
    for (const auto &b : blocks) {
        (b.language == QLatin1String("tr") ? tr : en) += b.text.size();
    }
    return tr > en ? QStringLiteral("tr") : QStringLiteral("en");
}

Read readText(const QByteArray &bytes, const text::Lexicons &lexicons)
{
    Read out;
    const text::PipelineResult r = text::processBytes(bytes, lexicons);
    out.error = r.error;
    out.blocks = r.blocks;
    out.date = r.meta.date;
    out.source = r.meta.source;
    out.related = r.meta.related;
    if (r.ok()) {
        out.raw = text::decodeUtf8(bytes).text;
    }
    return out;
}

// Markdown: decoded as plain text is, its blocks from CommonMark, then the same repairs.
Read readMarkdown(const QByteArray &bytes, const text::Lexicons &lexicons)
{
    Read out;
    const text::PipelineResult r = formats::processMarkdownBytes(bytes, lexicons);
    out.error = r.error;
    out.blocks = r.blocks;
    if (r.ok()) {
        out.raw = text::decodeUtf8(bytes).text;
    }
    return out;
}

bool isMarkdownOrigin(const QString &origin)
{
    return origin.startsWith(QLatin1String("import:")) && formats::isMarkdownName(origin.mid(7));
}

// EPUB and HTML arrive as blocks already; their raw source is kept per block.
Read readStructured(formats::StructuredDocument d, QStringList *notes)
{
    Read out;
    *notes = d.notes;
    out.error = d.error;
    if (!d.ok()) {
        return out;
    }
    // As the text decoder does for plain text: NFC, and no control characters.
    for (auto &b : d.blocks) {
        QString t = b.text.normalized(QString::NormalizationForm_C);
        for (QChar &c : t) {
            if (c.category() == QChar::Other_Control) {
                c = u' ';
            }
        }
        b.text = t.trimmed();
    }
    d.blocks.removeIf([](const text::TextBlock &b) { return b.text.isEmpty(); });
    formats::fillBlockLanguages(d.blocks, d.language);
    qsizetype chars = 0;
    for (const auto &b : d.blocks) {
        chars += b.text.size() + b.raw.size();
    }
    if (d.blocks.isEmpty()) {
        out.error = tr("the file has no readable text");
    } else if (chars > text::kMaxImportBytes) {
        out.error = tr("the file holds too much text (the limit is %1 MB)").arg(text::kMaxImportBytes / (qint64(1024) * 1024));
    }
    out.blocks = d.blocks;
    out.raw = formats::blocksAsMarkdown(d.blocks);
    out.title = d.title;
    out.author = d.authors.join(QStringLiteral(", "));
    out.date = d.date;
    return out;
}

// A PDF's laid-out lines go through the same pipeline as pasted PDF text.
Read readLaidOut(const formats::StructuredDocument &d, const text::Lexicons &lexicons)
{
    Read out;
    out.error = d.error;
    if (!d.ok()) {
        return out;
    }
    out.raw = d.lines.join(u'\n');
    if (out.raw.size() > text::kMaxImportBytes) {
        out.error = tr("the file holds too much text (the limit is %1 MB)").arg(text::kMaxImportBytes / (qint64(1024) * 1024));
        return out;
    }
    const text::PipelineResult r = text::processText(out.raw, lexicons);
    out.error = r.error;
    out.blocks = r.blocks;
    out.title = d.title;
    out.author = d.authors.join(QStringLiteral(", "));
    out.date = r.meta.date.isEmpty() ? d.date : r.meta.date;
    return out;
}

} // namespace

ImportOutcome importFile(documents::DocumentStore &store, const QString &path, const text::Lexicons &lexicons)
{
    ImportOutcome out;
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists()) {
        out.error = tr("%1: no such file").arg(path);
        return out;
    }
    if (info.isDir()) {
        out.error = tr("%1: is a folder, not a text file").arg(path);
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = tr("%1: cannot read: %2").arg(name, file.errorString());
        return out;
    }
    const formats::Format format = formats::sniffFormat(file.peek(4096), name);
    // Containers carry images and fonts besides the text; the text itself
    // is held to the plain-text limit once extracted.
    const bool container = format == formats::Format::Epub || format == formats::Format::Pdf;
    const qint64 limit = container ? kMaxContainerBytes : text::kMaxImportBytes;
    if (info.size() > limit) {
        out.error = tr("%1: the file is too large (%2 MB; the limit is %3 MB)")
                        .arg(name)
                        .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                        .arg(limit / (qint64(1024) * 1024));
        return out;
    }
    const QByteArray bytes = file.read(limit + 1);
    // The same bytes imported again are the document already there (a retry after a kill).
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (const QString found = store.documentWithHash(hash); !found.isEmpty()) {
        out.id = found;
        out.existing = true;
        return out;
    }
    // A name that says EPUB or PDF over bytes that are neither (a renamed file, a broken download): said so, not
    // read as text ("looks binary" had answered a file named .epub). An EPUB named .pdf, or a PDF named .epub, is
    // read by its bytes.
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("epub") && !container) {
        out.error = tr("%1: not an EPUB file, though its name says so (an EPUB is a ZIP archive)").arg(name);
        return out;
    }
    if (suffix == QLatin1String("pdf") && !container) {
        out.error = tr("%1: not a PDF file, though its name says so (it has no PDF header)").arg(name);
        return out;
    }
    Read r;
    switch (format) {
    case formats::Format::Text:
        r = readText(bytes, lexicons);
        break;
    case formats::Format::Markdown:
        r = readMarkdown(bytes, lexicons);
        break;
    case formats::Format::OtherZip:
        r.error = tr("a zip archive that is not an EPUB");
        break;
    case formats::Format::Epub:
        r = readStructured(formats::readEpub(bytes), &out.notes);
        break;
    case formats::Format::Html:
        r = readStructured(formats::readHtml(bytes, formats::HtmlMode::WebPage).doc, &out.notes);
        break;
    case formats::Format::Pdf:
        r = readLaidOut(formats::readPdfThroughModule(bytes), lexicons);
        break;
    }
    for (QString &n : out.notes) {
        n = QStringLiteral("%1: %2").arg(name, n);
    }
    if (!r.error.isEmpty()) {
        out.error = QStringLiteral("%1: %2").arg(name, r.error);
        return out;
    }
    documents::NewDocument doc;
    doc.title = r.title.isEmpty() ? inferTitle(r.blocks, info.completeBaseName()) : r.title;
    doc.language = majorityLanguage(r.blocks);
    doc.date = r.date;
    doc.author = r.author;
    doc.source = r.source;
    doc.related = r.related;
    doc.origin = QStringLiteral("import:") + name;
    doc.raw = r.raw;
    doc.contentHash = hash;
    doc.blocks = r.blocks;
    doc.repairVersion = text::kRepairVersion;
    doc.sortKey = 1000;
    QString error;
    out.id = store.insert(doc, &error, &out.existing);
    if (out.id.isEmpty()) {
        out.error = QStringLiteral("%1: %2").arg(name, error);
    } else if (!out.existing) {
        search::SearchIndex(store).indexDocument(out.id, store.blocks(out.id));
    }
    return out;
}

int syncBundledDocuments(documents::DocumentStore &store, const text::Lexicons &lexicons, QString *error,
                         const TaskControl &control)
{
    QFile catalogue(QStringLiteral(":/okur/seeds/seeds.json"));
    if (!catalogue.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("the bundled library is missing from this build");
        }
        return 0;
    }
    const QJsonArray docs = QJsonDocument::fromJson(catalogue.readAll()).object().value(QStringLiteral("documents")).toArray();
    int changed = 0;
    int order = 0;
    for (const QJsonValue v : docs) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        control.report(order, int(docs.size()));
        ++order;
        if (control.isCancelled()) {
            break;
        }
        if (store.contains(id)) {
            continue; // outdated repairs are handled by reprocessOutdated()
        }
        QFile f(QStringLiteral(":/okur/seeds/") + o.value(QStringLiteral("file")).toString());
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray bytes = f.readAll();
        const text::PipelineResult r = text::processBytes(bytes, lexicons);
        if (!r.ok()) {
            continue;
        }
        documents::NewDocument doc;
        doc.id = id;
        doc.exactId = true;
        doc.title = o.value(QStringLiteral("title")).toString();
        doc.language = o.value(QStringLiteral("language")).toString(r.language);
        doc.date = o.value(QStringLiteral("date")).toString(r.meta.date);
        doc.author = o.value(QStringLiteral("author")).toString();
        doc.source = o.value(QStringLiteral("source")).toString(r.meta.source);
        doc.related = r.meta.related;
        doc.origin = QStringLiteral("seed:") + o.value(QStringLiteral("file")).toString();
        doc.raw = text::decodeUtf8(bytes).text;
        doc.blocks = r.blocks;
        doc.repairVersion = lexicons.complete() ? text::kRepairVersion : 0;
        doc.sortKey = order;
        QString e;
        bool existing = false;
        const QString newId = store.insert(doc, &e, &existing);
        if (newId.isEmpty()) {
            if (error) {
                *error = e;
            }
            continue;
        }
        if (existing) {
            continue;
        }
        search::SearchIndex(store).indexDocument(newId, store.blocks(newId));
        ++changed;
    }
    return changed;
}

bool repairPending(documents::DocumentStore &store)
{
    QFile catalogue(QStringLiteral(":/okur/seeds/seeds.json"));
    if (catalogue.open(QIODevice::ReadOnly)) {
        const QJsonArray docs = QJsonDocument::fromJson(catalogue.readAll()).object().value(QStringLiteral("documents")).toArray();
        for (const auto &v : docs) {
            if (!store.contains(v.toObject().value(QStringLiteral("id")).toString())) {
                return true;
            }
        }
    }
    // As reprocessOutdated() sees them: EPUB and web-page blocks are never repaired again.
    for (const QString &id : store.repairedBefore(text::kRepairVersion)) {
        const auto info = store.document(id);
        if (info && !isStructuredOrigin(info->origin)) {
            return true;
        }
    }
    return false;
}

int reprocessOutdated(documents::DocumentStore &store, const text::Lexicons &lexicons, QString *error,
                      const TaskControl &control)
{
    if (!lexicons.complete()) {
        return 0;
    }
    int changed = 0;
    const QStringList outdated = store.repairedBefore(text::kRepairVersion);
    for (int i = 0; i < outdated.size() && !control.isCancelled(); ++i) {
        control.report(i, int(outdated.size()));
        const QString &id = outdated[i];
        // EPUB and web-page blocks come from their markup, not from the text
        // repair; their raw text (Markdown) would lose each block's source.
        const auto info = store.document(id);
        if (info && isStructuredOrigin(info->origin)) {
            continue;
        }
        const QString raw = store.rawText(id);
        const text::PipelineResult r = info && isMarkdownOrigin(info->origin) ? formats::processMarkdown(raw, lexicons)
                                                                              : text::processText(raw, lexicons);
        if (!r.ok()) {
            continue;
        }
        if (store.replaceBlocks(id, r.blocks, text::kRepairVersion, error)) {
            // Highlights follow their text into the new blocks.
            QStringList texts;
            for (const auto &b : r.blocks) {
                texts << b.text;
            }
            annotations::AnnotationStore(store.database()).reanchor(id, texts);
            search::SearchIndex(store).indexDocument(id, store.blocks(id));
            ++changed;
        }
    }
    return changed;
}

int refreshSearchIndex(documents::DocumentStore &store, const std::atomic_bool *cancelled)
{
    return search::SearchIndex(store).refresh(cancelled);
}

} // namespace okur::library
