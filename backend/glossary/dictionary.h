#pragma once
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace okur::glossary {

/// One dictionary entry: a headword in `language` with its senses in the
/// other language, best first, and where it came from.
struct Entry {
    QString headword;
    QString language;    ///< "tr" or "en": the headword's language
    QString pos;         ///< part of speech when the source gives it
    QStringList senses;
    QString source;      ///< "Okur glossary", "FreeDict eng-tur", ...
    int rank = 100;      ///< lower is better; the glossary ranks first
};

/// The bilingual lookup store: the compact FreeDict store built at build
/// time plus the curated glossary, keyed by case-folded headword.
/// Immutable after loading, so any thread may read it.
class Dictionary {
public:
    /// Loads the build-time store (lines: lang, headword, pos, senses joined
    /// by '|', source, rank). Returns the number of entries read.
    int loadStore(const QByteArray &tsv);
    /// Loads a curated glossary (lines: Turkish lemma, pos, English senses
    /// joined by ';'), as Turkish→English entries and inverted English→Turkish ones.
    int loadGlossary(const QByteArray &tsv, const QString &source);
    /// Loads the bundled store and glossary from the app's resources.
    bool loadBundled(QString *error);

    QList<Entry> lookup(const QString &headword, const QString &language) const;
    bool contains(const QString &headword, const QString &language) const;
    /// Multiword headwords of a language ranked `maxRank` or better
    /// (0: the curated glossary, the terms of the field).
    QStringList multiwordHeadwords(const QString &language, int maxRank = 1000) const;
    int size() const { return int(m_entries.size()); }

    static QString key(const QString &word, const QString &language);

private:
    void add(const Entry &e);
    QList<Entry> m_entries;
    QHash<QString, QList<int>> m_index; // language + '\t' + folded headword
};

} // namespace okur::glossary
