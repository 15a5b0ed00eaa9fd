#include "summarizer.h"

#include "glossary/glossary.h"
#include "sentences.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace okur::themes {

namespace {

constexpr double kLinkThreshold = 0.08; // similarity below which LexRank draws no edge
constexpr double kDamping = 0.85;
constexpr double kMmrLambda = 0.7;      // importance versus novelty

bool isContent(const QString &lemma, const QString &language)
{
    return lemma.size() > 2 && !glossary::Glossary::isStopword(lemma, language) && !lemma.front().isDigit();
}

} // namespace

double cosine(const QHash<QString, double> &a, const QHash<QString, double> &b)
{
    const auto &small = a.size() < b.size() ? a : b;
    const auto &large = a.size() < b.size() ? b : a;
    double dot = 0, na = 0, nb = 0;
    for (auto it = small.constBegin(); it != small.constEnd(); ++it)
        dot += it.value() * large.value(it.key());
    for (double v : a)
        na += v * v;
    for (double v : b)
        nb += v * v;
    return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0;
}

double cosine(const QList<QPair<int, double>> &a, const QList<QPair<int, double>> &b)
{
    double dot = 0;
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].first == b[j].first)
            dot += a[i++].second * b[j++].second;
        else if (a[i].first < b[j].first)
            ++i;
        else
            ++j;
    }
    return dot;
}

Summarizer::Summarizer(QList<Theme> catalogue, search::Lemmatizer lemmatizer)
    : m_catalogue(std::move(catalogue)), m_lemmatizer(std::move(lemmatizer))
{
    for (const Theme &t : m_catalogue) {
        QList<QStringList> keys;
        for (const QString &k : t.keys) {
            QStringList seq;
            for (const glossary::WordSpan &w : glossary::words(k)) {
                const QString lemma = m_lemmatizer ? m_lemmatizer(w.text, QString()) : QString();
                seq << search::fold(lemma.isEmpty() ? w.text : lemma);
            }
            if (!seq.isEmpty())
                keys << seq;
        }
        m_keys << keys;
    }
}

void Summarizer::addDocument(const QString &id, const QList<library::StoredBlock> &blocks)
{
    QString section;
    int count = 0;
    for (const library::StoredBlock &b : blocks) {
        if (b.kind == text::BlockKind::Heading) {
            section = b.text;
            continue;
        }
        if (b.kind != text::BlockKind::Paragraph)
            continue;
        for (const SentenceSpan &span : splitSentences(b.text, b.language)) {
            Sentence s;
            s.documentId = id;
            s.block = b.index;
            s.start = span.start;
            s.length = span.length;
            s.text = b.text.mid(span.start, span.length);
            s.language = b.language;
            s.section = section;
            for (const glossary::WordSpan &w : glossary::words(s.text)) {
                const QString lemma = m_lemmatizer ? m_lemmatizer(w.text, b.language) : QString();
                s.lemmas << search::fold(lemma.isEmpty() ? w.text : lemma);
            }
            if (s.lemmas.size() >= 4) { // fragments are no summary material
                m_sentences.append(s);
                ++count;
            }
        }
    }
    m_sentencesPerDocument[id] += count;
    m_prepared = false;
}

void Summarizer::prepare()
{
    if (m_prepared)
        return;
    // TF-IDF over content lemmas, IDF across every sentence of the library.
    QHash<QString, int> df;
    for (const Sentence &s : m_sentences) {
        QSet<QString> seen;
        for (const QString &l : s.lemmas) {
            if (isContent(l, s.language))
                seen.insert(l);
        }
        for (const QString &l : seen)
            ++df[l];
    }
    const double n = qMax<qsizetype>(1, m_sentences.size());
    for (Sentence &s : m_sentences) {
        s.vector.clear();
        for (const QString &l : s.lemmas) {
            if (isContent(l, s.language))
                s.vector[l] += 1;
        }
        for (auto it = s.vector.begin(); it != s.vector.end(); ++it)
            it.value() *= std::log(n / df.value(it.key(), 1)) + 1;
    }
    // Numbered, sorted and normalised once: LexRank compares every pair.
    QHash<QString, int> numbers;
    for (Sentence &s : m_sentences) {
        s.sparse.clear();
        double norm = 0;
        for (auto it = s.vector.constBegin(); it != s.vector.constEnd(); ++it) {
            const auto found = numbers.constFind(it.key());
            const int id = found != numbers.constEnd() ? *found : int(numbers.size());
            if (found == numbers.constEnd())
                numbers.insert(it.key(), id);
            s.sparse.append({id, it.value()});
            norm += it.value() * it.value();
        }
        std::sort(s.sparse.begin(), s.sparse.end());
        norm = std::sqrt(norm);
        for (auto &p : s.sparse)
            p.second = norm > 0 ? p.second / norm : 0;
    }
    m_hits.clear();
    for (const Sentence &s : m_sentences) {
        QList<int> perTheme;
        for (int t = 0; t < m_catalogue.size(); ++t)
            perTheme << keyHits(s, t);
        m_hits << perTheme;
    }
    m_prepared = true;
}

int Summarizer::keyHits(const Sentence &s, int themeIndex) const
{
    int hits = 0;
    for (const QStringList &key : m_keys.at(themeIndex)) {
        for (int i = 0; i + key.size() <= s.lemmas.size(); ++i) {
            bool match = true;
            for (int k = 0; k < key.size() && match; ++k)
                match = s.lemmas.at(i + k) == key.at(k);
            if (match)
                hits += int(key.size()); // a phrase says more than a word
        }
    }
    return hits;
}

QMap<QString, double> Summarizer::coverage(int themeIndex) const
{
    QMap<QString, int> matching;
    for (int i = 0; i < m_sentences.size(); ++i) {
        if (m_hits[i][themeIndex] > 0)
            ++matching[m_sentences[i].documentId];
    }
    QMap<QString, double> out;
    for (auto it = m_sentencesPerDocument.constBegin(); it != m_sentencesPerDocument.constEnd(); ++it)
        out.insert(it.key(), it.value() > 0 ? double(matching.value(it.key())) / it.value() : 0);
    return out;
}

QList<int> Summarizer::select(const QList<int> &candidates, const QList<double> &weights, int count) const
{
    // LexRank: PageRank over the similarity graph of the candidates.
    const int n = int(candidates.size());
    QList<QList<double>> sim(n, QList<double>(n, 0));
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            const double c = cosine(m_sentences[candidates[i]].sparse, m_sentences[candidates[j]].sparse);
            sim[i][j] = sim[j][i] = c;
        }
    }
    QList<double> degree(n, 0);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j)
            degree[i] += sim[i][j] > kLinkThreshold ? sim[i][j] : 0;
    }
    QList<double> rank(n, 1.0 / qMax(1, n));
    for (int iter = 0; iter < 30; ++iter) {
        QList<double> next(n, (1 - kDamping) / qMax(1, n));
        for (int i = 0; i < n; ++i) {
            if (degree[i] <= 0)
                continue;
            for (int j = 0; j < n; ++j) {
                if (sim[i][j] > kLinkThreshold)
                    next[j] += kDamping * rank[i] * sim[i][j] / degree[i];
            }
        }
        rank = next;
    }
    double maxRank = 0;
    for (double r : rank)
        maxRank = qMax(maxRank, r);
    QList<double> importance(n);
    for (int i = 0; i < n; ++i) {
        // Sentences of 10-40 words read best on their own.
        const int words = int(m_sentences[candidates[i]].lemmas.size());
        const double lengthFit = words < 8 ? 0.6 : words > 50 ? 0.7 : 1.0;
        importance[i] = (maxRank > 0 ? rank[i] / maxRank : 0) * weights[i] * lengthFit;
    }
    // MMR: the next sentence is important and unlike those already chosen.
    QList<int> chosen;
    QSet<QString> documents;
    while (chosen.size() < count && chosen.size() < n) {
        int best = -1;
        double bestScore = -1e9;
        for (int i = 0; i < n; ++i) {
            if (chosen.contains(i))
                continue;
            double redundancy = 0;
            for (int c : chosen)
                redundancy = qMax(redundancy, sim[i][c]);
            // A document not yet heard from gets a word in.
            const double voice = documents.contains(m_sentences[candidates[i]].documentId) ? 0 : 0.1;
            const double score = kMmrLambda * importance[i] - (1 - kMmrLambda) * redundancy + voice;
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        chosen << best;
        documents.insert(m_sentences[candidates[best]].documentId);
    }
    QList<int> out;
    for (int c : chosen)
        out << candidates[c];
    return out;
}

ThemeSummary Summarizer::themeSummary(const QString &themeId, int sentences)
{
    prepare();
    ThemeSummary summary;
    int t = -1;
    for (int i = 0; i < m_catalogue.size(); ++i) {
        if (m_catalogue[i].id == themeId)
            t = i;
    }
    if (t < 0)
        return summary;
    summary.theme = m_catalogue[t];
    QList<int> candidates;
    QList<double> weights;
    for (int i = 0; i < m_sentences.size(); ++i) {
        const int hits = m_hits[i][t];
        if (hits == 0)
            continue;
        candidates << i;
        weights << 1.0 + std::log(1.0 + hits);
    }
    summary.coverage = coverage(t);
    // Long themes keep more sentences; always between 5 and 8 when there are enough.
    const int count = qBound(qMin(5, int(candidates.size())), sentences, qMin(8, int(candidates.size())));
    for (int i : select(candidates, weights, count))
        summary.sentences << m_sentences[i];
    return summary;
}

QList<ThemeSummary> Summarizer::themeSummaries(int sentences)
{
    QList<ThemeSummary> out;
    for (const Theme &t : m_catalogue)
        out << themeSummary(t.id, sentences);
    return out;
}

DocumentSummary Summarizer::documentSummary(const QString &documentId, int sentences)
{
    prepare();
    DocumentSummary summary;
    summary.documentId = documentId;
    QList<int> candidates;
    QList<double> weights;
    for (int i = 0; i < m_sentences.size(); ++i) {
        if (m_sentences[i].documentId != documentId)
            continue;
        candidates << i;
        // Openings and theme-bearing sentences carry a document's gist.
        double w = candidates.size() <= 3 ? 1.3 : 1.0;
        for (int t = 0; t < m_catalogue.size(); ++t)
            w += m_hits[i][t] > 0 ? 0.05 : 0;
        weights << w;
    }
    QList<int> chosen = select(candidates, weights, qMin(sentences, int(candidates.size())));
    std::sort(chosen.begin(), chosen.end()); // reading order
    for (int i : chosen)
        summary.sentences << m_sentences[i];
    for (int t = 0; t < m_catalogue.size(); ++t) {
        const double c = coverage(t).value(documentId);
        if (c > 0)
            summary.topThemes.append({m_catalogue[t].id, c});
    }
    std::sort(summary.topThemes.begin(), summary.topThemes.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });
    if (summary.topThemes.size() > 4)
        summary.topThemes.resize(4);
    return summary;
}

} // namespace okur::themes
