#pragma once
#include "catalogue.h"
#include "documents/document.h"
#include "facts.h"
#include "text/words.h"
#include "tokenizer/tokens.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <atomic>
#include <optional>

namespace okur::themes {

/// Bumped when summaries would come out differently: caches are rebuilt.
constexpr int kSummarizerVersion = 10;

/// A document contributes at most this many sentences, evenly spread, and a
/// sentence longer than kMaxSentenceLength characters is no summary material:
/// so a summary's cost is capped per document, whatever its size.
constexpr int kMaxSentencesPerDocument = 2500;
constexpr int kMaxSentenceLength = 1200;
/// At most this many sentences, the most specific, compete in one summary
/// (LexRank compares every pair of them).
constexpr int kMaxCandidates = 150;

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
    QList<Mention> names;             ///< named things it states
    QList<DateMention> dates;         ///< dates it states
    QStringList entities;             ///< folded names and years, distinct
    bool generic = false;             ///< talks about the text, not the world (isGeneric())
    bool dangling = false;            ///< opens on a word pointing back (isDangling())
    double rarity = 0;                ///< how much rarer its rarest lemmas are than most sentences' (0-1)
    int numbers = 0;                  ///< numbers it states besides dates
    double specificity = 0;           ///< how much it tells: rare names, dates, numbers, rare lemmas
};

/// A named event, institution, place or date that a theme's sentences state.
struct KeyFact {
    QString text;       ///< as first written
    FactKind kind = FactKind::Name;
    int count = 0;      ///< sentences that state it
    Sentence sentence;  ///< the most telling of them, to cite
};

/// A dated sentence of the library.
struct TimelineEvent {
    int year = 0;
    int month = 0;        ///< 0 when only the year is given
    QString date;         ///< as written ("in 2015", "Şubat 2026")
    QStringList themes;   ///< the themes the sentence is about
    Sentence sentence;
};

struct ThemeSummary {
    Theme theme;
    QMap<QString, double> coverage; ///< document id → share of its sentences about the theme
    QList<Sentence> sentences;      ///< the summary, most important first
    QList<KeyFact> facts;           ///< its key facts, most telling first
};

struct DocumentSummary {
    QString documentId;
    QList<Sentence> sentences;               ///< in reading order
    QList<QPair<QString, double>> topThemes; ///< theme id and coverage, strongest first
};

/// Work done, to check that cost stays bounded by the input.
struct SummarizerStats {
    qint64 sentencesRead = 0;   ///< sentences lemmatized
    qint64 comparisons = 0;     ///< sentence pairs compared
    int largestSelection = 0;   ///< most candidates in one summary
};

/// Extractive, cited summaries across the library.
///
/// Why this method: the documents are few and short, in two languages, and a
/// reader must trust every line, so sentences are quoted, never rewritten.
/// Sentences are matched to themes through lemmas (so "dijital diplomasinin"
/// counts for digital diplomacy). Within a theme, LexRank (PageRank over
/// TF-IDF cosine similarity) finds the sentences most central to what the
/// documents say, weighted by how directly they name the theme and by how
/// much they tell (named events, institutions, places, dates, rare lemmas;
/// generic sentences such as "This article explores" count little); MMR then
/// picks them one by one, trading importance against similarity to those
/// already chosen and rewarding names not yet stated, so no two say the same
/// thing. Cost is linear in the library: capped per document and per
/// summary. Pure given the lemmatizer; one thread at a time.
class Summarizer {
public:
    Summarizer(QList<Theme> catalogue, tokenizer::Lemmatizer lemmatizer);

    void addDocument(const QString &id, const QList<documents::StoredBlock> &blocks);
    /// Every theme's summary (5 to 8 sentences where the library has them).
    QList<ThemeSummary> themeSummaries(int sentences = 6);
    ThemeSummary themeSummary(const QString &themeId, int sentences = 6);
    DocumentSummary documentSummary(const QString &documentId, int sentences = 5);
    /// Dated sentences, by date; only those about the theme or in the
    /// document when given.
    QList<TimelineEvent> timeline(const QString &themeId = QString(), const QString &documentId = QString());
    SummarizerStats stats() const { return m_stats; }
    /// Stops long work early when the flag turns true (results are then partial).
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

private:
    void prepare();
    /// An English -ing or past form that its neighbours show is a verb gets its verb's lemma.
    void readVerbsInContext(const QList<text::WordSpan> &words, QStringList *lemmas) const;
    int keyHits(const Sentence &s, int themeIndex) const;
    QMap<QString, double> coverage(int themeIndex) const;
    /// Picks `count` sentences, and up to `extra` more while each states telling names not yet stated;
    /// `theme` is the theme summarised (-1 for a document), whose other themes are sub-topics to spread over.
    QList<int> select(QList<int> candidates, QList<double> weights, int count, const QSet<QString> &known = {},
                      int extra = 0, int theme = -1);
    QList<KeyFact> keyFacts(int themeIndex) const;
    /// The name a key fact is, as a sentence mentions it: none for a section's title, a label ("Anahtar
    /// Kelimeler: …") or common words in capitals ("Büyük Veri"); without a word that only opens the sentence
    /// ("Özellikle 2012 Eurovision Şarkı Yarışması").
    std::optional<Mention> factName(const Sentence &s, const Mention &m) const;
    Mention withoutOpeningWord(const Mention &m) const;

    int themeIndex(const QString &id) const;
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    QList<Theme> m_catalogue;
    QList<QList<QStringList>> m_keys; // per theme: each key as a sequence of folded lemmas
    tokenizer::Lemmatizer m_lemmatizer;
    QList<Sentence> m_sentences;
    QList<QList<int>> m_hits; // per sentence, per theme: key hits (computed once)
    QMap<QString, int> m_sentencesPerDocument;
    QHash<QString, int> m_entityFrequency; // sentences stating each entity
    QHash<QString, int> m_lemmaFrequency;  // sentences with each folded lemma, names at a sentence's start included
    QSet<QString> m_headings;              // the documents' headings, folded: a name equal to one is a section's title
    QSet<QString> m_lowerCase;             // words written in lower case past a sentence's start, folded
    QHash<QString, QStringList> m_acronymExpansions; // an acronym (folded) → the words before it where it is defined
    QSet<QString> m_namedAcronyms;                   // acronyms (folded) defined after an institution's or event's name
    QList<QMap<QString, double>> m_coverage; // per theme
    SummarizerStats m_stats;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_prepared = false;
};

/// Cosine similarity of two sparse vectors. Pure.
double cosine(const QHash<QString, double> &a, const QHash<QString, double> &b);
/// Dot product of two sorted unit-length sparse vectors (their cosine). Pure.
double cosine(const QList<QPair<int, double>> &a, const QList<QPair<int, double>> &b);

} // namespace okur::themes
