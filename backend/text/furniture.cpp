#include "furniture.h"

#include <QHash>
#include <QRegularExpression>

namespace okur::text {

namespace {

bool isBlank(const QString &line) { return line.trimmed().isEmpty(); }

bool isBlankAt(const QStringList &lines, qsizetype i)
{
    return i < 0 || i >= lines.size() || isBlank(lines.at(i));
}

// A line standing alone between blank lines (or the file's edges).
bool isIsolated(const QStringList &lines, qsizetype i)
{
    return !isBlank(lines.at(i)) && isBlankAt(lines, i - 1) && isBlankAt(lines, i + 1);
}

bool isPageNumber(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(?:[-–—]\\s*)?\\d{1,4}(?:\\s*[-–—])?\\s*$"));
    return re.match(line).hasMatch();
}

// Short enough to be a running head or foot, and not a sentence.
bool looksLikeRunningHead(const QString &line)
{
    const QString t = line.trimmed();
    if (t.size() > 100) {
        return false;
    }
    return t.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 14;
}

bool startsCapital(const QString &t)
{
    for (const QChar c : t) {
        if (c.isLetterOrNumber()) {
            return c.isUpper() || c.isDigit();
        }
        if (!c.isPunct()) {
            return false;
        }
    }
    return false;
}

// A section heading at a page top looks like a running head by position, but
// it reads as a title (a capital, no sentence end) and a paragraph starts
// right after it: at most one blank line, then several lines of text that
// begin a sentence. A running head is followed by the page number, another
// piece of furniture, or the middle of a sentence carried over the break.
bool introducesParagraph(const QStringList &lines, qsizetype i)
{
    const QString t = lines.at(i).trimmed();
    if (t.isEmpty() || !startsCapital(t) || QStringLiteral(".,;!?").contains(t.back())) {
        return false;
    }
    qsizetype k = i + 1;
    while (k < lines.size() && isBlank(lines.at(k))) {
        ++k;
    }
    if (k >= lines.size() || k - i - 1 > 1 || isPageNumber(lines.at(k))) {
        return false;
    }
    const bool paragraph = (k + 1 < lines.size() && !isBlank(lines.at(k + 1))) || lines.at(k).trimmed().size() >= 60;
    return paragraph && startsCapital(lines.at(k).trimmed());
}

} // namespace

QStringList removePageFurniture(const QStringList &lines)
{
    QStringList out = lines;
    const qsizetype n = lines.size();

    // Running heads repeat from page to page; a line that does not is one only
    // when nothing says it is a heading.
    QHash<QString, int> counts;
    for (qsizetype i = 0; i < n; ++i) {
        if (isIsolated(lines, i) && looksLikeRunningHead(lines.at(i))) {
            ++counts[lines.at(i).simplified()];
        }
    }

    // A page break shows as an isolated page number inside a zone of blank
    // lines; isolated short lines in the same zone are its header/footer.
    constexpr int kZone = 12;
    for (qsizetype i = 0; i < n; ++i) {
        if (!isPageNumber(lines.at(i)) || !isIsolated(lines, i)) {
            continue;
        }
        out[i].clear();
        for (int dir : {-1, 1}) {
            for (qsizetype j = i + dir, steps = 0; j >= 0 && j < n && steps < kZone; j += dir, ++steps) {
                if (isBlank(lines.at(j))) {
                    continue;
                }
                if (!isIsolated(lines, j) || !looksLikeRunningHead(lines.at(j))) {
                    break;
                }
                if (counts.value(lines.at(j).simplified()) < 2 && introducesParagraph(lines, j)) {
                    break;
                }
                out[j].clear();
            }
        }
    }

    // Isolated short lines that repeat are running heads even without a number.
    for (qsizetype i = 0; i < n; ++i) {
        if (isIsolated(lines, i) && counts.value(lines.at(i).simplified()) >= 3) {
            out[i].clear();
        }
    }
    return out;
}

} // namespace okur::text
