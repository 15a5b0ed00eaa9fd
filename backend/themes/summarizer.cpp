#include "summarizer.h"

#include "glossary/englishrank.h"
#include "glossary/glossary.h"
#include "sentences.h"
#include "text/words.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace okur::themes {

namespace {

constexpr double kLinkThreshold = 0.08; // similarity below which LexRank draws no edge
constexpr double kDamping = 0.85;
constexpr double kMmrLambda = 0.7;      // importance versus novelty
constexpr double kMmrTie = 1e-3;        // MMR scores closer than this are a tie
constexpr double kCentralityFloor = 0.5; // a telling sentence counts even when off-centre
constexpr double kGenericFactor = 0.3;  // a sentence about the text, not the world
constexpr double kDanglingFactor = 0.5; // a sentence that needs the one before it to be understood (0.75 let three in)
constexpr double kLeadFactor = 1.3;     // a paragraph's first sentence states its topic; the rest elaborate
constexpr double kSameFacet = 0.5;      // a sentence on sub-topics already told
constexpr double kSettingShare = 0.3;   // share of candidates naming another theme past which it is no sub-topic
constexpr double kSameNames = 0.7;      // two sentences naming the same things say much the same
constexpr double kTellNames = 0.35;     // what a sentence tells: its rare names,
constexpr double kTellNumbers = 0.2;    // its numbers (besides dates),
constexpr double kTellRare = 0.4;       // and its rarest words
constexpr double kVoice = 0.05;        // a document not yet heard from gets a word in
constexpr double kNovelty = 0.15;       // reward for names no chosen sentence states
constexpr double kFreshToExtend = 1.0;  // telling names not yet stated that earn a sentence past the usual count
constexpr double kMaxRedundancyToExtend = 0.35;

bool isContent(const QString &lemma, const QString &language)
{
    return lemma.size() > 2 && !glossary::Glossary::isStopword(lemma, language) && !lemma.front().isDigit();
}

// How much a name tells where `frequency` counts the sentences that state it among `total`.
double nameWeight(const QString &entity, const QHash<QString, int> &frequency, double total)
{
    return qBound(0.0, std::log((total + 1) / qMax(1, frequency.value(entity, 1))) / std::log(total + 1), 1.0);
}

// What a sentence tells: names that few sentences state, numbers, and its
// rarest words; a name in every other sentence tells little.
double tells(const Sentence &s, const QHash<QString, int> &frequency, double total)
{
    double names = 0;
    for (const QString &e : s.entities) {
        names += nameWeight(e, frequency, total);
    }
    return kTellNames * qMin(names, 3.0) + kTellNumbers * qMin(s.numbers, 2) + kTellRare * s.rarity;
}

} // namespace

double cosine(const QHash<QString, double> &a, const QHash<QString, double> &b)
{
    const auto &small = a.size() < b.size() ? a : b;
    const auto &large = a.size() < b.size() ? b : a;
    double dot = 0, na = 0, nb = 0;
    for (auto it = small.constBegin(); it != small.constEnd(); ++it) {
        dot += it.value() * large.value(it.key());
    }
    for (double v : a) {
        na += v * v;
    }
    for (double v : b) {
        nb += v * v;
    }
    return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0;
}

double cosine(const QList<QPair<int, double>> &a, const QList<QPair<int, double>> &b)
{
    double dot = 0;
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].first == b[j].first) {
            dot += a[i++].second * b[j++].second;
        } else if (a[i].first < b[j].first) {
            ++i;
        } else {
            ++j;
        }
    }
    return dot;
}

Summarizer::Summarizer(QList<Theme> catalogue, tokenizer::Lemmatizer lemmatizer)
    : m_catalogue(std::move(catalogue)), m_lemmatizer(std::move(lemmatizer))
{
    for (const Theme &t : m_catalogue) {
        QList<QStringList> keys;
        for (const QString &k : t.keys) {
            QStringList seq;
            for (const text::WordSpan &w : text::words(k)) {
                const QString lemma = m_lemmatizer ? m_lemmatizer(w.text, QString()) : QString();
                seq << tokenizer::fold(lemma.isEmpty() ? w.text : lemma);
            }
            if (!seq.isEmpty()) {
                keys << seq;
            }
        }
        m_keys << keys;
    }
}

void Summarizer::readVerbsInContext(const QList<text::WordSpan> &words, QStringList *lemmas) const
{
    // Read alone, "building" and "leveraged" are a noun and an adjective, as they mostly are; in
    // "has leveraged its reserves" or "building a network" they are verbs, and share their verb's
    // lemma with its other forms: sentences that say the same thing stay similar.
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (lemmas->at(i) != tokenizer::fold(words[i].text) ||
            !glossary::english::verbContext(i > 0 ? words[i - 1].text : QString(),
                                            i + 1 < words.size() ? words[i + 1].text : QString())) {
            continue;
        }
        const QString verb = m_lemmatizer(words[i].text, tokenizer::kEnglishVerb);
        if (!verb.isEmpty()) {
            (*lemmas)[i] = tokenizer::fold(verb);
        }
    }
}

void Summarizer::addDocument(const QString &id, const QList<documents::StoredBlock> &blocks)
{
    // Sentence spans first (linear), then an even stride over them, so a
    // document of any size has at most kMaxSentencesPerDocument lemmatized.
    struct Piece {
        int block;
        SentenceSpan span;
        QString section;
    };
    QList<Piece> pieces;
    QString section;
    for (int b = 0; b < blocks.size(); ++b) {
        if (cancelled()) {
            return;
        }
        if (blocks[b].kind == text::BlockKind::Heading) {
            // A heading that opens the document is its title (the reader's title page has it so), not a section: a
            // source line would say the title twice.
            section = b == 0 ? QString() : blocks[b].text;
            m_headings.insert(tokenizer::fold(blocks[b].text));
            continue;
        }
        if (blocks[b].kind != text::BlockKind::Paragraph) {
            continue;
        }
        for (const SentenceSpan &span : splitSentences(blocks[b].text, blocks[b].language)) {
            if (span.length <= kMaxSentenceLength) {
                pieces.append({b, span, section});
            }
        }
    }
    const qsizetype stride = qMax<qsizetype>(1, (pieces.size() + kMaxSentencesPerDocument - 1) / kMaxSentencesPerDocument);
    int count = 0;
    for (qsizetype p = 0; p < pieces.size(); p += stride) {
        if (cancelled()) {
            return;
        }
        const documents::StoredBlock &b = blocks[pieces[p].block];
        Sentence s;
        s.documentId = id;
        s.block = b.index;
        s.start = pieces[p].span.start;
        s.length = pieces[p].span.length;
        s.text = b.text.mid(s.start, s.length);
        s.language = b.language;
        s.section = pieces[p].section;
        const QList<text::WordSpan> words = text::words(s.text);
        for (qsizetype w = 1; w < words.size(); ++w) {
            if (words[w].text.at(0).isLower()) {
                m_lowerCase.insert(tokenizer::fold(words[w].text));
            }
        }
        for (const text::WordSpan &w : words) {
            const QString lemma = m_lemmatizer ? m_lemmatizer(w.text, b.language) : QString();
            s.lemmas << tokenizer::fold(lemma.isEmpty() ? w.text : lemma);
        }
        if (m_lemmatizer && b.language == QLatin1String("en")) {
            readVerbsInContext(words, &s.lemmas);
        }
        ++m_stats.sentencesRead;
        if (s.lemmas.size() < 4) { // fragments are no summary material
            continue;
        }
        s.names = names(s.text, s.language);
        s.dates = dates(s.text, s.language);
        // Where an acronym is defined, "words (ACR)": the words it stands for, up to four before the parenthesis
        // (a name's words when a name ends there); keyFacts() keeps only an acronym of a name.
        static const QRegularExpression defined(QStringLiteral("((?:\\w+[ -]){0,3}\\w+) \\((\\p{Lu}{2,8})\\)"),
                                                QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = defined.globalMatch(s.text); it.hasNext();) {
            const QRegularExpressionMatch d = it.next();
            const QString acronym = tokenizer::fold(d.captured(2));
            const auto name = std::find_if(s.names.cbegin(), s.names.cend(), [&](const Mention &m) {
                return m.start + m.length == d.capturedEnd(1);
            });
            if (name != s.names.cend()) {
                // An institution's or an event's acronym names it, whatever its words (Dünya Sağlık Örgütü).
                if (name->kind == FactKind::Institution || name->kind == FactKind::Event) {
                    m_namedAcronyms.insert(acronym);
                }
                m_acronymExpansions[acronym] << name->text;
                continue;
            }
            // Words in lower case define it only when their initials spell it ("artificial intelligence (AI)";
            // not "the military alliance (NATO)").
            const QString expansion = acronymExpansion(d.captured(1), d.captured(2));
            if (!expansion.isEmpty()) {
                m_acronymExpansions[acronym] << expansion;
            }
        }
        s.generic = isGeneric(s.text, s.language);
        s.dangling = isDangling(s.text, s.language);
        for (const Mention &m : std::as_const(s.names)) {
            const QString key = tokenizer::fold(m.text);
            if (!s.entities.contains(key)) {
                s.entities << key;
            }
        }
        for (const DateMention &d : std::as_const(s.dates)) {
            const QString key = QString::number(d.year);
            if (!s.entities.contains(key)) {
                s.entities << key;
            }
        }
        m_sentences.append(s);
        ++count;
    }
    m_sentencesPerDocument[id] += count;
    m_prepared = false;
}

void Summarizer::prepare()
{
    if (m_prepared) {
        return;
    }
    // TF-IDF over content lemmas, IDF across every sentence of the library.
    QHash<QString, int> df;
    m_entityFrequency.clear();
    m_lemmaFrequency.clear();
    for (const Sentence &s : m_sentences) {
        QSet<QString> seen;
        for (const QString &l : s.lemmas) {
            if (isContent(l, s.language)) {
                seen.insert(l);
            }
        }
        for (const QString &l : seen) {
            ++df[l];
        }
        for (const QString &l : QSet<QString>(s.lemmas.cbegin(), s.lemmas.cend())) {
            ++m_lemmaFrequency[l];
        }
        for (const QString &e : s.entities) {
            ++m_entityFrequency[e];
        }
    }
    const double n = double(qMax<qsizetype>(1, m_sentences.size()));
    const double maxIdf = std::log(n + 1);
    for (Sentence &s : m_sentences) {
        s.vector.clear();
        for (const QString &l : s.lemmas) {
            if (isContent(l, s.language)) {
                s.vector[l] += 1;
            }
        }
        QList<double> idfs;
        for (auto it = s.vector.begin(); it != s.vector.end(); ++it) {
            const double idf = std::log(n / df.value(it.key(), 1)) + 1;
            it.value() *= idf;
            idfs << idf;
        }
        std::sort(idfs.begin(), idfs.end(), std::greater<double>());
        double rare = 0;
        for (int i = 0; i < qMin<qsizetype>(3, idfs.size()); ++i) {
            rare += idfs[i] / (maxIdf + 1) / 3;
        }
        s.rarity = rare;
        s.numbers = qMax(0, numberCount(s.text) - int(s.dates.size()));
    }
    // Every sentence has some rare word; only rarer than most counts.
    QList<double> rarities;
    for (const Sentence &s : std::as_const(m_sentences)) {
        rarities << s.rarity;
    }
    std::sort(rarities.begin(), rarities.end());
    const double median = rarities.isEmpty() ? 0 : rarities[rarities.size() / 2];
    for (Sentence &s : m_sentences) {
        s.rarity = median < 1 ? qMax(0.0, s.rarity - median) / (1 - median) : 0;
        s.specificity = tells(s, m_entityFrequency, n);
    }
    // Numbered, sorted and normalised once: LexRank compares every pair.
    QHash<QString, int> numbers;
    for (Sentence &s : m_sentences) {
        s.sparse.clear();
        double norm = 0;
        for (auto it = s.vector.constBegin(); it != s.vector.constEnd(); ++it) {
            const auto found = numbers.constFind(it.key());
            const int id = found != numbers.constEnd() ? *found : int(numbers.size());
            if (found == numbers.constEnd()) {
                numbers.insert(it.key(), id);
            }
            s.sparse.append({id, it.value()});
            norm += it.value() * it.value();
        }
        std::sort(s.sparse.begin(), s.sparse.end());
        norm = std::sqrt(norm);
        for (auto &p : s.sparse) {
            p.second = norm > 0 ? p.second / norm : 0;
        }
    }
    m_hits.clear();
    for (const Sentence &s : m_sentences) {
        QList<int> perTheme;
        for (int t = 0; t < m_catalogue.size(); ++t) {
            perTheme << keyHits(s, t);
        }
        m_hits << perTheme;
    }
    m_coverage.clear();
    for (int t = 0; t < m_catalogue.size(); ++t) {
        m_coverage << coverage(t);
    }
    m_prepared = true;
}

int Summarizer::keyHits(const Sentence &s, int themeIndex) const
{
    int hits = 0;
    for (const QStringList &key : m_keys.at(themeIndex)) {
        for (int i = 0; i + key.size() <= s.lemmas.size(); ++i) {
            bool match = true;
            for (int k = 0; k < key.size() && match; ++k) {
                match = s.lemmas.at(i + k) == key.at(k);
            }
            if (match) {
                hits += int(key.size()); // a phrase says more than a word
            }
        }
    }
    return hits;
}

QMap<QString, double> Summarizer::coverage(int themeIndex) const
{
    QMap<QString, int> matching;
    for (int i = 0; i < m_sentences.size(); ++i) {
        if (m_hits[i][themeIndex] > 0) {
            ++matching[m_sentences[i].documentId];
        }
    }
    QMap<QString, double> out;
    for (auto it = m_sentencesPerDocument.constBegin(); it != m_sentencesPerDocument.constEnd(); ++it) {
        out.insert(it.key(), it.value() > 0 ? double(matching.value(it.key())) / it.value() : 0);
    }
    return out;
}

QList<int> Summarizer::select(QList<int> candidates, QList<double> weights, int count, const QSet<QString> &known,
                               int extra, int theme)
{
    const auto lengthFit = [this](int sentence) {
        // Sentences of 10-40 words read best on their own.
        const qsizetype words = m_sentences[sentence].lemmas.size();
        return words < 8 ? 0.6 : words > 50 ? 0.7 : 1.0;
    };
    const auto pre = [this, &lengthFit](int sentence) {
        const Sentence &s = m_sentences[sentence];
        return (1 + s.specificity) * (s.generic ? kGenericFactor : 1.0) * (s.dangling ? kDanglingFactor : 1.0)
            * (s.start == 0 ? kLeadFactor : 1.0) * lengthFit(sentence);
    };
    // Only the most telling candidates compete, so the pairwise work below
    // is bounded whatever the library's size.
    if (candidates.size() > kMaxCandidates) {
        QList<int> order(candidates.size());
        std::iota(order.begin(), order.end(), 0);
        std::partial_sort(order.begin(), order.begin() + kMaxCandidates, order.end(), [&](int a, int b) {
            const double x = weights[a] * pre(candidates[a]), y = weights[b] * pre(candidates[b]);
            return x != y ? x > y : a < b;
        });
        order.resize(kMaxCandidates);
        std::sort(order.begin(), order.end());
        QList<int> keptCandidates;
        QList<double> keptWeights;
        for (int i : order) {
            keptCandidates << candidates[i];
            keptWeights << weights[i];
        }
        candidates = keptCandidates;
        weights = keptWeights;
    }
    // LexRank: PageRank over the similarity graph of the candidates.
    const int n = int(candidates.size());
    m_stats.largestSelection = qMax(m_stats.largestSelection, n);
    m_stats.comparisons += qint64(n) * (n - 1) / 2;
    QList<QList<double>> sim(n, QList<double>(n, 0));
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            const double c = cosine(m_sentences[candidates[i]].sparse, m_sentences[candidates[j]].sparse);
            sim[i][j] = sim[j][i] = c;
        }
    }
    QList<double> degree(n, 0);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            degree[i] += sim[i][j] > kLinkThreshold ? sim[i][j] : 0;
        }
    }
    // Each candidate's links above the threshold, found once: the iterations touch only those (the same sums
    // in the same order as over the whole matrix).
    QList<QList<std::pair<int, double>>> links(n);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; degree[i] > 0 && j < n; ++j) {
            if (sim[i][j] > kLinkThreshold) {
                links[i].append({j, sim[i][j]});
            }
        }
    }
    QList<double> rank(n, 1.0 / qMax(1, n));
    for (int iter = 0; iter < 30; ++iter) {
        QList<double> next(n, (1 - kDamping) / qMax(1, n));
        for (int i = 0; i < n; ++i) {
            for (const auto &[j, s] : std::as_const(links[i])) {
                next[j] += kDamping * rank[i] * s / degree[i];
            }
        }
        rank = next;
    }
    double maxRank = 0;
    for (double r : rank) {
        maxRank = qMax(maxRank, r);
    }
    // A name counts by how rare it is both in the library and among these
    // candidates: "Pakistan" tells nothing in a summary about Pakistan.
    QHash<QString, int> local;
    for (int c : std::as_const(candidates)) {
        for (const QString &e : m_sentences[c].entities) {
            ++local[e];
        }
    }
    const double all = double(qMax<qsizetype>(2, m_sentences.size()));
    const auto entityWeight = [&](const QString &e) {
        if (known.contains(e)) {
            return 0.0;
        }
        return qMin(nameWeight(e, m_entityFrequency, all), nameWeight(e, local, qMax(2, n)));
    };
    QList<double> importance(n);
    double maxImportance = 0;
    for (int i = 0; i < n; ++i) {
        const Sentence &s = m_sentences[candidates[i]];
        double names = 0;
        for (const QString &e : s.entities) {
            names += entityWeight(e);
        }
        const double told = kTellNames * qMin(names, 3.0) + kTellNumbers * qMin(s.numbers, 2) + kTellRare * s.rarity;
        // Centrality says a sentence is on topic; what it tells decides.
        const double central = maxRank > 0 ? rank[i] / maxRank : 0;
        importance[i] = (kCentralityFloor + (1 - kCentralityFloor) * central) * weights[i] * (1 + told)
            * (s.generic ? kGenericFactor : 1.0) * (s.dangling ? kDanglingFactor : 1.0) * (s.start == 0 ? kLeadFactor : 1.0)
            * lengthFit(candidates[i]);
        maxImportance = qMax(maxImportance, importance[i]);
    }
    // MMR: the next sentence is important, unlike those already chosen, and
    // states names not yet stated.
    // A sentence's sub-topics: the other themes it names. Within a theme's
    // summary they are its facets (the diaspora in Europe, energy for Europe,
    // aid to a European country); a second sentence on a facet already told
    // counts as partly redundant, so the summary spreads over them.
    const auto facets = [&](int i) {
        QList<int> out;
        for (int k = 0; k < m_catalogue.size(); ++k) {
            if (k != theme && m_hits[candidates[i]][k] > 0) {
                out << k;
            }
        }
        return out;
    };
    QList<QList<int>> facetsOf;
    QHash<int, int> facetFrequency;
    for (int i = 0; i < n; ++i) {
        facetsOf << facets(i);
        for (int k : facetsOf.last()) {
            ++facetFrequency[k];
        }
    }
    // A theme that many candidates share is the summary's setting, not a sub-topic of it
    // (the diaspora, for youth programmes abroad).
    for (QList<int> &f : facetsOf) {
        f.removeIf([&](int k) { return facetFrequency.value(k) > kSettingShare * n; });
    }
    QList<int> chosen;
    QSet<QString> documents;
    QSet<QString> stated;
    QHash<int, int> told; // facet → chosen sentences on it
    while (chosen.size() < count + extra && chosen.size() < n) {
        int best = -1;
        double bestScore = -1e9, bestFresh = 0, bestRedundancy = 0;
        for (int i = 0; i < n; ++i) {
            if (chosen.contains(i)) {
                continue;
            }
            const Sentence &s = m_sentences[candidates[i]];
            double redundancy = 0;
            for (int c : chosen) {
                const QStringList &other = m_sentences[candidates[c]].entities;
                int shared = 0;
                for (const QString &e : s.entities) {
                    shared += other.contains(e) ? 1 : 0;
                }
                const qsizetype together = s.entities.size() + other.size() - shared;
                const double sameNames = together > 0 ? double(shared) / double(together) : 0;
                redundancy = qMax(redundancy, qMax(sim[i][c], kSameNames * sameNames));
            }
            if (!facetsOf[i].isEmpty()) {
                double again = 0;
                for (int k : facetsOf[i]) {
                    again += qMin(1, told.value(k));
                }
                redundancy = qMax(redundancy, kSameFacet * again / double(facetsOf[i].size()));
            }
            double fresh = 0;
            for (const QString &e : s.entities) {
                fresh += stated.contains(e) ? 0 : entityWeight(e);
            }
            // A document not yet heard from gets a word in.
            const double voice = documents.contains(s.documentId) ? 0 : kVoice;
            const double score = kMmrLambda * (maxImportance > 0 ? importance[i] / maxImportance : 0)
                - (1 - kMmrLambda) * redundancy + voice + kNovelty * qMin(fresh, 2.0) / 2;
            // Scores this close are a tie, which the more important sentence wins, not the order of the
            // candidates or a rounding: a small change elsewhere in the library must not flip it.
            const bool tie = best >= 0 && std::abs(score - bestScore) < kMmrTie;
            if (tie ? importance[i] > importance[best] : score > bestScore) {
                bestScore = score;
                best = i;
                bestFresh = fresh;
                bestRedundancy = redundancy;
            }
        }
        // Past `count`, a sentence joins only when it states telling names
        // no chosen sentence states: a theme with many distinct facts gets
        // the room to state them, one with few stays short.
        const Sentence &next = m_sentences[candidates[best]];
        if (chosen.size() >= count &&
            (next.generic || bestFresh < kFreshToExtend || bestRedundancy > kMaxRedundancyToExtend)) {
            break;
        }
        chosen << best;
        for (int k : facetsOf[best]) {
            ++told[k];
        }
        documents.insert(m_sentences[candidates[best]].documentId);
        for (const QString &e : m_sentences[candidates[best]].entities) {
            stated.insert(e);
        }
    }
    QList<int> out;
    for (int c : chosen) {
        out << candidates[c];
    }
    return out;
}

} // namespace okur::themes
