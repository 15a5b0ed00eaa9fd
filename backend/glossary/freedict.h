#pragma once
#include <QString>
#include <QStringList>
#include <functional>

namespace okur::glossary {

/// The senses of a FreeDict (dictd) article: numbered lines ("1. ..."),
/// without the headword/pronunciation line, each cleaned of domain labels
/// such as "(bot.)" and trailing full stops. Each sense is a list of
/// comma-separated equivalents. An equivalent equal to the headword is
/// kept (atom → atom). `repair`, when given, mends each equivalent before
/// it is judged (the converter restores lost spaces: "comeabout").
/// A sub-entry that a sense runs into ("... capaciously  geniş") is cut off
/// when its head shares the headword's stem. A cross-reference ("(bak.) burn", Turkish for "see burn")
/// names another headword, no equivalent: the sense ends before it, and its targets go to
/// `seeAlso` when given. Pure.
/// A phrase an article translates under its headword, run into one of its senses ("come: ... orgazma
/// varmak.come about olmak, vaki olmak" gives "come about": olmak, vaki olmak).
struct SubEntry {
    QString phrase;
    QStringList equivalents;
};

/// The label the source writes for British usage (İngiltere'de, "in Britain"; ýng in its Latin-1 misreading of
/// İng), as a regular expression's alternatives: before an equivalent and beside a headword's British spelling.
inline const QString &britishLabel()
{
    static const QString label = QStringLiteral("ing|İng|ýng");
    return label;
}

/// The word lists that tell a phrase's English words from its translation's Turkish ones (lower case).
struct WordLists {
    std::function<bool(const QString &)> english;
    std::function<bool(const QString &)> turkish; ///< some are both: tam, emir, at, on
    /// An everyday English word, which a phrase keeps though Turkish has it too (a number of, to be sure, not just
    /// yet: of, sure, yet); none when not given.
    std::function<bool(const QString &)> everyday;
};

/// `subEntries`, when given with `words`, receives the phrases the senses run into, each told from its translation
/// by the word lists: a phrase is the English words before the first that is not one, or, after its headword, is
/// Turkish as well and no everyday English word ("at full blast tam süratle"; "a number of birtakım"). With `words`, the English words before a run-on phrase's headword
/// go with the phrase ("uzlaşma in accordance with" is uzlaşma, then "in accordance with"), and a label without
/// brackets before English ("k.h. honorably") marks no Turkish equivalent.
QList<QStringList> parseFreedictSenses(const QString &body, const QString &headword,
                                       const std::function<QString(const QString &)> &repair = {},
                                       QStringList *seeAlso = nullptr, QList<SubEntry> *subEntries = nullptr,
                                       const WordLists &words = {});

/// The headwords an eng-tur article's first line names (the text before its pronunciation), without what the
/// source wrote beside them: a homograph's number ("easy (1)", "ear(1)"), a label ("harbor, (ing.) harbour": the
/// British spelling; "while , (eski) whiles"; "fiance, (eril), fiancee (diþil)") and a variant that is only an
/// ending ("neighbor , ing -bour", "realize, (ýng.) ise", "cartographic, -al"). A name the source inverted keeps
/// the line one headword ("aden, gulf of"); other variants are headwords of their own ("kino, kino gum"). A line
/// that is only a label ("(ask.)": the source wrote the label wherever its letters stood) is the word the index
/// names, `indexHeadword`, when the letters spell it. Pure.
QStringList articleHeadwords(const QString &firstLine, const QString &indexHeadword = {});

/// A FreeDict eng-tur article with the field labels its source glued into words taken out again. That source
/// wrote a label's abbreviation wherever its letters began a word or stood inside one: "(sig.)ara" is sigara,
/// "(kıs.)a" kısa, "(sig.)orta" sigorta, "di(sin.)cline" disincline, "üzerin(den.)" üzerinden. A label inside a
/// word gives its letters back; one before a word gives them back when `known` spells the joined word, and
/// otherwise is a label that lost its space ("(ask.)top ateşi", "(bak.)burgeon"), which it gets again. Pure.
QString undoGluedLabels(const QString &text, const std::function<bool(const QString &)> &known);

/// Whether a part of a sense is only a usage label written without brackets, no equivalent: the British "ing"
/// before the senses it marks ("ing., (argo) deli"; "Boxing Day ing, Noeli takip eden gün") or an ending listed
/// beside others ("ing, ling) fanila"); the American "ABD" ("alibi: ABD, özür, mazeret"). Pure.
bool usageLabelOnly(const QString &part);

/// A sense line with the American label's letters joined where the source split them with commas ("hack: AB, D,
/// (k, dili.) taksi"; "A, B, D, (argo) becermek"), and "(A.B.D.)" with a case the country's name ("(A.B.D.)'nin
/// güneydoğu eyaletleri" is "ABD'nin ..."). Pure.
QString withAmericanLabelJoined(QString text);

/// A part of a line that "(kıs.)" (abbreviation) marks, without the headword's abbreviation in Latin capitals
/// that opens it ("art: (kıs.) AB, BA"; "BA black art sihir" is "black art sihir"); Turkish letters stay (metu:
/// "ODTÜ"). Pure.
QString withoutAbbreviationLetters(QString part);

/// The part of speech an eng-tur article's label gives its first sense: "(bağlaç) -iken" a conjunction, "(edat)"
/// a preposition, "(zam.)" a pronoun, "(ünlem)" an interjection; empty for none (most articles, which say
/// nothing). Pure.
QString labelledPartOfSpeech(const QString &body);

/// A Turkish equivalent that is a suffix the source wrote bare ("of: nin, li", "from: dan", "to: mek") marked as
/// one ("-nin"): up to four letters, no word of its own (as `turkishWord` spells) nor an everyday English one
/// (`englishWord`: "line" under "l."), that make a word after a noun or verb of either vowel class (kedinin, evli,
/// okuldan, gelmek). Any other equivalent is returned as it is ("ürdün", Jordan in lower case, though görürdün is a
/// word). Pure.
QString markedSuffix(const QString &equivalent, const std::function<bool(const QString &)> &turkishWord,
                     const std::function<bool(const QString &)> &englishWord);

/// An equivalent with the capital İ its source lost given back: eng-tur writes "ingiliz", "iran'a ait",
/// "istanbulun eski ismi" where Turkish writes İngiliz, İran'a, İstanbul. A word is given its capital when
/// `turkishWord` spells it only so (ingiliz no word, İngiliz one); "ilgili", "ipek" stay as they are. Pure.
QString restoredCapitalI(const QString &equivalent, const std::function<bool(const QString &)> &turkishWord);

/// Whether an eng-tur article translates a verb: most equivalents of its first sense are Turkish infinitives
/// ("back": "destek olmak, arka olmak, yardım etmek"), where the noun's article has "arka, sırt, geri".
/// `nounInMak`, when given, tells a noun that ends like one (tokmak "mallet", ekmek "bread"). Pure.
bool translatesVerb(const QList<QStringList> &senses, const std::function<bool(const QString &)> &nounInMak = {});

/// The order to write one English word's eng-tur articles in (their indexes), which the card shows them in: by
/// `rank` (lower first: the part of speech the word is used as most), then an article one of whose first
/// equivalents the reverse dictionary translates back to this word before any other (`backFirst`: banka is
/// "bank" first, where yığın is "heap"; sayfa "page", not iç oğlanı), then the one with more senses (share:
/// "pay, hisse, parça" before "saban demiri"). Otherwise the articles keep their order. An article that spells out
/// an abbreviation in English (my: "million years"; or: "oregon"), its first equivalent English and no Turkish
/// word (`englishOnly`, when given), goes after the others of its rank. Pure.
QList<qsizetype> articleOrder(const QList<QList<QStringList>> &articles, const QList<int> &rank,
                              const std::function<bool(const QString &turkish)> &backFirst,
                              const std::function<bool(const QString &equivalent)> &englishOnly = {});

/// True for an English article (a, an, the), which ends no phrase and counts for none of its words. Pure.
bool isEnglishArticle(const QString &word);

/// True for an equivalent worth showing: letters, short, no leftovers of
/// markup or cross-references. Pure.
bool isCleanEquivalent(const QString &s);

} // namespace okur::glossary
