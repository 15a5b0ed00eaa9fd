#include "englishforms.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

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

} // namespace okur::glossary::english
