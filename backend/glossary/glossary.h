#pragma once
#include "dictionary.h"
#include "morphology.h"
#include "stemweights.h"
#include "text/lexicon.h"

#include <QHash>
#include <QMutex>
#include <memory>
#include <mutex>
#include <utility>

namespace okur::text {
struct WordSpan;
}

namespace okur::glossary {

/// What a lookup found: the word's analyses and dictionary entries, best
/// first. When the word belongs to a multiword term, `term` names it and its
/// entries come first.
struct LookupResult {
    QString query;
    QString language; ///< language of the query ("tr" or "en")
    QString term;     ///< the multiword term the word is part of, if any
    int start = -1;   ///< where the looked-up text sits in its block (lookupAt)
    int length = 0;
    QList<Analysis> analyses;
    QList<Entry> entries;
    /// The lemma the word's status is kept by: its first reading out of context (lemmaOf), as the reader's tints
    /// read every token, whatever reading the card shows first (a curated word, a term's passive); "" for a phrase.
    QString statusLemma;
    bool found() const { return !entries.isEmpty(); }
};

/// briefSenses() of a result in a line, "; " between them; "" when nothing was found. Pure.
QString briefGloss(const LookupResult &r, int most = 3);

/// A word that matters in a document, with where it occurs.
struct Occurrence {
    int block = 0;
    int start = 0;
    int length = 0;
};
struct KeyTerm {
    QString lemma;
    QString language;
    int count = 0;
    QStringList senses;
    QList<Occurrence> occurrences;
};

/// The bilingual glossary: morphology plus dictionaries. Immutable after
/// construction; any thread may call it.
class Glossary {
public:
    explicit Glossary(std::shared_ptr<const Dictionary> dictionary);

    /// Looks up a word or phrase. `language` may be empty to guess.
    LookupResult lookup(const QString &text, const QString &language = QString()) const;
    /// Looks up the word at `position` of a block's text, preferring a
    /// multiword term around it ("yumuşak gücün" → yumuşak güç).
    LookupResult lookupAt(const QString &blockText, int position, const QString &language) const;
    QList<Analysis> analyze(const QString &word, const QString &language) const;
    /// The best lemma of a word (its folded self when unknown).
    QString lemmaOf(const QString &word, const QString &language) const;
    /// True for function words (ve, bir, the, of ...), which have no key-term value.
    static bool isStopword(const QString &lemma, const QString &language);

    /// The document's key terms: frequent content lemmas and its multiword terms.
    QList<KeyTerm> keyTerms(const QList<QPair<QString, QString>> &blocks /* text, language */, int limit) const;

    const Dictionary &dictionary() const { return *m_dictionary; }
    /// The multiword term of the field these lemmas make ("yumuşak güç"), or "".
    QString termOf(const QStringList &lemmas, const QString &language) const
    {
        return terms().value(language + u'\t' + termKey(lemmas));
    }
    /// The multiword term of the field a run of words makes, each word read by its first reading's lemma or, in
    /// Turkish, a verb by its passive reading's (ele alınmıştır "has been dealt with": ele almak); "" for none.
    /// `voiced`, when given, is set to the word read by its passive (-1: none) and `reading` to that reading.
    QString termOfWords(const QStringList &words, const QString &language, int *voiced = nullptr,
                        Analysis *reading = nullptr) const;
    /// The most words a multiword term has.
    int longestTerm() const
    {
        terms();
        return m_longestTerm;
    }

private:
    /// How plausible `lemma` is as a dictionary form: 0 unknown, else a cost (lower is better).
    int knownRank(const QString &lemma, const QString &language) const;
    /// Loads the Turkish stem weights and English irregular forms once, on first use.
    void loadWordLists() const;
    QList<Analysis> analyzeUncached(const QString &word, const QString &language) const;
    /// An English word no list knows read as the most used word one slip away ("peopel": people), then as
    /// itself; empty when no such word is known.
    QList<Analysis> respelled(const QString &word) const;
    QList<Analysis> adverbReading(const QString &w) const;
    /// An English word's readings (`lower` folded, `known` its lemmas' ranks); empty when none.
    QList<Analysis> analyzeEnglishWord(const QString &word, const QString &lower, const LemmaCheck &known) const;
    /// A word no list knows read through what it is made of: a plural's possessive (students'), an acronym's
    /// plural (FMs), a hyphenated word's last part (mis-matches: mis-match + -es). `w` is folded, ’ as '.
    QList<Analysis> composedReadings(const QString &word, const QString &w) const;
    /// A capitalised Turkish word read as a name that `tr_TR.dic` spells with its capital and knows as
    /// no common word (Kayseri, Ankaralı), bare or with suffixes written on without an apostrophe, as a
    /// derived name takes them (Akşehirli-ler, Ispartalı-lar-da); the longest such name. Empty lemma: none.
    Analysis listedName(const QString &word) const;
    /// A Turkish word's readings: names before an apostrophe, names the stem list spells, then common words.
    QList<Analysis> analyzeTurkishWord(const QString &word, const QString &lower, const LemmaCheck &known,
                                       const LemmaCheck &headword) const;
    // The score of a reading made of the word itself, found in no list.
    static constexpr int kUnknownScore = 1000;
    // A Turkish capitalised word whose best reading as a common word costs more than this is read as a name,
    // less an allowance for each suffix the reading runs on (tuned on the UD development sets: 2 to 4 gain alike).
    static constexpr int kNameThreshold = 28;
    static constexpr int kNameSuffixAllowance = 3;
    /// Whether a Turkish infinitive is a causative in -t or -DIr of a listed verb whose senses it shares
    /// (bekletmek: beklemek, both "wait"), so that its base is its lemma.
    bool transparentCausative(const QString &infinitive) const;
    bool causativeSharesSense(const QString &infinitive) const;
    QString termKey(const QStringList &lemmas) const;
    /// The runs of 2 to `longest` words of `ws` that cover word `k`, longest first, none across a sentence break,
    /// a comma, a bracket or a dash; of one length the leftmost first, or with `headFinal` the rightmost.
    struct Window {
        int first = 0; ///< the run's first word
        int words = 0;
        int from = 0; ///< where the run sits in its block
        int to = 0;
    };
    static QList<Window> windowsAround(const QString &blockText, const QList<text::WordSpan> &ws, int k, int longest,
                                       bool headFinal);
    /// The phrase the dictionary lists for these words (at the crossroads, trade route, yola çıkmak): as written,
    /// or as a headword cites it (trade routes, yola çıktı); empty for none. FreeDict's phrases are no terms of
    /// the field.
    QString listedPhrase(const QList<text::WordSpan> &words, const QString &language) const;
    static constexpr int kLongestPhrase = 4;
    /// The curated glossary's articles for the English word itself in the order WordNet's tagged corpus uses the
    /// lemma (work: the verb's first); a form's stay as its reading ordered them.
    void orderCuratedHomographs(LookupResult *r) const;
    /// `sentenceStart`: the word opens a sentence, so its capital says nothing (no name's sense first).
    LookupResult lookupWord(const QString &word, const QString &language, bool sentenceStart = false) const;
    /// Moves the reading of `word` as itself first when the curated glossary lists it whole, as no verb; or, before
    /// a verb's reading, as such an adjective with a copula and a person after it (vardır: var + -dır).
    void showCuratedWordFirst(QList<Analysis> *analyses, const QString &word, const QString &language) const;

    std::shared_ptr<const Dictionary> m_dictionary;
    mutable QHash<QString, QString> m_terms; // "yumuşak güç" (lemmas) → headword
    mutable int m_longestTerm = 1;
    // Analyses are pure functions of the word: cached, since texts repeat their words.
    mutable QMutex m_causativesMutex;
    mutable QHash<QString, bool> m_causatives; // transparentCausative's answers
    mutable QMutex m_cacheMutex;
    mutable QHash<QString, QList<Analysis>> m_cache;
    mutable std::once_flag m_wordListsOnce;
    mutable StemWeights m_stems;                     // tr_TR.dic: stem → affix classes
    mutable QHash<QString, QStringList> m_irregular; // WordNet exceptions: "gave" → give
    mutable StemWeights m_enForms;                   // en_US: every accepted form; a base's affix flags
    mutable StemWeights m_enUsage;                   // WordNet's tagged counts: lemma → uses by word class
    mutable StemWeights m_enNames;                   // WordNet's names in -s (Hamas, Laos): no plural of Hama, Lao
    mutable StemWeights m_enAdverbs; // WordNet's adverbs made from an adjective: adverb → its adverbBases place + 1
    mutable StemWeights m_enTags; // the Penn Treebank's tags: form → uses as itself, inflected, graded
    /// The field's multiword terms by their lemmas, built on first use: a one-word lookup never waits for it.
    const QHash<QString, QString> &terms() const;
    void buildTerms() const;
    mutable std::once_flag m_termsOnce;
};

} // namespace okur::glossary
