#include "summarycache.h"

#include "documents/documentstore.h"
#include "search/searchindex.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace okur::themes {

using storage::Statement;

const ThemeSummary *LibrarySummaries::theme(const QString &id) const
{
    for (const ThemeSummary &t : themes) {
        if (t.theme.id == id) {
            return &t;
        }
    }
    return nullptr;
}

QString libraryStamp(documents::DocumentStore &store, const QList<Theme> &catalogue)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(QByteArray::number(kSummarizerVersion));
    h.addData(QByteArray::number(tokenizer::kLemmaVersion)); // summaries are made of lemmas
    for (const Theme &t : catalogue) {
        h.addData((t.id + t.keys.join(u'|')).toUtf8());
    }
    // Constant time at any library size: the store counts every change to a document's text.
    h.addData(store.setting(QStringLiteral("documents_generation")).toUtf8());
    h.addData(QByteArray::number(store.documentCount()));
    return QString::fromLatin1(h.result().toHex());
}

QStringList summaryDocuments(documents::DocumentStore &store, const QList<Theme> &catalogue,
                             const tokenizer::Lemmatizer &lemmatizer)
{
    QStringList out;
    if (store.documentCount() <= kSummaryDocuments) {
        for (const auto &d : store.documents()) {
            out << d.id;
        }
        return out;
    }
    // Each theme brings the documents that say most about it, in turn.
    search::SearchIndex index(store);
    QList<QStringList> perTheme;
    for (const Theme &t : catalogue) {
        QList<search::Query> keys;
        for (const QString &key : t.keys) {
            keys << search::parseQuery(u'"' + key + u'"', false, QString(), lemmatizer);
        }
        perTheme << index.rankDocuments(keys, kSummaryDocuments);
    }
    for (int rank = 0; out.size() < kSummaryDocuments && rank < kSummaryDocuments; ++rank) {
        for (const QStringList &ranked : std::as_const(perTheme)) {
            if (rank < ranked.size() && !out.contains(ranked[rank]) && out.size() < kSummaryDocuments) {
                out << ranked[rank];
            }
        }
    }
    return out;
}

LibrarySummaries computeSummaries(documents::DocumentStore &store, const QList<Theme> &catalogue,
                                  const tokenizer::Lemmatizer &lemmatizer, const std::atomic_bool *cancel)
{
    LibrarySummaries out;
    out.stamp = libraryStamp(store, catalogue);
    Summarizer s(catalogue, lemmatizer);
    s.setCancelFlag(cancel);
    const QStringList docs = summaryDocuments(store, catalogue, lemmatizer);
    for (const QString &id : docs) {
        if (cancel && cancel->load()) {
            break;
        }
        s.addDocument(id, store.blocks(id));
    }
    out.themes = s.themeSummaries();
    for (const QString &id : docs) {
        if (cancel && cancel->load()) {
            break;
        }
        out.documents.insert(id, s.documentSummary(id));
    }
    out.timeline = s.timeline();
    if (cancel && cancel->load()) {
        out.stamp.clear();
    }
    return out;
}

namespace {

QJsonArray sentencesJson(const QList<Sentence> &sentences)
{
    QJsonArray arr;
    for (const Sentence &s : sentences) {
        arr.append(QJsonObject{{QStringLiteral("d"), s.documentId}, {QStringLiteral("b"), s.block},
                               {QStringLiteral("s"), s.start},      {QStringLiteral("n"), s.length},
                               {QStringLiteral("t"), s.text},       {QStringLiteral("l"), s.language},
                               {QStringLiteral("h"), s.section}});
    }
    return arr;
}

Sentence sentenceFrom(const QJsonObject &o)
{
    Sentence s;
    s.documentId = o.value(QStringLiteral("d")).toString();
    s.block = o.value(QStringLiteral("b")).toInt();
    s.start = o.value(QStringLiteral("s")).toInt();
    s.length = o.value(QStringLiteral("n")).toInt();
    s.text = o.value(QStringLiteral("t")).toString();
    s.language = o.value(QStringLiteral("l")).toString();
    s.section = o.value(QStringLiteral("h")).toString();
    return s;
}

QList<Sentence> sentencesFrom(const QJsonArray &arr)
{
    QList<Sentence> out;
    for (const QJsonValue v : arr) {
        out << sentenceFrom(v.toObject());
    }
    return out;
}

QJsonArray factsJson(const QList<KeyFact> &facts)
{
    QJsonArray arr;
    for (const KeyFact &f : facts) {
        arr.append(QJsonObject{{QStringLiteral("x"), f.text}, {QStringLiteral("k"), int(f.kind)},
                               {QStringLiteral("c"), f.count}, {QStringLiteral("s"), sentencesJson({f.sentence}).first()}});
    }
    return arr;
}

QList<KeyFact> factsFrom(const QJsonArray &arr)
{
    QList<KeyFact> out;
    for (const QJsonValue v : arr) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("x")).toString(), FactKind(qBound(0, o.value(QStringLiteral("k")).toInt(), 4)),
                    o.value(QStringLiteral("c")).toInt(), sentenceFrom(o.value(QStringLiteral("s")).toObject())});
    }
    return out;
}

} // namespace

QByteArray toJson(const LibrarySummaries &s)
{
    QJsonArray themes;
    for (const ThemeSummary &t : s.themes) {
        QJsonObject coverage;
        for (auto it = t.coverage.constBegin(); it != t.coverage.constEnd(); ++it) {
            coverage.insert(it.key(), it.value());
        }
        themes.append(QJsonObject{{QStringLiteral("id"), t.theme.id}, {QStringLiteral("coverage"), coverage},
                                  {QStringLiteral("sentences"), sentencesJson(t.sentences)},
                                  {QStringLiteral("facts"), factsJson(t.facts)}});
    }
    QJsonObject docs;
    for (auto it = s.documents.constBegin(); it != s.documents.constEnd(); ++it) {
        QJsonArray top;
        for (const auto &[id, c] : it.value().topThemes) {
            top.append(QJsonArray{id, c});
        }
        docs.insert(it.key(), QJsonObject{{QStringLiteral("sentences"), sentencesJson(it.value().sentences)},
                                          {QStringLiteral("themes"), top}});
    }
    QJsonArray timeline;
    for (const TimelineEvent &e : s.timeline) {
        timeline.append(QJsonObject{{QStringLiteral("y"), e.year}, {QStringLiteral("m"), e.month},
                                    {QStringLiteral("x"), e.date}, {QStringLiteral("t"), QJsonArray::fromStringList(e.themes)},
                                    {QStringLiteral("s"), sentencesJson({e.sentence}).first()}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("stamp"), s.stamp}, {QStringLiteral("themes"), themes},
                                     {QStringLiteral("documents"), docs}, {QStringLiteral("timeline"), timeline}})
        .toJson(QJsonDocument::Compact);
}

LibrarySummaries fromJson(const QByteArray &json, const QList<Theme> &catalogue)
{
    LibrarySummaries out;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    out.stamp = root.value(QStringLiteral("stamp")).toString();
    for (const QJsonValue v : root.value(QStringLiteral("themes")).toArray()) {
        const QJsonObject o = v.toObject();
        ThemeSummary t;
        for (const Theme &c : catalogue) {
            if (c.id == o.value(QStringLiteral("id")).toString()) {
                t.theme = c;
            }
        }
        if (t.theme.id.isEmpty()) {
            continue;
        }
        const QJsonObject coverage = o.value(QStringLiteral("coverage")).toObject();
        for (auto it = coverage.constBegin(); it != coverage.constEnd(); ++it) {
            t.coverage.insert(it.key(), it.value().toDouble());
        }
        t.sentences = sentencesFrom(o.value(QStringLiteral("sentences")).toArray());
        t.facts = factsFrom(o.value(QStringLiteral("facts")).toArray());
        out.themes << t;
    }
    const QJsonObject docs = root.value(QStringLiteral("documents")).toObject();
    for (auto it = docs.constBegin(); it != docs.constEnd(); ++it) {
        DocumentSummary d;
        d.documentId = it.key();
        d.sentences = sentencesFrom(it.value().toObject().value(QStringLiteral("sentences")).toArray());
        for (const QJsonValue t : it.value().toObject().value(QStringLiteral("themes")).toArray()) {
            d.topThemes.append({t.toArray().at(0).toString(), t.toArray().at(1).toDouble()});
        }
        out.documents.insert(d.documentId, d);
    }
    for (const QJsonValue v : root.value(QStringLiteral("timeline")).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList themes;
        for (const QJsonValue t : o.value(QStringLiteral("t")).toArray()) {
            themes << t.toString();
        }
        out.timeline.append({o.value(QStringLiteral("y")).toInt(), o.value(QStringLiteral("m")).toInt(),
                             o.value(QStringLiteral("x")).toString(), themes, sentenceFrom(o.value(QStringLiteral("s")).toObject())});
    }
    return out;
}

bool loadCachedSummaries(documents::DocumentStore &store, const QList<Theme> &catalogue, LibrarySummaries *out)
{
    Statement s = store.database().prepare(QStringLiteral("SELECT stamp, json FROM summary_cache WHERE key = 'library'"));
    if (!s.next() || s.text(0) != libraryStamp(store, catalogue)) {
        return false;
    }
    *out = fromJson(s.text(1).toUtf8(), catalogue);
    return !out->themes.isEmpty();
}

bool storeCachedSummaries(documents::DocumentStore &store, const LibrarySummaries &summaries)
{
    if (summaries.stamp.isEmpty()) { // cancelled: partial
        return false;
    }
    Statement s = store.database().prepare(QStringLiteral(
        "INSERT INTO summary_cache (key, stamp, json) VALUES ('library', ?1, ?2) "
        "ON CONFLICT(key) DO UPDATE SET stamp = excluded.stamp, json = excluded.json"));
    s.bind(1, summaries.stamp).bind(2, QString::fromUtf8(toJson(summaries)));
    return s.exec();
}

} // namespace okur::themes
