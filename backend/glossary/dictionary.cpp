#include "dictionary.h"

#include "text/casing.h"

#include <QFile>
#include <QSet>
#include <algorithm>

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
    // Merge senses of the same headword from the same source.
    for (int i : list) {
        Entry &old = m_entries[i];
        if (old.source == e.source) {
            for (const QString &s : e.senses) {
                if (!old.senses.contains(s))
                    old.senses.append(s);
            }
            return;
        }
    }
    list.append(int(m_entries.size()));
    m_entries.append(e);
}

int Dictionary::loadStore(const QByteArray &tsv)
{
    int n = 0;
    for (const QByteArray &line : tsv.split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() < 6 || line.startsWith('#'))
            continue;
        Entry e;
        e.language = QString::fromUtf8(f[0]);
        e.headword = QString::fromUtf8(f[1]);
        e.pos = QString::fromUtf8(f[2]);
        e.senses = QString::fromUtf8(f[3]).split(u'|', Qt::SkipEmptyParts);
        e.source = QString::fromUtf8(f[4]);
        e.rank = f[5].trimmed().toInt();
        if (!e.headword.isEmpty() && !e.senses.isEmpty()) {
            add(e);
            ++n;
        }
    }
    return n;
}

int Dictionary::loadGlossary(const QByteArray &tsv, const QString &source)
{
    int n = 0;
    for (const QByteArray &raw : tsv.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(u'\t');
        if (f.size() < 3)
            continue;
        Entry tr;
        tr.headword = f[0].trimmed();
        tr.language = QStringLiteral("tr");
        tr.pos = f[1].trimmed();
        for (const QString &s : f[2].split(u';', Qt::SkipEmptyParts))
            tr.senses << s.trimmed();
        tr.source = source;
        tr.rank = 0;
        if (tr.headword.isEmpty() || tr.senses.isEmpty())
            continue;
        add(tr);
        ++n;
        // English → Turkish: each sense points back at the lemma; the first sense ranks best.
        for (qsizetype i = 0; i < tr.senses.size(); ++i) {
            Entry en;
            en.headword = tr.senses[i];
            if (en.headword.startsWith(QLatin1String("to ")) && tr.pos == QLatin1String("verb"))
                en.headword = en.headword.mid(3); // "to strengthen" is looked up as "strengthen"
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
        if (error)
            *error = QStringLiteral("the bundled dictionaries are missing from this build");
        return false;
    }
    loadGlossary(glossary.readAll(), QStringLiteral("Okur glossary"));
    loadStore(store.readAll());
    return true;
}

QList<Entry> Dictionary::lookup(const QString &headword, const QString &language) const
{
    QList<Entry> out;
    auto it = m_index.constFind(key(headword, language));
    if (it == m_index.constEnd() && language == QLatin1String("tr")) {
        // Acronyms and foreign names in capitals: "COVID" is covid, not covıd.
        QString k = key(headword, language);
        it = m_index.constFind(k.replace(u'ı', u'i'));
    }
    if (it == m_index.constEnd())
        return out;
    for (int i : *it)
        out.append(m_entries.at(i));
    std::stable_sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.rank < b.rank; });
    return out;
}

bool Dictionary::contains(const QString &headword, const QString &language) const
{
    return !lookup(headword, language).isEmpty();
}

QStringList Dictionary::multiwordHeadwords(const QString &language, int maxRank) const
{
    QStringList out;
    QSet<QString> seen;
    for (const Entry &e : m_entries) {
        if (e.language == language && e.rank <= maxRank && e.headword.contains(u' ') && !seen.contains(e.headword)) {
            seen.insert(e.headword);
            out.append(e.headword);
        }
    }
    return out;
}

} // namespace okur::glossary
