#pragma once
#include "tokenizer/tokens.h"

#include <QStringList>

namespace okur::search {

/// One part of a query: a word, a prefix ("diploma*") or a quoted phrase.
struct QueryTerm {
    enum Kind { Word, Prefix, Phrase } kind = Word;
    QStringList words;   ///< as typed (a phrase has several)
    QStringList folded;  ///< folded forms (or exact forms in exact mode)
    QStringList lemmas;  ///< folded lemmas, "" where none (not for exact or prefix)
};

/// What one query may cost: each term is a doclist to merge and a scan of
/// every passage shown, each prefix an expansion over the whole vocabulary.
constexpr int kMaxQueryTerms = 12;
constexpr int kMaxPrefixTerms = 3;
constexpr int kMinPrefixLength = 2;

/// A parsed query; all terms must match (AND).
struct Query {
    QList<QueryTerm> terms;
    bool exact = false;
    /// Set when parts of what was typed were left out to bound the cost; says which (translated).
    QString notice;
    bool isEmpty() const { return terms.isEmpty(); }
};

/// Parses what a user typed: words, "quoted phrases", prefix* words;
/// stray quotes and operators are just text; repeated terms count once, and
/// terms past the limits above are dropped with a notice. Pure given `lemmatizer`.
Query parseQuery(const QString &input, bool exact, const QString &language, const tokenizer::Lemmatizer &lemmatizer);

/// The FTS5 MATCH expression for a query on the "okur" tokenizer's index.
/// Every token is a quoted string (quotes doubled), so user text can never
/// become query syntax. Pure.
QString toFts5(const Query &q);

/// A hit in a text: where a whole query term matched.
struct Span {
    int start = 0;
    int length = 0;
};

/// Every place in `text` where a term of `q` matches, in order; used for the
/// in-document find bar and to locate and emphasise search hits. Pure.
QList<Span> findSpans(const QString &text, const QString &language, const Query &q, const tokenizer::Lemmatizer &lemmatizer);

} // namespace okur::search
