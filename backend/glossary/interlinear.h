#pragma once
#include "morphology.h"

#include <QList>
#include <QString>

namespace okur::glossary {

class Glossary;

/// One word of an interlinear gloss: the word cut into its morphs and, under
/// it, each morph's gloss (Leipzig rules: morphs and glosses joined by '-'
/// in step; a stem glossed by several words joins them with '.').
struct GlossWord {
    QString surface; ///< "diplomasisinin"
    int start = 0;   ///< in the sentence
    int length = 0;
    QString lemma;     ///< "diplomasi"
    QString segmented; ///< "diplomasi-si-nin"
    QString gloss;     ///< "diplomacy-POSS.3SG-GEN"
    int term = -1;     ///< index in InterlinearGloss::terms of the multiword term it belongs to
};

/// A multiword term of the field in the sentence: words [first, last].
struct GlossTerm {
    QString headword;    ///< "yumuşak güç"
    QString translation; ///< "soft power"
    int first = 0;
    int last = 0;
};

struct InterlinearGloss {
    QString language;
    QList<GlossWord> words;
    QList<GlossTerm> terms;
};

/// A stem's gloss as Leipzig writes it, from a dictionary sense: the first
/// sense without its parenthetic notes and the infinitive's "to", words
/// joined by '.' ("to examine" → "examine", "foreign policy" → "foreign.policy"). Pure.
QString stemGloss(const QString &sense);

/// Cuts `surface` into the morphs of `analysis` and glosses them:
/// ("diplomasisinin", diplomasi + -si POSS.3SG + -nin GEN, "diplomacy") →
/// {"diplomasi-si-nin", "diplomacy-POSS.3SG-GEN"}. The morphs keep the
/// surface's letters (its capitals; an apostrophe before suffixes becomes the
/// boundary). Pure.
QPair<QString, QString> glossWord(const QString &surface, const Analysis &analysis, const QString &stem);

/// The interlinear gloss of a sentence: each word with its best analysis, in
/// order, and the multiword terms it contains. Any thread may call it.
InterlinearGloss glossSentence(const Glossary &glossary, const QString &sentence, const QString &language);

} // namespace okur::glossary
