// The glossary's English readings: inflections and irregular forms ranked by use, then what a tokenizer or a
// writer makes of a word (a dropped g, letters repeated for feeling, capitals, British spelling, a clitic, a month's
// abbreviation, a plural's possessive, an acronym's plural, a hyphenated word's last part) and a slip of the keys.
#include "glossary.h"

#include "englishforms.h"
#include "englishrank.h"
#include "englishspelling.h"
#include "text/casing.h"

#include <QScopeGuard>
#include <QSet>
#include <algorithm>
#include <tuple>

namespace okur::glossary {

QList<Analysis> Glossary::analyzeEnglishWord(const QString &word, const QString &lower, const LemmaCheck &known) const
{
    const QString language = QStringLiteral("en");
    QList<Analysis> out;
    loadWordLists();
    QString w = lower;
    w.replace(u'’', u'\'');
    const AffixFlags affixes = [this](const QString &base) {
        return english::flagLetters(m_enForms.value(base.toUtf8()));
    };
    out = analyzeEnglish(w, known, &m_irregular, affixes);
    const bool listedWhole = !english::flagLetters(m_enForms.value(w.toUtf8())).isNull() ||
                             m_enUsage.value(w.toUtf8()) >= 0 || m_dictionary->contains(w, language);
    const QString title = word.left(1) + lower.mid(1);
    const QString capitalised = word.left(1).toUpper() + lower.mid(1);
    const bool capitalisedListed = !english::flagLetters(m_enForms.value(capitalised.toUtf8())).isNull();
    if (out.isEmpty() && word == capitalised && word != w && !listedWhole && m_enNames.value(word.toUtf8()) < 0) {
        // A name's plural (Iraqis, Pakistanis): en_US spells the singular with its capital and its flags
        // (Iraqi/MS), so the lower case has no reading. Not a name WordNet lists as written (Hamas, Laos, Adams:
        // not the plurals of Hama, Lao, Adam).
        for (const Analysis &a : analyzeEnglish(word, known, &m_irregular, affixes)) {
            if (a.segments.size() > 1) {
                out.append(a);
            }
        }
    }
    if (out.isEmpty() && word == w && capitalisedListed && m_enForms.value(w.toUtf8()) < 0) {
        // A name written in lower case, as mail and chat do (allen, wendy, lourdes): en_US knows it only with
        // its capital. The name, before any slip of the keys (alien, windy) or dropped g (darin, daring).
        out.append({capitalised,
                    capitalised,
                    {{word, QString(), QString::fromLatin1(labels::kProperNoun)}},
                    kUnknownScore - 2});
    }
    english::rankByUsage(
        &out, w, [this](const QString &l) { return m_enUsage.value(l.toUtf8()); }, listedWhole,
        m_enTags.value(w.toUtf8()));
    const QString whole = english::droppedG(out.isEmpty() ? w : QString());
    for (const Analysis &a : whole.isEmpty() ? QList<Analysis>() : analyze(whole, language)) {
        if (a.segments.size() > 1 && a.segments.last().tag == QLatin1String("PROG")) {
            // "goin" is going, its verb's: speech drops the g of a verb's -ing. The word
            // itself follows, as an unknown word's reading (lovin the noun, a name).
            const QString self = word.front().isUpper() ? word : w;
            out = {a, {self, self, {{self, QString(), QString::fromLatin1(labels::kUnknownWord)}}, kUnknownScore}};
            break;
        }
    }
    for (const QString &shorter : english::collapsedRepeats(out.isEmpty() ? w : QString())) {
        out = analyze(shorter, language); // "sooooo" is so, said with feeling
        if (!out.isEmpty() && out.first().score < kUnknownScore - 1) {
            break;
        }
        out.clear();
    }
    // A capitalised word that the English word list spells with its
    // capital (James, Warner) and that is no common word is a name, its
    // own lemma: not jam + -s, warn + -er. A word in capitals (a heading's
    // IN, AZERBAIJAN'S) is the word its lower or title case is; only when
    // neither is known (DUI, CES: not ce + -s) is it an acronym, its own lemma.
    const bool listedAsWritten = !english::flagLetters(m_enForms.value(word.toUtf8())).isNull();
    const bool capitals = english::allCapitals(word);
    const bool lowerKnown = m_enForms.value(w.toUtf8()) >= 0 || knownRank(lower, language) > 0 ||
                            std::any_of(out.cbegin(), out.cend(), [&](const Analysis &a) { return a.lemma == w; });
    if (capitals && !lowerKnown && m_enForms.value(title.toUtf8()) >= 0) {
        return analyze(title, language); // AZERBAIJAN'S is Azerbaijan's
    }
    // Not the plural of one the word list knows (PCS are PCs, ATMS are ATMs).
    const bool acronymPlural = word.endsWith(u'S') && (m_enForms.value((word.chopped(1) + u's').toUtf8()) >= 0 ||
                                                       m_enForms.value(word.chopped(1).toUtf8()) >= 0);
    const bool acronym =
        !out.isEmpty() && capitals && !acronymPlural && !lowerKnown && english::collapsedRepeats(w).isEmpty();
    if (acronym || (!word.isEmpty() && word.front().isUpper() && word.size() > 1 && !word.at(1).isUpper() &&
                    listedAsWritten && knownRank(lower, language) == 0)) {
        Analysis a;
        a.lemma = word;
        a.root = word;
        a.segments.append({word, QString(), QString::fromLatin1(labels::kProperNoun)});
        a.score = -100;
        out.prepend(a);
    }
    for (const english::Respelling &r : english::americanSpellings(out.isEmpty() ? w : QString())) {
        out = analyze(r.american, language); // authorised: authorise, as authorized is authorize
        if (!out.isEmpty() && out.first().score < kUnknownScore - 1) {
            for (Analysis &a : out) {
                a.lemma = r.british(a.lemma);
                a.root = r.british(a.root);
                if (!a.segments.isEmpty()) {
                    a.segments.first().form = r.british(a.segments.first().form);
                }
            }
            break;
        }
        out.clear();
    }
    // After a pronoun, a wh-word, there or here, 's is is or has, not a possessive (what's, it's, there's);
    // let's is let us.
    static const QSet<QString> contracting{
        QStringLiteral("it"),     QStringLiteral("that"),       QStringLiteral("this"),      QStringLiteral("what"),
        QStringLiteral("who"),    QStringLiteral("where"),      QStringLiteral("when"),      QStringLiteral("why"),
        QStringLiteral("how"),    QStringLiteral("there"),      QStringLiteral("here"),      QStringLiteral("he"),
        QStringLiteral("she"),    QStringLiteral("let"),        QStringLiteral("everyone"),  QStringLiteral("someone"),
        QStringLiteral("nobody"), QStringLiteral("everything"), QStringLiteral("something"), QStringLiteral("nothing")};
    for (Analysis &a : out) {
        if (a.segments.size() == 2 && a.segments.last().tag == QLatin1String("POSS") && contracting.contains(a.lemma)) {
            const bool us = a.lemma == QLatin1String("let");
            a.segments.last().tag = us ? QStringLiteral("US") : QStringLiteral("BE/HAVE");
            a.segments.last().label = us ? QString::fromLatin1(QT_TRANSLATE_NOOP("okur::glossary", "us"))
                                         : QString::fromLatin1(QT_TRANSLATE_NOOP("okur::glossary", "is or has"));
        }
    }
    const QStringList clitic = english::contractionLemmas(w);
    if (!clitic.isEmpty()) {
        out.clear(); // UD's lemmas for a clitic the tokenizer split off: 's is be (or have), n't is not
        for (const QString &l : clitic) {
            out.append({l, l, {{word, QString(), QString::fromLatin1(labels::kContraction)}}, -100 + int(out.size())});
        }
    }
    const QString calendar = english::calendarName(word);
    if (!calendar.isEmpty()) {
        out.prepend({calendar, calendar, {{word, QString(), QString::fromLatin1(labels::kAbbreviation)}}, -100});
    }
    if (out.isEmpty()) {
        out = composedReadings(word, w);
    }
    if (out.isEmpty() && word == w) {
        out = respelled(w);
    }
    if (out.isEmpty()) {
        out = adverbReading(w);
    }
    return out;
}

void Glossary::orderCuratedHomographs(LookupResult *r) const
{
    // The curated glossary's articles for one English word are parts of speech apart (work: çalışma, the noun;
    // çalışmak, the verb): for the word itself, in the order WordNet's tagged corpus uses the lemma most (work: a
    // verb 261 times, a noun 212; influence: a noun 49 times, a verb 28). A form's are ordered by its reading.
    if (r->analyses.isEmpty() || r->analyses.first().segments.size() != 1) {
        return;
    }
    loadWordLists();
    const QString en = QStringLiteral("en");
    const QString best = text::foldCase(r->analyses.first().lemma, en);
    const int value = m_enUsage.value(best.toUtf8());
    static const QHash<QString, english::WordClass> classes{
        {QStringLiteral("noun"), english::WordClass::Noun},
        {QStringLiteral("verb"), english::WordClass::Verb},
        {QStringLiteral("adjective"), english::WordClass::Adjective},
        {QStringLiteral("adverb"), english::WordClass::Adverb}};
    QList<qsizetype> places;
    QList<Entry> curated;
    for (qsizetype i = 0; i < r->entries.size(); ++i) {
        const Entry &e = r->entries.at(i);
        if (e.source == QLatin1String(kCuratedSource) && text::foldCase(e.headword, en) == best &&
            classes.contains(e.pos)) {
            places << i;
            curated << e;
        }
    }
    std::stable_sort(curated.begin(), curated.end(), [&](const Entry &a, const Entry &b) {
        return english::usage(value, classes.value(a.pos)) > english::usage(value, classes.value(b.pos));
    });
    for (qsizetype i = 0; i < places.size(); ++i) {
        r->entries[places.at(i)] = curated.at(i);
    }
}

QList<Analysis> Glossary::adverbReading(const QString &w) const
{
    // An adverb in -ly no list knows (resultantly), made from a word the word list has (resultant), and no slip
    // of another word (completly is completely, tried before): the adverb is its own lemma, as UD writes adverbs,
    // read as that word + -ly; the card shows its entries. Capitalised too: an adverb opening a sentence is no
    // name.
    for (const QString &base : english::adverbBases(w)) {
        const int forms = m_enForms.value(base.toUtf8());
        if (forms >= 0 && (forms & english::kAccepted)) {
            return {{w,
                     w,
                     {{base, QString(), QString::fromLatin1(labels::kBaseForm)},
                      {QStringLiteral("-ly"), QStringLiteral("ADV"),
                       QString::fromLatin1(QT_TRANSLATE_NOOP("okur::glossary", "adverb"))}},
                     kUnknownScore - 2}};
        }
    }
    return {};
}

QList<Analysis> Glossary::composedReadings(const QString &word, const QString &w) const
{
    const QString en = QStringLiteral("en");
    QList<Analysis> out;
    // The readings of a part that a list knows, best first: none when its best is only a guess (a slip, the
    // part itself, an unknown plural).
    const auto listedReadings = [&](const QString &part) {
        QList<Analysis> r = analyze(part, en);
        if (r.isEmpty() || r.first().score >= kUnknownScore - 1) {
            return QList<Analysis>();
        }
        r.removeIf([](const Analysis &a) { return a.score >= kUnknownScore - 1; });
        return r;
    };
    // A plural's possessive (students', countries'): the plural's readings, then the apostrophe.
    if (w.size() > 3 && w.endsWith(QLatin1String("s'"))) {
        out = listedReadings(word.chopped(1));
        for (Analysis &a : out) {
            a.segments.append({QStringLiteral("-'"), QStringLiteral("POSS"), QStringLiteral("possessive")});
        }
        return out;
    }
    // An acronym's plural or possessive (FMs, NGOs, ASCII's) is the acronym's: the word list knows neither.
    for (const auto &[ending, tag, label] :
         {std::tuple{QStringLiteral("s"), "PL", "plural"}, std::tuple{QStringLiteral("'s"), "POSS", "possessive"}}) {
        const QString acronym = word.chopped(std::min(word.size(), ending.size()));
        if (word.size() >= ending.size() + 2 && w.endsWith(ending) && word.back().isLower() &&
            acronym.back().isLetter() && english::allCapitals(acronym)) {
            out.append({acronym,
                        acronym,
                        {{acronym, QString(), QString::fromLatin1(labels::kAbbreviation)},
                         {u'-' + ending, QString::fromLatin1(tag), QString::fromLatin1(label)}},
                        kUnknownScore - 2});
            return out;
        }
    }
    // A word made with a hyphen that no list knows whole (mis-matches, re-elected, co-founded) inflects as its
    // last part does: mis-match + -es, re-elect + -ed.
    // Not one in capitals (ENRON-CPS) nor one with other signs (a newsgroup's name), a name or a code as written.
    const qsizetype hyphen = w.lastIndexOf(u'-');
    const bool lettersOnly = std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter() || c == u'-'; });
    if (hyphen > 0 && hyphen < w.size() - 2 && lettersOnly && !english::allCapitals(word)) {
        const QList<Analysis> last = listedReadings(word.mid(hyphen + 1));
        // A capital on the first part only is the sentence's (E-mail is e-mail); one on a later part is a
        // name's, kept as written (Jean-Pierre, Rolls-Royce, non-Microsoft).
        const QString written = word.left(hyphen + 1);
        const bool named = std::any_of(word.cbegin() + 1, word.cend(), [](QChar c) { return c.isUpper(); });
        const QString head = named ? written : text::foldCase(written, en);
        for (Analysis a : last) {
            a.lemma = head + a.lemma;
            a.root = head + a.root;
            if (!a.segments.isEmpty()) {
                a.segments.first().form = written + a.segments.first().form;
            }
            out.append(a);
        }
    }
    return out;
}

QList<Analysis> Glossary::respelled(const QString &word) const
{
    // A word read as another is never read as a third: a slip is one slip.
    static thread_local bool respelling = false;
    if (respelling) {
        return {};
    }
    respelling = true;
    const auto done = qScopeGuard([]() { respelling = false; });
    const auto commonness = [this](const QString &w) {
        const QByteArray key = w.toUtf8();
        const int forms = m_enForms.value(key);
        if (forms < 0 || !(forms & english::kAccepted)) {
            return 0.0;
        }
        return english::formCount(m_enTags.value(key)) + english::lemmaCount(m_enUsage.value(key));
    };
    QString meant = english::likeliestSlip(word, commonness);
    // A slip in an inflected word (appologies, hamburguers): the word list has its base, not every form, so the
    // slip is found in the base and the ending put back (apology: apologies).
    static const std::pair<const char *, const char *> endings[] = {
        {"ies", "y"}, {"es", ""}, {"s", ""}, {"ied", "y"}, {"ed", ""}, {"ed", "e"}, {"ing", ""}, {"ing", "e"}};
    for (const auto &[ending, base] : endings) {
        const QString e = QString::fromLatin1(ending), b = QString::fromLatin1(base);
        if (!meant.isEmpty() || !word.endsWith(e) || word.size() - e.size() + b.size() < 5) {
            continue;
        }
        const QString slip = english::likeliestSlip(word.chopped(e.size()) + b, commonness);
        const QString inflected = slip.endsWith(b) ? slip.chopped(b.size()) + e : QString();
        // Only a form the lists read (not "heres" from here): else the next ending is tried.
        const QList<Analysis> read = inflected.isEmpty() ? QList<Analysis>() : analyze(inflected, QStringLiteral("en"));
        if (!read.isEmpty() && read.first().score < kUnknownScore - 1) {
            meant = inflected;
        }
    }
    QList<Analysis> out = meant.isEmpty() ? QList<Analysis>() : analyze(meant, QStringLiteral("en"));
    if (out.isEmpty() || out.first().score >= kUnknownScore - 1) {
        return {};
    }
    for (Analysis &a : out) {
        a.segments.append({word, QStringLiteral("TYPO"), QStringLiteral("misspelt: ") + meant});
        a.score = kUnknownScore - 1;
    }
    // The word as written follows: a rare word no list has is not always a slip.
    out.append({word, word, {{word, QString(), QString::fromLatin1(labels::kUnknownWord)}}, kUnknownScore});
    return out;
}

} // namespace okur::glossary
