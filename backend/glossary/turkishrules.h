#pragma once
#include "morphology.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <array>

/// Turkish phonology and spelling rules used by the morphology engine (morphology.cpp):
/// pure functions, callable from any thread.
namespace okur::glossary::turkish {

bool isVowel(QChar c);
bool isBackVowel(QChar c);
bool isRounded(QChar c);
bool isVoiceless(QChar c);
/// The last vowel of `s` (e when it has none).
QChar lastVowel(const QString &s);
/// a or e, as the last vowel of `s` asks.
QChar harmonyA(const QString &s);
/// The high vowel (ı, i, u, ü) that harmonises with the vowel `v`.
QChar highVowel(QChar v);
/// A suffix's form in a fixed buffer: the analyser tries every suffix at every cut of a word,
/// and a form that does not match costs no allocation.
struct Form {
    std::array<QChar, 16> letters{};
    qsizetype size = 0;
    QStringView view() const { return {letters.data(), size}; }
    QString toString() const { return view().toString(); }
};
/// The form a suffix template takes after a stem ending in `last` whose last vowel is `vowel`:
/// vowel harmony, buffer letters, voicing. `front` forces front harmony, as loanwords ending in a
/// palatal l or t take it (festivaller, rolü, dikkate).
Form realizeForm(const char16_t *tmpl, QChar last, QChar vowel, bool front = false);
/// The form a suffix template takes after `stem`; empty when it cannot attach.
/// `front` forces front harmony (festivaller, rolü).
QString realize(const char16_t *tmpl, const QString &stem, bool front = false);
/// Stems the dictionary may list for `stem` as found in a word: as written, hardened
/// (kitab → kitap), undoubled (hatt → hat), with its dropped vowel (şehr → şehir).
QStringList stemCandidates(const QString &stem, bool verb = false);
/// Whether the causative -t may follow `stem` (oku-t, otur-t; not al-t).
bool causativeTAllowed(const QString &stem);
/// Whether the distributive -(ş)Ar may follow `stem`, as found in the word or as its lemma: a cardinal
/// numeral (bir-er, iki-şer, dörd-er "four each", yüz-er), the closed class that takes it.
bool distributiveAllowed(const QString &stem);
/// Whether a second passive -Il may follow `chain`: only a passive -n on a vowel stem, whose
/// passive is often doubled (de-n-il-en, söyle-n-il-ir, oku-n-ul-ur); never -Il after -Il.
bool secondPassiveAllowed(const QList<Segment> &chain);
/// The readings of a demonstrative or reflexive pronoun declined with its pronominal n (o-nu, bu-na, şu-nun,
/// kendi-ne, kendi-n-den, o-nda-ki): the closed paradigm the suffix tables do not hold, since o is a
/// one-letter stem and its cases take an n no noun's bare stem does (ona, not oya). Empty for any other word.
QList<Analysis> pronounReadings(const QString &word);
/// Whether the aorist with a low (-Ar) or high (-Ir) vowel may follow the bare root `stem`.
bool aoristVowelAllowed(const QString &stem, bool lowVowel);
/// Whether the stem list attests `stem`, a noun as found before a vowel with its final consonant
/// softened (kitab, ağac, kilid), by listing one of its possessive forms (kitabı, ağacım, kilidine):
/// ölçüd-e is no form of ölçüt, which keeps its t (ölçütü). Not when `stem` is listed as a word itself:
/// its forms are that word's (ağı is ağ "net" + -ı, not ak "white" softened).
bool softeningAttested(const QString &stem, const LemmaCheck &headword);
/// Whether a noun's stem as written (`stem`: ağ, reng) may stand for `candidate` with its final k softened to ğ
/// or g (ak, renk) before the suffix `next` ("-ı", "-lar"; empty when none follows): before a vowel only, so
/// ağ-lar and a bare ağ are no forms of ak. True for any other pair: a d or b before a consonant is an older
/// spelling of a loan's t or p (metod-la is metot).
bool softeningAllowed(const QString &stem, const QString &candidate, const QString &next);
/// Whether the stem list spells the consonant-final `stem` with front suffixes after a back vowel
/// (kalbim, zulmüne): a loan that takes front harmony, as saat and rol do.
bool frontAttested(const QString &stem, const LemmaCheck &headword);
/// Whether the noun stem `stem` is another noun's stem as it alters before a vowel (a dropped vowel,
/// a softened or doubled consonant), bare or with a possessive and a case: the stem list gives burn,
/// aklı, karnım, boynuna as stems of their own, yet they are burun, akıl, karın, boyun.
bool alteredNounForm(const QString &stem, const LemmaCheck &known, const LemmaCheck &headword);
/// Whether `chain` is a postpositional phrase of a place noun: POSS.3 and a case of place, or a bare dative.
bool isLocativePhrase(const QList<Segment> &chain);
/// Whether `chain` is a noun's inflection alone: plural, possessive and a case of place, object or owner
/// (göz-ler-in-e), no derivation, copula or converb (er-ken "while a soldier" is none), no ablative or instrumental,
/// which make adverbs of nouns (sıra-dan "ordinary"), and not a first or second person's possessive alone.
bool isNominalInflection(const QList<Segment> &chain);
/// Stems the dictionary lists that a noun cut `stem` stands for when its spelling hides them, before
/// `chain`: a compound's head before its plural marker (işadam-ları: işadamı), a place word whose last vowel
/// speech drops before -DA or -DAn (ilerde: ileri, dışardan: dışarı). Empty when the cut alone is a word.
QStringList restoredStems(const QString &stem, const QList<Segment> &chain, const LemmaCheck &known,
                          const LemmaCheck &headword);
/// Whether `chain` makes a plural noun the predicate of I or you (din-ler-di-m): no agreement, so no reading.
bool pluralOfOnePerson(const QList<Segment> &chain);

} // namespace okur::glossary::turkish
