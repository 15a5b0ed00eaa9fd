#include "epub.h"
#include "tr.h"

#include "epubpackage.h"
#include "html.h"
#include "storage/zip.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace okur::formats {

namespace {

constexpr qint64 kMaxEntries = 20000;

// The archive, with every entry's declared size checked before any is inflated.
class Archive {
    // Its messages under the context lupdate gives them (i18n/okur_tr.ts).
    Q_DECLARE_TR_FUNCTIONS(okur::formats::Archive)
public:
    explicit Archive(const QByteArray &bytes) : m_zip(bytes)
    {
        if (!m_zip.error().isEmpty()) {
            m_error = tr("not a readable zip archive (truncated or damaged): %1").arg(m_zip.error());
            return;
        }
        checkSizes();
    }

    QString error() const { return m_error; }
    bool contains(const QString &path) const { return m_index.contains(path); }

    /// The entry's bytes, or an error; never more than its declared size.
    QByteArray read(const QString &path, QString *error) const
    {
        const auto it = m_index.constFind(path);
        if (it == m_index.cend()) {
            *error = tr("%1 is not in the archive").arg(path);
            return {};
        }
        QString why;
        QByteArray out = m_zip.read(*it, &why);
        if (!why.isEmpty()) {
            *error = tr("%1 cannot be opened: %2").arg(path, why);
            return {};
        }
        return out;
    }

private:
    // Zip bombs are refused by what the central directory declares, before inflating.
    void checkSizes()
    {
        const QList<storage::ZipEntry> &entries = m_zip.entries();
        if (entries.size() > kMaxEntries) {
            m_error = tr("the archive has too many files (%1)").arg(entries.size());
            return;
        }
        qint64 total = 0;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const storage::ZipEntry &e = entries[i];
            total += e.size;
            if (e.size > kMaxEpubEntryBytes || total > kMaxEpubUnpackedBytes) {
                m_error = tr("the archive would unpack to more than %1 MB (refused as a zip bomb)")
                              .arg((e.size > kMaxEpubEntryBytes ? kMaxEpubEntryBytes : kMaxEpubUnpackedBytes) /
                                   (qint64(1024) * 1024));
                return;
            }
            if (e.size > qint64(1024) * 1024 && e.size > e.compressedSize * kMaxEpubCompressionRatio) {
                m_error = tr("%1 is compressed %2 times (refused as a zip bomb)")
                              .arg(QString::fromUtf8(e.name))
                              .arg(e.size / qMax<qint64>(1, e.compressedSize));
                return;
            }
            const QString name = QString::fromUtf8(e.name);
            if (!m_index.contains(name)) { // of two entries of one name, the first is read
                m_index.insert(name, i);
            }
        }
    }

    storage::ZipReader m_zip;
    QString m_error;
    QHash<QString, qsizetype> m_index;
};

bool isXhtml(const QString &mediaType)
{
    return mediaType == QLatin1String("application/xhtml+xml") || mediaType == QLatin1String("text/html");
}

// Ties each contents entry to a block: a heading there is kept; a paragraph
// with the entry's text becomes a heading; else the entry's label is added.
void applyContents(StructuredDocument &doc, const QList<epub::TocEntry> &toc, const QHash<QString, int> &anchors)
{
    QList<ContentsEntry> entries;
    for (const epub::TocEntry &e : toc) {
        const int at = anchors.value(e.target, anchors.value(e.target.section(u'#', 0, 0), -1));
        entries.append({e.label, at});
    }
    // From the end, so an inserted heading does not move the blocks still to visit.
    QList<int> order;
    for (int i = 0; i < entries.size(); ++i) {
        order << i;
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return entries[a].block > entries[b].block; });
    int lastInserted = -1;
    for (int i : order) {
        ContentsEntry &e = entries[i];
        if (e.block < 0 || e.block >= doc.blocks.size()) {
            continue;
        }
        text::TextBlock &b = doc.blocks[e.block];
        if (b.kind == text::BlockKind::Heading || e.block == lastInserted) {
            continue;
        }
        if (b.text.simplified().compare(e.label, Qt::CaseInsensitive) == 0) {
            b.kind = text::BlockKind::Heading;
            continue;
        }
        // An epigraph or a dateline may come before the chapter's own heading.
        bool headingFollows = false;
        for (int k = e.block + 1; k < qMin<int>(e.block + 4, int(doc.blocks.size())); ++k) {
            const text::TextBlock &next = doc.blocks[k];
            if (next.kind == text::BlockKind::Heading &&
                next.text.simplified().compare(e.label, Qt::CaseInsensitive) == 0) {
                headingFollows = true;
            }
        }
        if (headingFollows) {
            continue;
        }
        text::TextBlock h;
        h.kind = text::BlockKind::Heading;
        h.text = e.label;
        h.raw = e.label;
        h.language = b.language;
        doc.blocks.insert(e.block, h);
        lastInserted = e.block;
        for (ContentsEntry &other : entries) {
            if (&other != &e && other.block > e.block) {
                ++other.block;
            }
        }
    }
    doc.contents = entries;
}

// A title page says only what the metadata says; the library shows that already.
bool repeatsMetadata(const QList<text::TextBlock> &blocks, const StructuredDocument &doc)
{
    QStringList known = doc.authors;
    known << doc.title << doc.date;
    for (const auto &b : blocks) {
        if (!known.contains(b.text.simplified(), Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

} // namespace

StructuredDocument readEpub(const QByteArray &bytes)
{
    StructuredDocument doc;
    const Archive zip(bytes);
    if (!zip.error().isEmpty()) {
        doc.error = zip.error();
        return doc;
    }
    QString error;
    if (zip.contains(QStringLiteral("META-INF/encryption.xml"))) {
        const QByteArray enc = zip.read(QStringLiteral("META-INF/encryption.xml"), &error);
        if (!error.isEmpty() || epub::declaresEntities(enc) || epub::encryptsContent(enc)) {
            doc.error = tr("the book is protected by DRM (its text is encrypted) and cannot be read");
            return doc;
        }
    }
    const QByteArray container = zip.read(QStringLiteral("META-INF/container.xml"), &error);
    const QString opfPath = error.isEmpty() ? epub::rootFilePath(container) : QString();
    if (opfPath.isEmpty() || !zip.contains(opfPath)) {
        doc.error = tr("not an EPUB: no package document (OPF) is named in META-INF/container.xml");
        return doc;
    }
    const QByteArray opf = zip.read(opfPath, &error);
    if (!error.isEmpty() || epub::declaresEntities(opf) || epub::declaresEntities(container)) {
        doc.error = error.isEmpty() ? tr("the package document declares XML entities (refused: they can expand without bound)")
                                    : error;
        return doc;
    }
    const epub::Package pkg = epub::parsePackage(opf, opfPath);
    if (!pkg.error.isEmpty()) {
        doc.error = tr("the package document (OPF) is not well-formed XML: %1").arg(pkg.error);
        return doc;
    }
    doc.title = pkg.title;
    doc.authors = pkg.authors;
    doc.language = primaryLanguage(pkg.language);
    doc.date = pkg.date;

    QString navPath;
    for (const auto &item : pkg.manifest) {
        if (item.properties.split(u' ').contains(QLatin1String("nav"))) {
            navPath = item.path;
        }
    }
    QHash<QString, int> anchors;
    for (const QString &id : pkg.spine) {
        const auto it = pkg.manifest.constFind(id);
        if (it == pkg.manifest.cend() || !zip.contains(it->path)) {
            doc.notes << tr("spine item \"%1\" is missing from the book; skipped")
                             .arg(it == pkg.manifest.cend() ? id : it->path);
            continue;
        }
        // The nav document is the contents, not the reading.
        if (it->path == navPath || !isXhtml(it->mediaType)) {
            continue;
        }
        const QByteArray page = zip.read(it->path, &error);
        if (!error.isEmpty()) {
            doc.notes << error;
            error.clear();
            continue;
        }
        HtmlResult chapter = readHtml(page, HtmlMode::BookChapter, doc.language);
        if (!chapter.doc.ok()) {
            doc.error = QStringLiteral("%1: %2").arg(it->path, chapter.doc.error);
            return doc;
        }
        if (repeatsMetadata(chapter.doc.blocks, doc)) {
            continue;
        }
        const int offset = int(doc.blocks.size());
        anchors.insert(it->path, offset);
        for (auto a = chapter.anchors.cbegin(); a != chapter.anchors.cend(); ++a) {
            anchors.insert(it->path + u'#' + a.key(), offset + a.value());
        }
        doc.blocks += chapter.doc.blocks;
    }
    if (doc.blocks.isEmpty()) {
        doc.error = tr("the book has no readable text");
        return doc;
    }

    QList<epub::TocEntry> toc;
    if (!navPath.isEmpty()) {
        const QByteArray nav = zip.read(navPath, &error);
        if (error.isEmpty() && !epub::declaresEntities(nav)) {
            toc = epub::parseNav(nav, navPath);
        }
    }
    const auto ncx = pkg.manifest.constFind(pkg.ncxId);
    if (toc.isEmpty() && ncx != pkg.manifest.cend()) {
        error.clear();
        const QByteArray bytes = zip.read(ncx->path, &error);
        if (error.isEmpty() && !epub::declaresEntities(bytes)) {
            toc = epub::parseNcx(bytes, ncx->path);
        }
    }
    applyContents(doc, toc, anchors);
    fillBlockLanguages(doc.blocks, doc.language);
    return doc;
}

} // namespace okur::formats
