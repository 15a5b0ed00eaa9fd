#pragma once
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <mutex>

namespace okur::text {

/// How often Turkish words with u or ü occur in text the project ships (the
/// FreeDict dictionaries): a prior for spellings a lexicon gets wrong, such as
/// hunspell's "hükumet" where the dictionaries write hükümet. Loaded on the
/// first question; any thread may ask.
class Usage {
public:
    /// Reads the bundled dictionary store (":/okur/dict/freedict.tsv").
    Usage() = default;
    /// From given text instead (tests): one entry a line, words as in the store.
    explicit Usage(const QString &text);
    /// Occurrences of words that start with `prefix` (lower-case, Turkish rules); 0 when unknown.
    int prefixCount(const QString &prefix) const;

private:
    void load() const;
    void add(const QString &text, QHash<QString, int> &counts) const;
    mutable std::once_flag m_once;
    mutable QList<QPair<QString, int>> m_words; ///< sorted, each word once with its count
    QString m_text;
    bool m_given = false;
};

} // namespace okur::text
