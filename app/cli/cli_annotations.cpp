// okur-cli: highlights, notes and bookmarks from the command line.
#include "annotations/anchoring.h"
#include "annotations/annotationstore.h"
#include "annotations/formats.h"
#include "clicommon.h"
#include "library/exportcontext.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace okur::cli {

namespace {

QStringList blockTexts(documents::DocumentStore &store, const QString &id)
{
    QStringList texts;
    for (const auto &b : store.blocks(id)) {
        texts << b.text;
    }
    return texts;
}

int annotate(const Options &o, QTextStream &out, QTextStream &err)
{
    const QString quote = o.values.value(QStringLiteral("quote"));
    if (o.positional.size() != 2) {
        return usageError(err, QStringLiteral("annotate"), kNeedsDocumentId());
    }
    if (quote.isEmpty()) {
        return usageError(err, QStringLiteral("annotate"), QStringLiteral("--quote takes the text to highlight"));
    }
    const QString color = o.values.value(QStringLiteral("color"), QStringLiteral("yellow"));
    if (!annotations::colors().contains(color)) {
        err << "okur-cli: unknown colour " << color << " (yellow, green, blue, pink or purple)" << Qt::endl;
        return kUsage;
    }
    bool okN = true;
    const int occurrence = o.values.value(QStringLiteral("occurrence"), QStringLiteral("1")).toInt(&okN);
    if (!okN || occurrence < 1) {
        err << "okur-cli: --occurrence takes a number from 1" << Qt::endl;
        return kUsage;
    }
    documents::DocumentStore store;
    text::Lexicons lex;
    const QString doc = o.positional[1];
    if (!openLibrary(o, store, lex, err) || !requireDocument(store, doc, err)) {
        return kFailure;
    }
    const QStringList texts = blockTexts(store, doc);
    int seen = 0;
    for (int b = 0; b < texts.size(); ++b) {
        for (qsizetype at = texts[b].indexOf(quote); at >= 0; at = texts[b].indexOf(quote, at + 1)) {
            if (++seen != occurrence) {
                continue;
            }
            annotations::Annotation a;
            a.documentId = doc;
            a.block = b;
            a.start = int(at);
            a.end = int(at + quote.size());
            a.color = color;
            a.note = o.values.value(QStringLiteral("note"));
            annotations::captureContext(a, texts);
            const auto saved = annotations::AnnotationStore(store.database()).add(a);
            if (!saved) {
                err << "okur-cli: cannot save the highlight: " << store.database().error() << Qt::endl;
                return kFailure;
            }
            out << saved->id << '\n';
            out.flush();
            return kOk;
        }
    }
    err << "okur-cli: \"" << quote << "\" not found in " << doc
        << (seen > 0 ? QStringLiteral(" (it occurs %1 times)").arg(seen) : QString()) << Qt::endl;
    return kFailure;
}

int bookmark(const Options &o, QTextStream &out, QTextStream &err)
{
    bool ok = false;
    const int block = o.values.value(QStringLiteral("block")).toInt(&ok);
    if (o.positional.size() != 2) {
        return usageError(err, QStringLiteral("bookmark"), kNeedsDocumentId());
    }
    if (!ok) {
        return usageError(err, QStringLiteral("bookmark"), QStringLiteral("--block takes a block number"));
    }
    documents::DocumentStore store;
    text::Lexicons lex;
    const QString doc = o.positional[1];
    if (!openLibrary(o, store, lex, err) || !requireDocument(store, doc, err)) {
        return kFailure;
    }
    const QStringList texts = blockTexts(store, doc);
    if (block < 0 || block >= texts.size()) {
        err << "okur-cli: " << doc << " has blocks 0 to " << texts.size() - 1 << Qt::endl;
        return kFailure;
    }
    annotations::Annotation a;
    a.kind = QStringLiteral("bookmark");
    a.documentId = doc;
    a.block = block;
    a.end = annotations::bookmarkEnd(texts[block]);
    annotations::captureContext(a, texts);
    const auto saved = annotations::AnnotationStore(store.database()).add(a);
    if (!saved) {
        err << "okur-cli: cannot save the bookmark: " << store.database().error() << Qt::endl;
        return kFailure;
    }
    out << saved->id << '\n';
    return kOk;
}

int listAnnotations(const Options &o, QTextStream &out, QTextStream &err)
{
    documents::DocumentStore store;
    text::Lexicons lex;
    const QString doc = o.values.value(QStringLiteral("doc"));
    if (!openLibrary(o, store, lex, err) || (!doc.isEmpty() && !requireDocument(store, doc, err))) {
        return kFailure;
    }
    const auto items = annotations::AnnotationStore(store.database()).list(doc);
    if (!o.json) {
        for (const auto &a : items) {
            out << a.id << '\t' << a.documentId << '\t' << a.block << '\t' << a.color << '\t' << a.quote << '\n';
        }
        return kOk;
    }
    QJsonArray arr;
    for (const auto &a : items) {
        arr.append(QJsonObject{{QStringLiteral("id"), a.id},
                               {QStringLiteral("document"), a.documentId},
                               {QStringLiteral("kind"), a.kind},
                               {QStringLiteral("block"), a.block},
                               {QStringLiteral("start"), a.start},
                               {QStringLiteral("end"), a.end},
                               {QStringLiteral("quote"), a.quote},
                               {QStringLiteral("color"), a.color},
                               {QStringLiteral("note"), a.note},
                               {QStringLiteral("created"), QDateTime::fromMSecsSinceEpoch(a.created, Qt::UTC).toString(Qt::ISODateWithMs)},
                               {QStringLiteral("updated"), QDateTime::fromMSecsSinceEpoch(a.updated, Qt::UTC).toString(Qt::ISODateWithMs)},
                               {QStringLiteral("orphaned"), a.orphaned}});
    }
    out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    return kOk;
}

int exportAnnotations(const Options &o, QTextStream &out, QTextStream &err)
{
    const QString format = o.values.value(QStringLiteral("format"));
    if (format != QLatin1String("markdown") && format != QLatin1String("w3c")) {
        return usageError(err, QStringLiteral("export-annotations"), QStringLiteral("--format is markdown or w3c"));
    }
    documents::DocumentStore store;
    text::Lexicons lex;
    const QString doc = o.values.value(QStringLiteral("doc"));
    if (!openLibrary(o, store, lex, err) || (!doc.isEmpty() && !requireDocument(store, doc, err))) {
        return kFailure;
    }
    annotations::AnnotationStore annotations(store.database());
    if (format == QLatin1String("w3c")) {
        out << QString::fromUtf8(annotations::toW3c(annotations.list(doc, true), library::exportContexts(store)));
        return kOk;
    }
    out << annotations::toMarkdown(annotations.list(doc), library::exportContexts(store));
    return kOk;
}

int importAnnotations(const Options &o, QTextStream &out, QTextStream &err)
{
    if (o.positional.size() != 2) {
        return usageError(err, QStringLiteral("import-annotations"), QStringLiteral("give one file of W3C Web Annotation JSON"));
    }
    documents::DocumentStore store;
    text::Lexicons lex;
    if (!openLibrary(o, store, lex, err)) {
        return kFailure;
    }
    annotations::AnnotationStore annotations(store.database());
    const library::AnnotationImport r = library::importW3cFile(store, annotations, o.positional[1]);
    // Each item left out, with why, so a mixed file can be fixed.
    for (const auto &s : r.skipped) {
        err << "okur-cli: skipped " << (s.id.isEmpty() ? QStringLiteral("(no id)") : s.id) << ": " << s.reason << Qt::endl;
    }
    if (!r.ok()) {
        err << "okur-cli: " << r.error << Qt::endl;
        return kFailure;
    }
    out << QStringLiteral("added %1, updated %2, unchanged %3, skipped %4")
               .arg(r.merge.added)
               .arg(r.merge.updated)
               .arg(r.merge.unchanged)
               .arg(r.skipped.size());
    if (r.orphaned > 0) {
        out << QStringLiteral(", orphaned %1").arg(r.orphaned);
    }
    if (r.merge.untrusted > 0) {
        out << QStringLiteral(", dated ahead or undated %1").arg(r.merge.untrusted);
    }
    out << '\n';
    return kOk;
}

int removeAnnotation(const Options &o, QTextStream &out, QTextStream &err)
{
    if (o.positional.size() != 2) {
        return usageError(err, QStringLiteral("remove-annotation"),
                          QStringLiteral("give one annotation id (okur-cli annotations shows them)"));
    }
    documents::DocumentStore store;
    text::Lexicons lex;
    if (!openLibrary(o, store, lex, err)) {
        return kFailure;
    }
    const QString id = o.positional[1];
    annotations::AnnotationStore annotations(store.database());
    const auto a = annotations.get(id);
    if (!a || a->deleted) {
        err << "okur-cli: no annotation with id " << id << Qt::endl;
        return kFailure;
    }
    // A tombstone, as the app leaves, so the deletion travels in exports.
    if (!annotations.remove(id)) {
        err << "okur-cli: cannot remove " << id << ": " << store.database().error() << Qt::endl;
        return kFailure;
    }
    out << "removed " << id << '\n';
    return kOk;
}

// For crash tests: saves COUNT highlights one by one, printing each id once
// it is committed, so a test that kills the process knows what was acknowledged.
int annotateBurst(const Options &o, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out); // each id goes to stdout at once, flushed, not through the buffered stream
    const int count = o.values.value(QStringLiteral("count"), QStringLiteral("1000")).toInt();
    if (o.positional.size() != 2 || count <= 0) {
        return usageError(err, QStringLiteral("annotate-burst"), QStringLiteral("give one document id and --count above 0"));
    }
    documents::DocumentStore store;
    text::Lexicons lex;
    const QString doc = o.positional[1];
    if (!openLibrary(o, store, lex, err) || !requireDocument(store, doc, err)) {
        return kFailure;
    }
    const QStringList texts = blockTexts(store, doc);
    annotations::AnnotationStore annotations(store.database());
    for (int i = 0; i < count; ++i) {
        annotations::Annotation a;
        a.documentId = doc;
        a.block = int(i % texts.size());
        a.start = 0;
        a.end = int(qMin<qsizetype>(texts[a.block].size(), 20));
        a.note = QStringLiteral("burst %1").arg(i);
        annotations::captureContext(a, texts);
        const auto saved = annotations.add(a);
        if (!saved) {
            return kFailure;
        }
        std::printf("%s\n", qPrintable(saved->id));
        std::fflush(stdout);
    }
    return kOk;
}

} // namespace

int runAnnotationCommand(const QString &command, const Options &o, QTextStream &out, QTextStream &err)
{
    if (command == QLatin1String("annotate")) {
        return annotate(o, out, err);
    }
    if (command == QLatin1String("bookmark")) {
        return bookmark(o, out, err);
    }
    if (command == QLatin1String("annotations")) {
        return listAnnotations(o, out, err);
    }
    if (command == QLatin1String("export-annotations")) {
        return exportAnnotations(o, out, err);
    }
    if (command == QLatin1String("import-annotations")) {
        return importAnnotations(o, out, err);
    }
    if (command == QLatin1String("remove-annotation")) {
        return removeAnnotation(o, out, err);
    }
    if (command == QLatin1String("annotate-burst")) {
        return annotateBurst(o, out, err);
    }
    return -1;
}

} // namespace okur::cli
