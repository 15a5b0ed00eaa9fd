// okur-cli vocabulary: saved words and their reviews, for scripts and tests.
#include "clicommon.h"
#include "glossary/ankipackage.h"
#include "glossary/vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace okur::cli {

namespace {

QJsonObject itemJson(const glossary::VocabularyItem &v)
{
    return QJsonObject{{QStringLiteral("id"), v.id},
                       {QStringLiteral("lemma"), v.lemma},
                       {QStringLiteral("language"), v.language},
                       {QStringLiteral("translation"), v.translation},
                       {QStringLiteral("context"), v.context},
                       {QStringLiteral("document"), v.documentId},
                       {QStringLiteral("block"), v.block},
                       {QStringLiteral("added"), v.created.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("due"), v.due.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("interval"), v.state.interval},
                       {QStringLiteral("repetitions"), v.state.repetitions},
                       {QStringLiteral("ease"), v.state.ease}};
}

int add(const Options &o, glossary::VocabularyStore &words, documents::DocumentStore &store, QTextStream &out, QTextStream &err)
{
    glossary::VocabularyItem v;
    v.lemma = o.positional.mid(2).join(u' ').simplified();
    v.language = o.values.value(QStringLiteral("language"), QStringLiteral("tr"));
    v.translation = o.values.value(QStringLiteral("translation"));
    v.context = o.values.value(QStringLiteral("context"));
    v.documentId = o.values.value(QStringLiteral("doc"));
    bool ok = true;
    v.block = o.values.value(QStringLiteral("block"), QStringLiteral("-1")).toInt(&ok);
    const QString command = QStringLiteral("vocabulary");
    if (v.lemma.isEmpty()) {
        return usageError(err, command, QStringLiteral("give the word to add"));
    }
    if (!ok) {
        return usageError(err, command, QStringLiteral("--block takes a block number"));
    }
    if (v.language != QLatin1String("tr") && v.language != QLatin1String("en")) {
        return usageError(err, command, QStringLiteral("--language is tr or en"));
    }
    if (!v.documentId.isEmpty() && !requireDocument(store, v.documentId, err)) {
        return kFailure;
    }
    const qint64 id = words.add(v);
    if (id <= 0) {
        err << "okur-cli: cannot save " << v.lemma << ": " << store.database().error() << Qt::endl;
        return kFailure;
    }
    out << id << '\n';
    return kOk;
}

int review(const Options &o, glossary::VocabularyStore &words, documents::DocumentStore &store, QTextStream &out, QTextStream &err)
{
    bool okId = false, okGrade = false;
    const qint64 id = o.positional.value(2).toLongLong(&okId);
    const int grade = o.values.value(QStringLiteral("grade")).toInt(&okGrade);
    if (o.positional.size() != 3 || !okId || !okGrade || grade < 0 || grade > 5) {
        return usageError(err, QStringLiteral("vocabulary"), QStringLiteral("review takes a saved word's id and --grade 0-5"));
    }
    if (!words.review(id, grade, QDateTime::currentDateTime())) {
        err << "okur-cli: no saved word with id " << id << Qt::endl;
        return kFailure;
    }
    for (const auto &v : words.items()) {
        if (v.id == id) {
            out << "next review " << v.due.toUTC().toString(Qt::ISODate) << " (in " << v.state.interval << " days)\n";
        }
    }
    Q_UNUSED(store);
    return kOk;
}

// A package is binary, so it goes to a file, written whole or not at all.
int exportPackage(const Options &o, const QList<glossary::VocabularyItem> &items, QTextStream &out, QTextStream &err)
{
    const QString path = o.values.value(QStringLiteral("output"));
    QString error;
    const QByteArray bytes = glossary::toAnkiPackage(items, o.values.value(QStringLiteral("deck"), QStringLiteral("Okur")), &error);
    if (bytes.isEmpty()) {
        err << "okur-cli: " << error << Qt::endl;
        return kFailure;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        err << "okur-cli: cannot write " << path << ": " << f.errorString() << Qt::endl;
        return kFailure;
    }
    out << "wrote " << items.size() << " notes to " << path << '\n';
    return kOk;
}

} // namespace

int runVocabulary(const Options &o, QTextStream &out, QTextStream &err)
{
    const QString sub = o.positional.value(1);
    static const QStringList known = {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("export"),
                                      QStringLiteral("review"), QStringLiteral("remove")};
    if (!known.contains(sub)) {
        return usageError(err, QStringLiteral("vocabulary"), QStringLiteral("add, list, review, remove or export?"));
    }
    const QString format = o.values.value(QStringLiteral("format"));
    const bool package = format == QLatin1String("apkg");
    if (sub == QLatin1String("export") && format != QLatin1String("anki") && format != QLatin1String("csv")
        && !(package && !o.values.value(QStringLiteral("output")).isEmpty())) {
        return usageError(err, QStringLiteral("vocabulary"),
                          package ? QStringLiteral("--format apkg writes a file: add --output FILE")
                                  : QStringLiteral("--format is anki, csv or apkg"));
    }
    documents::DocumentStore store;
    text::Lexicons lex;
    if (!openLibrary(o, store, lex, err)) {
        return kFailure;
    }
    glossary::VocabularyStore words(store.database());
    if (sub == QLatin1String("add")) {
        return add(o, words, store, out, err);
    }
    if (sub == QLatin1String("review")) {
        return review(o, words, store, out, err);
    }
    if (sub == QLatin1String("remove")) {
        bool ok = false;
        const qint64 id = o.positional.value(2).toLongLong(&ok);
        bool known = false;
        for (const auto &v : words.items()) {
            known = known || v.id == id;
        }
        if (!ok || !known) {
            err << "okur-cli: no saved word with id " << o.positional.value(2) << Qt::endl;
            return kFailure;
        }
        if (!words.remove(id)) {
            err << "okur-cli: cannot remove " << id << ": " << store.database().error() << Qt::endl;
            return kFailure;
        }
        out << "removed " << id << '\n';
        return kOk;
    }
    const QList<glossary::VocabularyItem> items =
        o.values.contains(QStringLiteral("due")) ? words.due(QDateTime::currentDateTime()) : words.items();
    if (sub == QLatin1String("export") && package) {
        return exportPackage(o, items, out, err);
    }
    if (sub == QLatin1String("export")) {
        out << (format == QLatin1String("anki")
                    ? glossary::toAnkiTsv(items, o.values.value(QStringLiteral("deck"), QStringLiteral("Okur")))
                    : glossary::toCsv(items, o.values.contains(QStringLiteral("bom"))));
        return kOk;
    }
    if (o.json) {
        QJsonArray arr;
        for (const auto &v : items) {
            arr.append(itemJson(v));
        }
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    } else {
        for (const auto &v : items) {
            out << v.id << '\t' << v.lemma << '\t' << v.translation << '\t' << v.due.toUTC().toString(Qt::ISODate) << '\n';
        }
    }
    return kOk;
}

} // namespace okur::cli
