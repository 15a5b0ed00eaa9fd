#include "freedict.h"

#include <QRegularExpression>

namespace okur::glossary {

bool isCleanEquivalent(const QString &s)
{
    // One letter only for the English article ("bir" → "a, an").
    if (s.isEmpty() || (s.size() < 2 && s != QLatin1String("a")) || s.size() > 40 ||
        s.split(u' ', Qt::SkipEmptyParts).size() > 4) {
        return false;
    }
    int letters = 0;
    for (qsizetype i = 1; i < s.size(); ++i) {
        if (s.at(i - 1).isLower() && s.at(i).isUpper()) {
            return false; // run-together words ("UnitedStatesofAmerica")
        }
    }
    for (const QChar c : s) {
        if (c.isLetter()) {
            ++letters;
        } else if (c.isDigit() || QStringLiteral("()[]{}:;=/\\\"").contains(c)) {
            return false;
        }
    }
    return qsizetype(letters) * 10 >= s.size() * 7;
}

namespace {

// A sense's cross-reference marker, "see" in the Turkish of eng-tur ("burnt: (bak.) burn").
const QString &seeMarker()
{
    static const QString see = QStringLiteral("(bak.)");
    return see;
}

// A parenthesised label: a field ("(ask.)"), a register ("(k. dili)"), a reference marker.
const QRegularExpression &labelPattern()
{
    static const QRegularExpression label(QStringLiteral("\\([^)]*\\)"));
    return label;
}

// What separates equivalents in a sense.
const QRegularExpression &separatorPattern()
{
    static const QRegularExpression separator(QStringLiteral("[,;]"));
    return separator;
}

// A label the source wrote without its parentheses before an equivalent: "b.h." (büyük harfle, "capitalised":
// love: b.h. aşk tanrısı), "A.B.D" (American usage: gasoline: A.B.D benzin), "k.ili" (k. dili, colloquial). Letters
// with a stop inside, so "St. Paul" and "tramvay v.b. hattı" keep theirs.
const QRegularExpression &leadingAbbreviation()
{
    static const QRegularExpression abbreviation(QStringLiteral("^\\p{L}{1,2}(?:\\.\\p{L}{1,3})+\\.?\\s+(?=\\p{L})"));
    return abbreviation;
}

// Where a sense runs into a sub-entry ("geniş, büyük. capaciously  geniş bir
// şekilde"), the position to cut at; -1 when a double space is only spacing
// ("bir  kimsenin"). A sub-entry's head shares the headword's first letters.
qsizetype subEntryStart(const QString &text, const QString &indexHeadword)
{
    // The index numbers a homograph's entries: "ease 1" (its article: "ease (1)").
    static const QRegularExpression homographNumber(QStringLiteral(" \\(?\\d+\\)?$"));
    const QString headword = QString(indexHeadword).remove(homographNumber);
    const QString stem = headword.left(4).toLower();
    if (stem.size() < 2) {
        return -1;
    }
    // A sentence that starts with the headword's stem is a sub-entry ("Türkiye. Turkey red ..."), with its space
    // or without ("yeterli.adequately  layıkıyle", "almak..come into"). After one letter the stop is an
    // abbreviation's ("G.l. Joe" under gl), not a sentence's.
    for (qsizetype stop = text.indexOf(u'.'); stop > 0; stop = text.indexOf(u'.', stop + 1)) {
        qsizetype next = stop;
        while (next < text.size() && text.at(next) == u'.') {
            ++next;
        }
        const bool spaced = next < text.size() && text.at(next) == u' ';
        const bool afterWord =
            text.at(stop - 1) == u')' || (stop >= 2 && text.at(stop - 1).isLetter() && text.at(stop - 2).isLetter());
        if ((spaced || afterWord) && text.mid(spaced ? next + 1 : next, stem.size()).toLower() == stem) {
            return stop;
        }
        // Glued, the sub-entry may be a phrase the headword is in ("tabiilik.at ease rahat", "kimse.off one's rocker").
        if (!spaced && afterWord && headword.size() >= 3) {
            const QStringList words = text.mid(next).split(u' ', Qt::SkipEmptyParts).mid(0, 4);
            for (const QString &w : words) {
                if (w.startsWith(headword, Qt::CaseInsensitive) &&
                    (w.size() == headword.size() || !w.at(headword.size()).isLetter())) {
                    return stop;
                }
            }
        }
        stop = next - 1;
    }
    qsizetype from = 0;
    while (true) {
        const qsizetype gap = text.indexOf(QStringLiteral("  "), from);
        if (gap <= 0) {
            return -1;
        }
        const qsizetype wordStart = text.lastIndexOf(u' ', gap - 1) + 1;
        const QString word = text.mid(wordStart, gap - wordStart).toLower();
        if (stem.size() >= 2 && word.startsWith(stem)) {
            // The sub-entry may list several heads ("monitorial, monitory"): cut at the sentence.
            const qsizetype stop = text.lastIndexOf(QStringLiteral(". "), wordStart);
            return stop >= 0 ? stop : wordStart;
        }
        from = gap + 2;
    }
}

// A sense line's own text with its cross-reference ("(bak.) X", "see X") taken out, the headwords it names added
// to `seeAlso`. Only a reference that opens the sense is the headword's ("burnt: (bak.) burn"; "drunk: (bak.)
// drink: sarhoş, mest" goes on with its own equivalents after the colon). One after a sentence break or after a
// run-on sub-entry's head belongs to that sub-entry ("... mutual fund (bak.) fund", "... abominable snowman
// (bak.) yeti"): the sense ends before that head, and nothing is followed.
QString withoutCrossReference(const QString &text, const QString &headword, QStringList *seeAlso)
{
    const qsizetype at = text.indexOf(seeMarker());
    if (at < 0) {
        return text;
    }
    QString before = text.left(at);
    if (before.remove(labelPattern()).remove(u',').trimmed().isEmpty()) {
        const QString rest = text.mid(at + seeMarker().size());
        qsizetype end = rest.size();
        for (const QString &stop :
             {QStringLiteral(". "), QStringLiteral("  "), QStringLiteral("("), QStringLiteral(":")}) {
            const qsizetype stopAt = rest.indexOf(stop);
            end = stopAt >= 0 ? qMin(end, stopAt) : end;
        }
        for (QString part : rest.left(end).split(u',', Qt::SkipEmptyParts)) {
            part = part.simplified();
            while (part.endsWith(u'.') || part.endsWith(u')')) {
                part.chop(1);
            }
            if (seeAlso && isCleanEquivalent(part) && !seeAlso->contains(part)) {
                *seeAlso << part;
            }
        }
        return end < rest.size() && rest.at(end) == u':' ? rest.mid(end + 1) : QString();
    }
    // A sub-entry's: cut at its sentence, else at its head (a word sharing the headword's first letters).
    qsizetype cut = text.lastIndexOf(QStringLiteral(". "), at);
    const QString stem = headword.left(4).toLower();
    for (qsizetype w = at - 1; cut < 0 && stem.size() >= 2 && w >= 0; --w) {
        if ((w == 0 || text.at(w - 1).isSpace()) && text.mid(w, stem.size()).toLower() == stem) {
            cut = w;
        }
    }
    return text.left(cut >= 0 ? cut : at);
}

} // namespace

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

QList<QStringList> parseFreedictSenses(const QString &body, const QString &headword,
                                       const std::function<QString(const QString &)> &repair, QStringList *seeAlso)
{
    static const QRegularExpression numbered(QStringLiteral("^\\s*(\\d+)\\.\\s*(.*)$"));
    static const QRegularExpression dashCase(QStringLiteral("-\\([^)]*\\)\\s*"));
    // Repaired, an equivalent is judged as it now reads; one the source gave as
    // a single token stays one equivalent however many words it turns into.
    const auto acceptable = [&](QString &part) {
        if (!repair) {
            return isCleanEquivalent(part);
        }
        const QString source = part;
        part = repair(part);
        return isCleanEquivalent(part) || (part != source && isCleanEquivalent(source));
    };
    QList<QStringList> senses;
    int numberedLines = 0;
    const QStringList lines = body.split(u'\n');
    for (const QString &line : lines) {
        const auto m = numbered.match(line);
        if (!m.hasMatch()) {
            continue;
        }
        ++numberedLines;
        QString text = withoutCrossReference(m.captured(2), headword, seeAlso);
        text.remove(dashCase);
        text.remove(labelPattern());
        // A sense sometimes runs on into a sub-entry ("... abatement  azaltma"): keep its first part.
        const qsizetype subEntry = subEntryStart(text, headword);
        if (subEntry > 0) {
            text.truncate(subEntry);
        }
        QStringList equivalents;
        for (QString part : text.split(separatorPattern(), Qt::SkipEmptyParts)) {
            part = part.simplified().remove(leadingAbbreviation());
            while (part.endsWith(u'.')) {
                part.chop(1);
            }
            part = part.trimmed();
            if (acceptable(part) && !equivalents.contains(part)) {
                equivalents << part;
            }
        }
        if (!equivalents.isEmpty()) {
            senses << equivalents;
        }
    }
    if (numberedLines == 0) {
        // Small dictionaries (tur-eng) give one unnumbered line of equivalents.
        for (const QString &line : lines.mid(1)) {
            QStringList equivalents;
            for (QString part : line.split(separatorPattern(), Qt::SkipEmptyParts)) {
                part = part.remove(labelPattern()).simplified();
                if (acceptable(part) && !equivalents.contains(part)) {
                    equivalents << part;
                }
            }
            if (!equivalents.isEmpty()) {
                senses << equivalents;
            }
        }
    }
    return senses;
}

} // namespace okur::glossary
