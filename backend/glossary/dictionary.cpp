#include "dictionary.h"

#include "text/casing.h"

#include <QFile>
#include <QResource>
#include <QSet>
#include <algorithm>
#include <cstring>

namespace okur::glossary {

QString Dictionary::key(const QString &word, const QString &language)
{
    QString folded = text::foldCase(word.simplified(), language);
    // zekâ = zeka, tarihî = tarihi: the circumflex is optional in Turkish spelling.
    folded.replace(u'’', u'\'').replace(u'â', u'a').replace(u'î', u'i').replace(u'û', u'u');
    return language + QLatin1Char('\t') + folded;
}

void Dictionary::add(const Entry &e)
{
    const QString k = key(e.headword, e.language);
    auto &list = m_index[k];
    // Merge senses of the same headword from the same source as the same part of speech; another part of speech
    // stays an entry of its own, as a homograph (right: doğru, adjective; hak, noun), unless it says the same
    // (dynamic: dinamik, the noun and the adjective), which would only show twice.
    for (int i : list) {
        Entry &old = m_entries[i];
        if (old.source == e.source && (old.pos == e.pos || old.senses == e.senses)) {
            for (const QString &s : e.senses) {
                if (!old.senses.contains(s)) {
                    old.senses.append(s);
                }
            }
            return;
        }
    }
    list.append(int(m_entries.size()));
    m_entries.append(e);
}

Entry Dictionary::parseLine(QByteArrayView line)
{
    Entry e;
    QByteArrayView fields[7];
    qsizetype at = 0;
    for (int i = 0; i < 7; ++i) {
        if (i == 6 && at > line.size()) {
            break; // the group numbers are optional
        }
        qsizetype tab = i < 6 ? line.indexOf('\t', at) : line.size();
        if (tab < 0 && i == 5) {
            tab = line.size();
        }
        if (tab < 0) {
            return {};
        }
        fields[i] = line.sliced(at, tab - at);
        at = tab + 1;
    }
    e.language = QString::fromUtf8(fields[0]);
    e.headword = QString::fromUtf8(fields[1]);
    e.pos = QString::fromUtf8(fields[2]);
    e.senses = QString::fromUtf8(fields[3]).split(u'|', Qt::SkipEmptyParts);
    e.source = QString::fromUtf8(fields[4]);
    e.rank = QString::fromUtf8(fields[5]).trimmed().toInt();
    if (!fields[6].isEmpty()) {
        for (const QByteArrayView n : QByteArray::fromRawData(fields[6].data(), fields[6].size()).split(',')) {
            e.senseGroups.append(n.toInt());
        }
        if (e.senseGroups.size() != e.senses.size()) {
            e.senseGroups.clear(); // a malformed line keeps its senses, not a wrong grouping
        }
    }
    return e;
}

int Dictionary::loadStore(const QByteArray &tsv)
{
    // Replaces any store loaded before. `tsv` is shared, not copied (a resource
    // stored uncompressed costs no memory of its own).
    m_store = tsv;
    m_keys.clear();
    m_ownRows.clear();
    m_rowBytes.clear();
    m_indexBytes.clear();
    const QByteArrayView all(m_store);
    qsizetype at = 0;
    while (at < all.size()) {
        qsizetype end = all.indexOf('\n', at);
        if (end < 0) {
            end = all.size();
        }
        const QByteArrayView line = all.sliced(at, end - at);
        if (!line.startsWith('#')) {
            const qsizetype t1 = line.indexOf('\t');
            const qsizetype t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
            const Entry e = t2 < 0 ? Entry() : parseLine(line);
            if (!e.headword.isEmpty() && !e.senses.isEmpty()) {
                const QByteArray k = key(e.headword, e.language).toUtf8();
                m_ownRows.push_back({quint32(m_keys.size()), quint32(k.size()), quint32(at), quint32(line.size())});
                m_keys += k;
            }
        }
        at = end + 1;
    }
    std::stable_sort(m_ownRows.begin(), m_ownRows.end(),
                     [this](const Row &a, const Row &b) { return rowKey(a) < rowKey(b); });
    return int(m_ownRows.size());
}

namespace {
// The prebuilt index: a header, the rows, then the keys' bytes.
constexpr char kIndexMagic[4] = {'O', 'K', 'D', 'X'};
struct IndexHeader {
    char magic[4];
    quint32 storeSize;
    quint32 rows;
    quint32 keysSize;
};
} // namespace

QByteArray Dictionary::indexBytes() const
{
    IndexHeader h;
    std::memcpy(h.magic, kIndexMagic, 4);
    h.storeSize = quint32(m_store.size());
    h.rows = quint32(rowCount());
    h.keysSize = quint32(m_keys.size());
    QByteArray out(reinterpret_cast<const char *>(&h), sizeof h);
    out.append(reinterpret_cast<const char *>(rowsBegin()), rowCount() * qsizetype(sizeof(Row)));
    out.append(m_keys);
    return out;
}

int Dictionary::loadStore(const QByteArray &tsv, const QByteArray &index)
{
    IndexHeader h;
    if (index.size() < qsizetype(sizeof h)) {
        return -1;
    }
    std::memcpy(&h, index.constData(), sizeof h);
    const qsizetype rowsSize = qsizetype(h.rows) * qsizetype(sizeof(Row));
    if (std::memcmp(h.magic, kIndexMagic, 4) != 0 || h.storeSize != quint32(tsv.size())
        || index.size() != qsizetype(sizeof h) + rowsSize + qsizetype(h.keysSize)) {
        return -1;
    }
    // Views into `index`, which m_indexBytes keeps alive (in place when it is a resource).
    QByteArray rows = QByteArray::fromRawData(index.constData() + sizeof h, rowsSize);
    if (reinterpret_cast<quintptr>(rows.constData()) % alignof(Row) != 0) {
        rows = QByteArray(rows.constData(), rows.size()); // an unaligned resource: one copy
    }
    const Row *r = reinterpret_cast<const Row *>(rows.constData());
    for (quint32 i = 0; i < h.rows; ++i) { // a damaged index must not read out of bounds
        if (quint64(r[i].key) + r[i].keyLength > h.keysSize || quint64(r[i].line) + r[i].lineLength > h.storeSize) {
            return -1;
        }
    }
    m_store = tsv;
    m_indexBytes = index;
    m_ownRows.clear();
    m_rowBytes = rows;
    m_keys = QByteArray::fromRawData(index.constData() + sizeof h + rowsSize, h.keysSize);
    return int(h.rows);
}

int Dictionary::loadGlossary(const QByteArray &tsv, const QString &source)
{
    int n = 0;
    for (const QByteArray &raw : tsv.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const QStringList f = line.split(u'\t');
        if (f.size() < 3) {
            continue;
        }
        Entry tr;
        tr.headword = f[0].trimmed();
        tr.language = QStringLiteral("tr");
        tr.pos = f[1].trimmed();
        for (const QString &s : f[2].split(u';', Qt::SkipEmptyParts)) {
            tr.senses << s.trimmed();
        }
        tr.source = source;
        tr.rank = 0;
        if (tr.headword.isEmpty() || tr.senses.isEmpty()) {
            continue;
        }
        add(tr);
        ++n;
        // English → Turkish: each sense points back at the lemma; the first sense ranks best.
        for (qsizetype i = 0; i < tr.senses.size(); ++i) {
            Entry en;
            en.headword = tr.senses[i];
            if (en.headword.startsWith(QLatin1String("to ")) && tr.pos == QLatin1String("verb")) {
                en.headword = en.headword.mid(3); // "to strengthen" is looked up as "strengthen"
            }
            en.language = QStringLiteral("en");
            en.pos = tr.pos;
            en.senses = {tr.headword};
            en.source = source;
            en.rank = int(i);
            add(en);
        }
    }
    return n;
}

bool Dictionary::loadBundled(QString *error)
{
    QFile store(QStringLiteral(":/okur/dict/freedict.tsv"));
    QFile glossary(QStringLiteral(":/okur/glossary/glossary-tr-en.tsv"));
    if (!store.open(QIODevice::ReadOnly) || !glossary.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QStringLiteral("the bundled dictionaries are missing from this build");
        }
        return false;
    }
    loadGlossary(glossary.readAll(), QString::fromLatin1(kCuratedSource));
    // Stored uncompressed in the binary: read in place.
    const QResource resource(QStringLiteral(":/okur/dict/freedict.tsv"));
    const QResource index(QStringLiteral(":/okur/dict/freedict.idx"));
    if (resource.compressionAlgorithm() == QResource::NoCompression && resource.data()) {
        const QByteArray tsv = QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), qsizetype(resource.size()));
        // The index built with the store at build time: a cold lookup sorts nothing.
        const bool indexed = index.isValid() && index.compressionAlgorithm() == QResource::NoCompression && index.data()
            && loadStore(tsv, QByteArray::fromRawData(reinterpret_cast<const char *>(index.data()), qsizetype(index.size()))) >= 0;
        if (!indexed) {
            loadStore(tsv);
        }
    } else {
        loadStore(store.readAll());
    }
    return true;
}

QList<Entry> Dictionary::lookup(const QString &headword, const QString &language) const
{
    return find(headword, language, true);
}

QList<Entry> Dictionary::lookupInMemory(const QString &headword, const QString &language) const
{
    return find(headword, language, false);
}

QList<Entry> Dictionary::find(const QString &headword, const QString &language, bool store) const
{
    QList<Entry> out;
    const auto find = [&](const QString &k) {
        if (auto it = m_index.constFind(k); it != m_index.constEnd()) {
            for (int i : *it) {
                out.append(m_entries.at(i));
            }
        }
        if (!store) {
            return;
        }
        const QByteArray bytes = k.toUtf8();
        const auto range = std::equal_range(rowsBegin(), rowsEnd(), bytes, Less{this});
        for (auto r = range.first; r != range.second; ++r) {
            Entry e = parseLine(QByteArrayView(m_store).sliced(r->line, r->lineLength));
            // Senses of one headword from one source come together; homographs
            // that differ in case (Çek Czech, çek cheque) or in part of speech
            // (back the verb, back the noun) stay apart.
            auto same = std::find_if(out.begin(), out.end(), [&](const Entry &o) {
                return o.source == e.source && o.headword == e.headword && o.pos == e.pos;
            });
            if (same == out.end()) {
                out.append(e);
                continue;
            }
            const bool grouped = !same->senseGroups.isEmpty() && e.senseGroups.size() == e.senses.size();
            for (qsizetype i = 0; i < e.senses.size(); ++i) {
                if (!same->senses.contains(e.senses[i])) {
                    same->senses.append(e.senses[i]);
                    if (grouped) {
                        same->senseGroups.append(e.senseGroups[i]);
                    }
                }
            }
            if (same->senseGroups.size() != same->senses.size()) {
                same->senseGroups.clear();
            }
        }
    };
    const QString k = key(headword, language);
    find(k);
    if (out.isEmpty() && language == QLatin1String("tr")) {
        // Acronyms and foreign names in capitals: "COVID" is covid, not covıd.
        QString dotted = k;
        if (dotted.replace(u'ı', u'i') != k) {
            find(dotted);
        }
    }
    // Case tells homographs apart: spelt as asked first; a lower-case word
    // does not get its capitalised homograph (mısır is corn, not Egypt) unless
    // nothing else is there ("ankara" typed in lower case).
    const QString folded = text::foldCase(headword.simplified(), language);
    const QString asked = headword.simplified();
    const bool lowerAsked = asked == folded;
    const auto spelt = [&](const Entry &e) { return e.headword == asked || (lowerAsked && e.headword == folded); };
    if (lowerAsked && std::any_of(out.cbegin(), out.cend(), spelt)) {
        out.erase(std::remove_if(out.begin(), out.end(),
                                 [&](const Entry &e) { return text::foldCase(e.headword, language) != e.headword; }),
                  out.end());
    }
    std::stable_sort(out.begin(), out.end(), [&](const Entry &a, const Entry &b) {
        const bool sa = spelt(a), sb = spelt(b);
        if (sa != sb) {
            return sa;
        }
        return a.rank < b.rank;
    });
    return out;
}

bool Dictionary::contains(const QString &headword, const QString &language) const
{
    // As lookup() finds its entries (the key, then for Turkish its dotted i), keys only.
    const auto has = [this](const QString &k) {
        return m_index.contains(k) || std::binary_search(rowsBegin(), rowsEnd(), k.toUtf8(), Less{this});
    };
    const QString k = key(headword, language);
    if (has(k)) {
        return true;
    }
    QString dotted = k;
    return language == QLatin1String("tr") && dotted.replace(u'ı', u'i') != k && has(dotted);
}

QStringList Dictionary::curatedPos(const QString &headword, const QString &language) const
{
    QStringList out;
    for (const Entry &e : find(headword, language, false)) {
        if (e.rank == 0 && !out.contains(e.pos)) {
            out << e.pos;
        }
    }
    return out;
}

QStringList Dictionary::multiwordHeadwords(const QString &language, int maxRank) const
{
    QStringList out;
    QSet<QString> seen;
    QList<Entry> all = m_entries;
    if (maxRank >= 10) { // the store's ranks start at 10
        for (const Row *r = rowsBegin(); r != rowsEnd(); ++r) {
            all.append(parseLine(QByteArrayView(m_store).sliced(r->line, r->lineLength)));
        }
    }
    for (const Entry &e : std::as_const(all)) {
        if (e.language == language && e.rank <= maxRank && e.headword.contains(u' ') && !seen.contains(e.headword)) {
            seen.insert(e.headword);
            out.append(e.headword);
        }
    }
    return out;
}

QStringList briefSenses(const QList<Entry> &entries, int most)
{
    if (entries.isEmpty()) {
        return {};
    }
    // The best sense of each of the headword's parts of speech from the first entry's source, then that entry's
    // other senses.
    const Entry &first = entries.first();
    QStringList senses = first.senses.mid(0, 1);
    for (const Entry &e : entries) {
        if (&e != &first && e.headword == first.headword && e.source == first.source && e.pos != first.pos &&
            !e.senses.isEmpty() && !senses.contains(e.senses.first())) {
            senses << e.senses.first();
        }
    }
    for (const QString &s : first.senses.mid(1)) {
        if (!senses.contains(s)) {
            senses << s;
        }
    }
    return senses.mid(0, most);
}

} // namespace okur::glossary
