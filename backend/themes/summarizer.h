#pragma once
#include "catalogue.h"
#include "library/document.h"
#include "search/tokens.h"

#include <QHash>
#include <QList>
#include <QMap>

namespace okur::themes {

/// Bumped when summaries would come out differently: caches are rebuilt.
constexpr int kSummarizerVersion = 1;

/// A sentence of a document, verbatim, with where it stands.
struct Sentence {
    QString documentId;
    int block = 0;
    int start = 0;
    int length = 0;
    QString text;
    QString language;
    QString section;        ///< the heading above it
    QStringList lemmas;     ///< every word's folded lemma, in order
    QHash<QString, double> vector; ///< TF-IDF over content lemmas
    QList<QPair<int, double>> sparse; ///< the same, by lemma number, sorted, unit length
};

struct ThemeSummary {
    Theme theme;
    QMap<QString, double> coverage; ///< document id → share of its sentences about the theme
    QList<Sentence> sentences;      ///< the summary, most important first
};

struct DocumentSummary {
    QString documentId;
    QList<Sentence> sentences;               ///< in reading order
    QList<QPair<QString, double>> topThemes; ///< theme id and coverage, strongest first
};

/// Extractive, cited summaries across the library.
///
/// Why this method: the documents are few and short, in two languages, and a
/// reader must trust every line, so sentences are quoted, never rewritten.
/// Sentences are matched to themes through lemmas (so "dijital diplomasinin"
/// counts for digital diplomacy). Within a theme, LexRank (PageRank over
/// TF-IDF cosine similarity) finds the sentences most central to what the
/// documents say, weighted by how directly they name the theme; MMR then
/// picks them one by one, trading importance against similarity to those
/// already chosen, so no two say the same thing. Pure given the lemmatizer.
class Summarizer {
public:
    Summarizer(QList<Theme> catalogue, search::Lemmatizer lemmatizer);

    void addDocument(const QString &id, const QList<library::StoredBlock> &blocks);
    /// Every theme's summary (5 to 8 sentences where the library has them).
    QList<ThemeSummary> themeSummaries(int sentences = 6);
    ThemeSummary themeSummary(const QString &themeId, int sentences = 6);
    DocumentSummary documentSummary(const QString &documentId, int sentences = 5);

private:
    void prepare();
    int keyHits(const Sentence &s, int themeIndex) const;
    QMap<QString, double> coverage(int themeIndex) const;
    QList<int> select(const QList<int> &candidates, const QList<double> &weights, int count) const;

    QList<Theme> m_catalogue;
    QList<QList<QStringList>> m_keys; // per theme: each key as a sequence of folded lemmas
    search::Lemmatizer m_lemmatizer;
    QList<Sentence> m_sentences;
    QList<QList<int>> m_hits; // per sentence, per theme: key hits (computed once)
    QMap<QString, int> m_sentencesPerDocument;
    bool m_prepared = false;
};

/// Cosine similarity of two sparse vectors. Pure.
double cosine(const QHash<QString, double> &a, const QHash<QString, double> &b);
/// Dot product of two sorted unit-length sparse vectors (their cosine). Pure.
double cosine(const QList<QPair<int, double>> &a, const QList<QPair<int, double>> &b);

} // namespace okur::themes
