#include "englishrank.h"

#include "englishforms.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <tuple>

namespace okur::glossary::english {

namespace {

// The counts a `usageTable` and a `tagTable` value stand for (englishforms.h's countOf).
double usageCount(int value, WordClass cls)
{
    return countOf(usage(value, cls));
}

double taggedCount(int value, FormTag tag)
{
    return countOf(tagged(value, tag));
}

// How often the word itself is tagged in a way that reading stands for: as
// itself (a noun or adjective: "meeting"), as an inflection of a verb (-ing,
// -ed, -s) or as a comparative. A plural -s counts none: a plurale tantum is its own lemma.
double formUsage(const Analysis &a, const QString &word, int formTags)
{
    if (a.lemma.compare(word, Qt::CaseInsensitive) == 0) {
        return taggedCount(formTags, FormTag::Itself);
    }
    const QString tag = a.segments.size() > 1 ? a.segments.last().tag : QString();
    if (tag == QLatin1String("PL/3SG") || tag == QLatin1String("PAST") || tag == QLatin1String("PROG")) {
        return taggedCount(formTags, FormTag::Inflected);
    }
    if (tag == QLatin1String("CMP") || tag == QLatin1String("SUP")) {
        return taggedCount(formTags, FormTag::Graded);
    }
    if (tag == QLatin1String("IRR")) {
        return taggedCount(formTags, FormTag::Inflected) + taggedCount(formTags, FormTag::Graded);
    }
    return 0;
}

// How often a reading is used: the word itself in any class, or half its base's
// uses in the classes its ending inflects (the other half are the base's other
// forms, and an -ing or -ed form's uses as a noun or adjective of its own).
double readingUsage(const Analysis &a, const QString &word, const UsageOf &usageOf)
{
    const int value = usageOf(a.lemma.toLower());
    if (value < 0) {
        return 0;
    }
    const double noun = usageCount(value, WordClass::Noun);
    const double verb = usageCount(value, WordClass::Verb);
    const double adjective = usageCount(value, WordClass::Adjective);
    const double adverb = usageCount(value, WordClass::Adverb);
    if (a.lemma.compare(word, Qt::CaseInsensitive) == 0) {
        return noun + verb + adjective + adverb;
    }
    const QString tag = a.segments.size() > 1 ? a.segments.last().tag : QString();
    constexpr double kShare = 0.5;
    if (tag == QLatin1String("PL/3SG")) {
        return kShare * (noun + verb);
    }
    if (tag == QLatin1String("PL")) {
        return kShare * noun;
    }
    if (tag == QLatin1String("PAST") || tag == QLatin1String("PROG")) {
        return kShare * verb;
    }
    if (tag == QLatin1String("CMP") || tag == QLatin1String("SUP")) {
        return kShare * (adjective + adverb);
    }
    if (tag == QLatin1String("IRR")) {
        return kShare * (noun + verb + adjective + adverb);
    }
    return 0;
}

} // namespace

void rankByUsage(QList<Analysis> *analyses, const QString &word, const UsageOf &usageOf, bool listedWhole, int formTags)
{
    if (analyses->size() < 2) {
        return;
    }
    qsizetype best = 0;
    double bestUsage = 0;
    for (qsizetype i = 0; i < analyses->size(); ++i) {
        // Two corpora, summed: WordNet's counts the lemma's senses, the treebank's the form's own tags.
        const double u = readingUsage(analyses->at(i), word, usageOf) + formUsage(analyses->at(i), word, formTags);
        if (u > bestUsage) {
            best = i;
            bestUsage = u;
        }
    }
    const Analysis &first = analyses->first();
    if (bestUsage == 0 && !listedWhole && first.lemma.compare(word, Qt::CaseInsensitive) == 0 &&
        first.segments.size() == 1) {
        // en_US accepts the word only as some base's inflection: that base, if a reading has it.
        for (qsizetype i = 1; i < analyses->size(); ++i) {
            if (analyses->at(i).segments.size() > 1) {
                best = i;
                break;
            }
        }
    }
    if (best > 0) {
        Analysis a = analyses->takeAt(best);
        a.score = analyses->first().score;
        analyses->prepend(a);
    }
}

QStringList collapsedRepeats(const QString &word)
{
    QStringList out;
    if (word.size() > 64) {
        return out; // as analyzeEnglish: a token this long is no word (a URL), and costs nothing
    }
    for (const int keep : {2, 1}) {
        QString collapsed;
        bool changed = false;
        for (qsizetype i = 0; i < word.size();) {
            qsizetype run = 1;
            while (i + run < word.size() && word.at(i + run) == word.at(i)) {
                ++run;
            }
            const bool cut = run >= 3 && word.at(i).isLetter();
            changed = changed || cut;
            collapsed += QString(cut ? keep : run, word.at(i));
            i += run;
        }
        if (!changed) {
            return {};
        }
        out << collapsed;
    }
    return out;
}

QList<Respelling> americanSpellings(const QString &word)
{
    QList<Respelling> out;
    if (word.size() > 64) {
        return out;
    }
    // The last place first: the ending is where British and American spellings part most.
    static const QRegularExpression ise(QStringLiteral("is(?=[eia])"));
    static const QRegularExpression our(QStringLiteral("(?<=[^aeiou])our"));
    static const QRegularExpression ll(QStringLiteral("(?<=[aeiou])ll(?=(?:ing|ed|ers?)$)"));
    for (const auto &[re, from, to] : {std::tuple{&ise, QStringLiteral("is"), QStringLiteral("iz")},
                                       std::tuple{&our, QStringLiteral("our"), QStringLiteral("or")},
                                       std::tuple{&ll, QStringLiteral("ll"), QStringLiteral("l")}}) {
        for (auto it = re->globalMatch(word); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            // Not at the start: "island", "our" are no -ize or -or words.
            if (m.capturedStart() < 2) {
                continue;
            }
            Respelling r;
            r.at = m.capturedStart();
            r.from = from;
            r.to = to;
            r.american = word.left(r.at) + to + word.mid(r.at + from.size());
            out.prepend(r);
        }
    }
    return out;
}

QString droppedG(const QString &word)
{
    QString w = word;
    if (w.endsWith(u'\'') || w.endsWith(u'’')) {
        w.chop(1);
    }
    // A vowel before -in, as before -ing: "goin", "doin", not "kin".
    return w.size() >= 4 && w.endsWith(QLatin1String("in")) && word.size() <= 64 ? w + u'g' : QString();
}

QStringList adverbBases(const QString &word)
{
    if (word.size() < 5 || !word.endsWith(QLatin1String("ly")) || word.size() > 64) {
        return {};
    }
    const QString stem = word.chopped(2);
    QStringList out{stem}; // recently
    if (stem.endsWith(u'i')) {
        out << stem.chopped(1) + u'y'; // happily
    }
    if (stem.endsWith(QLatin1String("al"))) {
        out << stem.chopped(2); // basically: basic
    }
    out << stem + u'e';            // largely, widely, truly
    out << word.chopped(1) + u'e'; // probably, simply, gently: -le
    out << stem + u'l';            // fully
    out.removeDuplicates();
    return out;
}

QStringList contractionLemmas(const QString &word)
{
    static const QHash<QString, QStringList> lemmas{
        {QStringLiteral("'s"), {QStringLiteral("be"), QStringLiteral("have")}},
        {QStringLiteral("'re"), {QStringLiteral("be")}},
        {QStringLiteral("'m"), {QStringLiteral("be")}},
        {QStringLiteral("'ve"), {QStringLiteral("have")}},
        {QStringLiteral("'ll"), {QStringLiteral("will")}},
        {QStringLiteral("'d"), {QStringLiteral("would"), QStringLiteral("have")}},
        {QStringLiteral("n't"), {QStringLiteral("not")}}};
    QString key = word.toLower();
    key.replace(u'’', u'\'');
    return lemmas.value(key);
}

bool verbContext(const QString &previous, const QString &next)
{
    static const QSet<QString> auxiliaries{QStringLiteral("am"),   QStringLiteral("is"),    QStringLiteral("are"),
                                           QStringLiteral("was"),  QStringLiteral("were"),  QStringLiteral("be"),
                                           QStringLiteral("been"), QStringLiteral("being"), QStringLiteral("has"),
                                           QStringLiteral("have"), QStringLiteral("had"),   QStringLiteral("having")};
    // Not "that" nor "which": a relative clause may follow a noun (the building that stands).
    static const QSet<QString> objects{
        QStringLiteral("a"),     QStringLiteral("an"),     QStringLiteral("the"),       QStringLiteral("its"),
        QStringLiteral("their"), QStringLiteral("his"),    QStringLiteral("her"),       QStringLiteral("our"),
        QStringLiteral("my"),    QStringLiteral("your"),   QStringLiteral("these"),     QStringLiteral("those"),
        QStringLiteral("them"),  QStringLiteral("him"),    QStringLiteral("us"),        QStringLiteral("me"),
        QStringLiteral("it"),    QStringLiteral("itself"), QStringLiteral("themselves")};
    // No clitic: "Baku's building" is a possessive's noun.
    return auxiliaries.contains(previous.toLower()) || objects.contains(next.toLower());
}

bool allCapitals(const QString &word)
{
    int letters = 0;
    for (const QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper()) {
                return false;
            }
            ++letters;
        }
    }
    return letters >= 2;
}

QString calendarName(const QString &word)
{
    // May, June and July are written whole; Mar, Sun and Sat are words too, so only a capital makes them names.
    static const QHash<QString, QString> names{
        {QStringLiteral("jan"), QStringLiteral("January")},    {QStringLiteral("feb"), QStringLiteral("February")},
        {QStringLiteral("mar"), QStringLiteral("March")},      {QStringLiteral("apr"), QStringLiteral("April")},
        {QStringLiteral("jun"), QStringLiteral("June")},       {QStringLiteral("jul"), QStringLiteral("July")},
        {QStringLiteral("aug"), QStringLiteral("August")},     {QStringLiteral("sep"), QStringLiteral("September")},
        {QStringLiteral("sept"), QStringLiteral("September")}, {QStringLiteral("oct"), QStringLiteral("October")},
        {QStringLiteral("nov"), QStringLiteral("November")},   {QStringLiteral("dec"), QStringLiteral("December")},
        {QStringLiteral("mon"), QStringLiteral("Monday")},     {QStringLiteral("tue"), QStringLiteral("Tuesday")},
        {QStringLiteral("tues"), QStringLiteral("Tuesday")},   {QStringLiteral("wed"), QStringLiteral("Wednesday")},
        {QStringLiteral("thu"), QStringLiteral("Thursday")},   {QStringLiteral("thur"), QStringLiteral("Thursday")},
        {QStringLiteral("thurs"), QStringLiteral("Thursday")}, {QStringLiteral("fri"), QStringLiteral("Friday")},
        {QStringLiteral("sat"), QStringLiteral("Saturday")},   {QStringLiteral("sun"), QStringLiteral("Sunday")}};
    if (word.isEmpty() || !word.front().isUpper()) {
        return {};
    }
    const QString key = (word.endsWith(u'.') ? word.chopped(1) : word).toLower();
    return names.value(key);
}

} // namespace okur::glossary::english
