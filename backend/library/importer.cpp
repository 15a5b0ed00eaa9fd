#include "importer.h"

#include "annotations/annotationstore.h"
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

QString tr(const char *s) { return QCoreApplication::translate("okur::library", s); }

// A title for a document that brings none: its first heading, else its first words.
QString inferTitle(const QList<text::TextBlock> &blocks, const QString &fallback)
{
    for (const auto &b : blocks) {
        if (b.kind == text::BlockKind::Heading && b.text.size() <= 120)
            return b.text;
        break;
    }
    if (!blocks.isEmpty()) {
        const QStringList words = blocks.first().text.split(u' ', Qt::SkipEmptyParts);
        if (words.size() <= 12)
            return words.join(u' ');
        return words.mid(0, 10).join(u' ') + QStringLiteral("…");
    }
    return fallback;
}

} // namespace

ImportOutcome importFile(DocumentStore &store, const QString &path, const text::Lexicons &lexicons)
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
    if (info.size() > text::kMaxImportBytes) {
        out.error = tr("%1: the file is too large (%2 MB; the limit is %3 MB)")
                        .arg(name)
                        .arg(info.size() / (1024.0 * 1024.0), 0, 'f', 1)
                        .arg(text::kMaxImportBytes / (1024 * 1024));
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = tr("%1: cannot read: %2").arg(name, file.errorString());
        return out;
    }
    const QByteArray bytes = file.read(text::kMaxImportBytes + 1);
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (const QString found = store.documentWithHash(hash); !found.isEmpty()) {
        out.id = found;
        out.existing = true;
        return out;
    }
    const text::PipelineResult r = text::processBytes(bytes, lexicons);
    if (!r.ok()) {
        out.error = QStringLiteral("%1: %2").arg(name, r.error);
        return out;
    }
    NewDocument doc;
    doc.title = inferTitle(r.blocks, info.completeBaseName());
    doc.language = r.language;
    doc.date = r.meta.date;
    doc.source = r.meta.source;
    doc.related = r.meta.related;
    doc.origin = QStringLiteral("import:") + name;
    doc.raw = text::decodeUtf8(bytes).text;
    doc.contentHash = hash;
    doc.blocks = r.blocks;
    doc.repairVersion = text::kRepairVersion;
    doc.sortKey = 1000;
    QString error;
    out.id = store.insert(doc, &error, &out.existing);
    if (out.id.isEmpty())
        out.error = QStringLiteral("%1: %2").arg(name, error);
    else if (!out.existing)
        search::SearchIndex(store).indexDocument(out.id, store.blocks(out.id));
    return out;
}

int syncBundledDocuments(DocumentStore &store, const text::Lexicons &lexicons, QString *error)
{
    QFile catalogue(QStringLiteral(":/okur/seeds/seeds.json"));
    if (!catalogue.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("the bundled library is missing from this build");
        return 0;
    }
    const QJsonArray docs = QJsonDocument::fromJson(catalogue.readAll()).object().value(QStringLiteral("documents")).toArray();
    int changed = 0;
    int order = 0;
    for (const QJsonValue &v : docs) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        ++order;
        if (store.contains(id))
            continue; // outdated repairs are handled by reprocessOutdated()
        QFile f(QStringLiteral(":/okur/seeds/") + o.value(QStringLiteral("file")).toString());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        const text::PipelineResult r = text::processBytes(bytes, lexicons);
        if (!r.ok())
            continue;
        NewDocument doc;
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
            if (error)
                *error = e;
            continue;
        }
        if (existing)
            continue;
        search::SearchIndex(store).indexDocument(newId, store.blocks(newId));
        ++changed;
    }
    return changed;
}

int reprocessOutdated(DocumentStore &store, const text::Lexicons &lexicons, QString *error)
{
    if (!lexicons.complete())
        return 0;
    int changed = 0;
    for (const QString &id : store.repairedBefore(text::kRepairVersion)) {
        const text::PipelineResult r = text::processText(store.rawText(id), lexicons);
        if (!r.ok())
            continue;
        if (store.replaceBlocks(id, r.blocks, text::kRepairVersion, error)) {
            // Highlights follow their text into the new blocks.
            QStringList texts;
            for (const auto &b : r.blocks)
                texts << b.text;
            annotations::AnnotationStore(store.database()).reanchor(id, texts);
            search::SearchIndex(store).indexDocument(id, store.blocks(id));
            ++changed;
        }
    }
    return changed;
}

int refreshSearchIndex(DocumentStore &store, const std::atomic_bool *cancelled)
{
    return search::SearchIndex(store).refresh(cancelled);
}

} // namespace okur::library
