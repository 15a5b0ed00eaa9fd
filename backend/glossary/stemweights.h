#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <utility>
#include <vector>

namespace okur::glossary {

/// How productive each stem of a hunspell dictionary is: the number of affix
/// classes its .dic line allows. A stem that takes many suffixes is a common
/// lemma ("ad" 150, "adı" absent), so analyses prefer it: a plausibility
/// figure computed from a word list Okur ships, not from any evaluation data.
/// More generally a table from words to small integers, which can be saved
/// as bytes at build time and read in place (a resource stored uncompressed),
/// so a cold start builds nothing.
class StemWeights {
public:
    /// Reads a hunspell .dic ("stem/flag,flag,...", first line a count). Given its .aff (tr_TR's
    /// flags each add one suffix), a stem with five classes or more none of which is a plural or a
    /// locative or ablative case (lAr, DA, DAn) is marked kBound: a verb root (doldur) or the
    /// bound stem of a compound (milletvekil-i), never a noun that stands alone.
    static StemWeights fromDic(const QByteArray &dic, const QByteArray &aff = {});
    static constexpr int kBound = 1 << 24;
    /// Or'ed in, given the .aff: the stem takes a suffix after an apostrophe (Bursa'da, Kayseri'nin), as a
    /// proper name does.
    static constexpr int kName = 1 << 25;
    /// Or'ed in, given the .aff: the stem takes a plural (lAr). A word in -mAk that does is a noun
    /// (parmak, yaşmak "veil"), whatever verb it may also be; a verb's infinitive takes none.
    static constexpr int kPlural = 1 << 26;
    /// Words (as UTF-8) and their values; a word given twice keeps its larger value.
    static StemWeights fromValues(const std::vector<std::pair<QByteArray, int>> &values);
    /// The table `toBytes` wrote, read in place (`bytes` may be QByteArray::fromRawData
    /// over a resource). Returns an empty table when the bytes are not one.
    static StemWeights fromBytes(const QByteArray &bytes);
    QByteArray toBytes() const;
    /// The number of affix classes of `stem` as written, -1 when not listed.
    int flags(const QString &stem) const;
    /// Whether `stem` is listed and marked kBound.
    bool bound(const QString &stem) const { return marked(stem, kBound); }
    /// Whether `stem` is listed as written and marked kName.
    bool name(const QString &stem) const { return marked(stem, kName); }
    /// Or'ed in, given the .aff: the stem takes the progressive -Iyor and no plural, case of place or case after a
    /// possessive (-InA, -InDA): a verb's root only (bakın- "look around"), never a noun (basın "press").
    static constexpr int kVerbOnly = 1 << 27;
    /// Or'ed in, given the .aff: a word in -mAk that takes a plural and not the progressive's copula
    /// (-mAktAdIr): a noun only (sumak "sumac", parmak), no verb's infinitive (sunmak, yemek take it).
    static constexpr int kNounInMak = 1 << 28;
    /// Whether `stem` is listed as written and marked kNounInMak.
    bool nounInMak(const QString &stem) const { return marked(stem, kNounInMak); }
    /// Whether `stem` is listed as written and marked kVerbOnly.
    bool verbOnly(const QString &stem) const { return marked(stem, kVerbOnly); }
    /// Whether `stem` is listed as written and marked kPlural.
    bool takesPlural(const QString &stem) const { return marked(stem, kPlural); }
    int value(QByteArrayView utf8) const;
    bool isEmpty() const { return size() == 0; }
    qsizetype size() const { return (m_bytes.size() - kHeader) / kItem; }

    static quint64 hash(QByteArrayView utf8);

private:
    bool marked(const QString &stem, int bit) const;
    // Hashes, not strings: a third of the memory, and a 64-bit collision
    // among 400,000 stems is vanishingly unlikely. Packed items (8-byte hash,
    // 4-byte value) after a header, sorted by hash, read with memcpy since a
    // resource need not be aligned.
    static constexpr qsizetype kHeader = 8;
    static constexpr qsizetype kItem = 12;
    static StemWeights fromItems(std::vector<std::pair<quint64, int>> items);
    QByteArray m_bytes = QByteArray(kHeader, '\0');
};

} // namespace okur::glossary
