#include "paragraphs.h"

#include "casing.h"
#include "webjunk.h"

#include <QRegularExpression>
#include <algorithm>
#include <utility>

namespace okur::text {

namespace {

bool endsSentence(const QString &t)
{
    static const QString enders = QStringLiteral(".!?:;…\"”’)»");
    return !t.isEmpty() && enders.contains(t.back());
}

bool startsLower(const QString &t)
{
    for (const QChar c : t) {
        if (c.isLetter()) {
            return c.isLower();
        }
        if (!c.isPunct()) {
            return false;
        }
    }
    return false;
}

bool endsWithWordHyphen(const QString &t)
{
    // "ge-" or "dü -" (a split letter before the hyphen); not a dash " – ".
    if (t.size() < 2 || t.back() != u'-') {
        return false;
    }
    const QChar before = t.at(t.size() - 2);
    if (before.isLetterOrNumber()) {
        return true;
    }
    return before == u' ' && t.size() >= 3 && t.at(t.size() - 3).isLetter();
}

// Strips the one trailing space PDF extraction puts at every line end, but
// keeps a second one: "rolü  " keeps the signal that the ü was real.
QString stripLineEnd(const QString &line)
{
    QString t = line;
    if (t.endsWith(u' ')) {
        t.chop(1);
    }
    while (t.endsWith(QStringLiteral("   "))) {
        t.chop(1);
    }
    return t;
}

QString lastWord(const QString &t)
{
    const qsizetype sp = t.lastIndexOf(u' ');
    return t.mid(sp + 1);
}

QString firstWord(const QString &t)
{
    const qsizetype sp = t.indexOf(u' ');
    return sp < 0 ? t : t.left(sp);
}

QString wordCore(const QString &w)
{
    qsizetype b = 0, e = w.size();
    while (b < e && !w.at(b).isLetterOrNumber()) {
        ++b;
    }
    while (e > b && !w.at(e - 1).isLetterOrNumber()) {
        --e;
    }
    return w.mid(b, e - b);
}

QSet<QString> vocabularyOf(const QStringList &lines)
{
    QSet<QString> vocab;
    bool continued = false;
    for (const QString &line : lines) {
        // The piece after a line-end hyphen is no evidence of a word of its own.
        bool first = continued;
        if (!line.trimmed().isEmpty()) {
            continued = endsWithWordHyphen(line.trimmed());
        }
        for (const QString &w : line.split(u' ', Qt::SkipEmptyParts)) {
            if (std::exchange(first, false)) {
                continue;
            }
            const QString c = wordCore(w);
            if (c.size() > 2) {
                vocab.insert(c.toLower());
            }
        }
    }
    return vocab;
}

int typicalWidth(const QStringList &lines)
{
    QList<int> lengths;
    for (const QString &l : lines) {
        const int n = int(l.trimmed().size());
        if (n > 0) {
            lengths.append(n);
        }
    }
    if (lengths.isEmpty()) {
        return 0;
    }
    std::sort(lengths.begin(), lengths.end());
    return lengths.at(int(double(lengths.size()) * 0.9) < lengths.size() ? int(double(lengths.size()) * 0.9) : lengths.size() - 1);
}

// Title-like: starts with a capital or digit and does not end a sentence.
bool isHeadingLine(const QString &t)
{
    if (t.isEmpty() || endsSentence(t) || t.endsWith(u',')) {
        return false;
    }
    return t.front().isUpper() || t.front().isDigit();
}

// "kü l" or "yo n": a one-letter word after a letter a split-letter font
// sets apart (ü, ö as o, ğ as g, â as a, İ as I) is the end of a split word.
bool afterSplitPiece(const QString &head)
{
    const qsizetype n = head.size();
    if (n < 4 || head.at(n - 2) != u' ' || head.at(n - 4) == u' ') {
        return false;
    }
    return QStringLiteral("üÜoOgGaAI").contains(head.at(n - 3));
}

} // namespace

QString joinHyphenated(const QString &left, const QString &right, const QSet<QString> &vocabulary)
{
    QString head = left;
    head.chop(1); // the hyphen
    const QString l = wordCore(lastWord(head));
    const QString r = wordCore(firstWord(right));
    bool keep = false;
    if (head.endsWith(u' ')) { // NOLINT(bugprone-branch-clone): one case a branch, each with its reason
        keep = false; // "dü -" + "şü nmek": the space is a split letter's, the hyphen a break
    } else if (!r.isEmpty() && (r.front().isDigit() || (!l.isEmpty() && l.back().isDigit()))) { // NOLINT(bugprone-branch-clone): one case a branch, each with its reason
        keep = true;  // COVID-19, 2015-2020
    } else if (l.size() == 1 && (!afterSplitPiece(head) || vocabulary.contains(r.toLower()))) {
        keep = true;  // e-devlet; but "kü l-" + "tü rler" is kültürler, its "l" a split word's end
    } else if (vocabulary.contains((l + QLatin1Char('-') + r).toLower())) {
        keep = true;  // the document writes the hyphenated form elsewhere
    } else if (vocabulary.contains((l + r).toLower())) {
        keep = false;
    } else if (!r.isEmpty() && r.front().isUpper() && !(isAllUpper(l) && isAllUpper(r))) {
        keep = true;  // Baku-Tbilisi: a name after the hyphen
    }
    return keep ? left + right : head + right;
}

bool looksWrapped(const QStringList &lines)
{
    int nonEmpty = 0, continued = 0;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QString t = lines.at(i).trimmed();
        if (t.isEmpty()) {
            continue;
        }
        ++nonEmpty;
        if (!endsSentence(t) && startsLower(lines.at(i + 1).trimmed())) {
            ++continued;
        }
    }
    return nonEmpty >= 3 && continued * 5 >= nonEmpty;
}

QList<Paragraph> buildParagraphs(const QStringList &lines)
{
    QList<Paragraph> out;
    static const QRegularExpression mdHeading(QStringLiteral("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    const bool wrapped = looksWrapped(lines);

    if (!wrapped) {
        for (const QString &line : lines) {
            const QString t = line.simplified();
            if (t.isEmpty()) {
                continue;
            }
            Paragraph p;
            p.rawLines = {line};
            const auto m = mdHeading.match(line);
            if (m.hasMatch()) {
                p.text = m.captured(2);
                p.kind = BlockKind::Heading;
            } else {
                p.text = t;
            }
            out.append(p);
        }
        classifyParagraphs(out, false);
        return out;
    }

    const int width = typicalWidth(lines);
    const QSet<QString> vocab = vocabularyOf(lines);
    int blanks = 0;
    QString prev; // last line of the current paragraph
    for (qsizetype li = 0; li < lines.size(); ++li) {
        const QString &line = lines.at(li);
        const QString t = line.trimmed();
        const bool blankAfter = li + 1 >= lines.size() || lines.at(li + 1).trimmed().isEmpty();
        if (t.isEmpty()) {
            ++blanks;
            continue;
        }
        const QString cur = stripLineEnd(line.startsWith(u' ') ? line.mid(1) : line);
        bool join = false;
        if (!out.isEmpty()) {
            const QString p = prev.trimmed();
            const bool full = double(p.size()) >= width * 0.75;
            if (endsWithWordHyphen(p)) { // NOLINT(bugprone-branch-clone): one case a branch, each with its reason
                join = true;
            } else if (startsLower(t)) {
                join = true;
            } else if (isAllUpper(p) && isAllUpper(t) && blanks == 0 && !endsSentence(p)) {
                join = true;
            } else if (blanks >= 3) {
                join = full && !endsSentence(p); // a page break inside a paragraph
            } else if (blanks > 0) { // NOLINT(bugprone-branch-clone): one case a branch, each with its reason
                join = false;
            } else if (endsSentence(p) && isHeadingLine(t) && blankAfter && double(t.size()) < width * 0.9) {
                join = false; // a heading set right under its previous paragraph, a blank line under it
            } else if (!full && !endsSentence(p) && isHeadingLine(p) && isHeadingLine(t) && double(t.size()) < width * 0.75) {
                join = true;  // a heading set on two lines
            } else {
                join = full;
            }
        }
        if (join) {
            Paragraph &para = out.last();
            QString &text = para.text;
            while (text.endsWith(u' ') && !text.endsWith(QStringLiteral("  "))) {
                text.chop(1);
            }
            if (endsWithWordHyphen(text.trimmed())) {
                text = joinHyphenated(text, cur.trimmed(), vocab);
            } else {
                text += QLatin1Char(' ') + cur;
            }
            para.rawLines.append(line);
        } else {
            Paragraph para;
            para.text = cur;
            para.rawLines = {line};
            out.append(para);
        }
        prev = cur;
        blanks = 0;
    }
    for (Paragraph &p : out) {
        p.text = p.text.trimmed();
    }
    classifyParagraphs(out, true);
    return out;
}

void classifyParagraphs(QList<Paragraph> &paragraphs, bool wrapped)
{
    for (Paragraph &p : paragraphs) {
        if (p.kind == BlockKind::Heading) {
            continue;
        }
        const QString t = p.text.simplified();
        if (isCaptionLine(t)) {
            p.kind = BlockKind::Caption;
            continue;
        }
        const int words = int(t.split(u' ', Qt::SkipEmptyParts).size());
        const bool shortEnough = t.size() <= (wrapped ? 170 : 120) && words <= 18;
        const QChar last = t.isEmpty() ? QChar() : t.back();
        const bool terminal = QStringLiteral(".!?,;…\"”").contains(last);
        QChar first;
        for (const QChar c : t) {
            if (c.isLetterOrNumber()) { first = c; break; }
        }
        const bool capital = first.isUpper() || first.isDigit();
        if (shortEnough && !terminal && capital && p.rawLines.size() <= 3) {
            p.kind = BlockKind::Heading;
        }
    }
}

} // namespace okur::text
