#include "englishlexicon.h"

#include "glossary/englishforms.h"

#include <QFile>
#include <QSet>
#include <QList>
#include <limits>

namespace {

QString withoutSeparators(QString s)
{
    s.remove(u' ').remove(u'-');
    return s;
}

bool asciiLetters(const QString &s)
{
    for (const QChar c : s) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return false;
    }
    return !s.isEmpty();
}

// `original` with the separators of `spaced` (same letters, lower case) put in.
QString insertSeparators(const QString &original, const QString &spaced)
{
    QString out;
    qsizetype o = 0;
    for (const QChar c : spaced) {
        if (c == u' ' || c == u'-')
            out += c;
        else if (o < original.size())
            out += original.at(o++);
    }
    return out + original.mid(o);
}

} // namespace

bool EnglishLexicon::load(const QString &wordnetDir, const QString &hunspellDic, QString *error)
{
    for (const char *pos : {"noun", "verb", "adj", "adv"}) {
        QFile f(wordnetDir + QStringLiteral("/index.") + QLatin1String(pos));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(f.fileName());
            return false;
        }
        while (!f.atEnd()) {
            const QByteArray line = f.readLine();
            if (line.startsWith(' '))
                continue; // the licence header
            const QString lemma = QString::fromUtf8(line.left(line.indexOf(' '))).replace(u'_', u' ');
            m_wordnet.insert(lemma);
            // WordNet's single lemmas include names in lower case ("ali", "es"): not used to split.
            if (lemma.contains(u' ') || lemma.contains(u'-')) {
                m_joined.insert(withoutSeparators(lemma), lemma);
                if (qstrcmp(pos, "verb") == 0)
                    m_joinedVerbs.insert(withoutSeparators(lemma), lemma);
            } else if (qstrcmp(pos, "verb") == 0) {
                m_verbs.insert(lemma);
            }
        }
    }
    QFile counts(wordnetDir + QStringLiteral("/cntlist.rev"));
    if (!counts.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(counts.fileName());
        return false;
    }
    while (!counts.atEnd()) {
        const QList<QByteArray> f = counts.readLine().trimmed().split(' ');
        if (f.size() != 3)
            continue;
        const qsizetype pct = f[0].indexOf('%');
        const QString lemma = QString::fromUtf8(f[0].left(pct)).replace(u'_', u' ');
        m_frequency[lemma] += f[2].toInt();
        if (pct > 0 && f[0].size() > pct + 1 && f[0].at(pct + 1) == '2') // a sense key's class digit: 2 is a verb
            m_verbFrequency[lemma] += f[2].toInt();
    }
    // WordNet words that SemCor tagged are common words, not lower-cased names
    // ("as", "alive": hunspell lists them only through affixes or capitalised).
    for (auto it = m_frequency.constBegin(); it != m_frequency.constEnd(); ++it) {
        if (it.value() > 0 && asciiLetters(it.key()))
            m_words.insert(it.key());
    }
    QFile dic(hunspellDic);
    if (!dic.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(hunspellDic);
        return false;
    }
    dic.readLine(); // the word count
    while (!dic.atEnd()) {
        const QByteArray line = dic.readLine().trimmed();
        const qsizetype slash = line.indexOf('/');
        // Lower-case words only: names ("Al", "Ty") would split "mealies" into nonsense.
        const QString word = QString::fromUtf8(slash < 0 ? line : line.left(slash));
        if (asciiLetters(word) && word == word.toLower())
            m_words.insert(word);
        else if (asciiLetters(word) && word.at(0).isUpper() && word.mid(1) == word.mid(1).toLower())
            m_capitalised.insert(word.toLower(), word);
    }
    return true;
}

QString EnglishLexicon::restoreSpaces(const QString &s, bool verb, bool split) const
{
    const QString lower = s.toLower();
    // A Turkish verb's equivalent is a verb: "pickup" (a noun) stands for "pick up".
    if (verb && asciiLetters(s) && !m_verbs.contains(lower)) {
        if (const auto it = m_joinedVerbs.constFind(lower); it != m_joinedVerbs.constEnd())
            return insertSeparators(s, *it);
    }
    if (s.size() < 4 || !asciiLetters(s) || m_words.contains(lower) || m_wordnet.contains(lower))
        return s;
    if (const auto it = m_joined.constFind(lower); it != m_joined.constEnd())
        return insertSeparators(s, *it);
    if (!split)
        return s;
    // Fewest known words, each of two letters or more (or the article "a"),
    // ties to the more frequent split.
    const qsizetype n = lower.size();
    const int none = std::numeric_limits<int>::max();
    QList<int> parts(n + 1, none), weight(n + 1, 0), from(n + 1, -1);
    parts[0] = 0;
    for (qsizetype end = 1; end <= n; ++end) {
        for (qsizetype start = qMax<qsizetype>(0, end - 20); start < end; ++start) {
            if (parts[start] == none)
                continue;
            const QString w = lower.mid(start, end - start);
            if ((w.size() < 2 && w != QLatin1String("a")) || !m_words.contains(w))
                continue;
            const int p = parts[start] + 1;
            const int wt = weight[start] + qMin(frequency(w), 1000);
            if (p < parts[end] || (p == parts[end] && wt > weight[end])) {
                parts[end] = p;
                weight[end] = wt;
                from[end] = int(start);
            }
        }
    }
    if (parts[n] == none || parts[n] < 2)
        return s;
    QString spaced;
    for (qsizetype end = n; end > 0; end = from[end])
        spaced.prepend((from[end] > 0 ? QStringLiteral(" ") : QString()) + lower.mid(from[end], end - from[end]));
    return insertSeparators(s, spaced);
}

bool EnglishLexicon::loadTags(const QString &wordsYml, QString *error)
{
    QFile f(wordsYml);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(wordsYml);
        return false;
    }
    // As the treebank tags the form, any case: as a verb (vb, vbd, vbg, vbn, vbp, vbz) or otherwise.
    okur::glossary::english::forEachTaggedForm(
        f.readAll(), [this](const QByteArray &form, const QList<std::pair<QByteArray, qint64>> &tags) {
            const QString key = QString::fromUtf8(form).toLower();
            QPair<int, int> &sum = m_tags[key];
            for (const auto &[tag, count] : tags) {
                (tag.startsWith("vb") ? sum.first : sum.second) += int(count);
                m_tagCounts[key][tag] += int(count);
                // Not as a name, a foreign word or a pronoun: her, o are Turkish words too. A determiner counts
                // (the tagger writes it "det"): a, an are English inside a phrase ("a drop in a bucket"), though
                // Turkish has both words.
                static const QSet<QByteArray> notEveryday{"fw", "prp", "prps", "wp", "wps"};
                if (!notEveryday.contains(tag) && !tag.startsWith("nnp"))
                    m_common[key] += int(count);
            }
        });
    return true;
}

int EnglishLexicon::functionTags(const QString &form) const
{
    static const QList<QByteArray> tags{"in", "to", "cc", "det", "pdt", "wdt", "prp", "prps", "wp", "wps", "wrb"};
    const QHash<QByteArray, int> counts = m_tagCounts.value(form.toLower());
    int sum = 0;
    for (const QByteArray &tag : tags) {
        sum += counts.value(tag);
    }
    return sum;
}

int EnglishLexicon::tagsAs(const QString &form, const QString &partOfSpeech) const
{
    static const QHash<QString, QList<QByteArray>> tagsOf{{QStringLiteral("conjunction"), {"in", "cc"}},
                                                          {QStringLiteral("preposition"), {"in", "to"}},
                                                          {QStringLiteral("pronoun"), {"prp", "prps", "wp", "wps"}},
                                                          {QStringLiteral("interjection"), {"uh"}}};
    const QHash<QByteArray, int> counts = m_tagCounts.value(form.toLower());
    int sum = 0;
    for (const QByteArray &tag : tagsOf.value(partOfSpeech)) {
        sum += counts.value(tag);
    }
    return sum;
}
