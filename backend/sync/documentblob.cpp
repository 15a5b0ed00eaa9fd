#include "documentblob.h"
#include "tr.h"

#include "documents/documentstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace okur::sync {

namespace {

const QString kFormat = QStringLiteral("okur-document-1");

} // namespace

QByteArray documentBlob(documents::DocumentStore &store, const QString &hash)
{
    const QString id = store.documentWithHash(hash);
    const std::optional<documents::DocumentInfo> info = id.isEmpty() ? std::nullopt : store.document(id);
    if (!info) {
        return QByteArray();
    }
    QJsonArray blocks;
    for (const documents::StoredBlock &b : store.blocks(id)) {
        blocks.append(QJsonObject{{QStringLiteral("kind"), text::blockKindName(b.kind)},
                                  {QStringLiteral("language"), b.language},
                                  {QStringLiteral("text"), b.text},
                                  {QStringLiteral("raw"), b.raw}});
    }
    // The processed text travels, not a re-run of the pipeline: the other
    // device shows the same blocks, so annotations anchor on the same text.
    const QJsonObject o{{QStringLiteral("format"), kFormat},
                        {QStringLiteral("hash"), hash},
                        {QStringLiteral("id"), info->id},
                        {QStringLiteral("title"), info->title},
                        {QStringLiteral("language"), info->language},
                        {QStringLiteral("date"), info->date},
                        {QStringLiteral("author"), info->author},
                        {QStringLiteral("source"), info->source},
                        {QStringLiteral("related"), QJsonArray::fromStringList(info->related)},
                        {QStringLiteral("origin"), info->origin},
                        {QStringLiteral("repairVersion"), info->repairVersion},
                        {QStringLiteral("raw"), store.rawText(id)},
                        {QStringLiteral("blocks"), blocks}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool parseDocumentBlob(const QByteArray &bytes, const QString &hash, documents::NewDocument *doc, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &pe);
    const QJsonObject o = json.object();
    if (pe.error != QJsonParseError::NoError || o.value(QStringLiteral("format")).toString() != kFormat) {
        *error = tr("the document %1 on the server is not one Okur can read").arg(hash.left(12));
        return false;
    }
    if (o.value(QStringLiteral("hash")).toString() != hash) {
        *error = tr("the document %1 on the server holds another document").arg(hash.left(12));
        return false;
    }
    const QJsonArray blocks = o.value(QStringLiteral("blocks")).toArray();
    if (blocks.isEmpty() || o.value(QStringLiteral("title")).toString().isEmpty()) {
        *error = tr("the document %1 on the server is empty").arg(hash.left(12));
        return false;
    }
    documents::NewDocument d;
    d.id = o.value(QStringLiteral("id")).toString();
    d.title = o.value(QStringLiteral("title")).toString();
    d.language = o.value(QStringLiteral("language")).toString();
    d.date = o.value(QStringLiteral("date")).toString();
    d.author = o.value(QStringLiteral("author")).toString();
    d.source = o.value(QStringLiteral("source")).toString();
    for (const QJsonValue r : o.value(QStringLiteral("related")).toArray()) {
        d.related.append(r.toString());
    }
    d.origin = o.value(QStringLiteral("origin")).toString();
    d.repairVersion = o.value(QStringLiteral("repairVersion")).toInt();
    d.raw = o.value(QStringLiteral("raw")).toString();
    d.contentHash = hash;
    d.sortKey = 1000; // with the imported documents
    for (const QJsonValue v : blocks) {
        const QJsonObject b = v.toObject();
        text::TextBlock t;
        t.kind = text::blockKindFromName(b.value(QStringLiteral("kind")).toString());
        t.language = b.value(QStringLiteral("language")).toString();
        t.text = b.value(QStringLiteral("text")).toString();
        t.raw = b.value(QStringLiteral("raw")).toString();
        d.blocks.append(t);
    }
    *doc = d;
    return true;
}

} // namespace okur::sync
