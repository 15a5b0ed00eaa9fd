#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace okur::glossary {

/// One dictionary entry: a headword in `language` with its senses in the
/// other language, best first, and where it came from.
/// The parts of speech an entry's `pos` names (the curated glossary's; FreeDict eng-tur marks a verb's article),
/// translated in the "okur::glossary" context as the card shows them.
inline constexpr const char *kPartsOfSpeech[] = {
    QT_TRANSLATE_NOOP("okur::glossary", "noun"),         QT_TRANSLATE_NOOP("okur::glossary", "verb"),
    QT_TRANSLATE_NOOP("okur::glossary", "adjective"),    QT_TRANSLATE_NOOP("okur::glossary", "adverb"),
    QT_TRANSLATE_NOOP("okur::glossary", "postposition"), QT_TRANSLATE_NOOP("okur::glossary", "determiner"),
    QT_TRANSLATE_NOOP("okur::glossary", "conjunction"),  QT_TRANSLATE_NOOP("okur::glossary", "pronoun"),
    QT_TRANSLATE_NOOP("okur::glossary", "suffix"),       QT_TRANSLATE_NOOP("okur::glossary", "preposition"),
    QT_TRANSLATE_NOOP("okur::glossary", "interjection")};

/// The source name of the curated glossary's entries (Entry::source).
inline constexpr char kCuratedSource[] = "Okur glossary";

struct Entry {
    QString headword;
    QString language;    ///< "tr" or "en": the headword's language
    QString pos;         ///< part of speech when the source gives it (one of kPartsOfSpeech)
    QStringList senses;
    /// The source's sense number (1, 2, ...) of each of `senses`, in step
    /// with them, when the source numbers its senses; else empty. Senses are
    /// ranked across groups, so a group is the senses that share a number.
    QList<int> senseGroups;
    QString source;      ///< "Okur glossary", "FreeDict eng-tur", ...
    int rank = 100;      ///< lower is better; the glossary ranks first
};

/// The bilingual lookup store: the compact FreeDict store built at build
/// time plus the curated glossary, keyed by case-folded headword.
/// Immutable after loading, so any thread may read it.
class Dictionary {
public:
    /// Loads the build-time store (lines: lang, headword, pos, senses joined
    /// by '|', source, rank, and optionally the senses' group numbers joined
    /// by ','). Returns the number of entries read.
    int loadStore(const QByteArray &tsv);
    /// Loads a curated glossary (lines: Turkish lemma, pos, English senses
    /// joined by ';'), as Turkish→English entries and inverted English→Turkish ones.
    int loadGlossary(const QByteArray &tsv, const QString &source);
    /// Loads the store with the index `indexBytes()` saved for it at build
    /// time: nothing to parse or sort, both read in place. Returns -1, and
    /// loads nothing, when the index is not one for this store.
    int loadStore(const QByteArray &tsv, const QByteArray &index);
    /// The store's index (sorted folded keys to lines), for `loadStore(tsv, index)`.
    QByteArray indexBytes() const;
    /// Loads the bundled store (with its prebuilt index) and glossary from the app's resources.
    bool loadBundled(QString *error);

    /// Entries of a headword, best rank first. Headwords are case-sensitive
    /// (Mısır "Egypt", mısır "corn"): a lower-case word gets the entries
    /// spelt as it is when there are any; a capitalised one, which may begin
    /// a sentence, gets its own first and then the lower-case homographs.
    QList<Entry> lookup(const QString &headword, const QString &language) const;
    /// The same from the curated glossary and entries added in memory only: the store's lines are not read.
    QList<Entry> lookupInMemory(const QString &headword, const QString &language) const;
    /// Whether lookup() would find anything, by the keys alone: the store's lines are not read. The
    /// analyser asks this of every candidate lemma; reading each one's lines kept the whole store resident.
    bool contains(const QString &headword, const QString &language) const;
    /// The parts of speech the curated glossary (rank 0) gives `headword`, in its order (an empty one where an
    /// entry gives none); empty when it lists none. What kind of word a curated entry is decides how the
    /// analyser and the card read it.
    QStringList curatedPos(const QString &headword, const QString &language) const;
    /// Multiword headwords of a language ranked `maxRank` or better
    /// (0: the curated glossary, the terms of the field).
    QStringList multiwordHeadwords(const QString &language, int maxRank = 1000) const;
    int size() const { return int(m_entries.size() + rowCount()); }

    static QString key(const QString &word, const QString &language);

private:
    QList<Entry> find(const QString &headword, const QString &language, bool store) const;
    void add(const Entry &e);
    static Entry parseLine(QByteArrayView line);
    // The curated glossary: a few thousand entries, kept as structs.
    QList<Entry> m_entries;
    QHash<QString, QList<int>> m_index; // language + '\t' + folded headword
    // The FreeDict store (~100,000 lines) stays as its bytes, with a sorted
    // index of folded keys to lines, and is parsed a line at a time on lookup:
    // a fifth of the memory of structs, and nothing to build but the index.
    struct Row {
        quint32 key = 0;    ///< offset in m_keys
        quint32 keyLength = 0;
        quint32 line = 0;   ///< offset in m_store
        quint32 lineLength = 0;
    };
    QByteArray m_store;
    QByteArray m_keys;
    std::vector<Row> m_ownRows; // sorted by key bytes, then by line
    QByteArray m_rowBytes;      // or the same read in place from a prebuilt index
    QByteArray m_indexBytes;    // the prebuilt index m_rowBytes and m_keys point into
    const Row *rowsBegin() const { return m_rowBytes.isEmpty() ? m_ownRows.data() : reinterpret_cast<const Row *>(m_rowBytes.constData()); }
    const Row *rowsEnd() const { return rowsBegin() + rowCount(); }
    qsizetype rowCount() const { return m_rowBytes.isEmpty() ? qsizetype(m_ownRows.size()) : m_rowBytes.size() / qsizetype(sizeof(Row)); }
    QByteArrayView rowKey(const Row &r) const { return QByteArrayView(m_keys).sliced(r.key, r.keyLength); }
    struct Less { // rows against a key, for equal_range
        const Dictionary *d;
        bool operator()(const Row &r, const QByteArray &k) const { return d->rowKey(r) < QByteArrayView(k); }
        bool operator()(const QByteArray &k, const Row &r) const { return QByteArrayView(k) < d->rowKey(r); }
    };
};

/// The senses a key term or a vocabulary card gives for a word, best first: the first entry's best sense, the best
/// of the same headword's other parts of speech from that source (work: çalışmak, çalışma), then the first entry's
/// other senses; at most `most`. Pure.
QStringList briefSenses(const QList<Entry> &entries, int most = 3);

} // namespace okur::glossary
