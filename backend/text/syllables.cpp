#include "syllables.h"

namespace okur::text {

namespace {

bool isTurkishVowel(QChar c)
{
    static const QString vowels = QStringLiteral("aeıioöuüâîûAEIİOÖUÜÂÎÛ");
    return vowels.contains(c);
}

} // namespace

QList<qsizetype> turkishSyllableStarts(QStringView word)
{
    QList<qsizetype> starts;
    qsizetype previousVowel = -1;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (!isTurkishVowel(word.at(i))) {
            continue;
        }
        if (previousVowel >= 0) {
            // Between two vowels: no consonant (sa-at) breaks between them,
            // else the last consonant goes with this vowel.
            const qsizetype consonants = i - previousVowel - 1;
            starts.append(consonants == 0 ? i : i - 1);
        }
        previousVowel = i;
    }
    return starts;
}

QList<qsizetype> turkishHyphenationPoints(QStringView word, int minLeft, int minRight)
{
    QList<qsizetype> points;
    const QList<qsizetype> starts = turkishSyllableStarts(word);
    for (qsizetype s : starts) {
        if (s >= minLeft && word.size() - s >= minRight) {
            points.append(s);
        }
    }
    return points;
}

qsizetype storedOffset(QStringView display, qsizetype displayIndex)
{
    qsizetype stored = 0;
    for (qsizetype i = 0; i < displayIndex && i < display.size(); ++i) {
        if (display.at(i) != QChar(0x00AD)) {
            ++stored;
        }
    }
    return stored;
}

qsizetype displayOffset(QStringView display, qsizetype storedIndex)
{
    qsizetype stored = 0;
    qsizetype i = 0;
    for (; i < display.size(); ++i) {
        if (display.at(i) == QChar(0x00AD)) {
            continue;
        }
        if (stored == storedIndex) {
            return i;
        }
        ++stored;
    }
    return i + (storedIndex - stored);
}

} // namespace okur::text
