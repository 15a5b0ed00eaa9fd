#pragma once
#include <QHash>
#include <QList>
#include <QStringList>
#include <QString>
#include <functional>

namespace okur::glossary {

/// The labels the glossary writes outside its suffix tables, in English, marked for lupdate here; the
/// interface translates them where it shows them (in the "okur::glossary" context). The glossary also
/// reads some of them back ("verb stem"), so each is written once, here.
namespace labels {
inline constexpr char kStem[] = QT_TRANSLATE_NOOP("okur::glossary", "stem");
inline constexpr char kVerbStem[] = QT_TRANSLATE_NOOP("okur::glossary", "verb stem");
inline constexpr char kProperNoun[] = QT_TRANSLATE_NOOP("okur::glossary", "proper noun");
inline constexpr char kSuffix[] = QT_TRANSLATE_NOOP("okur::glossary", "suffix");
inline constexpr char kUnknownWord[] = QT_TRANSLATE_NOOP("okur::glossary", "unknown word");
inline constexpr char kBaseForm[] = QT_TRANSLATE_NOOP("okur::glossary", "base form");
inline constexpr char kIrregularForm[] = QT_TRANSLATE_NOOP("okur::glossary", "irregular form");
inline constexpr char kContraction[] = QT_TRANSLATE_NOOP("okur::glossary", "contraction");
inline constexpr char kAbbreviation[] = QT_TRANSLATE_NOOP("okur::glossary", "abbreviation");
inline constexpr char kPronoun[] = QT_TRANSLATE_NOOP("okur::glossary", "pronoun");
inline constexpr const char *kAll[] = {kStem,     kVerbStem,      kProperNoun,  kSuffix,       kUnknownWord,
                                       kBaseForm, kIrregularForm, kContraction, kAbbreviation, kPronoun};
} // namespace labels

/// One piece of a word: the stem or a suffix, with a plain-language label.
struct Segment {
    QString form;   ///< "diplomasi", "-si", "-nin"
    QString tag;    ///< "POSS.3SG", "GEN" ... (empty for the stem)
    QString label;  ///< "his/her/its (possessive)", "of (genitive)" ...
};

/// One reading of a word: its lemma and how the surface form is built.
struct Analysis {
    QString lemma;            ///< dictionary form: "diplomasi", "güçlendirmek", "strengthen"
    QString root;             ///< bare root as UD writes it: "güçlendir" for a verb, else the lemma
    QList<Segment> segments;
    int score = 0;            ///< lower is better
};

/// Answers whether a dictionary form exists (dictionary headword or lexicon word).
/// 0 unknown, else a cost (lower is better); 4 or less: a word chosen on purpose, read as itself.
using LemmaCheck = std::function<int(const QString &lemma)>;

/// Turkish analyses of a lower-cased word: stems found by stripping
/// suffixes that obey vowel harmony and buffer-consonant rules (with stem
/// consonant softening: gücü → güç), best first. A word with an apostrophe
/// ("Azerbaycan'ın") is a name plus suffixes. Pure given `known`.
/// `headword`, when given, says whether a form is a dictionary headword in its
/// own right (non-zero): a word the dictionary lists whole ("yeni", "günlük",
/// "görünmek") is read as itself before a decomposition (yen + -i, gün + -lük,
/// gör + -ün).
/// Its value: kInDictionary | kInStemList, as the form is listed.
constexpr int kInDictionary = 1;
constexpr int kInStemList = 2;
/// Or'ed in: the stem list gives the form only with suffixes, never a plural or a case of place
/// (doldur, milletvekil): a verb root or a compound's bound stem, no noun of its own.
constexpr int kBoundStem = 4;
/// Or'ed in for a verb's infinitive: a causative in -t or -DIr of a listed verb that shares a sense with it
/// (bekletmek "wait" of beklemek "wait"; not anlatmak "tell" of anlamak "understand"): its base is its lemma.
constexpr int kTransparentCausative = 8;
/// Or'ed in: the stem list gives the form as a verb's root only (bakın- "look around", not basın "press").
constexpr int kVerbRootOnly = 16;
/// Or'ed in: the curated glossary gives the form as a postposition or conjunction (için, göre, ve), which
/// takes no suffix of its own: içinde is iç-i-nde, not için-de.
constexpr int kFunctionWord = 32;
/// Or'ed in for a word in -mAk: the stem list gives it as a noun only (sumak "sumac"), so it is no verb's
/// infinitive: sunduğu is sun-duğ-u, not su-n-duğ-u.
constexpr int kNounOnly = 64;
constexpr int kListedMask = kInDictionary | kInStemList;
QList<Analysis> analyzeTurkish(const QString &word, const LemmaCheck &known, const LemmaCheck &headword = {});

/// A name with suffixes after it (`suffixes` may be empty): the name is the lemma, the suffixes are read
/// greedily, longest first; a rest no suffix reads is one last segment labelled "suffix", with no tag.
Analysis analyzeTurkishName(const QString &name, const QString &suffixes);

/// The common noun heading a compound name, when the lower-cased `name` before an
/// apostrophe is best read as that noun with the compound marker -(s)I ("parkı" in
/// "Gülhane Parkı'ndan" → park, "cumhuriyeti" → cumhuriyet); else empty ("ali", "orhan").
QString compoundNameHead(const QString &name, const LemmaCheck &known, const LemmaCheck &headword = {});

/// English analyses: inflectional endings removed by rules ("strengthened"
/// → strengthen, "studies" → study), checked with `known`. Pure.
/// `irregular` maps irregular forms to their bases ("gave" → give), as
/// WordNet's exception lists do. `affixes` gives a base's hunspell affix
/// flags (en_US: D -ed, G -ing, S -s, R -er, T -est, M 's), a null array for
/// a word the word list does not list: a reading whose ending the base's own
/// flags allow ranks first.
using AffixFlags = std::function<QByteArray(const QString &word)>;
QList<Analysis> analyzeEnglish(const QString &word, const LemmaCheck &known,
                               const QHash<QString, QStringList> *irregular = nullptr,
                               const AffixFlags &affixes = {});

} // namespace okur::glossary
