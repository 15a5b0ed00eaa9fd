#pragma once
#include <QString>
#include <cstdint>

namespace okur::glossary::turkish {

/// Where a word is in its build-up: a suffix may follow only in the states
/// its `from` mask names, and leaves the word in its `to` state.
enum State : std::uint32_t {
    NRoot = 1u << 0,   ///< noun or adjective stem: may take derivation
    NStem = 1u << 1,   ///< a noun made by a suffix (-mA, -(y)An, -ki ...): no further derivation
    NPl = 1u << 2,     ///< after the plural
    NPoss = 1u << 3,   ///< after a 1st/2nd person possessive
    NPoss3 = 1u << 4,  ///< after a 3rd person possessive: cases take a buffer n
    NCase = 1u << 5,   ///< after a case
    NLocGen = 1u << 6, ///< after the locative or genitive: -ki may follow
    VRoot = 1u << 7,   ///< verb stem
    VVoice = 1u << 8,  ///< after causative, reflexive, reciprocal
    VNeg = 1u << 9,    ///< after negation -mA / -(y)AmA
    VAbil = 1u << 10,  ///< after ability -(y)Abil
    VTam = 1u << 11,   ///< after a tense taking z-type person (-yor, -(y)AcAk, -mIş, aorist, -mAlI)
    VTamK = 1u << 12,  ///< after a tense taking k-type person (-DI, -sA)
    VOpt = 1u << 13,   ///< after the optative -(y)A
    Pl3 = 1u << 14,    ///< after 3rd plural -lAr on a verb: a copula may follow
    CopZ = 1u << 15,   ///< after the evidential copula -(y)mIş: z-type person
    CopK = 1u << 16,   ///< after the past or conditional copula: k-type person
    End = 1u << 17,    ///< complete: nothing more follows
    VPass = 1u << 18,  ///< after the passive: voice ends there (oku-n-du, never oku-l-un-un)
    NInf = 1u << 19,   ///< after the infinitive -mAK: a case of place or means, or the copula (yapmaktan,
                       ///< yapmakla, yapmaktır); never a plural or possessive (ekmekleri is bread's, not sowings)
    NPart = 1u << 20,  ///< after the participle -mIş: a plural, a case or the copula, no possessive directly
                       ///< (geçmişimiz is our past, the noun: -mIş has no possessive, as -DIK has)
    PersZ = 1u << 21,  ///< after a z-type person on a tense or a noun: only the copula -DIr follows
                       ///< (gelmiş-im-dir, hasta-yım-dır); not after the optative or -(y)mIş (geleyim ends there)
    CopDir = 1u << 22, ///< after the copula -DIr: only the 3rd plural follows, and ends the word (yapmakta-dır-lar)
    PersK = 1u << 23,  ///< after a k-type person on the past: only the conditional copula follows, as speech
                       ///< puts it (yaşamadınız-sa, geldim-se, for yaşamadıysanız, geldiysem)
    NRel = 1u << 24,   ///< after the relative -ki: a plural (evdeki-ler), a case with the pronominal n
                       ///< (önceki-n-den, evdeki-n-i) or the copula; no possessive (önceki-n is no "your")
};

constexpr std::uint32_t kNoun = NRoot | NStem;
constexpr std::uint32_t kNominal = NRoot | NStem | NPl | NPoss | NPoss3 | NCase | NLocGen | NRel;
constexpr std::uint32_t kVerbStem = VRoot | VVoice | VPass | VNeg | VAbil;

/// One suffix in the usual template notation: A = a/e, I = ı/i/u/ü, D = d/t,
/// C = c/ç, K = k/ğ (ğ before a vowel); a letter in parentheses appears only
/// after a vowel (consonants) or only after a consonant (vowels).
struct Suffix {
    const char16_t *tmpl;
    const char *tag;
    const char *label;
    std::uint32_t from;
    State to;
    int prior; ///< extra cost of a rarer reading
};

/// The table of Turkish suffixes: nominal inflection and derivation, the
/// verbal system, copula and person agreement.
const Suffix *suffixes(int *count);

} // namespace okur::glossary::turkish
