#pragma once
#include <QByteArray>
#include <QString>
#include <vector>

namespace okur::glossary {

/// How productive each stem of a hunspell dictionary is: the number of affix
/// classes its .dic line allows. A stem that takes many suffixes is a common
/// lemma ("ad" 150, "adı" absent), so analyses prefer it: a plausibility
/// figure computed from a word list Okur ships, not from any evaluation data.
class StemWeights {
public:
    /// Reads a hunspell .dic ("stem/flag,flag,...", first line a count).
    static StemWeights fromDic(const QByteArray &dic);
    /// The number of affix classes of `stem` as written, -1 when not listed.
    int flags(const QString &stem) const;
    bool isEmpty() const { return m_entries.empty(); }

private:
    struct Item {
        quint64 hash;
        int flags;
        bool operator<(const Item &o) const { return hash < o.hash; }
    };
    // Hashes, not strings: a third of the memory, and a 64-bit collision
    // among 400,000 stems is vanishingly unlikely.
    std::vector<Item> m_entries;
};

} // namespace okur::glossary
