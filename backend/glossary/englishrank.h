#pragma once
#include "morphology.h"

#include <functional>

namespace okur::glossary::english {

/// A lemma's usage value (see `usageTable`), -1 when WordNet's tagged corpus never uses it.
using UsageOf = std::function<int(const QString &lemma)>;

/// Reorders the English readings of `word` (lower case) by how often each is
/// used, out of context: a reading as the word itself counts the word's own
/// uses in every class, a reading as base + ending half the uses of its base
/// in the classes that ending inflects ("fighting" the noun against "fight"
/// the verb; "troops" against "troop"; "media" against "medium"). When no
/// reading is ever used, a whole word that the word list accepts only as an
/// inflected form (`listedWhole` false: "recycled", "annotations") yields to
/// its base. `formTags` (a `tagTable` value, -1 for none) adds how often a
/// treebank tags the word itself each way: "meeting" as a noun against as
/// meet's -ing form. The first reading keeps the best score. Pure.
void rankByUsage(QList<Analysis> *analyses, const QString &word, const UsageOf &usageOf, bool listedWhole,
                 int formTags = -1);

/// The word with every run of three or more of one letter cut to two, then to
/// one ("sooooo" → soo, so; "commment" → comment): English spells no word with
/// three of a letter in a row, so such a run is emphasis or a slip. Empty when
/// the word has no such run.
QStringList collapsedRepeats(const QString &word);

/// The lemmas UD gives a clitic split off by the tokenizer, most likely first:
/// 's → be, have ("it's", "he's been"); 're, 'm → be; 've → have; 'll → will;
/// 'd → would, have; n't → not. Empty for any other word (a possessive 's is no word of its own here).
QStringList contractionLemmas(const QString &word);

/// Whether a word between `previous` and `next` (any case) reads as a verb's -ing or past form,
/// as UD reads it in a sentence, where the word alone may read as a noun or adjective (building,
/// leveraged): after a form of be or have ("has leveraged", "is building"), or before a
/// determiner or an object pronoun, its object ("building a network", "leveraged its reserves"). Pure.
bool verbContext(const QString &previous, const QString &next);

/// Whether `word` is written in capitals only, with at least two letters (DUI, U.S).
bool allCapitals(const QString &word);

/// The full name of a month or weekday a capitalised abbreviation stands for,
/// with or without its period ("Sept." → September, "Fri" → Friday), as UD
/// lemmatises them; empty for any other word.
QString calendarName(const QString &word);

/// A British spelling turned American, as en_US spells it, at one place:
/// -is- for -iz- before e, i or a (authorised → authorized, organisation →
/// organization), -our- for -or- (colours → colors) and a doubled l before
/// -ing, -ed or -er for one (travelling → traveling). `british(lemma)` turns a
/// lemma read in the American spelling back, so the lemma keeps the writer's
/// spelling (authorise, colour, traveller; travel is both). Empty when the word has none.
struct Respelling {
    QString american;
    qsizetype at = -1;
    QString from; ///< the British letters at `at`: "is", "our"
    QString to;   ///< the American ones: "iz", "or"
    QString british(const QString &lemma) const
    {
        // British doubles a final l only before an ending: travelling is travel.
        if (from == QLatin1String("ll") && lemma.size() == at + to.size()) {
            return lemma;
        }
        return lemma.mid(at, to.size()) == to ? lemma.left(at) + from + lemma.mid(at + to.size()) : lemma;
    }
};
QList<Respelling> americanSpellings(const QString &word);

/// An -ing form with its g dropped, as speech writes it, made whole ("goin" → going, "findin'" →
/// finding); empty for a word that does not end so. Pure.
QString droppedG(const QString &word);

/// The adjectives an adverb in -ly may be made from: recently → recent, happily → happy, basically → basic,
/// largely → large, probably → probable, fully → full; WordNet says which one it is (adverbTable). Empty for
/// any other word. An adverb FreeDict lacks (most: recently, quickly, generally) shows its adjective's entries.
/// Pure.
QStringList adverbBases(const QString &word);

} // namespace okur::glossary::english
