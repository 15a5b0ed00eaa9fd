#include "englishspelling.h"

#include <QSet>
#include <algorithm>

namespace okur::glossary::english {

QStringList singleEdits(const QString &word)
{
    constexpr qsizetype kShortest = 4;
    constexpr qsizetype kLongest = 32;
    if (word.size() < kShortest || word.size() > kLongest ||
        !std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; })) {
        return {};
    }
    QStringList out;
    QSet<QString> seen{word};
    const auto add = [&](const QString &w) {
        if (!seen.contains(w)) {
            seen.insert(w);
            out.append(w);
        }
    };
    for (qsizetype i = 0; i + 1 < word.size(); ++i) {
        QString w = word;
        std::swap(w[i], w[i + 1]);
        add(w);
    }
    if (word.size() == kShortest) {
        return out; // a four-letter word is a letter from dozens of others: only a swap tells a slip
    }
    // A letter more or less at either end, or another first letter, makes another word (florida, iphone,
    // counterparty; yuppy, wifi): typing slips inside a word, which starts and ends as meant.
    for (qsizetype i = 1; i < word.size(); ++i) {
        for (char16_t c = u'a'; c <= u'z'; ++c) {
            add(word.left(i) + QChar(c) + word.mid(i));
        }
    }
    for (qsizetype i = 1; i + 1 < word.size(); ++i) {
        add(word.left(i) + word.mid(i + 1));
    }
    for (qsizetype i = 1; i < word.size(); ++i) {
        for (char16_t c = u'a'; c <= u'z'; ++c) {
            QString w = word;
            w[i] = QChar(c);
            add(w);
        }
    }
    return out;
}

} // namespace okur::glossary::english

namespace okur::glossary::english {

QString likeliestSlip(const QString &word, const std::function<double(const QString &)> &commonness)
{
    QString best;
    double bestScore = 0;
    for (const QString &w : singleEdits(word)) {
        const double c = commonness(w);
        if (c > bestScore) {
            best = w;
            bestScore = c;
        }
    }
    return best;
}

} // namespace okur::glossary::english
