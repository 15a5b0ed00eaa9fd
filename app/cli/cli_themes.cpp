// okur-cli themes / summary: the thematic summaries from the command line.
#include "clicommon.h"
#include "glossary/glossary.h"
#include "tokenizer/tokens.h"
#include "themes/summarizer.h"
#include "themes/summarycache.h"
#include "search/lemmatizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <optional>

namespace okur::cli {

namespace {

// The library's summaries as the app shows them: read from the library's cache when they match its content
// (milliseconds), else computed as the app's worker does (a second or more: the glossary lemmatizes every
// sentence) and cached, so the next command and the app's next start read them. Empty after saying why on `err`.
std::optional<themes::LibrarySummaries> openSummaries(const Options &o, documents::DocumentStore &store, QTextStream &err,
                                                      const QString &doc = QString())
{
    text::Lexicons lex;
    if (!openLibrary(o, store, lex, err)) {
        return std::nullopt;
    }
    if (!doc.isEmpty() && !requireDocument(store, doc, err)) {
        return std::nullopt;
    }
    QString error;
    const QList<themes::Theme> catalogue = themes::bundledCatalogue(&error);
    if (catalogue.isEmpty()) {
        err << "okur-cli: " << error << Qt::endl;
        return std::nullopt;
    }
    themes::LibrarySummaries summaries;
    if (!themes::loadCachedSummaries(store, catalogue, &summaries)) {
        const auto glossary = loadGlossary(err);
        if (!glossary) {
            return std::nullopt;
        }
        summaries = themes::computeSummaries(store, catalogue, search::glossaryLemmatizer(glossary));
        if (!themes::storeCachedSummaries(store, summaries)) {
            err << "okur-cli: the summaries could not be kept for next time: " << store.database().error() << Qt::endl;
        }
    }
    if (!doc.isEmpty() && !summaries.documents.contains(doc)) {
        // A library past kSummaryDocuments summarises only the documents it ranks highest; the one asked for is
        // summarised beside them, as the app's document summary would be.
        const auto glossary = loadGlossary(err);
        if (!glossary) {
            return std::nullopt;
        }
        themes::Summarizer s(catalogue, search::glossaryLemmatizer(glossary));
        s.addDocument(doc, store.blocks(doc));
        summaries.documents.insert(doc, s.documentSummary(doc));
        summaries.timeline.clear(); // the cached one does not cover it
        for (const auto &e : s.timeline()) {
            summaries.timeline << e;
        }
    }
    return summaries;
}

QJsonArray sentencesJson(const QList<themes::Sentence> &sentences)
{
    QJsonArray arr;
    for (const auto &s : sentences) {
        arr.append(QJsonObject{{QStringLiteral("text"), s.text}, {QStringLiteral("document"), s.documentId},
                               {QStringLiteral("block"), s.block}, {QStringLiteral("start"), s.start},
                               {QStringLiteral("section"), s.section}});
    }
    return arr;
}

QString kindName(themes::FactKind k)
{
    switch (k) {
    case themes::FactKind::Event: return QStringLiteral("event");
    case themes::FactKind::Institution: return QStringLiteral("institution");
    case themes::FactKind::Place: return QStringLiteral("place");
    case themes::FactKind::Date: return QStringLiteral("date");
    case themes::FactKind::Name: break;
    }
    return QStringLiteral("name");
}

QJsonObject sentenceJson(const themes::Sentence &s) { return sentencesJson({s}).first().toObject(); }

} // namespace

int runThemes(const Options &o, QTextStream &out, QTextStream &err)
{
    documents::DocumentStore store;
    const auto summaries = openSummaries(o, store, err);
    if (!summaries) {
        return kFailure;
    }
    QJsonArray arr;
    for (const auto &t : summaries->themes) {
        QJsonObject coverage;
        for (auto it = t.coverage.constBegin(); it != t.coverage.constEnd(); ++it) {
            coverage.insert(it.key(), std::round(it.value() * 10000) / 10000);
        }
        arr.append(QJsonObject{{QStringLiteral("id"), t.theme.id},
                               {QStringLiteral("title"), t.theme.titleEn},
                               {QStringLiteral("title_tr"), t.theme.titleTr},
                               {QStringLiteral("coverage"), coverage}});
    }
    if (o.json) {
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    } else {
        for (const auto &v : arr) {
            out << v.toObject().value(QStringLiteral("id")).toString() << '\t' << v.toObject().value(QStringLiteral("title")).toString() << '\n';
        }
    }
    return kOk;
}

int runSummary(const Options &o, QTextStream &out, QTextStream &err)
{
    const QString theme = o.values.value(QStringLiteral("theme"));
    const QString doc = o.values.value(QStringLiteral("doc"));
    if (theme.isEmpty() == doc.isEmpty()) {
        return usageError(err, QStringLiteral("summary"),
                          QStringLiteral("give --theme ID (okur-cli themes lists them) or --doc DOC, one of the two"));
    }
    documents::DocumentStore store;
    const auto summaries = openSummaries(o, store, err, doc);
    if (!summaries) {
        return kFailure;
    }
    QJsonObject result;
    QList<themes::Sentence> sentences;
    if (!theme.isEmpty()) {
        const themes::ThemeSummary *found = summaries->theme(theme);
        if (!found) {
            err << "okur-cli: no theme with id " << theme << Qt::endl;
            return kFailure;
        }
        result.insert(QStringLiteral("theme"), theme);
        sentences = found->sentences;
        QJsonArray facts;
        for (const auto &f : found->facts) {
            facts.append(QJsonObject{{QStringLiteral("text"), f.text}, {QStringLiteral("kind"), kindName(f.kind)},
                                     {QStringLiteral("count"), f.count}, {QStringLiteral("sentence"), sentenceJson(f.sentence)}});
        }
        result.insert(QStringLiteral("facts"), facts);
    } else {
        const themes::DocumentSummary d = summaries->documents.value(doc);
        result.insert(QStringLiteral("document"), doc);
        sentences = d.sentences;
        QJsonArray top;
        for (const auto &[id, c] : d.topThemes) {
            top.append(id);
        }
        result.insert(QStringLiteral("themes"), top);
    }
    result.insert(QStringLiteral("sentences"), sentencesJson(sentences));
    if (o.json) {
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        for (const auto &s : sentences) {
            out << "- " << s.text << "  [" << s.documentId << ", " << s.section << "]\n";
        }
        for (const auto &f : result.value(QStringLiteral("facts")).toArray()) {
            const QJsonObject o = f.toObject();
            out << "  * " << o.value(QStringLiteral("text")).toString() << " (" << o.value(QStringLiteral("kind")).toString()
                << ", " << o.value(QStringLiteral("count")).toInt() << ")\n";
        }
    }
    return kOk;
}

int runTimeline(const Options &o, QTextStream &out, QTextStream &err)
{
    const QString theme = o.values.value(QStringLiteral("theme"));
    const QString doc = o.values.value(QStringLiteral("doc"));
    documents::DocumentStore store;
    const auto summaries = openSummaries(o, store, err, doc);
    if (!summaries) {
        return kFailure;
    }
    if (!theme.isEmpty() && !summaries->theme(theme)) {
        err << "okur-cli: no theme with id " << theme << Qt::endl;
        return kFailure;
    }
    QList<themes::TimelineEvent> events;
    for (const themes::TimelineEvent &e : summaries->timeline) {
        if ((theme.isEmpty() || e.themes.contains(theme)) && (doc.isEmpty() || e.sentence.documentId == doc)) {
            events << e;
        }
    }
    if (o.json) {
        QJsonArray arr;
        for (const auto &e : events) {
            arr.append(QJsonObject{{QStringLiteral("year"), e.year}, {QStringLiteral("month"), e.month},
                                   {QStringLiteral("date"), e.date}, {QStringLiteral("themes"), QJsonArray::fromStringList(e.themes)},
                                   {QStringLiteral("sentence"), sentenceJson(e.sentence)}});
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("events"), arr}}).toJson(QJsonDocument::Indented);
    } else {
        for (const auto &e : events) {
            out << e.year << (e.month ? QStringLiteral("-%1").arg(e.month, 2, 10, QLatin1Char('0')) : QString()) << '\t'
                << e.sentence.text << "  [" << e.sentence.documentId << "]\n";
        }
    }
    return kOk;
}

} // namespace okur::cli
