// Key facts per theme and the library's timeline: the named things and dates
// the summarizer's sentences state, counted and cited.
#include "summarizer.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace okur::themes {

namespace {

constexpr int kMaxFacts = 12;
constexpr int kMaxDateFacts = 4; // names first: a theme is more than its years
constexpr double kCommonName = 0.05; // share of the library's sentences past which a name is its subject, not a fact
constexpr double kMinLift = 2.0; // how much more often than in the library a fact of the theme is stated

struct Tally {
    QString text;
    int count = 0;
    int votes[5] = {0, 0, 0, 0, 0}; // by FactKind
    int best = -1;
    double bestScore = -1;
};

FactKind kindOf(const Tally &t)
{
    // An institution or event somewhere is one everywhere; a place when ever used as one.
    if (t.votes[int(FactKind::Date)] > 0) {
        return FactKind::Date;
    }
    if (t.votes[int(FactKind::Event)] > 0 || t.votes[int(FactKind::Institution)] > 0) {
        return t.votes[int(FactKind::Event)] >= t.votes[int(FactKind::Institution)] ? FactKind::Event : FactKind::Institution;
    }
    if (t.votes[int(FactKind::Place)] > 0) {
        return FactKind::Place;
    }
    return FactKind::Name;
}

} // namespace

std::optional<Mention> Summarizer::factName(const Sentence &s, const Mention &m) const
{
    if (m_headings.contains(tokenizer::fold(m.text))) {
        return std::nullopt; // a section the text refers to: "Teorik Yaklaşımlar ve Kavramsal Çerçeve altında, …"
    }
    Mention name = m;
    if (m.start == 0) {
        if (s.text.mid(m.length).trimmed().startsWith(u':')) {
            return std::nullopt; // a label: "Anahtar Kelimeler: Azerbaycan, …", "Keywords: …"
        }
        name = withoutOpeningWord(m);
    }
    // Capitals on words the library writes in lower case elsewhere make a phrase, not a name: a translation, a title's
    // words ("Büyük Veri", "Ülke Markalaşması"); unless the phrase is quoted as it is, a campaign or a work by its name
    // ("Country Branding"). A word never written in lower case (Soviet, Eurovision) or a number makes it a name.
    const auto quote = [&](qsizetype at) {
        return at >= 0 && at < s.text.size() && QStringView(u"\"“”«»'‘’").contains(s.text.at(at));
    };
    const auto commonWords = [&](const QString &phrase) {
        const QList<text::WordSpan> words = text::words(phrase);
        return !words.isEmpty() && std::all_of(words.cbegin(), words.cend(), [&](const text::WordSpan &w) {
            return m_lowerCase.contains(tokenizer::fold(w.text));
        });
    };
    if (commonWords(name.text) && !(quote(name.start - 1) && quote(name.start + name.length))) {
        return std::nullopt;
    }
    // An acronym the library defines only after common words stands for a term, no named thing: "artificial
    // intelligence (AI)", "Yapay Zekâ (AI)", "sanal gerçeklik (VR)"; one of "Azerbaycan Dışişleri Bakanlığı (ADİB)" is.
    const QString folded = tokenizer::fold(name.text);
    const auto expansions = m_acronymExpansions.constFind(folded);
    if (expansions != m_acronymExpansions.cend() && !m_namedAcronyms.contains(folded) &&
        std::all_of(expansions->cbegin(), expansions->cend(), commonWords)) {
        return std::nullopt;
    }
    return name;
}

Mention Summarizer::withoutOpeningWord(const Mention &m) const
{
    // A capital the sentence gave a common word, when the rest is a name another sentence states: "Özellikle 2012
    // Eurovision Şarkı Yarışması" is the contest, "National Museum" stays whole unless "Museum" is named elsewhere.
    static const QRegularExpression leadingYear(QStringLiteral("^\\d{4}\\s+"));
    const qsizetype space = m.text.indexOf(u' ');
    if (space < 0 || !m_lowerCase.contains(tokenizer::fold(m.text.left(space)))) {
        return m;
    }
    QString rest = m.text.mid(space + 1);
    for (int round = 0; round < 2; ++round) {
        if (m_entityFrequency.contains(tokenizer::fold(rest))) {
            Mention named = m;
            named.text = rest;
            named.length = int(rest.size());
            named.start = int(m.start + m.text.size() - rest.size());
            return named;
        }
        rest.remove(leadingYear); // the year is a fact of its own
    }
    return m;
}

QList<KeyFact> Summarizer::keyFacts(int themeIndex) const
{
    QHash<QString, Tally> tallies;
    int themeSentences = 0;
    for (int i = 0; i < m_sentences.size(); ++i) {
        if (m_hits[i][themeIndex] == 0) {
            continue;
        }
        ++themeSentences;
        const Sentence &s = m_sentences[i];
        const double score = (1 + s.specificity) * (s.generic ? 0.3 : 1.0);
        QSet<QString> seen;
        const auto count = [&](const QString &key, const QString &text, FactKind kind) {
            Tally &t = tallies[key];
            if (t.text.isEmpty()) {
                t.text = text;
            }
            ++t.votes[int(kind)];
            if (seen.contains(key)) {
                return;
            }
            seen.insert(key);
            ++t.count;
            if (score > t.bestScore) {
                t.bestScore = score;
                t.best = i;
                t.text = text; // as the cited sentence writes it
            }
        };
        for (const Mention &m : s.names) {
            if (const std::optional<Mention> name = factName(s, m)) {
                count(tokenizer::fold(name->text), name->text, name->kind);
            }
        }
        for (const DateMention &d : s.dates) {
            count(QString::number(d.year), QString::number(d.year), FactKind::Date);
        }
    }
    // Telling for the theme: stated here more often than across the library
    // (lift), and more than once or twice. A name every other sentence states
    // (the library's own subject) has no lift; nor has the theme's own name.
    const double all = double(qMax<qsizetype>(2, m_sentences.size()));
    const QString title = tokenizer::fold(m_catalogue[themeIndex].titleEn + u' ' + m_catalogue[themeIndex].titleTr);
    // Unicode's word characters: without them "yumuşak" was two words, "yumu" and "ak".
    static const QRegularExpression nonWord(QStringLiteral("\\W+"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList titleWords = title.split(nonWord, Qt::SkipEmptyParts);
    const QString titleSpaced = u' ' + titleWords.join(u' ') + u' '; // the title's words in either language, as a phrase
    QList<QPair<double, QString>> ranked;
    for (auto it = tallies.constBegin(); it != tallies.constEnd(); ++it) {
        if (titleSpaced.contains(u' ' + it.key() + u' ')) { // the theme's own name: "soft power", "yumuşak güç"
            continue;
        }
        const double share = double(it->count) / qMax(1, themeSentences);
        // A one-word name opening a sentence is no Mention, but is still stated there.
        const int frequency = qMax(m_entityFrequency.value(it.key(), 1), m_lemmaFrequency.value(it.key()));
        const double expected = double(frequency) / all;
        const double lift = share / expected;
        if (lift < kMinLift || expected > kCommonName) {
            continue;
        }
        ranked.append({it->count * std::log(lift), it.key()});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QList<KeyFact> out;
    int datesTaken = 0;
    for (const auto &[score, key] : ranked) {
        if (out.size() >= kMaxFacts) {
            break;
        }
        const Tally &t = tallies[key];
        KeyFact f;
        f.text = t.text;
        f.kind = kindOf(t);
        if (f.kind == FactKind::Date && ++datesTaken > kMaxDateFacts) {
            continue;
        }
        f.count = t.count;
        f.sentence = m_sentences[t.best];
        out.append(f);
    }
    return out;
}

QList<TimelineEvent> Summarizer::timeline(const QString &themeId, const QString &documentId)
{
    prepare();
    const int t = themeId.isEmpty() ? -1 : themeIndex(themeId);
    QList<TimelineEvent> out;
    if (!themeId.isEmpty() && t < 0) {
        return out;
    }
    for (int i = 0; i < m_sentences.size(); ++i) {
        const Sentence &s = m_sentences[i];
        if (s.dates.isEmpty() || (t >= 0 && m_hits[i][t] == 0) ||
            (!documentId.isEmpty() && s.documentId != documentId)) {
            continue;
        }
        QStringList themes;
        for (int k = 0; k < m_catalogue.size(); ++k) {
            if (m_hits[i][k] > 0) {
                themes << m_catalogue[k].id;
            }
        }
        // One event a year per sentence, with its month when any mention gives one.
        QList<int> years;
        for (const DateMention &d : s.dates) {
            const qsizetype at = years.indexOf(d.year);
            if (at >= 0) {
                if (!out[out.size() - years.size() + at].month && d.month) {
                    out[out.size() - years.size() + at].month = d.month;
                    out[out.size() - years.size() + at].date = d.text;
                }
                continue;
            }
            years << d.year;
            out.append({d.year, d.month, d.text, themes, s});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const TimelineEvent &a, const TimelineEvent &b) {
        return a.year != b.year ? a.year < b.year : a.month < b.month;
    });
    return out;
}

} // namespace okur::themes
