// okur-cli themes / summary: the thematic summaries from the command line.
#include "clicommon.h"
#include "glossary/glossary.h"
#include "tokenizer/tokens.h"
#include "themes/summarizer.h"
#include "search/lemmatizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace okur::cli {

namespace {

std::unique_ptr<themes::Summarizer> buildSummarizer(documents::DocumentStore &store, const text::Lexicons &lex,
                                                    QTextStream &err)
{
    QString error;
    const QList<themes::Theme> catalogue = themes::bundledCatalogue(&error);
    if (catalogue.isEmpty()) {
        err << "okur-cli: " << error << Qt::endl;
        return nullptr;
    }
    const auto glossary = loadGlossary(lex, err);
    if (!glossary) {
        return nullptr;
    }
    auto s = std::make_unique<themes::Summarizer>(catalogue, search::glossaryLemmatizer(glossary));
    for (const auto &d : store.documents()) {
        s->addDocument(d.id, store.blocks(d.id));
    }
    return s;
}

// What every theme command starts with: the library, the document it names (if
// any) and a summarizer over every document; null after saying why on `err`.
std::unique_ptr<themes::Summarizer> openSummarizer(const Options &o, documents::DocumentStore &store, QTextStream &err,
                                                   const QString &doc = QString())
{
    text::Lexicons lex;
    if (!openLibrary(o, store, lex, err)) {
        return nullptr;
    }
    if (!doc.isEmpty() && !requireDocument(store, doc, err)) {
        return nullptr;
    }
    return buildSummarizer(store, lex, err);
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
    auto summarizer = openSummarizer(o, store, err);
    if (!summarizer) {
        return kFailure;
    }
    QJsonArray arr;
    for (const auto &t : summarizer->themeSummaries()) {
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
        err << kUsageText;
        return kUsage;
    }
    documents::DocumentStore store;
    auto summarizer = openSummarizer(o, store, err, doc);
    if (!summarizer) {
        return kFailure;
    }
    QJsonObject result;
    QList<themes::Sentence> sentences;
    if (!theme.isEmpty()) {
        const auto t = summarizer->themeSummary(theme);
        if (t.theme.id.isEmpty()) {
            err << "okur-cli: no theme with id " << theme << Qt::endl;
            return kFailure;
        }
        result.insert(QStringLiteral("theme"), theme);
        sentences = t.sentences;
        QJsonArray facts;
        for (const auto &f : t.facts) {
            facts.append(QJsonObject{{QStringLiteral("text"), f.text}, {QStringLiteral("kind"), kindName(f.kind)},
                                     {QStringLiteral("count"), f.count}, {QStringLiteral("sentence"), sentenceJson(f.sentence)}});
        }
        result.insert(QStringLiteral("facts"), facts);
    } else {
        const auto d = summarizer->documentSummary(doc);
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
    auto summarizer = openSummarizer(o, store, err, doc);
    if (!summarizer) {
        return kFailure;
    }
    if (!theme.isEmpty() && summarizer->themeSummary(theme).theme.id.isEmpty()) {
        err << "okur-cli: no theme with id " << theme << Qt::endl;
        return kFailure;
    }
    const QList<themes::TimelineEvent> events = summarizer->timeline(theme, doc);
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
