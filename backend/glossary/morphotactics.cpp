#include "morphotactics.h"

namespace okur::glossary::turkish {

namespace {

// Persons after a nominal predicate take a larger prior than after a tense:
// "evim" is far more often "my house" than "I am a house".
const Suffix kTable[] = {
    // Nominal inflection.
    {u"lAr", "PL", "plural", kNoun | NPart, NPl, 0},
    {u"(s)I", "POSS.3SG", "his/her/its (possessive)", kNoun | NPl, NPoss3, 0},
    {u"lArI", "POSS.3PL", "their", kNoun, NPoss3, 1},
    {u"(I)m", "POSS.1SG", "my", kNoun | NPl, NPoss, 2},
    {u"(I)n", "POSS.2SG", "your", kNoun | NPl, NPoss, 4},
    {u"(I)mIz", "POSS.1PL", "our", kNoun | NPl, NPoss, 2},
    {u"(I)nIz", "POSS.2PL", "your (plural)", kNoun | NPl, NPoss, 3},
    {u"(y)I", "ACC", "the (definite object)", kNoun | NPl | NPoss | NPart, NCase, 1},
    {u"nI", "ACC", "the (definite object)", NPoss3, NCase, 0},
    {u"(y)A", "DAT", "to (dative)", kNoun | NPl | NPoss | NPart, NCase, 0},
    {u"nA", "DAT", "to (dative)", NPoss3, NCase, 0},
    {u"DA", "LOC", "in/at (locative)", kNoun | NPl | NPoss | NInf | NPart, NLocGen, 0},
    {u"nDA", "LOC", "in/at (locative)", NPoss3, NLocGen, 0},
    {u"DAn", "ABL", "from (ablative)", kNoun | NPl | NPoss | NInf | NPart, NCase, 0},
    {u"nDAn", "ABL", "from (ablative)", NPoss3, NCase, 0},
    {u"(n)In", "GEN", "of (genitive)", kNoun | NPl | NPoss | NPoss3 | NPart, NLocGen, 0},
    {u"(y)lA", "INS", "with/by (instrumental)", kNoun | NPl | NPoss | NPoss3 | NInf | NPart, NCase, 0},
    {u"CA", "EQU", "-ly, in the manner of, according to", kNoun | NPl | NPoss | NPart, NCase, 2},
    {u"ncA", "EQU", "according to", NPoss3, NCase, 1},
    {u"ki", "REL", "the one that is (relative)", NLocGen, NStem, 1},
    // Nominal derivation: noun to noun or adjective.
    {u"lI", "WITH", "with, having (-ful)", NRoot, NRoot, 1},
    {u"sIz", "WITHOUT", "without (-less)", NRoot, NRoot, 1},
    {u"lIK", "NESS", "-ness, -hood (abstract noun)", NRoot, NRoot, 1},
    {u"CI", "AGENT", "-er, -ist (person)", NRoot, NRoot, 1},
    {u"sAl", "ADJ", "-al (adjective)", NRoot, NRoot, 2},
    {u"DAş", "FELLOW", "fellow (-mate)", NRoot, NRoot, 2},
    {u"CIK", "DIM", "little (diminutive)", NRoot, NRoot, 3},
    {u"CA", "ADJ", "-ish, in the way of", NRoot, NRoot, 3},
    // Noun to verb.
    {u"lA", "VERB", "make a verb from a noun", NRoot, VRoot, 2},
    {u"lAş", "BECOME", "become (verb from a noun)", NRoot, VRoot, 1},
    {u"lAn", "BECOME", "become, acquire (verb from a noun)", NRoot, VRoot, 2},
    // Nominal predicate: copula and person ("öğretmendi", "evdeyim").
    {u"(y)DI", "PAST.COP", "was", kNominal | NInf | NPart, CopK, 1},
    {u"(y)mIş", "EVID.COP", "reportedly is", kNominal | NInf | NPart, CopZ, 2},
    {u"(y)sA", "COND.COP", "if it is", kNominal | NInf | NPart, CopK, 2},
    {u"DIr", "COP", "is (copula)", kNominal | CopZ | NInf | NPart, CopDir, 1},
    {u"(y)ken", "WHILE", "while being", kNominal | NPart, End, 1},
    {u"(y)Im", "1SG", "I am", kNominal, PersZ, 4},
    {u"sIn", "2SG", "you are", kNominal, PersZ, 5},
    {u"(y)Iz", "1PL", "we are", kNominal, PersZ, 4},
    {u"sInIz", "2PL", "you are", kNominal, PersZ, 5},

    // Voice: reflexive, reciprocal, causative, passive.
    // Voice keeps its order: reflexive or reciprocal, causatives, then one passive.
    {u"(I)l", "PASS", "is done (passive)", VRoot | VVoice, VPass, -1},
    {u"(I)n", "PASS", "is done (passive/reflexive)", VRoot | VVoice, VPass, -1},
    {u"(I)ş", "RECP", "each other (reciprocal)", VRoot, VVoice, 2},
    {u"DIr", "CAUS", "make do (causative)", VRoot | VVoice, VVoice, 0},
    {u"t", "CAUS", "make do (causative)", VRoot | VVoice, VVoice, 1},
    {u"Ir", "CAUS", "make do (causative)", VRoot, VVoice, 3},
    // Negation and ability.
    {u"mA", "NEG", "not (negation)", VRoot | VVoice | VPass | VAbil, VNeg, 1},
    {u"(y)Abil", "ABIL", "can (ability)", VRoot | VVoice | VPass | VNeg, VAbil, 1},
    {u"(y)AmA", "NEG.ABIL", "cannot", VRoot | VVoice | VPass, VNeg, 1},
    // Compound verbs with ver- and gel-: gid-iver-di "went off at once", edil-egel-miş "has long been done".
    {u"(y)Iver", "QUICK", "quickly, at once (-ivermek)", VRoot | VVoice | VPass, VVoice, 2},
    {u"(y)Agel", "HABIT", "has long done (-agelmek)", VRoot | VVoice | VPass, VVoice, 2},
    // Tense, aspect, mood.
    {u"(I)yor", "PROG", "is doing (progressive)", kVerbStem, VTam, 0},
    // Negation before -Iyor loses its vowel: gel-mi-yor, yap-amı-yor.
    {u"mIyor", "NEG.PROG", "is not doing", VRoot | VVoice | VPass | VAbil, VTam, 0},
    {u"(y)AmIyor", "NEG.ABIL.PROG", "cannot be doing", VRoot | VVoice | VPass, VTam, 0},
    {u"mAktA", "PROG", "is doing (progressive)", kVerbStem, VTam, 0},
    {u"(y)AcAK", "FUT", "will (future)", kVerbStem, VTam, 0},
    {u"DI", "PAST", "did (past)", kVerbStem, VTamK, 0},
    {u"mIş", "EVID", "has done, reportedly (evidential)", kVerbStem, VTam, 0},
    {u"sA", "COND", "if (conditional)", kVerbStem, VTamK, 1},
    {u"mAlI", "NEC", "must (necessity)", kVerbStem, VTam, 1},
    {u"(A)r", "AOR", "does (aorist)", VRoot | VVoice, VTam, 1},
    {u"(I)r", "AOR", "does (aorist)", VRoot | VVoice | VPass | VAbil, VTam, 1},
    {u"z", "NEG.AOR", "does not (negative aorist)", VNeg, VTam, 1},
    {u"(y)A", "OPT", "let (optative)", kVerbStem, VOpt, 2},
    // Imperative (the bare stem is the 2nd singular).
    {u"sIn", "IMP.3SG", "let him/her do", kVerbStem, End, 2},
    {u"(y)In", "IMP.2PL", "do! (polite imperative)", kVerbStem, End, 3},
    {u"(y)InIz", "IMP.2PL", "do! (polite imperative)", kVerbStem, End, 3},
    {u"sInlAr", "IMP.3PL", "let them do", kVerbStem, End, 3},
    // Copula after a tense.
    {u"(y)DI", "PAST.COP", "was (past)", VTam | VTamK | Pl3, CopK, 0},
    {u"(y)mIş", "EVID.COP", "reportedly", VTam | VTamK | Pl3, CopZ, 1},
    {u"(y)sA", "COND.COP", "if", VTam | VTamK | Pl3, CopK, 1},
    {u"DIr", "COP", "is, surely (copula)", VTam | Pl3 | PersZ, CopDir, 1},
    {u"(y)ken", "WHILE", "while (converb)", VTam | CopZ, End, 0},
    // Person: z-type after most tenses, k-type after -DI and -sA.
    {u"(y)Im", "1SG", "I", VTam, PersZ, 0},
    {u"(y)Im", "1SG", "I", CopZ | VOpt, End, 0},
    {u"m", "1SG", "I", VNeg, End, 2},
    {u"sIn", "2SG", "you", VTam, PersZ, 1},
    {u"sIn", "2SG", "you", CopZ, End, 1},
    {u"(y)Iz", "1PL", "we", VTam | VNeg, PersZ, 1},
    {u"(y)Iz", "1PL", "we", CopZ, End, 1},
    {u"sInIz", "2PL", "you (plural)", VTam, PersZ, 1},
    {u"sInIz", "2PL", "you (plural)", CopZ, End, 1},
    {u"lAr", "3PL", "they", VTam | VTamK | CopZ | CopK | VOpt, Pl3, 1},
    {u"lAr", "3PL", "they", CopDir, End, 1},
    {u"m", "1SG", "I", VTamK | CopK, End, 0},
    {u"n", "2SG", "you", VTamK | CopK, End, 1},
    {u"k", "1PL", "we", VTamK | CopK, End, 1},
    {u"nIz", "2PL", "you (plural)", VTamK | CopK, End, 1},
    {u"lIm", "1PL", "let us", VOpt, End, 0},
    // Verbal nouns and participles: the verb becomes a noun.
    {u"mAK", "INF", "to (infinitive)", kVerbStem, NInf, 0},
    {u"mA", "VN", "-ing (verbal noun)", kVerbStem, NStem, 1},
    {u"(y)Iş", "VN", "the act of (verbal noun)", kVerbStem, NRoot, 2},
    {u"(y)An", "PART", "who/which does (participle)", kVerbStem, NStem, 0},
    {u"DIK", "PART", "that was done (participle)", kVerbStem, NStem, 0},
    {u"(y)AcAK", "FUT.PART", "that will be done (participle)", kVerbStem, NStem, 1},
    {u"mIş", "PERF.PART", "that has been done (participle)", kVerbStem, NPart, 2},
    {u"(y)AsI", "FUT.PART", "that is to be done", kVerbStem, NStem, 3},
    // Converbs: adverbial forms that end the word.
    {u"(y)ArAk", "ADV", "by doing (converb)", kVerbStem, End, 0},
    {u"(y)Ip", "ADV", "and then (converb)", kVerbStem, End, 0},
    {u"(y)IncA", "WHEN", "when, as soon as (converb)", kVerbStem, End, 0},
    {u"mAdAn", "WITHOUT", "without doing (converb)", VRoot | VVoice | VPass | VAbil, End, 0},
    {u"DIkçA", "AS", "as long as, the more (converb)", kVerbStem, End, 1},
    {u"(y)AlI", "SINCE", "since (converb)", kVerbStem, End, 2},
    {u"mAksIzIn", "WITHOUT", "without doing (converb)", VRoot | VVoice | VPass, End, 1},
};

} // namespace

const Suffix *suffixes(int *count)
{
    *count = int(sizeof(kTable) / sizeof(kTable[0]));
    return kTable;
}

} // namespace okur::glossary::turkish
