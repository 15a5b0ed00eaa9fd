#include "stemweights.h"

#include <QSet>

#include <algorithm>
#include <cstring>

namespace okur::glossary {

namespace {

constexpr char kMagic[4] = {'O', 'K', 'S', 'W'};

} // namespace

quint64 StemWeights::hash(QByteArrayView utf8)
{
    // FNV-1a: stable across builds and machines, so a table saved at build time stays valid.
    quint64 h = 14695981039346656037ull;
    for (const char c : utf8) {
        h ^= quint8(c);
        h *= 1099511628211ull;
    }
    return h;
}

StemWeights StemWeights::fromItems(std::vector<std::pair<quint64, int>> items)
{
    std::sort(items.begin(), items.end());
    StemWeights w;
    w.m_bytes.reserve(kHeader + qsizetype(items.size()) * kItem);
    w.m_bytes.resize(kHeader);
    std::memcpy(w.m_bytes.data(), kMagic, 4);
    qsizetype n = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        // A word listed twice (homographs) keeps its larger figure: the sort put it last.
        if (i + 1 < items.size() && items[i + 1].first == items[i].first) {
            continue;
        }
        const qint32 v = items[i].second;
        w.m_bytes.append(reinterpret_cast<const char *>(&items[i].first), 8);
        w.m_bytes.append(reinterpret_cast<const char *>(&v), 4);
        ++n;
    }
    const quint32 count = quint32(n);
    std::memcpy(w.m_bytes.data() + 4, &count, 4);
    return w;
}

StemWeights StemWeights::fromDic(const QByteArray &dic, const QByteArray &aff)
{
    // The flags whose suffix shows a noun standing alone: its plural, locative or ablative.
    QSet<QByteArray> free;
    // And those whose suffix follows an apostrophe: a proper name's ('da, 'nın).
    QSet<QByteArray> named;
    // And those that make a plural.
    QSet<QByteArray> plural;
    // And those of a verb (the progressive), and those of a noun (a case after the 3rd person's possessive).
    QSet<QByteArray> verbal;
    QSet<QByteArray> progressiveCopula; // an infinitive's -mAktAdIr: a verb's
    static const QSet<QByteArray> progressiveCopulas{"tadır", "tedir"};
    QSet<QByteArray> nominal;
    static const QSet<QByteArray> possessedCases{"ına", "ine", "una", "üne", "ında", "inde", "unda", "ünde"};
    static const QSet<QByteArray> freeSuffixes{"lar", "ler", "da", "de", "ta", "te", "dan", "den", "tan", "ten"};
    for (const QByteArray &line : aff.split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() >= 4 && f[0] == "SFX" && freeSuffixes.contains(f[3])) {
            free.insert(f[1]);
        }
        if (f.size() >= 4 && f[0] == "SFX" && (f[3] == "lar" || f[3] == "ler")) {
            plural.insert(f[1]);
        }
        if (f.size() >= 4 && f[0] == "SFX") {
            const QByteArray suffix = f[3].split('/').first();
            if (suffix.endsWith("yor")) {
                verbal.insert(f[1]);
            }
            if (progressiveCopulas.contains(suffix)) {
                progressiveCopula.insert(f[1]);
            }
            if (freeSuffixes.contains(suffix) || possessedCases.contains(suffix)) {
                nominal.insert(f[1]);
            }
        }
        if (f.size() >= 4 && f[0] == "SFX" && f[3].startsWith('\'')) {
            named.insert(f[1]);
        }
    }
    std::vector<std::pair<quint64, int>> items;
    items.reserve(size_t(dic.count('\n')));
    qsizetype pos = dic.indexOf('\n') + 1; // the first line is the entry count
    while (pos > 0 && pos < dic.size()) {
        qsizetype end = dic.indexOf('\n', pos);
        if (end < 0) {
            end = dic.size();
        }
        QByteArrayView line(dic.constData() + pos, end - pos);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        const qsizetype slash = line.indexOf('/');
        const QByteArrayView stem = slash < 0 ? line : line.first(slash);
        int flags = 0;
        bool standsAlone = false;
        bool name = false;
        bool plurals = false;
        bool verb = false;
        bool infinitive = false;
        bool noun = false;
        if (slash >= 0 && slash + 1 < line.size()) {
            const QByteArrayView list = line.sliced(slash + 1);
            flags = int(list.count(',')) + 1;
            for (qsizetype at = 0; !aff.isEmpty() && at <= list.size();) {
                qsizetype comma = list.indexOf(',', at);
                comma = comma < 0 ? list.size() : comma;
                const QByteArray flag = list.sliced(at, comma - at).toByteArray();
                standsAlone = standsAlone || free.contains(flag);
                name = name || named.contains(flag);
                plurals = plurals || plural.contains(flag);
                verb = verb || verbal.contains(flag);
                infinitive = infinitive || progressiveCopula.contains(flag);
                noun = noun || nominal.contains(flag);
                at = comma + 1;
            }
        }
        if (!aff.isEmpty() && flags >= 5 && !standsAlone) {
            flags |= kBound;
        }
        if (name) {
            flags |= kName;
        }
        if (plurals) {
            flags |= kPlural;
        }
        if (verb && !noun) {
            flags |= kVerbOnly;
        }
        if (plurals && !infinitive && (stem.endsWith("mak") || stem.endsWith("mek"))) {
            flags |= kNounInMak;
        }
        if (!stem.isEmpty()) {
            items.emplace_back(hash(stem), flags);
        }
        pos = end + 1;
    }
    return fromItems(std::move(items));
}

StemWeights StemWeights::fromValues(const std::vector<std::pair<QByteArray, int>> &values)
{
    std::vector<std::pair<quint64, int>> items;
    items.reserve(values.size());
    for (const auto &[word, v] : values) {
        items.emplace_back(hash(word), v);
    }
    return fromItems(std::move(items));
}

StemWeights StemWeights::fromBytes(const QByteArray &bytes)
{
    StemWeights w;
    quint32 count = 0;
    if (bytes.size() < kHeader || std::memcmp(bytes.constData(), kMagic, 4) != 0) {
        return w;
    }
    std::memcpy(&count, bytes.constData() + 4, 4);
    if (bytes.size() != kHeader + qsizetype(count) * kItem) {
        return w;
    }
    w.m_bytes = bytes;
    return w;
}

QByteArray StemWeights::toBytes() const { return m_bytes; }

int StemWeights::value(QByteArrayView utf8) const
{
    const quint64 key = hash(utf8);
    const char *base = m_bytes.constData() + kHeader;
    qsizetype lo = 0, hi = size();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        quint64 h;
        std::memcpy(&h, base + mid * kItem, 8);
        if (h < key) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo < size()) {
        quint64 h;
        std::memcpy(&h, base + lo * kItem, 8);
        if (h == key) {
            qint32 v;
            std::memcpy(&v, base + lo * kItem + 8, 4);
            return v;
        }
    }
    return -1;
}

int StemWeights::flags(const QString &stem) const
{
    const int v = value(stem.toUtf8());
    return v < 0 ? v : v & (kBound - 1);
}

bool StemWeights::marked(const QString &stem, int bit) const
{
    const int v = value(stem.toUtf8());
    return v >= 0 && (v & bit) != 0;
}

} // namespace okur::glossary
