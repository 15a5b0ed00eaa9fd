#include "morphotactics.h"

namespace okur::glossary::turkish {

namespace {

// Persons after a nominal predicate take a larger prior than after a tense:
// "evim" is far more often "my house" than "I am a house".
const Suffix kTable[] = {
    // Nominal inflection.
    {u"lAr", "PL", QT_TRANSLATE_NOOP("okur::glossary", "plural"), kNoun | NPart | NRel, NPl, 0},
    {u"(s)I", "POSS.3SG", QT_TRANSLATE_NOOP("okur::glossary", "his/her/its (possessive)"), kNoun | NPl, NPoss3, 0},
    {u"lArI", "POSS.3PL", QT_TRANSLATE_NOOP("okur::glossary", "their"), kNoun, NPoss3, 1},
    {u"(I)m", "POSS.1SG", QT_TRANSLATE_NOOP("okur::glossary", "my"), kNoun | NPl, NPoss, 2},
    {u"(I)n", "POSS.2SG", QT_TRANSLATE_NOOP("okur::glossary", "your"), kNoun | NPl, NPoss, 4},
    {u"(I)mIz", "POSS.1PL", QT_TRANSLATE_NOOP("okur::glossary", "our"), kNoun | NPl, NPoss, 2},
    {u"(I)nIz", "POSS.2PL", QT_TRANSLATE_NOOP("okur::glossary", "your (plural)"), kNoun | NPl, NPoss, 3},
    {u"(y)I", "ACC", QT_TRANSLATE_NOOP("okur::glossary", "the (definite object)"), kNoun | NPl | NPoss | NPart, NCase,
     1},
    {u"nI", "ACC", QT_TRANSLATE_NOOP("okur::glossary", "the (definite object)"), NPoss3 | NRel, NCase, 0},
    {u"(y)A", "DAT", QT_TRANSLATE_NOOP("okur::glossary", "to (dative)"), kNoun | NPl | NPoss | NPart, NCase, 0},
    {u"nA", "DAT", QT_TRANSLATE_NOOP("okur::glossary", "to (dative)"), NPoss3 | NRel, NCase, 0},
    {u"DA", "LOC", QT_TRANSLATE_NOOP("okur::glossary", "in/at (locative)"), kNoun | NPl | NPoss | NInf | NPart, NLocGen,
     0},
    {u"nDA", "LOC", QT_TRANSLATE_NOOP("okur::glossary", "in/at (locative)"), NPoss3 | NRel, NLocGen, 0},
    {u"DAn", "ABL", QT_TRANSLATE_NOOP("okur::glossary", "from (ablative)"), kNoun | NPl | NPoss | NInf | NPart, NCase,
     0},
    {u"nDAn", "ABL", QT_TRANSLATE_NOOP("okur::glossary", "from (ablative)"), NPoss3 | NRel, NCase, 0},
    {u"(n)In", "GEN", QT_TRANSLATE_NOOP("okur::glossary", "of (genitive)"), kNoun | NPl | NPoss | NPoss3 | NPart | NRel,
     NLocGen, 0},
    {u"(y)lA", "INS", QT_TRANSLATE_NOOP("okur::glossary", "with/by (instrumental)"),
     kNoun | NPl | NPoss | NPoss3 | NInf | NPart | NRel, NCase, 0},
    {u"CA", "EQU", QT_TRANSLATE_NOOP("okur::glossary", "-ly, in the manner of, according to"),
     kNoun | NPl | NPoss | NPart, NCase, 2},
    {u"ncA", "EQU", QT_TRANSLATE_NOOP("okur::glossary", "according to"), NPoss3 | NRel, NCase, 1},
    {u"ki", "REL", QT_TRANSLATE_NOOP("okur::glossary", "the one that is (relative)"), NLocGen, NRel, 1},
    // Straight after a word of time: zaman-ki-n-den, akşam-ki, bugün-kü (-kü after ü: bugün, dün, öbür); far rarer
    // than after a case, and never before a reading of the word as a name (Mâliki is no mâli-ki).
    {u"ki", "REL", QT_TRANSLATE_NOOP("okur::glossary", "of (that time)"), NRoot, NRel, 5},
    {u"kü", "REL", QT_TRANSLATE_NOOP("okur::glossary", "of (that time)"), NRoot, NRel, 5},
    // The distributive of a numeral, "each": bir-er, iki-şer, dörd-er (the engine allows it only there). A case
    // may follow (ikişer-den), no plural.
    {u"(ş)Ar", "DISTR", QT_TRANSLATE_NOOP("okur::glossary", "each (distributive)"), NRoot, NPl, 3},
    // Nominal derivation: noun to noun or adjective.
    {u"lI", "WITH", QT_TRANSLATE_NOOP("okur::glossary", "with, having (-ful)"), NRoot, NRoot, 1},
    {u"sIz", "WITHOUT", QT_TRANSLATE_NOOP("okur::glossary", "without (-less)"), NRoot, NRoot, 1},
    {u"lIK", "NESS", QT_TRANSLATE_NOOP("okur::glossary", "-ness, -hood (abstract noun)"), NRoot, NRoot, 1},
    {u"CI", "AGENT", QT_TRANSLATE_NOOP("okur::glossary", "-er, -ist (person)"), NRoot, NRoot, 1},
    {u"sAl", "ADJ", QT_TRANSLATE_NOOP("okur::glossary", "-al (adjective)"), NRoot, NRoot, 2},
    {u"DAş", "FELLOW", QT_TRANSLATE_NOOP("okur::glossary", "fellow (-mate)"), NRoot, NRoot, 2},
    {u"CIK", "DIM", QT_TRANSLATE_NOOP("okur::glossary", "little (diminutive)"), NRoot, NRoot, 3},
    {u"CA", "ADJ", QT_TRANSLATE_NOOP("okur::glossary", "-ish, in the way of"), NRoot, NRoot, 3},
    // Noun to verb.
    {u"lA", "VERB", QT_TRANSLATE_NOOP("okur::glossary", "make a verb from a noun"), NRoot, VRoot, 2},
    {u"lAş", "BECOME", QT_TRANSLATE_NOOP("okur::glossary", "become (verb from a noun)"), NRoot, VRoot, 1},
    {u"lAn", "BECOME", QT_TRANSLATE_NOOP("okur::glossary", "become, acquire (verb from a noun)"), NRoot, VRoot, 2},
    // Nominal predicate: copula and person ("öğretmendi", "evdeyim").
    {u"(y)DI", "PAST.COP", QT_TRANSLATE_NOOP("okur::glossary", "was"), kNominal | NInf | NPart, CopK, 1},
    {u"(y)mIş", "EVID.COP", QT_TRANSLATE_NOOP("okur::glossary", "reportedly is"), kNominal | NInf | NPart, CopZ, 2},
    {u"(y)sA", "COND.COP", QT_TRANSLATE_NOOP("okur::glossary", "if it is"), kNominal | NInf | NPart, CopK, 2},
    {u"DIr", "COP", QT_TRANSLATE_NOOP("okur::glossary", "is (copula)"), kNominal | CopZ | NInf | NPart, CopDir, 1},
    {u"(y)ken", "WHILE", QT_TRANSLATE_NOOP("okur::glossary", "while being"), (kNominal & ~NPl) | NPart, End, 1},
    // After a plural it is rare (çocuklarken), where a verb's aorist and -ken are common (vurgular-ken).
    {u"(y)ken", "WHILE", QT_TRANSLATE_NOOP("okur::glossary", "while being"), NPl, End, 3},
    {u"(y)Im", "1SG", QT_TRANSLATE_NOOP("okur::glossary", "I am"), kNominal, PersZ, 4},
    {u"sIn", "2SG", QT_TRANSLATE_NOOP("okur::glossary", "you are"), kNominal, PersZ, 5},
    {u"(y)Iz", "1PL", QT_TRANSLATE_NOOP("okur::glossary", "we are"), kNominal, PersZ, 4},
    {u"sInIz", "2PL", QT_TRANSLATE_NOOP("okur::glossary", "you are"), kNominal, PersZ, 5},

    // Voice: reflexive, reciprocal, causative, passive.
    // Voice keeps its order: reflexive or reciprocal, causatives, then one passive.
    {u"(I)l", "PASS", QT_TRANSLATE_NOOP("okur::glossary", "is done (passive)"), VRoot | VVoice, VPass, -1},
    {u"(I)n", "PASS", QT_TRANSLATE_NOOP("okur::glossary", "is done (passive/reflexive)"), VRoot | VVoice, VPass, -1},
    // A passive -n doubled by -Il (de-n-il-en "so-called", söyle-n-il-en): the engine allows it only after -n.
    {u"Il", "PASS", QT_TRANSLATE_NOOP("okur::glossary", "is done (passive)"), VPass, VPass, 2},
    {u"(I)ş", "RECP", QT_TRANSLATE_NOOP("okur::glossary", "each other (reciprocal)"), VRoot, VVoice, 2},
    {u"DIr", "CAUS", QT_TRANSLATE_NOOP("okur::glossary", "make do (causative)"), VRoot | VVoice, VVoice, 0},
    {u"t", "CAUS", QT_TRANSLATE_NOOP("okur::glossary", "make do (causative)"), VRoot | VVoice, VVoice, 1},
    {u"Ir", "CAUS", QT_TRANSLATE_NOOP("okur::glossary", "make do (causative)"), VRoot, VVoice, 3},
    // Negation and ability.
    {u"mA", "NEG", QT_TRANSLATE_NOOP("okur::glossary", "not (negation)"), VRoot | VVoice | VPass | VAbil, VNeg, 1},
    {u"(y)Abil", "ABIL", QT_TRANSLATE_NOOP("okur::glossary", "can (ability)"), VRoot | VVoice | VPass | VNeg, VAbil, 1},
    {u"(y)AmA", "NEG.ABIL", QT_TRANSLATE_NOOP("okur::glossary", "cannot"), VRoot | VVoice | VPass, VNeg, 1},
    // Compound verbs with ver- and gel-: gid-iver-di "went off at once", edil-egel-miş "has long been done".
    {u"(y)Iver", "QUICK", QT_TRANSLATE_NOOP("okur::glossary", "quickly, at once (-ivermek)"), VRoot | VVoice | VPass,
     VVoice, 2},
    {u"(y)Agel", "HABIT", QT_TRANSLATE_NOOP("okur::glossary", "has long done (-agelmek)"), VRoot | VVoice | VPass,
     VVoice, 2},
    // Tense, aspect, mood.
    {u"(I)yor", "PROG", QT_TRANSLATE_NOOP("okur::glossary", "is doing (progressive)"), kVerbStem, VTam, 0},
    // Negation before -Iyor loses its vowel: gel-mi-yor, yap-amı-yor.
    {u"mIyor", "NEG.PROG", QT_TRANSLATE_NOOP("okur::glossary", "is not doing"), VRoot | VVoice | VPass | VAbil, VTam,
     0},
    {u"(y)AmIyor", "NEG.ABIL.PROG", QT_TRANSLATE_NOOP("okur::glossary", "cannot be doing"), VRoot | VVoice | VPass,
     VTam, 0},
    {u"mAktA", "PROG", QT_TRANSLATE_NOOP("okur::glossary", "is doing (progressive)"), kVerbStem, VTam, 0},
    {u"(y)AcAK", "FUT", QT_TRANSLATE_NOOP("okur::glossary", "will (future)"), kVerbStem, VTam, 0},
    {u"DI", "PAST", QT_TRANSLATE_NOOP("okur::glossary", "did (past)"), kVerbStem, VTamK, 0},
    {u"mIş", "EVID", QT_TRANSLATE_NOOP("okur::glossary", "has done, reportedly (evidential)"), kVerbStem, VTam, 0},
    {u"sA", "COND", QT_TRANSLATE_NOOP("okur::glossary", "if (conditional)"), kVerbStem, VTamK, 1},
    {u"mAlI", "NEC", QT_TRANSLATE_NOOP("okur::glossary", "must (necessity)"), kVerbStem, VTam, 1},
    {u"(A)r", "AOR", QT_TRANSLATE_NOOP("okur::glossary", "does (aorist)"), VRoot | VVoice, VTam, 1},
    {u"(I)r", "AOR", QT_TRANSLATE_NOOP("okur::glossary", "does (aorist)"), VRoot | VVoice | VPass | VAbil, VTam, 1},
    {u"z", "NEG.AOR", QT_TRANSLATE_NOOP("okur::glossary", "does not (negative aorist)"), VNeg, VTam, 1},
    {u"(y)A", "OPT", QT_TRANSLATE_NOOP("okur::glossary", "let (optative)"), kVerbStem, VOpt, 2},
    // Imperative (the bare stem is the 2nd singular).
    {u"sIn", "IMP.3SG", QT_TRANSLATE_NOOP("okur::glossary", "let him/her do"), kVerbStem, End, 2},
    {u"(y)In", "IMP.2PL", QT_TRANSLATE_NOOP("okur::glossary", "do! (polite imperative)"), kVerbStem, End, 3},
    {u"(y)InIz", "IMP.2PL", QT_TRANSLATE_NOOP("okur::glossary", "do! (polite imperative)"), kVerbStem, End, 3},
    // The urging imperative of speech: bak-sana "look!", gel-senize "do come!".
    {u"sAnA", "IMP.2SG", QT_TRANSLATE_NOOP("okur::glossary", "do! (urging)"), kVerbStem, End, 3},
    {u"sAnIzA", "IMP.2PL", QT_TRANSLATE_NOOP("okur::glossary", "do! (urging, plural)"), kVerbStem, End, 3},
    {u"sInlAr", "IMP.3PL", QT_TRANSLATE_NOOP("okur::glossary", "let them do"), kVerbStem, End, 3},
    // Copula after a tense.
    {u"(y)DI", "PAST.COP", QT_TRANSLATE_NOOP("okur::glossary", "was (past)"), VTam | VTamK | Pl3, CopK, 0},
    {u"(y)mIş", "EVID.COP", QT_TRANSLATE_NOOP("okur::glossary", "reportedly"), VTam | VTamK | Pl3, CopZ, 1},
    {u"(y)sA", "COND.COP", QT_TRANSLATE_NOOP("okur::glossary", "if"), VTam | VTamK | Pl3, CopK, 1},
    {u"DIr", "COP", QT_TRANSLATE_NOOP("okur::glossary", "is, surely (copula)"), VTam | Pl3 | PersZ, CopDir, 1},
    {u"(y)ken", "WHILE", QT_TRANSLATE_NOOP("okur::glossary", "while (converb)"), VTam | CopZ | Pl3, End, 0},
    // Person: z-type after most tenses, k-type after -DI and -sA.
    {u"(y)Im", "1SG", QT_TRANSLATE_NOOP("okur::glossary", "I"), VTam, PersZ, 0},
    {u"(y)Im", "1SG", QT_TRANSLATE_NOOP("okur::glossary", "I"), CopZ | VOpt, End, 0},
    {u"m", "1SG", QT_TRANSLATE_NOOP("okur::glossary", "I"), VNeg, End, 2},
    {u"sIn", "2SG", QT_TRANSLATE_NOOP("okur::glossary", "you"), VTam, PersZ, 1},
    {u"sIn", "2SG", QT_TRANSLATE_NOOP("okur::glossary", "you"), CopZ, End, 1},
    {u"(y)Iz", "1PL", QT_TRANSLATE_NOOP("okur::glossary", "we"), VTam | VNeg, PersZ, 1},
    {u"(y)Iz", "1PL", QT_TRANSLATE_NOOP("okur::glossary", "we"), CopZ, End, 1},
    {u"sInIz", "2PL", QT_TRANSLATE_NOOP("okur::glossary", "you (plural)"), VTam, PersZ, 1},
    {u"sInIz", "2PL", QT_TRANSLATE_NOOP("okur::glossary", "you (plural)"), CopZ, End, 1},
    {u"lAr", "3PL", QT_TRANSLATE_NOOP("okur::glossary", "they"), VTam | VTamK | CopZ | CopK | VOpt, Pl3, 1},
    {u"lAr", "3PL", QT_TRANSLATE_NOOP("okur::glossary", "they"), CopDir, End, 1},
    {u"m", "1SG", QT_TRANSLATE_NOOP("okur::glossary", "I"), VTamK | CopK, PersK, 0},
    {u"n", "2SG", QT_TRANSLATE_NOOP("okur::glossary", "you"), VTamK | CopK, PersK, 1},
    {u"k", "1PL", QT_TRANSLATE_NOOP("okur::glossary", "we"), VTamK | CopK, PersK, 1},
    {u"nIz", "2PL", QT_TRANSLATE_NOOP("okur::glossary", "you (plural)"), VTamK | CopK, PersK, 1},
    // The conditional copula after the person of the past, as speech puts it: yaşamadınız-sa, geldim-se.
    {u"sA", "COND.COP", QT_TRANSLATE_NOOP("okur::glossary", "if"), PersK, End, 2},
    {u"lIm", "1PL", QT_TRANSLATE_NOOP("okur::glossary", "let us"), VOpt, End, 0},
    // Verbal nouns and participles: the verb becomes a noun.
    {u"mAK", "INF", QT_TRANSLATE_NOOP("okur::glossary", "to (infinitive)"), kVerbStem, NInf, 0},
    {u"mA", "VN", QT_TRANSLATE_NOOP("okur::glossary", "-ing (verbal noun)"), kVerbStem, NStem, 1},
    {u"(y)Iş", "VN", QT_TRANSLATE_NOOP("okur::glossary", "the act of (verbal noun)"), kVerbStem, NRoot, 2},
    {u"(y)An", "PART", QT_TRANSLATE_NOOP("okur::glossary", "who/which does (participle)"), kVerbStem, NStem, 0},
    {u"DIK", "PART", QT_TRANSLATE_NOOP("okur::glossary", "that was done (participle)"), kVerbStem, NStem, 0},
    {u"(y)AcAK", "FUT.PART", QT_TRANSLATE_NOOP("okur::glossary", "that will be done (participle)"), kVerbStem, NStem,
     1},
    {u"mIş", "PERF.PART", QT_TRANSLATE_NOOP("okur::glossary", "that has been done (participle)"), kVerbStem, NPart, 2},
    {u"(y)AsI", "FUT.PART", QT_TRANSLATE_NOOP("okur::glossary", "that is to be done"), kVerbStem, NStem, 3},
    // Converbs: adverbial forms that end the word.
    {u"(y)ArAk", "ADV", QT_TRANSLATE_NOOP("okur::glossary", "by doing (converb)"), kVerbStem, End, 0},
    {u"(y)Ip", "ADV", QT_TRANSLATE_NOOP("okur::glossary", "and then (converb)"), kVerbStem, End, 0},
    {u"(y)IncA", "WHEN", QT_TRANSLATE_NOOP("okur::glossary", "when, as soon as (converb)"), kVerbStem, End, 0},
    // -IncAyA "until", most often before kadar: bit-inceye kadar, kapat-ıncaya kadar.
    {u"(y)IncAyA", "UNTIL", QT_TRANSLATE_NOOP("okur::glossary", "until (converb)"), kVerbStem, End, 1},
    // -CAsInA "as if", after a tense or the evidential copula: koş-ar-casına, geç-iyor-muş-çasına, öl-müş-çesine.
    {u"CAsInA", "ASIF", QT_TRANSLATE_NOOP("okur::glossary", "as if (converb)"), VTam | CopZ | Pl3, End, 1},
    // ...and after a plural noun, "like ...": çılgın-lar-casına, dost-lar-ca-sına.
    {u"CAsInA", "ASIF", QT_TRANSLATE_NOOP("okur::glossary", "as if (converb)"), NPl, End, 1},
    {u"mAdAn", "WITHOUT", QT_TRANSLATE_NOOP("okur::glossary", "without doing (converb)"),
     VRoot | VVoice | VPass | VAbil, End, 0},
    // The same after "cannot": anlat-ama-dan "without being able to tell".
    {u"(y)AmAdAn", "WITHOUT", QT_TRANSLATE_NOOP("okur::glossary", "without being able to (converb)"),
     VRoot | VVoice | VPass, End, 1},
    {u"DIkçA", "AS", QT_TRANSLATE_NOOP("okur::glossary", "as long as, the more (converb)"), kVerbStem, End, 1},
    {u"(y)AlI", "SINCE", QT_TRANSLATE_NOOP("okur::glossary", "since (converb)"), kVerbStem, End, 2},
    {u"mAksIzIn", "WITHOUT", QT_TRANSLATE_NOOP("okur::glossary", "without doing at all (converb)"), VRoot | VVoice | VPass,
     End, 1},
};

} // namespace

const Suffix *suffixes(int *count)
{
    *count = int(sizeof(kTable) / sizeof(kTable[0]));
    return kTable;
}

} // namespace okur::glossary::turkish
