#pragma once
#include "morphology.h"

#include <QList>
#include <QString>

/// What the lexicon says of a Turkish reading that the morphology engine (morphology.cpp) builds; each asks the
/// word lists through a LemmaCheck and keeps no state, so it is callable from any thread.
namespace okur::glossary::turkish {

/// The cost of reading a stem that is itself a regular form of a known verb as a word of its own.
inline constexpr int kDerivedStemCost = 10;

/// kDerivedStemCost when `stem` is a regular form of a known verb (bilme, gelen, gelmez; as a verb: gelme-,
/// açıl-, bulabil-), else 0; with `verbFormsOnly`, only a verb's forms count. `verbRoot` gets that verb's root.
int derivedStemCost(const QString &stem, bool verbStem, const LemmaCheck &known, bool verbFormsOnly = false,
                    QString *verbRoot = nullptr);
/// Whether `chain` builds, from `stem`, a form the dictionary lists whole (gün + -lük = günlük, gör + -ün).
bool lexicalisedDerivation(const QString &stem, bool verbStem, const QList<Segment> &chain, const LemmaCheck &headword);
/// Whether `stem` is a listed verb in a reflexive -In after a consonant (görün-, bulun-): a verb of its own.
bool reflexiveHeadword(const QString &stem, bool verbStem, const LemmaCheck &headword);
/// A verb root's infinitive: gel → gelmek, bak → bakmak.
QString infinitive(const QString &root);
/// Whether `stem` is a known verb's participle in -(y)An, -(y)AcAK or -mIş (alan, gelecek, geçmiş).
bool participleOfVerb(const QString &stem, const LemmaCheck &known);
/// Whether `chain` is nothing but voice and an imperative person: gel-in, ak-ıl, kur-ul.
bool bareImperative(const QList<Segment> &chain);
/// The compound a bound stem and its compound marker spell (milletvekil-i-nin, milletvekil-ler-i: milletvekili),
/// when the dictionary or the stem list gives it; empty otherwise.
QString boundCompound(const QString &stem, const QList<Segment> &chain, const LemmaCheck &headword);

} // namespace okur::glossary::turkish
