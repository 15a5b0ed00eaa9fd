#include "pdflayout.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace okur::formats {

namespace {

// A run of words on one baseline, not crossing a column gutter.
struct Fragment {
    QString text;
    QRectF box;
    double size = 0; ///< the median word height: one accented capital must not make a line look larger
    bool furniture = false;
};

double median(QList<double> v)
{
    if (v.isEmpty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QList<Fragment> fragmentsOf(const PdfPage &page)
{
    QList<PdfWord> words;
    for (const PdfWord &w : page.words) {
        if (!w.text.trimmed().isEmpty() && w.box.height() > 0) {
            words << w;
        }
    }
    std::sort(words.begin(), words.end(), [](const PdfWord &a, const PdfWord &b) { return a.box.top() < b.box.top(); });
    // Lines: words that share most of their height.
    QList<QList<PdfWord>> lines;
    QList<QRectF> lineBoxes;
    for (const PdfWord &w : words) {
        int found = -1;
        for (int i = int(lines.size()) - 1; i >= 0 && i >= int(lines.size()) - 8; --i) {
            const QRectF &l = lineBoxes[i];
            const double overlap = qMin(l.bottom(), w.box.bottom()) - qMax(l.top(), w.box.top());
            if (overlap >= 0.5 * qMin(l.height(), w.box.height())) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            lines.append({w});
            lineBoxes.append(w.box);
        } else {
            lines[found].append(w);
            lineBoxes[found] = lineBoxes[found].united(w.box);
        }
    }
    QList<Fragment> out;
    for (QList<PdfWord> &line : lines) {
        std::sort(line.begin(), line.end(), [](const PdfWord &a, const PdfWord &b) { return a.box.left() < b.box.left(); });
        Fragment f;
        QList<double> heights;
        auto finish = [&] {
            f.size = median(heights);
            if (!f.text.isEmpty()) {
                out << f;
            }
            f = Fragment();
            heights.clear();
        };
        for (qsizetype i = 0; i < line.size(); ++i) {
            const PdfWord &w = line[i];
            if (i > 0) {
                const PdfWord &p = line[i - 1];
                const double gap = w.box.left() - p.box.right();
                const double h = qMax(p.box.height(), w.box.height());
                if (gap > 1.2 * h) { // a gutter or a tab stop: a new fragment
                    finish();
                } else if (p.spaceAfter || gap > 0.12 * h) {
                    f.text += u' ';
                }
            }
            f.text += w.text;
            f.box = f.box.isNull() ? w.box : f.box.united(w.box);
            heights << w.box.height();
        }
        finish();
    }
    std::sort(out.begin(), out.end(), [](const Fragment &a, const Fragment &b) {
        return qAbs(a.box.top() - b.box.top()) > 1 ? a.box.top() < b.box.top() : a.box.left() < b.box.left();
    });
    return out;
}

bool isPageNumber(const QString &t)
{
    static const QRegularExpression re(
        QStringLiteral("^[\\s\\-–—|]*(?:page|sayfa|p\\.|s\\.)?\\s*(?:\\d{1,4}|[ivxlcdm]{1,7})(?:\\s*(?:of|/)\\s*\\d{1,4})?[\\s\\-–—|]*$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(t).hasMatch();
}

QString repeatKey(const QString &t)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    return t.toLower().simplified().replace(digits, QStringLiteral("#"));
}

constexpr int kEdgeLines = 2; // running heads and footers sit in a page's first or last lines

// Marks running heads, footers and page numbers: in a page's edge lines,
// a page number, or text that repeats (digits aside) at the same height on
// other pages. The height matters: section headings also repeat, digits aside.
void markFurniture(QList<QList<Fragment>> &pages, const QList<QSizeF> &sizes)
{
    auto key = [](const Fragment &f, bool top) {
        return QStringLiteral("%1|%2|%3").arg(top ? u't' : u'b').arg(qRound(f.box.top() / 4)).arg(repeatKey(f.text));
    };
    QHash<QString, int> seen;
    for (const auto &page : pages) {
        QSet<QString> keys;
        for (qsizetype i = 0; i < page.size(); ++i) {
            if (i < kEdgeLines) {
                keys.insert(key(page[i], true));
            }
            if (i >= page.size() - kEdgeLines) {
                keys.insert(key(page[i], false));
            }
        }
        for (const QString &k : keys) {
            ++seen[k];
        }
    }
    // Three pages make a running head (a chapter's own head repeats only over
    // its pages); two when the document is short.
    const int needed = pages.size() <= 3 ? 2 : 3;
    for (auto &page : pages) {
        for (qsizetype i = 0; i < page.size(); ++i) {
            Fragment &f = page[i];
            const bool atTop = i < kEdgeLines;
            const bool atBottom = i >= page.size() - kEdgeLines;
            if (!atTop && !atBottom) {
                continue;
            }
            if (isPageNumber(f.text) || (atTop && seen.value(key(f, true)) >= needed) ||
                (atBottom && seen.value(key(f, false)) >= needed)) {
                f.furniture = true;
            }
        }
    }
    // A head that shares its line with the page number, in the page's margin,
    // is a running head even when its chapter is too short to repeat it.
    for (qsizetype p = 0; p < pages.size(); ++p) {
        auto &page = pages[p];
        const double height = p < sizes.size() ? sizes[p].height() : 0;
        for (qsizetype i = 0; i < page.size() && height > 0; ++i) {
            Fragment &f = page[i];
            const bool inMargin = f.box.bottom() < 0.08 * height || f.box.top() > 0.92 * height;
            if (f.furniture || !inMargin || (i >= kEdgeLines && i < page.size() - kEdgeLines)) {
                continue;
            }
            for (const Fragment &other : std::as_const(page)) {
                if (&other != &f && isPageNumber(other.text) &&
                    qAbs(other.box.top() - f.box.top()) < 0.5 * f.box.height()) {
                    f.furniture = true;
                }
            }
        }
    }
}

// The x-range of a column gutter: a vertical strip in the middle of the text
// that almost no line crosses, with lines on both sides. Empty when none.
QPair<double, double> findGutter(const QList<Fragment> &frags)
{
    if (frags.size() < 6) {
        return {0, 0};
    }
    double left = 1e9, right = -1e9;
    for (const Fragment &f : frags) {
        left = qMin(left, f.box.left());
        right = qMax(right, f.box.right());
    }
    const double width = right - left;
    const int from = int(left + 0.25 * width), to = int(left + 0.75 * width);
    const int allowed = qMax(1, int(frags.size() / 8)); // full-width titles may cross it
    int bestStart = -1, bestLen = 0, runStart = -1;
    for (int x = from; x <= to + 1; ++x) {
        int crossing = 0;
        if (x <= to) {
            for (const Fragment &f : frags) {
                crossing += (f.box.left() < x && f.box.right() > x) ? 1 : 0;
            }
        }
        if (x <= to && crossing <= allowed) {
            if (runStart < 0) {
                runStart = x;
            }
        } else if (runStart >= 0) {
            if (x - runStart > bestLen) {
                bestLen = x - runStart;
                bestStart = runStart;
            }
            runStart = -1;
        }
    }
    if (bestLen < 6) {
        return {0, 0};
    }
    const double g0 = bestStart, g1 = bestStart + bestLen;
    int leftCount = 0, rightCount = 0;
    for (const Fragment &f : frags) {
        leftCount += f.box.right() <= g1 ? 1 : 0;
        rightCount += f.box.left() >= g0 ? 1 : 0;
    }
    if (leftCount < 3 || rightCount < 3) {
        return {0, 0};
    }
    return {g0, g1};
}

// Reading order: full-width lines in place; between them, the left column then the right.
QList<Fragment> readingOrder(const QList<Fragment> &frags)
{
    const auto gutter = findGutter(frags);
    if (gutter.second <= gutter.first) {
        return frags;
    }
    QList<Fragment> out, leftCol, rightCol;
    auto flushBand = [&] {
        out += leftCol;
        out += rightCol;
        leftCol.clear();
        rightCol.clear();
    };
    // A line that crosses the middle of the gutter spans both columns (a title).
    const double middle = (gutter.first + gutter.second) / 2;
    for (const Fragment &f : frags) {
        if (f.box.right() <= middle) {
            leftCol << f;
        } else if (f.box.left() >= middle) {
            rightCol << f;
        } else {
            flushBand();
            out << f;
        }
    }
    flushBand();
    return out;
}

bool endsSentence(const QString &t)
{
    static const QString enders = QStringLiteral(".!?:\"”»)");
    return !t.isEmpty() && enders.contains(t.back());
}

bool startsListItem(const QString &t)
{
    static const QString bullets = QStringLiteral("•◦▪▸►‣∙·–—*");
    return t.size() > 1 && bullets.contains(t.front()) && t[1].isSpace();
}

} // namespace

QStringList layoutPdfPages(const QList<PdfPage> &pages)
{
    QList<QList<Fragment>> perPage;
    QList<double> heights;
    for (const PdfPage &p : pages) {
        perPage << fragmentsOf(p);
        for (const Fragment &f : perPage.last()) {
            heights << f.size;
        }
    }
    QList<QSizeF> sizes;
    for (const PdfPage &p : pages) {
        sizes << p.size;
    }
    markFurniture(perPage, sizes);
    const double bodyHeight = median(heights);
    QStringList lines;
    for (const auto &page : perPage) {
        QList<Fragment> body;
        for (const Fragment &f : page) {
            if (!f.furniture) {
                body << f;
            }
        }
        body = readingOrder(body);
        QList<double> pitches;
        for (qsizetype i = 1; i < body.size(); ++i) {
            const double d = body[i].box.top() - body[i - 1].box.top();
            if (d > 0) {
                pitches << d;
            }
        }
        const double pitch = qMax(median(pitches), bodyHeight);
        QList<double> widths;
        for (const Fragment &f : body) {
            widths << f.box.width();
        }
        const double lineWidth = median(widths);
        for (qsizetype i = 0; i < body.size(); ++i) {
            const Fragment &f = body[i];
            const bool large = f.size > 1.25 * bodyHeight;
            bool gap = large;
            if (i > 0) {
                const Fragment &p = body[i - 1];
                const double dy = f.box.top() - p.box.top();
                const bool sameColumn = dy > 0 && qAbs(f.box.left() - p.box.left()) < f.box.width();
                if (sameColumn && dy > 1.6 * pitch) {
                    gap = true;
                }
                // A first-line indent after a finished sentence starts a paragraph.
                if (sameColumn && f.box.left() - p.box.left() > 0.8 * bodyHeight && endsSentence(p.text)) {
                    gap = true;
                }
                if (p.size > 1.25 * bodyHeight) {
                    gap = true;
                }
                if (startsListItem(f.text)) {
                    gap = true;
                }
                // A change of type size, or of alignment after a short line (a
                // centred title, an author line), ends a block.
                if (qAbs(f.size - p.size) > 0.15 * bodyHeight) {
                    gap = true;
                }
                if (qAbs(f.box.left() - p.box.left()) > 2 * bodyHeight && p.box.width() < 0.7 * lineWidth) {
                    gap = true;
                }
            }
            if (gap && !lines.isEmpty() && !lines.last().isEmpty()) {
                lines << QString();
            }
            lines << f.text.simplified();
        }
    }
    return lines;
}

} // namespace okur::formats
