#include "langid.h"

#include "casing.h"

#include <QSet>

namespace okur::text {

QString detectLanguage(const QString &text, const QString &fallback)
{
    static const QSet<QString> en = {
        QStringLiteral("the"), QStringLiteral("of"), QStringLiteral("and"), QStringLiteral("to"),
        QStringLiteral("in"), QStringLiteral("is"), QStringLiteral("that"), QStringLiteral("for"),
        QStringLiteral("are"), QStringLiteral("with"), QStringLiteral("as"), QStringLiteral("by"),
        QStringLiteral("this"), QStringLiteral("from"), QStringLiteral("on"), QStringLiteral("it"),
        QStringLiteral("its"), QStringLiteral("an"), QStringLiteral("which"), QStringLiteral("or"),
        QStringLiteral("has"), QStringLiteral("have"), QStringLiteral("was"), QStringLiteral("were"),
        QStringLiteral("their"), QStringLiteral("be"), QStringLiteral("a"), QStringLiteral("not")};
    static const QSet<QString> tr = {
        QStringLiteral("ve"), QStringLiteral("bir"), QStringLiteral("bu"), QStringLiteral("bü"),
        QStringLiteral("ile"), QStringLiteral("için"), QStringLiteral("da"), QStringLiteral("de"),
        QStringLiteral("olarak"), QStringLiteral("gibi"), QStringLiteral("daha"), QStringLiteral("çok"),
        QStringLiteral("ise"), QStringLiteral("ki"), QStringLiteral("veya"), QStringLiteral("ayrıca"),
        QStringLiteral("aynı"), QStringLiteral("kadar"), QStringLiteral("ancak"), QStringLiteral("hem"),
        QStringLiteral("olan"), QStringLiteral("önemli"), QStringLiteral("yeni"), QStringLiteral("dış")};
    int enScore = 0, trScore = 0, letters = 0, turkishLetters = 0;
    const QString lower = foldCase(text, QStringLiteral("tr"));
    for (const QString &w : lower.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString core;
        for (const QChar c : w) {
            if (c.isLetter())
                core.append(c);
        }
        // Folding "I" the Turkish way turns English "it", "in" into "ıt", "ın".
        QString enCore = core;
        enCore.replace(u'ı', u'i');
        if (en.contains(enCore))
            ++enScore;
        if (tr.contains(core))
            ++trScore;
    }
    for (const QChar c : text) {
        if (!c.isLetter())
            continue;
        ++letters;
        if (QStringLiteral("ıİşŞğĞçÇ").contains(c))
            ++turkishLetters;
    }
    const int trTotal = trScore * 2 + turkishLetters;
    const int enTotal = enScore * 2;
    if (trTotal + enTotal < 2)
        return fallback.isEmpty() ? (turkishLetters > 0 ? QStringLiteral("tr") : QStringLiteral("en")) : fallback;
    return trTotal > enTotal ? QStringLiteral("tr") : QStringLiteral("en");
}

} // namespace okur::text
