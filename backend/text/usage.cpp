#include "usage.h"

#include "casing.h"

#include <QFile>
#include <QHash>
#include <algorithm>

namespace okur::text {

Usage::Usage(const QString &text) : m_text(text), m_given(true) {}

void Usage::add(const QString &text, QHash<QString, int> &counts) const
{
    QString word;
    const auto flush = [&] {
        if (word.contains(u'u') || word.contains(u'ü') || word.contains(u'U') || word.contains(u'Ü')) {
            ++counts[foldCase(word, QStringLiteral("tr"))];
        }
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetter()) {
            word.append(c);
        } else {
            flush();
        }
    }
    flush();
}

void Usage::load() const
{
    std::call_once(m_once, [this] {
        QHash<QString, int> counts;
        const auto sorted = [&] {
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                m_words.append({it.key(), it.value()});
            }
            std::sort(m_words.begin(), m_words.end());
        };
        if (m_given) {
            add(m_text, counts);
            sorted();
            return;
        }
        QFile f(QStringLiteral(":/okur/dict/freedict.tsv"));
        if (!f.open(QIODevice::ReadOnly)) {
            return;
        }
        // Turkish headwords, and the Turkish senses of English headwords.
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine());
            const QStringList fields = line.split(u'\t');
            if (fields.size() < 4) {
                continue;
            }
            if (fields.at(0) == QLatin1String("tr")) {
                add(fields.at(1), counts);
            } else if (fields.at(0) == QLatin1String("en")) {
                add(fields.at(3), counts);
            }
        }
        sorted();
    });
}

int Usage::prefixCount(const QString &prefix) const
{
    load();
    // Inflected forms ("hükümeti") are compared through their stems ("hükümet")
    // without a morphology: every word the prefix begins counts.
    const QString p = foldCase(prefix, QStringLiteral("tr"));
    auto it = std::lower_bound(m_words.cbegin(), m_words.cend(), qMakePair(p, 0));
    int n = 0;
    for (; it != m_words.cend() && it->first.startsWith(p); ++it) {
        n += it->second;
    }
    return n;
}

} // namespace okur::text
