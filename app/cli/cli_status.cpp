// okur-cli status and stats: the learner's status of a word (by lemma) and
// what the learner knows of the library and of a document, for scripts.
#include "clicommon.h"
#include "glossary/glossary.h"
#include "glossary/wordstatus.h"
#include "library/progress.h"
#include "search/lemmatizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace okur::cli {

namespace {

// The language a word reads better in, when none is given (as the search's lemmatizer decides).
QString guessLanguage(const glossary::Glossary &g, const QString &word)
{
    const QList<glossary::Analysis> tr = g.analyze(word, QStringLiteral("tr"));
    const QList<glossary::Analysis> en = g.analyze(word, QStringLiteral("en"));
    if (tr.isEmpty() && !en.isEmpty()) {
        return QStringLiteral("en");
    }
    if (!tr.isEmpty() && !en.isEmpty() && en.first().score < tr.first().score) {
        return QStringLiteral("en");
    }
    return QStringLiteral("tr");
}

QJsonObject shareJson(const glossary::KnownShare &s)
{
    return QJsonObject{{QStringLiteral("tokens"), s.tokens},           {QStringLiteral("knownTokens"), s.knownTokens},
                       {QStringLiteral("lemmas"), s.lemmas},           {QStringLiteral("knownLemmas"), s.knownLemmas},
                       {QStringLiteral("tokenShare"), s.tokenShare()}, {QStringLiteral("lemmaShare"), s.lemmaShare()}};
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + u'%';
}

} // namespace

int runStatus(const Options &o, QTextStream &out, QTextStream &err)
{
    const QString word = o.positional.mid(1).join(u' ').simplified();
    const QString language = o.values.value(QStringLiteral("lang"));
    const bool setting = o.values.contains(QStringLiteral("set"));
    const int wanted = setting ? glossary::parseStatus(o.values.value(QStringLiteral("set"))) : 0;
    if (word.isEmpty()) {
        return usageError(err, QStringLiteral("status"), QStringLiteral("give a word"));
    }
    if (!language.isEmpty() && language != QLatin1String("tr") && language != QLatin1String("en")) {
        return usageError(err, QStringLiteral("status"), QStringLiteral("--lang is tr or en"));
    }
    if (wanted < 0) {
        err << "okur-cli: --set takes new, learning (or learning2-4), known or ignored" << Qt::endl;
        return kUsage;
    }
    documents::DocumentStore store;
    text::Lexicons lex;
    if (!openLibrary(o, store, lex, err)) {
        return kFailure;
    }
    const auto glossary = loadGlossary(err);
    if (!glossary) {
        return kFailure;
    }
    const QString lang = language.isEmpty() ? guessLanguage(*glossary, word) : language;
    const QList<glossary::Analysis> analyses = glossary->analyze(word, lang);
    const QString lemma = glossary::statusKey(analyses.isEmpty() ? word : analyses.first().lemma, lang);
    glossary::WordStatusStore statuses(store.database());
    if (setting && !statuses.set(lang, lemma, wanted, QDateTime::currentMSecsSinceEpoch())) {
        err << "okur-cli: cannot set the status of " << lemma << ": " << store.database().error() << Qt::endl;
        return kFailure;
    }
    const int status = statuses.status(lang, lemma);
    if (o.json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("word"), word},
                                         {QStringLiteral("lemma"), lemma},
                                         {QStringLiteral("language"), lang},
                                         {QStringLiteral("status"), glossary::statusName(status)}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        out << lemma << '\t' << lang << '\t' << glossary::statusName(status) << '\n';
    }
    return kOk;
}

int runStats(const Options &o, QTextStream &out, QTextStream &err)
{
    const QString docId = o.values.value(QStringLiteral("doc"));
    documents::DocumentStore store;
    text::Lexicons lex;
    if (!openLibrary(o, store, lex, err)) {
        return kFailure;
    }
    if (!docId.isEmpty() && !requireDocument(store, docId, err)) {
        return kFailure;
    }
    glossary::WordStatusStore statuses(store.database());
    QHash<QString, int> counts; // status name -> lemmas
    for (const glossary::LemmaStatus &s : statuses.all()) {
        counts[s.status >= glossary::StatusLearning1 && s.status <= glossary::StatusLearning4
                   ? QStringLiteral("learning")
                   : glossary::statusName(s.status)] += 1;
    }
    const QList<glossary::ReadingDay> days = statuses.readingDays();
    QList<QDate> dates;
    int seconds = 0, words = 0;
    QJsonArray daysJson;
    for (const glossary::ReadingDay &d : days) {
        dates << d.day;
        seconds += d.seconds;
        words += d.words;
        daysJson.append(QJsonObject{{QStringLiteral("day"), d.day.toString(Qt::ISODate)},
                                    {QStringLiteral("seconds"), d.seconds},
                                    {QStringLiteral("words"), d.words},
                                    {QStringLiteral("knownLemmas"), d.knownLemmas}});
    }
    const int streak = glossary::readingStreak(dates, QDate::currentDate());
    QJsonObject result{{QStringLiteral("knownLemmas"), counts.value(QStringLiteral("known"))},
                       {QStringLiteral("learningLemmas"), counts.value(QStringLiteral("learning"))},
                       {QStringLiteral("ignoredLemmas"), counts.value(QStringLiteral("ignored"))},
                       {QStringLiteral("wordsRead"), words},
                       {QStringLiteral("readingSeconds"), seconds},
                       {QStringLiteral("streak"), streak},
                       {QStringLiteral("days"), daysJson}};
    if (!docId.isEmpty()) {
        const auto glossary = loadGlossary(err);
        if (!glossary) {
            return kFailure;
        }
        const documents::DocumentInfo info = store.document(docId).value_or(documents::DocumentInfo());
        const library::DocumentProgress p = library::documentProgress(
            info, store.blocks(docId), search::glossaryLemmatizer(glossary), statuses.statuses(info.language), 20);
        QJsonArray next;
        for (const glossary::LemmaCount &c : p.next) {
            const glossary::LookupResult r = glossary->lookup(c.lemma, info.language);
            const QString gloss = glossary::briefGloss(r);
            next.append(QJsonObject{{QStringLiteral("lemma"), c.lemma},
                                    {QStringLiteral("form"), c.form},
                                    {QStringLiteral("count"), c.count},
                                    {QStringLiteral("status"), glossary::statusName(c.status)},
                                    {QStringLiteral("gloss"), gloss}});
        }
        QJsonObject doc = shareJson(p.share);
        doc.insert(QStringLiteral("id"), docId);
        doc.insert(QStringLiteral("language"), info.language);
        doc.insert(QStringLiteral("next"), next);
        result.insert(QStringLiteral("document"), doc);
    }
    if (o.json) {
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return kOk;
    }
    out << "known lemmas: " << result.value(QStringLiteral("knownLemmas")).toInt() << '\n'
        << "learning: " << result.value(QStringLiteral("learningLemmas")).toInt() << '\n'
        << "words read: " << words << '\n'
        << "reading time: " << seconds / 60 << " min\n"
        << "streak: " << streak << " days\n";
    if (result.contains(QStringLiteral("document"))) {
        const QJsonObject doc = result.value(QStringLiteral("document")).toObject();
        out << docId << ": " << percent(doc.value(QStringLiteral("tokenShare")).toDouble()) << " of words known, "
            << percent(doc.value(QStringLiteral("lemmaShare")).toDouble()) << " of lemmas\n";
        for (const QJsonValue v : doc.value(QStringLiteral("next")).toArray()) {
            const QJsonObject c = v.toObject();
            out << c.value(QStringLiteral("count")).toInt() << '\t' << c.value(QStringLiteral("lemma")).toString()
                << '\t' << c.value(QStringLiteral("gloss")).toString() << '\n';
        }
    }
    return kOk;
}

} // namespace okur::cli
