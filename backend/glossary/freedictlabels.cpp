// What an eng-tur article writes beside its words: its headwords' line (homograph numbers, labels, endings), the
// part of speech its first sense's label names, the field labels its source glued into words, and the suffixes it
// wrote bare. Pure.
#include "freedict.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace okur::glossary {

QString labelledPartOfSpeech(const QString &body)
{
    static const QRegularExpression first(QStringLiteral("^\\s*1\\.\\s*\\((bağlaç|edat|zam\\.|ünlem)\\)"),
                                          QRegularExpression::MultilineOption);
    static const QHash<QString, QString> names{{QStringLiteral("bağlaç"), QStringLiteral("conjunction")},
                                               {QStringLiteral("edat"), QStringLiteral("preposition")},
                                               {QStringLiteral("zam."), QStringLiteral("pronoun")},
                                               {QStringLiteral("ünlem"), QStringLiteral("interjection")}};
    return names.value(first.match(body).captured(1));
}

QStringList articleHeadwords(const QString &firstLine, const QString &indexHeadword)
{
    static const QRegularExpression number(QStringLiteral("\\s*\\(\\d+\\)$"));
    // İngilizce (the British spelling), eski "archaic", eril and dişil (the masculine and the feminine), çoğul (the
    // plural), in the source's Latin-5-as-Latin-1 spelling too (ýng, diþil, çoð); with or without brackets and stop.
    static const QRegularExpression label(
        QStringLiteral("\\(\\s*(?:%1|eski|eril|diþil|dişil|çoð|çoğ)\\.?\\s*\\)|^(?:%1)\\.?(?=\\s|-|$)")
            .arg(britishLabel()),
        QRegularExpression::CaseInsensitiveOption);
    QString line = firstLine.section(QStringLiteral(" /"), 0, 0).trimmed();
    line.remove(number);
    // The source wrote a label for a word its letters spell, the headword too ("(ask.)" for ask, "(mad.)", "(sin.)",
    // "(i.)" for I): the index, which has the word, says which.
    static const QRegularExpression bareLabel(QStringLiteral("^\\((\\p{L}+)\\.\\)$"));
    const QRegularExpressionMatch labelled = bareLabel.match(line);
    if (labelled.hasMatch() && labelled.captured(1).compare(indexHeadword, Qt::CaseInsensitive) == 0) {
        return {labelled.captured(1)};
    }
    QStringList parts;
    for (QString part : line.split(u',')) {
        part = part.simplified();
        const qsizetype written = part.size();
        part = part.remove(label).simplified();
        if (parts.isEmpty()) {
            if (!part.isEmpty()) {
                parts << part;
            }
            continue;
        }
        const QString &head = parts.first();
        // "ingbelabour": the label glued to the British spelling.
        if (part.startsWith(QLatin1String("ing"), Qt::CaseInsensitive) &&
            part.mid(3, 3).compare(head.left(3), Qt::CaseInsensitive) == 0) {
            part = part.mid(3);
        }
        // An ending is no headword of its own: one with a hyphen ("-sation", "- ical"), a labelled variant
        // shorter than the headword ("(ýng.) ise" for realise), or one whose first letters are the headword's last
        // ("palmate , mated", "diacritic, ical").
        bool ending = part.startsWith(u'-') || (part.size() != written && part.size() < head.size() - 2);
        for (qsizetype k = 2; !ending && part.size() < head.size() && k < part.size(); ++k) {
            ending =
                head.endsWith(part.left(k), Qt::CaseInsensitive) && !head.startsWith(part.left(k), Qt::CaseInsensitive);
        }
        if (!part.isEmpty() && !ending) {
            parts << part;
        }
    }
    // A name the source inverted ("aden, gulf of", "magellan , strait of") is one headword.
    if (std::any_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.endsWith(QLatin1String(" of")); })) {
        return {parts.join(QStringLiteral(", "))};
    }
    parts.removeDuplicates();
    return parts;
}

QString undoGluedLabels(const QString &text, const std::function<bool(const QString &)> &known)
{
    static const QRegularExpression label(QStringLiteral("\\((\\p{Ll}+)\\.\\)"));
    QString out;
    qsizetype from = 0;
    for (auto it = label.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedStart();
        const qsizetype end = m.capturedEnd();
        const bool inside = start > 0 && text.at(start - 1).isLetter();
        const bool before = end < text.size() && text.at(end).isLetter();
        out += QStringView(text).mid(from, start - from);
        from = end;
        if (!inside && !before) {
            out += m.captured(0);
            continue;
        }
        if (inside) {
            out += m.captured(1);
            continue;
        }
        qsizetype wordEnd = end;
        while (wordEnd < text.size() && text.at(wordEnd).isLetter()) {
            ++wordEnd;
        }
        const QString joined = m.captured(1) + text.mid(end, wordEnd - end);
        out += known && known(joined) ? m.captured(1) : m.captured(0) + u' ';
    }
    out += QStringView(text).mid(from);
    return out;
}

QString markedSuffix(const QString &equivalent, const std::function<bool(const QString &)> &turkishWord,
                     const std::function<bool(const QString &)> &englishWord)
{
    constexpr qsizetype kLongest = 4; // -ecek; a longer run is a chain ("evline", ev-li-n-e) or a word
    if (equivalent.isEmpty() || equivalent.size() > kLongest || !turkishWord || turkishWord(equivalent) ||
        (englishWord && englishWord(equivalent)) ||
        !std::all_of(equivalent.cbegin(), equivalent.cend(), [](QChar c) { return c.isLower(); })) {
        return equivalent;
    }
    // Nouns and verbs ending in a consonant and a vowel, of front and back vowels, rounded and not.
    static const QStringList hosts{QStringLiteral("ev"),    QStringLiteral("okul"), QStringLiteral("kedi"),
                                   QStringLiteral("araba"), QStringLiteral("göz"),  QStringLiteral("kuzu"),
                                   QStringLiteral("gel"),   QStringLiteral("al"),   QStringLiteral("gör"),
                                   QStringLiteral("oku")};
    const bool suffix =
        std::any_of(hosts.cbegin(), hosts.cend(), [&](const QString &host) { return turkishWord(host + equivalent); });
    return suffix ? u'-' + equivalent : equivalent;
}

QString restoredCapitalI(const QString &equivalent, const std::function<bool(const QString &)> &turkishWord)
{
    if (!turkishWord || !equivalent.contains(u'i')) {
        return equivalent;
    }
    QStringList words = equivalent.split(u' ');
    for (QString &w : words) {
        if (w.size() > 1 && w.front() == u'i' && !turkishWord(w)) {
            const QString capital = u'İ' + w.mid(1);
            if (turkishWord(capital)) {
                w = capital;
            }
        }
    }
    return words.join(u' ');
}

bool usageLabelOnly(const QString &part)
{
    static const QRegularExpression only(QStringLiteral("^(?:(?:%1)\\.?|A\\.?B\\.?D\\.?)$").arg(britishLabel()));
    return only.match(part).hasMatch();
}

QString withAmericanLabelJoined(QString text)
{
    // "(A.B.D.)'nin güneydoğu eyaletleri": the country, with a case.
    static const QRegularExpression inflected(QStringLiteral("\\(A\\.B\\.D\\.?\\)(?=')"));
    static const QRegularExpression split(QStringLiteral("\\bA\\s*,\\s*B\\s*,\\s*D\\b|\\bAB\\s*,\\s*D\\b"));
    return text.replace(inflected, QStringLiteral("ABD")).replace(split, QStringLiteral("ABD"));
}

QString withoutAbbreviationLetters(QString part)
{
    static const QRegularExpression letters(QStringLiteral("^[A-Z](?:\\.?[A-Z]){0,4}\\.?(?:\\s+(?=\\p{Ll})|$)"));
    return part.remove(letters);
}

} // namespace okur::glossary
