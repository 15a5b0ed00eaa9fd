#include "formats.h"

#include <QDateTime>
#include <QMap>
#include <QUrl>

namespace okur::annotations {

namespace {

// Every ASCII punctuation character may be backslash-escaped in CommonMark,
// and escaping all of them is the only way to keep `# x`, ```, `---`, `|a|b|`,
// `2*3*4`, `1.` or raw HTML as the literal text the user wrote.
QString escapeInline(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) || (u >= 0x5B && u <= 0x60) ||
            (u >= 0x7B && u <= 0x7E)) {
            out += u'\\';
        }
        out += c;
    }
    return out;
}

// One escaped line: leading blanks would make an indented code block, so they go.
QString escapeLine(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t')) {
        ++i;
    }
    QString l = line.mid(i);
    while (!l.isEmpty() && l.back().isSpace()) {
        l.chop(1);
    }
    return escapeInline(l);
}

// Lines joined by hard breaks (a backslash before the newline), so the line
// breaks of a note or quote survive; `lead` starts every line (e.g. "> ").
QString hardBreakLines(const QString &text, const QString &lead)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    QStringList lines = t.split(u'\n');
    while (lines.size() > 1 && lines.last().trimmed().isEmpty()) {
        lines.removeLast();
    }
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        out += lead + escapeLine(lines.at(i));
        // A line that is only a backslash is itself a hard break: an empty line
        // stays inside the block instead of ending it.
        out += i + 1 < lines.size() ? QStringLiteral("\\\n") : QStringLiteral("\n");
    }
    return out;
}

QString day(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")); }

} // namespace

QString passageLink(const QString &documentId, int block, int start, int end)
{
    QString link = QStringLiteral("okur://document/") + QString::fromLatin1(QUrl::toPercentEncoding(documentId))
        + QStringLiteral("#block=%1").arg(block);
    if (start >= 0 && end >= start) {
        link += QStringLiteral("&start=%1&end=%2").arg(start).arg(end);
    }
    return link;
}

PassageLink parsePassageLink(const QString &link)
{
    static const QString prefix = QStringLiteral("okur://document/");
    PassageLink p;
    if (!link.startsWith(prefix)) {
        return p;
    }
    const QString rest = link.mid(prefix.size());
    p.documentId = QUrl::fromPercentEncoding(rest.section(u'#', 0, 0).toUtf8());
    bool ok = true;
    for (const QString &kv : rest.section(u'#', 1).split(u'&', Qt::SkipEmptyParts)) {
        const QString key = kv.section(u'=', 0, 0);
        bool okN = false;
        const int value = kv.section(u'=', 1).toInt(&okN);
        ok = ok && okN && value >= 0;
        if (key == QLatin1String("block")) {
            p.block = value;
        } else if (key == QLatin1String("start")) {
            p.start = value;
        } else if (key == QLatin1String("end")) {
            p.end = value;
        }
    }
    p.ok = ok && !p.documentId.isEmpty();
    return p;
}

QString toMarkdown(const QList<Annotation> &annotations, const QHash<QString, DocumentContext> &documents)
{
    QMap<QString, QList<Annotation>> byDoc;
    for (const Annotation &a : annotations) {
        if (!a.deleted) {
            byDoc[a.documentId].append(a);
        }
    }
    QString out = QStringLiteral("# Okur notes\n");
    for (auto it = byDoc.constBegin(); it != byDoc.constEnd(); ++it) {
        const DocumentContext ctx = documents.value(it.key());
        out += QStringLiteral("\n## %1\n").arg(escapeLine(ctx.title.isEmpty() ? it.key() : ctx.title).simplified());
        QStringList about;
        if (!ctx.author.isEmpty()) {
            about << QStringLiteral("Author: ") + escapeLine(ctx.author.simplified());
        }
        if (!ctx.source.isEmpty()) {
            about << QStringLiteral("Source: ") + escapeLine(ctx.source.simplified());
        }
        about << QStringLiteral("[Open in Okur](<%1>)").arg(passageLink(it.key(), 0));
        out += u'\n' + about.join(QStringLiteral(" · ")) + u'\n';
        QString heading = QStringLiteral("\u0001");
        for (const Annotation &a : it.value()) {
            const QString h = ctx.headings.value(a.block);
            if (h != heading) {
                heading = h;
                if (!h.isEmpty()) {
                    out += QStringLiteral("\n### %1\n").arg(escapeLine(h.simplified()));
                }
            }
            const QString link = QStringLiteral("[block %1](<%2>)")
                                     .arg(a.block)
                                     .arg(passageLink(a.documentId, a.block, a.start, a.end));
            if (a.kind == QLatin1String("bookmark")) {
                out += QStringLiteral("\n**Bookmark** · %1 · %2\n").arg(day(a.created), link);
                if (!a.quote.isEmpty()) {
                    out += u'\n' + hardBreakLines(a.quote, QStringLiteral("> "));
                }
                continue;
            }
            out += QStringLiteral("\n**Highlight** · %1 · %2 · %3%4\n")
                       .arg(a.color, day(a.created), link, a.orphaned ? QStringLiteral(" · orphaned") : QString());
            out += u'\n' + hardBreakLines(a.quote, QStringLiteral("> "));
            if (!a.note.trimmed().isEmpty()) {
                out += QStringLiteral("\n**Note:** ") + hardBreakLines(a.note.trimmed(), QString());
            }
        }
    }
    return out;
}

} // namespace okur::annotations
