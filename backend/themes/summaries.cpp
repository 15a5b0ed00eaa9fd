#include "summarizer.h"

#include "sentences.h"

#include <QRegularExpression>
#include <cmath>

// The summaries the rest of the app asks for, assembled from the ranking in summarizer.cpp.
namespace okur::themes {

namespace {

constexpr double kHitWeight = 1.0;      // how much naming the theme more often counts
constexpr int kSentencesPerSummaryLine = 5;
constexpr double kAboutTheme = 0.3;     // share of a document's sentences naming a theme that makes it about the
                                        // theme (or a third of it, when twice the library's mean)
constexpr double kContextWeight = 0.8;  // a sentence about a theme by context, against 1 + log(1 + hits) by name

} // namespace

int Summarizer::themeIndex(const QString &id) const
{
    for (int i = 0; i < m_catalogue.size(); ++i) {
        if (m_catalogue[i].id == id) {
            return i;
        }
    }
    return -1;
}

ThemeSummary Summarizer::themeSummary(const QString &themeId, int sentences)
{
    prepare();
    ThemeSummary summary;
    const int t = themeIndex(themeId);
    if (t < 0) {
        return summary;
    }
    summary.theme = m_catalogue[t];
    QList<int> candidates;
    QList<double> weights;
    summary.coverage = m_coverage.value(t);
    double meanCoverage = 0;
    for (double c : std::as_const(summary.coverage)) {
        meanCoverage += c / double(qMax<qsizetype>(1, summary.coverage.size()));
    }
    for (int i = 0; i < m_sentences.size(); ++i) {
        const int hits = m_hits[i][t];
        if (hits > 0) {
            candidates << i;
            weights << 1.0 + kHitWeight * std::log(1.0 + hits);
            continue;
        }
        // A sentence need not name the theme to be about it: in a document
        // about the theme, or right after a sentence that names it ("the two
        // support each other's stance on Kashmir"), it speaks of it too.
        const Sentence &s = m_sentences[i];
        const bool follows = i > 0 && m_hits[i - 1][t] > 0 && m_sentences[i - 1].documentId == s.documentId
            && m_sentences[i - 1].block == s.block;
        const double c = summary.coverage.value(s.documentId);
        if (c >= kAboutTheme || (c >= kAboutTheme / 3 && c >= 2 * meanCoverage) || follows) {
            candidates << i;
            weights << kContextWeight;
        }
    }
    // Themes the library says much about keep more sentences (a line for
    // every kSentencesPerSummaryLine naming it); always between 5 and 8 when there are enough.
    int naming = 0;
    for (int i : std::as_const(candidates)) {
        naming += m_hits[i][t] > 0 ? 1 : 0;
    }
    const int wanted = qMax(sentences, naming / kSentencesPerSummaryLine);
    const int count = qBound(qMin(5, int(candidates.size())), wanted, qMin(8, int(candidates.size())));
    // The theme's own name ("Pakistan" for Pakistan) tells nothing new in its
    // summary; its other keys (an institution, a capital) are facts about it.
    QSet<QString> known;
    const QString title = tokenizer::fold(m_catalogue[t].titleEn + u' ' + m_catalogue[t].titleTr);
    for (const QString &k : m_catalogue[t].keys) {
        const QString key = tokenizer::fold(k);
        if (QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(key)),
                               QRegularExpression::UseUnicodePropertiesOption)
                .match(title)
                .hasMatch()) {
            known.insert(key);
        }
    }
    const int extra = qMax(0, qMin(8, int(candidates.size())) - count);
    for (int i : select(candidates, weights, count, known, extra, t)) {
        summary.sentences << m_sentences[i];
    }
    summary.facts = keyFacts(t);
    return summary;
}

QList<ThemeSummary> Summarizer::themeSummaries(int sentences)
{
    QList<ThemeSummary> out;
    for (const Theme &t : m_catalogue) {
        if (cancelled()) {
            break;
        }
        out << themeSummary(t.id, sentences);
    }
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
        if (m_sentences[i].documentId != documentId) {
            continue;
        }
        candidates << i;
        // Openings and theme-bearing sentences carry a document's gist.
        double w = candidates.size() <= 3 ? 1.15 : 1.0;
        for (int t = 0; t < m_catalogue.size(); ++t) {
            w += m_hits[i][t] > 0 ? 0.05 : 0;
        }
        weights << w;
    }
    QList<int> chosen = select(candidates, weights, qMin(sentences, int(candidates.size())));
    std::sort(chosen.begin(), chosen.end()); // reading order
    for (int i : chosen) {
        summary.sentences << m_sentences[i];
    }
    for (int t = 0; t < m_catalogue.size(); ++t) {
        const double c = m_coverage[t].value(documentId);
        if (c > 0) {
            summary.topThemes.append({m_catalogue[t].id, c});
        }
    }
    std::sort(summary.topThemes.begin(), summary.topThemes.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });
    if (summary.topThemes.size() > 4) {
        summary.topThemes.resize(4);
    }
    return summary;
}

} // namespace okur::themes
