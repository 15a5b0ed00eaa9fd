#pragma once
#include <QHash>
#include <QPair>
#include <QSet>
#include <QString>

/// English words the converter trusts, from WordNet (lemmas, and sense-tagged
/// counts from cntlist.rev as a frequency list) and hunspell's en_US word list.
/// Used to restore spaces FreeDict lost ("layholdof") and to rank and filter
/// senses by evidence. Build-time only.
class EnglishLexicon {
public:
    bool load(const QString &wordnetDir, const QString &hunspellDic, QString *error);
    /// WordNet's sense-tagged count of a lemma (lower case, spaces): 0 when untagged.
    int frequency(const QString &lemma) const { return m_frequency.value(lemma.toLower()); }
    /// The part of `frequency` that tags the lemma as a verb.
    int verbFrequency(const QString &lemma) const { return m_verbFrequency.value(lemma.toLower()); }
    /// Reads how often the Penn Treebank tags each form (Lingua::EN::Tagger's words.yml: "like: { vb: 68, in:
    /// 483 }"), as a verb and otherwise. WordNet counts no preposition, modal or determiner (like, will, that).
    bool loadTags(const QString &wordsYml, QString *error);
    /// How often the treebank tags `form` (lower case) as a verb, and in any other way; {0, 0} when never.
    QPair<int, int> verbAndOtherTags(const QString &form) const { return m_tags.value(form.toLower()); }
    /// How often the treebank tags `form` (lower case) as a word of `partOfSpeech` ("conjunction" counts in and
    /// cc, "preposition" in and to, "pronoun" prp, prps, wp, wps; "interjection" uh); 0 for another part of speech.
    int tagsAs(const QString &form, const QString &partOfSpeech) const;
    /// How often the treebank tags `form` (lower case) as a function word: a preposition or subordinating
    /// conjunction (in, to), a coordinating one (cc), a determiner (det, pdt, wdt), a pronoun or a wh-adverb (wrb);
    /// not a modal or an auxiliary ("with" 4,000 times; "would", "is" none). WordNet counts none of them.
    int functionTags(const QString &form) const;
    /// How often the treebank tags `form` (lower case) as a word of English, not as a name, a foreign word, a
    /// pronoun or a determiner ("of" 28,330; "de" 35, "son" 35, "her" 0: the Turkish words "too", "last", "every").
    int commonTags(const QString &form) const { return m_common.value(form.toLower()); }
    bool inWordNet(const QString &lemma) const { return m_wordnet.contains(lemma.toLower()); }
    /// `en_US.dic`'s capitalised spelling of a word ("egypt" → "Egypt"), or empty.
    QString capitalised(const QString &word) const { return m_capitalised.value(word.toLower()); }
    /// `s` with the spaces (or hyphens) it lost put back, when the evidence
    /// says so: a WordNet multiword lemma spelt without them ("comeabout" →
    /// "come about"), else the split into fewest known words ("makeuseof" →
    /// "make use of"). Anything already a word, or not splittable, is returned as is.
    /// `verb`: `s` translates a verb, so a word that is no verb ("pickup") is
    /// split into a WordNet phrasal verb when there is one ("pick up").
    /// `split`: false keeps to WordNet's multiword lemmas (for headwords, whose
    /// lookup key should not change on weaker evidence).
    QString restoreSpaces(const QString &s, bool verb = false, bool split = true) const;

private:
    QSet<QString> m_words;             // hunspell's lower-case words
    QSet<QString> m_verbs;             // WordNet's single-word verbs
    QHash<QString, QString> m_joinedVerbs;
    QSet<QString> m_wordnet;           // all WordNet lemmas, lower case, spaces
    QHash<QString, QString> m_joined;  // multiword lemma without separators → lemma
    QHash<QString, int> m_frequency;
    QHash<QString, int> m_verbFrequency;
    QHash<QString, QPair<int, int>> m_tags;
    QHash<QString, QHash<QByteArray, int>> m_tagCounts; // form → Penn tag → count
    QHash<QString, int> m_common;
    QHash<QString, QString> m_capitalised; // lower case → as en_US.dic spells a name
};
