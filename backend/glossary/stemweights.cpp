#include "stemweights.h"

#include <algorithm>

namespace okur::glossary {

namespace {

quint64 fnv1a(const char *data, qsizetype size)
{
    quint64 h = 14695981039346656037ull;
    for (qsizetype i = 0; i < size; ++i) {
        h ^= quint8(data[i]);
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace

StemWeights StemWeights::fromDic(const QByteArray &dic)
{
    StemWeights w;
    w.m_entries.reserve(size_t(dic.count('\n')));
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
        if (slash >= 0 && slash + 1 < line.size()) {
            flags = int(line.sliced(slash + 1).count(',')) + 1;
        }
        if (!stem.isEmpty()) {
            w.m_entries.push_back({fnv1a(stem.data(), stem.size()), flags});
        }
        pos = end + 1;
    }
    std::sort(w.m_entries.begin(), w.m_entries.end());
    // A stem listed twice (homographs) keeps its larger figure.
    std::vector<Item> merged;
    merged.reserve(w.m_entries.size());
    for (const Item &i : w.m_entries) {
        if (!merged.empty() && merged.back().hash == i.hash) {
            merged.back().flags = std::max(merged.back().flags, i.flags);
        } else {
            merged.push_back(i);
        }
    }
    w.m_entries.swap(merged);
    return w;
}

int StemWeights::flags(const QString &stem) const
{
    const QByteArray utf8 = stem.toUtf8();
    const Item key{fnv1a(utf8.constData(), utf8.size()), 0};
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), key);
    return it != m_entries.end() && it->hash == key.hash ? it->flags : -1;
}

} // namespace okur::glossary
