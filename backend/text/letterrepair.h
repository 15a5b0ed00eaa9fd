#pragma once
#include "lexicon.h"

#include <QHash>
#include <QString>

namespace okur::text {

/// Word counts from the parts of a document whose spelling can be trusted
/// (headings set in an undamaged font, words without an ambiguous letter,
/// paragraphs already repaired with the spacing signal). Used to choose
/// between two valid spellings, such as "durum" and "dürüm".
struct Evidence {
    QHash<QString, int> counts; ///< keys are lower-cased (Turkish rules)
    void addText(const QString &text);
    int count(const QString &word) const;
};

/// How a paragraph was damaged, as far as its text shows.
struct DamageProfile {
    bool splitLetters = false;  ///< "kü ltü r": letters with diacritics split off by a space
    bool uAsU = false;          ///< "üygülama": u set as ü
};

/// Looks for the two kinds of PDF font damage in one paragraph.
DamageProfile detectDamage(const QString &text, const QString &language, const Lexicons &lexicons);

/// Restores the letters of one paragraph: joins letters split off by the
/// font ("kü ltü r" → kültür, "I letişim" → İletişim, "imka nlarla" →
/// imkânlarla), undoes u written as ü ("üygülama" → uygulama) and joins
/// apostrophe suffixes ("Bakü 'de" → Bakü'de), choosing among the candidate
/// spellings the ones the lexicon accepts; runs of spaces become one. Pure
/// given the lexicons.
QString repairLetters(const QString &text, const QString &language, const Lexicons &lexicons,
                      const Evidence &evidence);

/// Collapses runs of spaces and removes the stray spaces PDF extraction puts
/// before closing punctuation and after opening brackets. Pure.
QString tidySpaces(const QString &text);

} // namespace okur::text
