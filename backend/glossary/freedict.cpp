#include "freedict.h"

#include <QRegularExpression>

namespace okur::glossary {

bool isCleanEquivalent(const QString &s)
{
    if (s.size() < 2 || s.size() > 40 || s.split(u' ', Qt::SkipEmptyParts).size() > 4)
        return false;
    int letters = 0;
    for (qsizetype i = 1; i < s.size(); ++i) {
        if (s.at(i - 1).isLower() && s.at(i).isUpper())
            return false; // run-together words ("UnitedStatesofAmerica")
    }
    for (const QChar c : s) {
        if (c.isLetter())
            ++letters;
        else if (c.isDigit() || QStringLiteral("()[]{}:;=/\\\"").contains(c))
            return false;
    }
    return letters * 10 >= s.size() * 7;
}

QList<QStringList> parseFreedictSenses(const QString &body, const QString &headword)
{
    static const QRegularExpression numbered(QStringLiteral("^\\s*(\\d+)\\.\\s*(.*)$"));
    static const QRegularExpression label(QStringLiteral("\\([^)]*\\)"));
    static const QRegularExpression dashCase(QStringLiteral("-\\([^)]*\\)\\s*"));
    QList<QStringList> senses;
    const QStringList lines = body.split(u'\n');
    for (const QString &line : lines) {
        const auto m = numbered.match(line);
        if (!m.hasMatch())
            continue;
        QString text = m.captured(2);
        text.remove(dashCase);
        text.remove(label);
        // A sense sometimes runs on into a sub-entry ("... abatement  azaltma"): keep its first part.
        const qsizetype doubleSpace = text.indexOf(QStringLiteral("  "));
        if (doubleSpace > 0)
            text.truncate(doubleSpace);
        QStringList equivalents;
        for (QString part : text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
            part = part.simplified();
            while (part.endsWith(u'.'))
                part.chop(1);
            part = part.trimmed();
            if (isCleanEquivalent(part) && part.compare(headword, Qt::CaseInsensitive) != 0)
                equivalents << part;
        }
        if (!equivalents.isEmpty())
            senses << equivalents;
    }
    if (senses.isEmpty()) {
        // Small dictionaries (tur-eng) give one unnumbered line of equivalents.
        for (const QString &line : lines.mid(1)) {
            QStringList equivalents;
            for (QString part : line.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
                part = part.remove(label).simplified();
                if (isCleanEquivalent(part) && part.compare(headword, Qt::CaseInsensitive) != 0)
                    equivalents << part;
            }
            if (!equivalents.isEmpty())
                senses << equivalents;
        }
    }
    return senses;
}

} // namespace okur::glossary
