// W3C Web Annotation import: every form of the model Okur can place.
#include "anchoring.h"
#include "formats.h"
#include "w3cshared.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace okur::annotations {

namespace {

const QString kOkurDocument = QStringLiteral("okur://document/");
const QString kOldOkurDocument = QStringLiteral("okur:document/"); // what earlier versions wrote

// A JSON-LD value that may be one item or an array of them.
QJsonArray many(const QJsonValue &v)
{
    if (v.isArray()) {
        return v.toArray();
    }
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    return QJsonArray{v};
}

bool hasType(const QJsonObject &o, const QString &type)
{
    for (const QJsonValue t : many(o.value(QStringLiteral("type")))) {
        if (t.toString() == type) {
            return true;
        }
    }
    return false;
}

qint64 fromIso(const QJsonValue &v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

struct Target {
    QString documentId; ///< empty: not an Okur document
    QString source;
    int block = -1;
    bool hasQuote = false;
    bool hasPosition = false;
    QString quote, prefix, suffix;
    int start = 0, end = 0; ///< code points
    QString unsupported;    ///< a selector that cannot be read
};

void readSelector(const QJsonObject &sel, Target &t)
{
    if (hasType(sel, QStringLiteral("TextQuoteSelector"))) {
        t.hasQuote = true;
        t.quote = sel.value(QStringLiteral("exact")).toString();
        t.prefix = sel.value(QStringLiteral("prefix")).toString();
        t.suffix = sel.value(QStringLiteral("suffix")).toString();
    } else if (hasType(sel, QStringLiteral("TextPositionSelector"))) {
        t.hasPosition = true;
        t.start = sel.value(QStringLiteral("start")).toInt(-1);
        t.end = sel.value(QStringLiteral("end")).toInt(-1);
    } else if (hasType(sel, QStringLiteral("RangeSelector"))) {
        // The range runs from the start of its start selector to the start of its end selector.
        Target from, to;
        readSelector(sel.value(QStringLiteral("startSelector")).toObject(), from);
        readSelector(sel.value(QStringLiteral("endSelector")).toObject(), to);
        if (from.hasPosition && to.hasPosition) {
            t.hasPosition = true;
            t.start = from.start;
            t.end = to.start;
        } else {
            t.unsupported = QStringLiteral("a RangeSelector without TextPositionSelectors");
        }
    } else if (!t.hasQuote && !t.hasPosition) {
        const QJsonArray types = many(sel.value(QStringLiteral("type")));
        t.unsupported = QStringLiteral("selector %1").arg(types.isEmpty() ? QStringLiteral("without type") : types.at(0).toString());
    }
}

Target readTarget(const QJsonValue &v)
{
    Target t;
    QJsonObject o = v.isString() ? QJsonObject{{QStringLiteral("source"), v.toString()}} : v.toObject();
    t.source = o.value(QStringLiteral("source")).toString(o.value(QStringLiteral("id")).toString());
    for (const QString &prefix : {kOkurDocument, kOldOkurDocument}) {
        if (!t.source.startsWith(prefix)) {
            continue;
        }
        const QString rest = t.source.mid(prefix.size());
        t.documentId = QUrl::fromPercentEncoding(rest.section(u'#', 0, 0).toUtf8());
        const QString fragment = rest.section(u'#', 1);
        for (const QString &kv : fragment.split(u'&')) {
            if (kv.startsWith(QLatin1String("block="))) {
                t.block = kv.mid(6).toInt();
            }
        }
    }
    for (const QJsonValue sv : many(o.value(QStringLiteral("selector")))) {
        readSelector(sv.toObject(), t);
    }
    return t;
}

QString bodyText(const QJsonObject &o)
{
    QStringList parts;
    if (o.value(QStringLiteral("bodyValue")).isString()) {
        parts << o.value(QStringLiteral("bodyValue")).toString();
    }
    for (const QJsonValue b : many(o.value(QStringLiteral("body")))) {
        if (b.isString()) {
            parts << b.toString(); // a linked body: keep the link
        } else {
            const QJsonObject body = b.toObject();
            if (body.value(QStringLiteral("value")).isString()) {
                parts << body.value(QStringLiteral("value")).toString();
            } else if (body.value(QStringLiteral("id")).isString()) {
                parts << body.value(QStringLiteral("id")).toString();
            }
        }
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral("\n\n"));
}

// Places `a` (positions in code points from `t`) in its document, checking
// position against quote. Returns false when it cannot be kept at all.
bool place(Annotation &a, const Target &t, const QHash<QString, DocumentContext> &documents, QString *why)
{
    const auto fromPlacement = [&](const Placement &p, const QStringList &blocks) {
        a.block = p.block;
        a.start = p.start;
        a.end = p.end;
        a.orphaned = false;
        captureContext(a, blocks);
    };
    if (!t.documentId.isEmpty() && documents.contains(t.documentId)) {
        const QStringList &blocks = documents[t.documentId].blocks;
        a.documentId = t.documentId;
        a.block = t.block;
        const QString block = blocks.value(t.block);
        if (t.block >= 0 && t.block < blocks.size() && t.hasPosition && t.start >= 0 && t.end >= t.start) {
            a.start = w3c::toUtf16(block, t.start);
            a.end = w3c::toUtf16(block, t.end);
            if (a.end <= block.size() && (!t.hasQuote || block.mid(a.start, a.end - a.start) == t.quote)) {
                captureContext(a, blocks);
                return true;
            }
        } else if (t.block >= 0 && t.block < blocks.size() && !t.hasQuote) {
            // A block link without selectors: the whole block (a bookmark: its start).
            a.start = 0;
            a.end = a.kind == QLatin1String("bookmark") ? qMin(60, int(block.size())) : int(block.size());
            captureContext(a, blocks);
            return true;
        }
        a.start = qMax(0, a.start);
        a.end = qMax(a.start, a.end);
        if (t.hasQuote && !t.quote.isEmpty()) {
            const Placement p = reanchor(a, blocks);
            if (p.found) {
                fromPlacement(p, blocks);
                return true;
            }
        }
        a.block = qMax(0, a.block);
        a.orphaned = true;
        return true;
    }
    if (!t.documentId.isEmpty()) {
        // An Okur document this library does not have (yet): kept, unplaced.
        a.documentId = t.documentId;
        a.block = qMax(0, t.block);
        a.start = qMax(0, t.start);
        a.end = qMax(a.start, t.end);
        a.orphaned = true;
        return true;
    }
    // Another tool's target: found by its quote in some document, or left out.
    if (!t.hasQuote || t.quote.isEmpty()) {
        *why = QStringLiteral("target %1 is not an Okur document and has no quote to find").arg(t.source);
        return false;
    }
    for (auto it = documents.constBegin(); it != documents.constEnd(); ++it) {
        Annotation probe = a;
        probe.block = 0;
        const Placement p = reanchor(probe, it->blocks);
        if (p.found && p.method != Placement::Fuzzy) {
            a.documentId = it.key();
            fromPlacement(p, it->blocks);
            return true;
        }
    }
    *why = QStringLiteral("target %1 is not an Okur document and its quote is in none").arg(t.source);
    return false;
}

void readAnnotation(const QJsonObject &o, const QHash<QString, DocumentContext> &documents, W3cImport &r)
{
    const QString iri = o.value(QStringLiteral("id")).toString();
    const auto skip = [&](const QString &reason) { r.skipped.append({iri, reason}); };
    if (!hasType(o, QStringLiteral("Annotation"))) {
        return skip(QStringLiteral("not of type Annotation"));
    }
    if (iri.isEmpty()) {
        return skip(QStringLiteral("no id"));
    }
    const QJsonArray targets = many(o.value(QStringLiteral("target")));
    if (targets.isEmpty()) {
        return skip(QStringLiteral("no target"));
    }
    Annotation a;
    a.id = w3c::idFromIri(iri);
    for (const QJsonValue m : many(o.value(QStringLiteral("motivation")))) {
        if (m.toString() == QLatin1String("bookmarking")) {
            a.kind = QStringLiteral("bookmark");
        }
    }
    a.note = bodyText(o);
    a.color = o.value(QStringLiteral("okur:color")).toString(colors().first());
    if (!colors().contains(a.color)) {
        a.color = colors().first();
    }
    a.deleted = o.value(QStringLiteral("okur:deleted")).toBool(); // how earlier versions sent deletions
    a.created = fromIso(o.value(QStringLiteral("created")));
    a.updated = fromIso(o.value(QStringLiteral("modified")));
    if (a.updated <= 0) {
        a.updated = a.created; // 0 when neither is given: the store treats it as the oldest
    }
    if (a.created <= 0) {
        a.created = a.updated;
    }
    // The first target Okur can place wins (Hypothesis sends the page and its copies).
    QString why;
    for (const QJsonValue tv : targets) {
        const Target t = readTarget(tv);
        if (!t.unsupported.isEmpty() && !t.hasQuote) {
            why = QStringLiteral("%1 is not supported").arg(t.unsupported);
            continue;
        }
        a.quote = t.quote;
        a.prefix = t.prefix;
        a.suffix = t.suffix;
        a.start = t.start;
        a.end = t.end;
        if (t.hasPosition && (t.start < 0 || t.end < t.start) && !t.hasQuote) {
            why = QStringLiteral("position %1–%2 is not a range").arg(t.start).arg(t.end);
            continue;
        }
        if (place(a, t, documents, &why)) {
            r.annotations.append(a);
            return;
        }
    }
    skip(why);
}

} // namespace

W3cImport readW3c(const QByteArray &json, const QHash<QString, DocumentContext> &documents)
{
    W3cImport r;
    if (json.size() > kMaxW3cBytes) {
        r.error = QStringLiteral("too large (%1 MB; the limit is %2 MB)")
                      .arg((json.size() + (1 << 20) - 1) >> 20)
                      .arg(kMaxW3cBytes >> 20);
        return r;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull()) {
        r.error = QStringLiteral("not JSON: %1 at byte %2").arg(pe.errorString()).arg(pe.offset);
        return r;
    }
    QJsonArray items;
    const QJsonObject top = doc.object();
    bool recognised = doc.isArray();
    if (doc.isArray()) {
        items = doc.array();
    } else if (hasType(top, QStringLiteral("AnnotationCollection"))) {
        recognised = true;
        const QJsonValue first = top.value(QStringLiteral("first"));
        if (first.isString()) {
            r.error = QStringLiteral("the collection's pages are links (%1); export it with its pages embedded")
                          .arg(first.toString());
            return r;
        }
        items = first.toObject().value(QStringLiteral("items")).toArray();
    } else if (hasType(top, QStringLiteral("AnnotationPage"))) {
        recognised = true;
        items = top.value(QStringLiteral("items")).toArray();
    } else if (hasType(top, QStringLiteral("Annotation"))) {
        recognised = true;
        items = QJsonArray{top};
    }
    if (!recognised) {
        r.error = QStringLiteral("no Web Annotations found (expected an Annotation, AnnotationPage, "
                                 "AnnotationCollection or an array of Annotations)");
        return r;
    }
    for (const QJsonValue v : items) {
        if (!v.isObject()) {
            r.skipped.append({QString(), QStringLiteral("not a JSON object")});
            continue;
        }
        readAnnotation(v.toObject(), documents, r);
    }
    // Deletions made in Okur travel as tombstones beside the items.
    for (const QJsonValue v : top.value(QStringLiteral("okur:deleted")).toArray()) {
        const QJsonObject o = v.toObject();
        Annotation a;
        a.id = w3c::idFromIri(o.value(QStringLiteral("id")).toString());
        a.updated = fromIso(o.value(QStringLiteral("modified")));
        if (a.id.isEmpty() || a.updated <= 0) {
            r.skipped.append({a.id, QStringLiteral("deletion without id or time")});
            continue;
        }
        a.created = a.updated;
        a.deleted = true;
        r.annotations.append(a);
    }
    return r;
}

QList<Annotation> fromW3c(const QByteArray &json, QString *error, int *skipped)
{
    const W3cImport r = readW3c(json, {});
    if (error) {
        *error = r.error;
    }
    if (skipped) {
        *skipped = int(r.skipped.size());
    }
    if (r.annotations.isEmpty() && error && error->isEmpty() && !r.skipped.isEmpty()) {
        *error = QStringLiteral("no Web Annotations found");
    }
    return r.annotations;
}

} // namespace okur::annotations
