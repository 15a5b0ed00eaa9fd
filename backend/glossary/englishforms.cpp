#include "englishforms.h"

#include "englishrank.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <array>

#include <cctype>
#include <cmath>

namespace okur::glossary::english {

namespace {

struct Affix {
    bool prefix = false;
    bool cross = false;
    QByteArray strip;
    QByteArray add;
    QRegularExpression condition;
};

// "SFX D Y 4" opens a class of four rules; "SFX D y ied [^aeiou]y" is one rule:
// strip y, add ied, where the base ends in a consonant and y.
QHash<char, QList<Affix>> readAffixes(const QByteArray &aff, QList<QPair<QByteArray, QByteArray>> *iconv)
{
    QHash<char, QList<Affix>> out;
    QHash<char, bool> cross;
    for (const QByteArray &raw : aff.split('\n')) {
        const QList<QByteArray> f = raw.simplified().split(' ');
        if (f.size() == 3 && f[0] == "ICONV") {
            iconv->append({f[1], f[2]});
            continue;
        }
        if (f.size() < 4 || (f[0] != "SFX" && f[0] != "PFX") || f[1].size() != 1) {
            continue;
        }
        const char flag = f[1].at(0);
        if (f.size() == 4 && (f[2] == "Y" || f[2] == "N")) {
            cross[flag] = f[2] == "Y";
            continue;
        }
        Affix a;
        a.prefix = f[0] == "PFX";
        a.cross = cross.value(flag);
        a.strip = f[2] == "0" ? QByteArray() : f[2];
        a.add = f[3] == "0" ? QByteArray() : f[3].split('/').first();
        // Forms are kept as an input reads after the input conversion (’ → ').
        for (const auto &[from, to] : std::as_const(*iconv)) {
            a.add.replace(from, to);
        }
        const QString cond = f.size() > 4 ? QString::fromUtf8(f[4]) : QStringLiteral(".");
        a.condition = QRegularExpression(a.prefix ? u'^' + cond : cond + u'$');
        out[flag].append(a);
    }
    return out;
}

QByteArray apply(const Affix &a, const QByteArray &base)
{
    if (!a.condition.match(QString::fromUtf8(base)).hasMatch()) {
        return {};
    }
    if (a.prefix) {
        return base.startsWith(a.strip) ? a.add + base.mid(a.strip.size()) : QByteArray();
    }
    return base.endsWith(a.strip) ? base.chopped(a.strip.size()) + a.add : QByteArray();
}

} // namespace

StemWeights formTable(const QByteArray &aff, const QByteArray &dic)
{
    QList<QPair<QByteArray, QByteArray>> iconv;
    const QHash<char, QList<Affix>> affixes = readAffixes(aff, &iconv);
    QHash<QByteArray, int> forms;
    const QList<QByteArray> lines = dic.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // the first line is the entry count
        const QByteArray line = lines[i].trimmed();
        const qsizetype slash = line.indexOf('/');
        QByteArray base = slash < 0 ? line : line.left(slash);
        for (const auto &[from, to] : iconv) {
            base.replace(from, to);
        }
        if (base.isEmpty()) {
            continue;
        }
        const QByteArray flags = slash < 0 ? QByteArray() : line.mid(slash + 1);
        int value = kAccepted | kListed;
        for (const char c : flags) {
            if (c >= 'A' && c <= 'Z') {
                value |= flagBit(c);
            }
        }
        forms[base] |= value;
        QList<QByteArray> suffixed;
        for (const char c : flags) {
            for (const Affix &a : affixes.value(c)) {
                if (a.prefix) {
                    continue;
                }
                const QByteArray form = apply(a, base);
                if (!form.isEmpty()) {
                    forms[form] |= kAccepted;
                    if (a.cross) {
                        suffixed << form;
                    }
                }
            }
        }
        for (const char c : flags) {
            for (const Affix &a : affixes.value(c)) {
                if (!a.prefix) {
                    continue;
                }
                const QByteArray form = apply(a, base);
                if (form.isEmpty()) {
                    continue;
                }
                forms[form] |= kAccepted;
                // A prefix and a suffix both open to cross products combine: un- + do + -ing.
                if (a.cross) {
                    for (const QByteArray &s : std::as_const(suffixed)) {
                        forms[a.add + s.mid(a.strip.size())] |= kAccepted;
                    }
                }
            }
        }
    }
    std::vector<std::pair<QByteArray, int>> values;
    values.reserve(size_t(forms.size()));
    for (auto it = forms.cbegin(); it != forms.cend(); ++it) {
        values.emplace_back(it.key(), it.value());
    }
    return StemWeights::fromValues(values);
}

QByteArray flagLetters(int value)
{
    if (value < 0 || !(value & kListed)) {
        return {};
    }
    QByteArray out(""); // listed: not null, even without flags
    for (char c = 'A'; c <= 'Z'; ++c) {
        if (value & flagBit(c)) {
            out += c;
        }
    }
    return out;
}

int logCount(double count)
{
    return count <= 0 ? 0 : qMin(127, int(std::lround(kCountSteps * std::log2(1.0 + count))));
}

StemWeights usageTable(const QByteArray &cntlist)
{
    // Sense keys name the class by digit: 1 noun, 2 verb, 3 adjective, 4 adverb, 5 adjective satellite.
    QHash<QByteArray, std::array<qint64, 4>> counts;
    for (const QByteArray &line : cntlist.split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        const qsizetype pct = f.isEmpty() ? -1 : f[0].indexOf('%');
        if (f.size() < 3 || pct <= 0 || pct + 1 >= f[0].size()) {
            continue;
        }
        static const int classOf[] = {-1, 0, 1, 2, 3, 2};
        const int digit = f[0].at(pct + 1) - '0';
        if (digit < 1 || digit > 5) {
            continue;
        }
        QByteArray lemma = f[0].left(pct);
        lemma.replace('_', ' ');
        auto it = counts.find(lemma);
        if (it == counts.end()) {
            it = counts.insert(lemma, {0, 0, 0, 0});
        }
        (*it)[size_t(classOf[digit])] += f[2].toLongLong();
    }
    std::vector<std::pair<QByteArray, int>> values;
    values.reserve(size_t(counts.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        int value = 0;
        for (int c = 0; c < 4; ++c) {
            value |= logCount(double(it.value()[size_t(c)])) << (7 * c);
        }
        if (value) {
            values.emplace_back(it.key(), value);
        }
    }
    return StemWeights::fromValues(values);
}

void forEachTaggedForm(const QByteArray &wordsYml,
                       const std::function<void(const QByteArray &form, const QList<std::pair<QByteArray, qint64>> &tags)> &tagged)
{
    QList<std::pair<QByteArray, qint64>> tags;
    for (const QByteArray &raw : wordsYml.split('\n')) {
        const QByteArray line = raw.trimmed();
        const qsizetype open = line.indexOf(": { ");
        if (open <= 0 || !line.endsWith('}') || line.startsWith('"')) {
            continue;
        }
        tags.clear();
        for (const QByteArray &pair : line.mid(open + 4, line.size() - open - 5).split(',')) {
            const QList<QByteArray> f = pair.trimmed().split(':');
            if (f.size() == 2) {
                tags.append({f[0], f[1].trimmed().toLongLong()});
            }
        }
        tagged(line.left(open), tags);
    }
}

StemWeights tagTable(const QByteArray &wordsYml)
{
    // The Penn Treebank tags each class gathers; the others (plural nouns, function words) count for none. A
    // modal is its own lemma, as UD has it: might is not may's past, nor could can's; so is a pronoun (its, his,
    // whose: not it + -s, the plural of IT).
    static const QHash<QByteArray, FormTag> classOf{
        {"nn", FormTag::Itself},     {"nnp", FormTag::Itself},    {"jj", FormTag::Itself},
        {"rb", FormTag::Itself},     {"md", FormTag::Itself},     {"prp", FormTag::Itself},
        {"prps", FormTag::Itself},   {"wp", FormTag::Itself},     {"wps", FormTag::Itself},
        {"vbg", FormTag::Inflected}, {"vbn", FormTag::Inflected}, {"vbd", FormTag::Inflected},
        {"vbz", FormTag::Inflected}, {"jjr", FormTag::Graded},    {"jjs", FormTag::Graded},
        {"rbr", FormTag::Graded},    {"rbs", FormTag::Graded}};
    std::vector<std::pair<QByteArray, int>> values;
    forEachTaggedForm(wordsYml, [&](const QByteArray &form, const QList<std::pair<QByteArray, qint64>> &tags) {
        if (form != form.toLower()) {
            return; // a capitalised form is a name or a sentence's first word: the lower-case one is the word
        }
        std::array<qint64, 3> counts{0, 0, 0};
        for (const auto &[tag, count] : tags) {
            const auto it = classOf.constFind(tag);
            if (it != classOf.constEnd()) {
                counts[size_t(*it)] += count;
            }
        }
        int value = 0;
        for (size_t c = 0; c < counts.size(); ++c) {
            value |= logCount(double(counts[c])) << (7 * int(c));
        }
        if (value) {
            values.emplace_back(form, value);
        }
    });
    return StemWeights::fromValues(values);
}

namespace {

// A WordNet data file's synset line: its words (as written, markers such as "(a)" off) and its pointers.
struct Synset {
    QList<QByteArray> words;
    QList<QList<QByteArray>> pointers; // symbol, offset, part of speech, source/target
};

Synset readSynset(const QByteArray &line)
{
    Synset s;
    const QList<QByteArray> f = line.left(line.indexOf('|')).simplified().split(' ');
    if (f.size() < 4) {
        return s;
    }
    bool ok = false;
    const int words = f[3].toInt(&ok, 16);
    qsizetype at = 4;
    for (int i = 0; ok && i < words && at + 1 < f.size(); ++i, at += 2) {
        const QByteArray &w = f[at];
        const qsizetype marker = w.indexOf('(');
        s.words << (marker > 0 ? w.left(marker) : w);
    }
    const int pointers = at < f.size() ? f[at].toInt() : 0;
    for (int i = 0, p = int(at) + 1; i < pointers && p + 3 < f.size(); ++i, p += 4) {
        s.pointers << f.mid(p, 4);
    }
    return s;
}

} // namespace

StemWeights adverbTable(const QByteArray &dataAdv, const QByteArray &dataAdj)
{
    QHash<QByteArray, QList<QByteArray>> adjectives; // offset → words
    for (const QByteArray &line : dataAdj.split('\n')) {
        if (!line.startsWith(' ') && !line.isEmpty()) {
            adjectives.insert(line.left(line.indexOf(' ')), readSynset(line).words);
        }
    }
    QHash<QByteArray, int> place;
    for (const QByteArray &line : dataAdv.split('\n')) {
        if (line.startsWith(' ') || line.isEmpty()) {
            continue; // the licence
        }
        const Synset adverb = readSynset(line);
        for (const QList<QByteArray> &p : adverb.pointers) {
            bool ok = false;
            const int source = p[3].left(2).toInt(&ok, 16);
            const int target = p[3].mid(2, 2).toInt(nullptr, 16);
            if (p[0] != "\\" || p[2] != "a" || !ok || source < 1 || source > adverb.words.size() || target < 1) {
                continue;
            }
            const QByteArray word = adverb.words[source - 1].toLower();
            const QByteArray adjective = adjectives.value(p[1]).value(target - 1).toLower();
            const qsizetype at = adverbBases(QString::fromUtf8(word)).indexOf(QString::fromUtf8(adjective));
            if (at >= 0 && !adjective.isEmpty()) {
                const int value = int(at) + 1;
                place[word] = place.value(word, value) < value ? place.value(word) : value;
            }
        }
    }
    std::vector<std::pair<QByteArray, int>> values;
    for (auto it = place.cbegin(); it != place.cend(); ++it) {
        values.emplace_back(it.key(), it.value());
    }
    return StemWeights::fromValues(values);
}

StemWeights nameTable(const QByteArray &dataNoun)
{
    QSet<QByteArray> names;
    for (const QByteArray &line : dataNoun.split('\n')) {
        if (line.startsWith(' ') || line.isEmpty()) {
            continue;
        }
        for (const QByteArray &w : readSynset(line).words) {
            if (w.size() > 2 && std::isupper(static_cast<unsigned char>(w.front())) && w.endsWith('s') &&
                !w.contains('_')) {
                names.insert(w);
            }
        }
    }
    std::vector<std::pair<QByteArray, int>> values;
    for (const QByteArray &name : std::as_const(names)) {
        values.emplace_back(name, 1);
    }
    return StemWeights::fromValues(values);
}

double countOf(int quantized)
{
    return quantized <= 0 ? 0.0 : std::exp2(double(quantized) / kCountSteps) - 1.0;
}

double formCount(int value)
{
    return countOf(tagged(value, FormTag::Itself)) + countOf(tagged(value, FormTag::Inflected)) +
           countOf(tagged(value, FormTag::Graded));
}

double lemmaCount(int value)
{
    double sum = 0;
    for (const WordClass c : {WordClass::Noun, WordClass::Verb, WordClass::Adjective, WordClass::Adverb}) {
        sum += countOf(usage(value, c));
    }
    return sum;
}

} // namespace okur::glossary::english
