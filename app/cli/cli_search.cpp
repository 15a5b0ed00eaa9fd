// okur-cli search: the library's full-text search from the command line.
#include "clicommon.h"
#include "glossary/glossary.h"
#include "library/importer.h"
#include "tokenizer/fts.h"
#include "search/searchindex.h"
#include "search/lemmatizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace okur::cli {

int runSearch(const Options &o, QTextStream &out, QTextStream &err)
{
    if (o.positional.mid(1).join(u' ').trimmed().isEmpty()) {
        return usageError(err, QStringLiteral("search"), QStringLiteral("give the words to search for"));
    }
    documents::DocumentStore store;
    text::Lexicons lex;
    if (!openLibrary(o, store, lex, err)) {
        return kFailure;
    }
    const QString doc = o.values.value(QStringLiteral("doc"));
    if (!doc.isEmpty() && !requireDocument(store, doc, err)) {
        return kFailure;
    }
    // The app's ranking and caps, unless asked for more.
    int limits[2] = {search::kHitsPerSearch, search::kHitsPerDocument};
    const char *names[2] = {"limit", "per-doc"};
    for (int i = 0; i < 2; ++i) {
        const QString v = o.values.value(QLatin1String(names[i]));
        if (v.isNull()) {
            continue;
        }
        bool ok = false;
        limits[i] = v.toInt(&ok);
        if (!ok || limits[i] < 0 || (i == 0 && limits[i] == 0) || limits[i] > search::kMaxHitsPerSearch) {
            err << "okur-cli: --" << names[i] << " takes a number from " << (i == 0 ? 1 : 0) << " to "
                << search::kMaxHitsPerSearch << Qt::endl;
            return kUsage;
        }
    }
    tokenizer::Lemmatizer lemmatizer;
    if (const auto glossary = loadGlossary(err)) {
        lemmatizer = search::glossaryLemmatizer(glossary);
        store.lemmaSource()->set(lemmatizer);
    }
    library::refreshSearchIndex(store);
    const bool exact = o.values.contains(QStringLiteral("exact"));
    const search::Query q = search::parseQuery(o.positional.mid(1).join(u' '), exact, QString(), lemmatizer);
    if (!q.notice.isEmpty()) {
        err << "okur-cli: " << q.notice << Qt::endl;
    }
    const auto hits = search::SearchIndex(store).search(q, doc, limits[0], lemmatizer, limits[1]);
    if (o.json) {
        QJsonArray arr;
        for (const auto &h : hits) {
            arr.append(QJsonObject{{QStringLiteral("document"), h.documentId}, {QStringLiteral("block"), h.block},
                                   {QStringLiteral("start"), h.start},         {QStringLiteral("length"), h.length},
                                   {QStringLiteral("snippet"), h.snippet}});
        }
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    } else {
        for (const auto &h : hits) {
            out << h.documentId << '\t' << h.block << '\t' << h.snippet << '\n';
        }
    }
    return kOk;
}

} // namespace okur::cli
