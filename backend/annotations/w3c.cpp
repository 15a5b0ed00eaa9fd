// W3C Web Annotation export (https://www.w3.org/TR/annotation-model/).
#include "formats.h"
#include "w3cshared.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <limits>

namespace okur::annotations {

namespace w3c {

int toCodePoints(const QString &text, int utf16)
{
    int n = 0;
    for (int i = 0; i < utf16 && i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())) {
            ++n;
        }
    }
    return n + qMax(0, utf16 - int(text.size()));
}

int toUtf16(const QString &text, int codePoints)
{
    int i = 0;
    for (int n = 0; n < codePoints; ++n) {
        if (i >= text.size()) {
            return int(qMin<qint64>(qint64(i) + (codePoints - n), std::numeric_limits<int>::max()));
        }
        i += (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) ? 2 : 1;
    }
    return i;
}

QString annotationIri(const QString &id)
{
    if (!QUuid::fromString(id).isNull()) {
        return QStringLiteral("urn:uuid:") + id;
    }
    if (id.contains(u':')) {
        return id; // already an IRI (an annotation another tool made)
    }
    return QStringLiteral("urn:okur:annotation:") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString idFromIri(const QString &iri)
{
    static const QString uuid = QStringLiteral("urn:uuid:");
    static const QString okur = QStringLiteral("urn:okur:annotation:");
    if (iri.startsWith(uuid, Qt::CaseInsensitive) && !QUuid::fromString(iri.mid(uuid.size())).isNull()) {
        return iri.mid(uuid.size()).toLower();
    }
    if (iri.startsWith(okur)) {
        return QUrl::fromPercentEncoding(iri.mid(okur.size()).toUtf8());
    }
    return iri;
}

QString isoTime(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); }

} // namespace w3c

namespace {

QJsonObject annotationJson(const Annotation &a, const QHash<QString, DocumentContext> &documents)
{
    // Positions count code points in the model; the reader counts UTF-16 units.
    const QString block = documents.value(a.documentId).blocks.value(a.block);
    const int start = block.isNull() ? a.start : w3c::toCodePoints(block, a.start);
    const int end = block.isNull() ? a.end : w3c::toCodePoints(block, a.end);
    QJsonArray selectors{QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                     {QStringLiteral("exact"), a.quote},
                                     {QStringLiteral("prefix"), a.prefix},
                                     {QStringLiteral("suffix"), a.suffix}},
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                     {QStringLiteral("start"), start},
                                     {QStringLiteral("end"), end}}};
    const QJsonObject target{{QStringLiteral("source"), passageLink(a.documentId, a.block)},
                             {QStringLiteral("selector"), selectors}};
    const bool bookmark = a.kind == QLatin1String("bookmark");
    QJsonObject o{{QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
                  {QStringLiteral("id"), w3c::annotationIri(a.id)},
                  {QStringLiteral("type"), QStringLiteral("Annotation")},
                  {QStringLiteral("motivation"), bookmark ? QStringLiteral("bookmarking") : QStringLiteral("highlighting")},
                  {QStringLiteral("created"), w3c::isoTime(a.created)},
                  {QStringLiteral("modified"), w3c::isoTime(a.updated)},
                  {QStringLiteral("target"), target},
                  {QStringLiteral("okur:color"), a.color}};
    if (a.orphaned) {
        o.insert(QStringLiteral("okur:orphaned"), true);
    }
    if (!a.note.isEmpty()) {
        if (!bookmark) {
            o.insert(QStringLiteral("motivation"), QStringLiteral("commenting"));
        }
        o.insert(QStringLiteral("body"), QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                                     {QStringLiteral("value"), a.note},
                                                     {QStringLiteral("format"), QStringLiteral("text/plain")}});
    }
    return o;
}

} // namespace

QByteArray toW3c(const QList<Annotation> &annotations, const QHash<QString, DocumentContext> &documents)
{
    QJsonArray items, deleted;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const Annotation &a : annotations) {
        hash.addData(a.id.toUtf8() + ' ' + QByteArray::number(a.updated) + '\n');
        if (a.deleted) {
            deleted.append(QJsonObject{{QStringLiteral("id"), w3c::annotationIri(a.id)},
                                       {QStringLiteral("modified"), w3c::isoTime(a.updated)}});
        } else {
            items.append(annotationJson(a, documents));
        }
    }
    // The same annotations always make the same collection id.
    const QByteArray digest = hash.result();
    const QUuid ns = QUuid::fromString(QStringLiteral("5c3f2d1e-7a5b-4c8e-9f60-0d1a2b3c4d5e"));
    const QString collectionId = QStringLiteral("urn:uuid:")
        + QUuid::createUuidV5(ns, digest).toString(QUuid::WithoutBraces);
    const QString pageId = QStringLiteral("urn:uuid:")
        + QUuid::createUuidV5(ns, digest + "page1").toString(QUuid::WithoutBraces);
    QJsonObject collection{{QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
                           {QStringLiteral("id"), collectionId},
                           {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
                           {QStringLiteral("label"), QStringLiteral("Okur annotations")},
                           {QStringLiteral("total"), items.size()}};
    // A page must hold at least one annotation; an empty collection has none.
    if (!items.isEmpty()) {
        collection.insert(QStringLiteral("first"), QJsonObject{{QStringLiteral("id"), pageId},
                                                               {QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                                                               {QStringLiteral("startIndex"), 0},
                                                               {QStringLiteral("items"), items}});
        collection.insert(QStringLiteral("last"), pageId);
    }
    if (!deleted.isEmpty()) {
        collection.insert(QStringLiteral("okur:deleted"), deleted);
    }
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

} // namespace okur::annotations
