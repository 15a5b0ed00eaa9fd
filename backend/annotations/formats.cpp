#include "formats.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace okur::annotations {

namespace {

const QString kTarget = QStringLiteral("okur:document/");

QString isoTime(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); }
qint64 fromIso(const QString &s) { return QDateTime::fromString(s, Qt::ISODateWithMs).toMSecsSinceEpoch(); }

QString quoteLines(const QString &text)
{
    QString out;
    for (const QString &line : text.split(u'\n'))
        out += QStringLiteral("> ") + line + u'\n';
    return out;
}

} // namespace

QString toMarkdown(const QList<Annotation> &annotations, const QHash<QString, DocumentContext> &documents)
{
    QMap<QString, QList<Annotation>> byDoc;
    for (const Annotation &a : annotations) {
        if (!a.deleted)
            byDoc[a.documentId].append(a);
    }
    QString out = QStringLiteral("# Okur notes\n");
    for (auto it = byDoc.constBegin(); it != byDoc.constEnd(); ++it) {
        const DocumentContext ctx = documents.value(it.key());
        out += QStringLiteral("\n## %1\n").arg(ctx.title.isEmpty() ? it.key() : ctx.title);
        QString heading = QStringLiteral("\u0001");
        for (const Annotation &a : it.value()) {
            const QString h = ctx.headings.value(a.block);
            if (h != heading) {
                heading = h;
                if (!h.isEmpty())
                    out += QStringLiteral("\n### %1\n").arg(h);
            }
            const QString date = QDateTime::fromMSecsSinceEpoch(a.created).toString(QStringLiteral("yyyy-MM-dd"));
            if (a.kind == QLatin1String("bookmark")) {
                out += QStringLiteral("\n- Bookmark (%1): %2\n").arg(date, a.quote.left(80));
                continue;
            }
            out += u'\n' + quoteLines(a.quote);
            if (!a.note.isEmpty())
                out += QStringLiteral("\n%1\n").arg(a.note);
            out += QStringLiteral("\n*%1 · %2%3*\n").arg(a.color, date, a.orphaned ? QStringLiteral(" · orphaned") : QString());
        }
    }
    return out;
}

QByteArray toW3c(const QList<Annotation> &annotations)
{
    QJsonArray items;
    for (const Annotation &a : annotations) {
        QJsonObject target{
            {QStringLiteral("source"), kTarget + a.documentId + QStringLiteral("#block=%1").arg(a.block)},
            {QStringLiteral("selector"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                    {QStringLiteral("exact"), a.quote},
                                    {QStringLiteral("prefix"), a.prefix},
                                    {QStringLiteral("suffix"), a.suffix}},
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                    {QStringLiteral("start"), a.start},
                                    {QStringLiteral("end"), a.end}}}}};
        QJsonObject o{{QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
                      {QStringLiteral("id"), QStringLiteral("urn:uuid:") + a.id},
                      {QStringLiteral("type"), QStringLiteral("Annotation")},
                      {QStringLiteral("motivation"), a.kind == QLatin1String("bookmark") ? QStringLiteral("bookmarking")
                                                                                          : QStringLiteral("highlighting")},
                      {QStringLiteral("created"), isoTime(a.created)},
                      {QStringLiteral("modified"), isoTime(a.updated)},
                      {QStringLiteral("target"), target},
                      {QStringLiteral("okur:color"), a.color},
                      {QStringLiteral("okur:deleted"), a.deleted}};
        if (!a.note.isEmpty()) {
            o.insert(QStringLiteral("motivation"), QStringLiteral("commenting"));
            o.insert(QStringLiteral("body"), QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                                         {QStringLiteral("value"), a.note},
                                                         {QStringLiteral("format"), QStringLiteral("text/plain")}});
        }
        items.append(o);
    }
    const QJsonObject collection{{QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
                                 {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
                                 {QStringLiteral("label"), QStringLiteral("Okur annotations")},
                                 {QStringLiteral("total"), items.size()},
                                 {QStringLiteral("first"), QJsonObject{{QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                                                                       {QStringLiteral("items"), items}}}};
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

QList<Annotation> fromW3c(const QByteArray &json, QString *error, int *skipped)
{
    QList<Annotation> out;
    int bad = 0;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull()) {
        if (error)
            *error = QStringLiteral("not JSON: %1").arg(pe.errorString());
        return out;
    }
    QJsonArray items;
    if (doc.isArray())
        items = doc.array();
    else if (doc.object().value(QStringLiteral("type")) == QStringLiteral("AnnotationCollection"))
        items = doc.object().value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
    else if (doc.object().value(QStringLiteral("type")) == QStringLiteral("Annotation"))
        items = QJsonArray{doc.object()};
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        Annotation a;
        a.id = o.value(QStringLiteral("id")).toString();
        a.id.remove(QStringLiteral("urn:uuid:"));
        const QJsonObject target = o.value(QStringLiteral("target")).toObject();
        const QString source = target.value(QStringLiteral("source")).toString();
        if (a.id.isEmpty() || !source.startsWith(kTarget)) {
            ++bad;
            continue;
        }
        const QString rest = source.mid(kTarget.size());
        a.documentId = rest.section(QStringLiteral("#block="), 0, 0);
        a.block = rest.section(QStringLiteral("#block="), 1).toInt();
        for (const QJsonValue &sv : target.value(QStringLiteral("selector")).toArray()) {
            const QJsonObject sel = sv.toObject();
            if (sel.value(QStringLiteral("type")) == QStringLiteral("TextQuoteSelector")) {
                a.quote = sel.value(QStringLiteral("exact")).toString();
                a.prefix = sel.value(QStringLiteral("prefix")).toString();
                a.suffix = sel.value(QStringLiteral("suffix")).toString();
            } else if (sel.value(QStringLiteral("type")) == QStringLiteral("TextPositionSelector")) {
                a.start = sel.value(QStringLiteral("start")).toInt();
                a.end = sel.value(QStringLiteral("end")).toInt();
            }
        }
        a.kind = o.value(QStringLiteral("motivation")) == QStringLiteral("bookmarking") ? QStringLiteral("bookmark")
                                                                                        : QStringLiteral("highlight");
        a.note = o.value(QStringLiteral("body")).toObject().value(QStringLiteral("value")).toString();
        a.color = o.value(QStringLiteral("okur:color")).toString(colors().first());
        if (!colors().contains(a.color))
            a.color = colors().first();
        a.deleted = o.value(QStringLiteral("okur:deleted")).toBool();
        a.created = fromIso(o.value(QStringLiteral("created")).toString());
        a.updated = fromIso(o.value(QStringLiteral("modified")).toString());
        if (a.created <= 0 || a.updated <= 0 || a.documentId.isEmpty() || a.end < a.start || a.start < 0) {
            ++bad;
            continue;
        }
        out.append(a);
    }
    if (skipped)
        *skipped = bad;
    if (out.isEmpty() && error && error->isEmpty())
        *error = QStringLiteral("no Web Annotations found");
    return out;
}

} // namespace okur::annotations
