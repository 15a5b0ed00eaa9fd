#pragma once
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace okur::tokenizer {

/// Bumped when the tokens change: the index is rebuilt.
constexpr int kTokenizerVersion = 3;
/// Bumped when the glossary's lemmas change (morphology, dictionaries): an index
/// of lemma tokens is rebuilt.
constexpr int kLemmaVersion = 10;

/// Gives a word's lemma ("" when it has none beyond itself). Must be thread-safe.
/// `language` is "tr", "en", empty for either, or kEnglishVerb.
using Lemmatizer = std::function<QString(const QString &word, const QString &language)>;
/// Asks a Lemmatizer for an English word's reading as a verb's -ing or past form ("" when it has
/// none): a caller whose sentence shows the word is a verb ("has leveraged", "building a network")
/// asks for it, where the word alone reads as a noun or adjective (leveraged, building).
inline const QString kEnglishVerb = QStringLiteral("en-verb");

/// Characters that join or break words invisibly (soft hyphen, zero-width
/// space, (non-)joiner, word joiner, BOM): matching ignores them. Pure.
bool isIgnorable(QChar c);
QString withoutIgnorables(const QString &text);

/// Folds for diacritic- and case-insensitive matching with Turkish rules:
/// "KÜLTÜR", "kültür" and "kultur" all become "kultur"; "İLETİŞİM" → "iletisim". Pure.
QString fold(const QString &word);
/// The same through full Unicode case folding and normalization, one string
/// at a time; fold() maps each character as this one would. Pure.
QString foldSlowly(const QString &word);
/// Lower-cases with Turkish rules only, for exact matching. Pure.
QString exactForm(const QString &word);

/// One indexed word and the tokens it stands for, all at one position:
/// the folded form, "=" + the exact form, and "~" + its folded lemma.
struct IndexToken {
    int start = 0; ///< in the text, QString units
    int length = 0;
    QString folded;
    QString exact;
    QString lemma; ///< empty when the word is its own lemma or has none
};

/// Which forms indexTokens() makes: the exact form costs a case mapping of its
/// own per word, which only the index and exact search read.
enum class TokenForms { All, WithoutExact };

/// The index tokens of a text (words by Unicode boundaries; apostrophe
/// suffixes stay with their word). Pure given `lemmatizer` (may be null).
QList<IndexToken> indexTokens(const QString &text, const QString &language, const Lemmatizer &lemmatizer,
                              TokenForms forms = TokenForms::All);

} // namespace okur::tokenizer
