#pragma once
#include "stemweights.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <utility>

namespace okur::glossary::english {

/// Values in the table of English forms, OR-ed together.
constexpr int kAccepted = 1; ///< the spell checker accepts the form (a base or a base with its affixes)
constexpr int kListed = 2;   ///< a base its .dic lists as written, with its flags below
/// The bit of an upper-case hunspell flag letter ('A'..'Z') in a listed base's value.
constexpr int flagBit(char flag)
{
    return 1 << (2 + (flag - 'A'));
}

/// Every form a hunspell .aff/.dic pair with one-letter flags accepts without
/// compounding (en_US): each base, with each suffix and prefix its flags allow,
/// and their cross products. Built at build time and read in place, so a
/// lookup needs no spell checker; the same function builds it when the
/// prebuilt table is missing.
StemWeights formTable(const QByteArray &aff, const QByteArray &dic);

/// A listed base's flag letters ("DGS"), or a null array when `value` is not a listed base.
QByteArray flagLetters(int value);

/// How often WordNet's sense-tagged corpus (cntlist.rev: "fighting%1:04:00:: 1 25")
/// uses each lemma as a noun, verb, adjective and adverb, each as a quantized
/// logarithm (kCountSteps steps per doubling, 7 bits) packed into one value.
/// Built at build time from Debian wordnet-base and read in place; it ranks
/// readings out of context: "fighting" is its own noun more often than half
/// as often as "fight" is a verb.
enum class WordClass { Noun = 0, Verb = 1, Adjective = 2, Adverb = 3 };
constexpr int kCountSteps = 8;
StemWeights usageTable(const QByteArray &cntlist);
/// The quantized log count of `cls` in a `usageTable` value (0 when absent).
inline int usage(int value, WordClass cls)
{
    return value < 0 ? 0 : (value >> (7 * int(cls))) & 0x7f;
}
/// The quantized log of a count: kCountSteps * log2(1 + count), at most 127.
int logCount(double count);

/// How often the Penn Treebank's Wall Street Journal text tags each lower-case
/// word form ("meeting: { nn: 230, vbg: 27 }", Lingua::EN::Tagger's words.yml,
/// Debian liblingua-en-tagger-perl) in a way UD lemmatises as the form itself
/// (a noun, proper noun, adjective or adverb: "meeting" the noun), as a verb's
/// form (-ing, past, -s: "meeting" of meet) and as a comparative or
/// superlative; each a quantized log (as `usageTable`) packed into one value.
/// Built at build time and read in place; a plural noun is left out, as UD
/// reads a plural as its singular but a plurale tantum (troops) as itself.
/// Calls `tagged(form, tags)` for each form of Lingua::EN::Tagger's words.yml, one a line (`building: { nn:
/// 161, vbg: 72 }`), with its tags and counts as written; not for a quoted form (one with other letters).
void forEachTaggedForm(const QByteArray &wordsYml,
                       const std::function<void(const QByteArray &form, const QList<std::pair<QByteArray, qint64>> &tags)> &tagged);
enum class FormTag { Itself = 0, Inflected = 1, Graded = 2 };
StemWeights tagTable(const QByteArray &wordsYml);
/// The quantized log count of `tag` in a `tagTable` value (0 when absent).
inline int tagged(int value, FormTag tag)
{
    return value < 0 ? 0 : (value >> (7 * int(tag))) & 0x7f;
}

/// The adverbs WordNet derives from an adjective (data.adv's pertainym pointer, word to word: recently → recent,
/// quickly → quick; not hardly, which WordNet makes scarcely's synonym, never hard's), each valued with the place
/// of that adjective among `adverbBases(adverb)`, plus one; an adverb whose adjective is none of them is left
/// out. Built at build time from data.adv and data.adj and read in place: an adverb FreeDict lacks shows its
/// adjective's entries only when WordNet says it is made from it.
StemWeights adverbTable(const QByteArray &dataAdv, const QByteArray &dataAdj);

/// The names WordNet lists that end in -s as written (Hamas, Laos, Mithras, Adams, Philippines: a capitalised noun
/// lemma of data.noun), valued 1. Built at build time and read in place: such a name is not the plural of a
/// shorter one en_US spells with a plural's flag (Hama/SM, Lao/S), as Iraqis is Iraqi's.
StemWeights nameTable(const QByteArray &dataNoun);

/// The count a quantized log (`logCount`) stands for, to within a step.
double countOf(int quantized);
/// How often a `tagTable` value's form is tagged in any way; 0 for none (-1).
double formCount(int value);
/// How often a `usageTable` value's lemma is used in any class; 0 for none (-1).
double lemmaCount(int value);

} // namespace okur::glossary::english
