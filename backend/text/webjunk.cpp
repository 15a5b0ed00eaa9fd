#include "webjunk.h"

#include <QRegularExpression>

namespace okur::text {

bool isCaptionLine(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(Photo|Photograph|Image|Source|Figure|Fig\\.|Table|Foto|Fotoğraf|Görsel|Şekil|Tablo|Kaynak)"
        "(\\s*\\d+(\\.\\d+)?)?\\s*[:.]\\s*\\S"));
    return line.trimmed().size() <= 200 && re.match(line).hasMatch();
}

DocumentMeta extractWebMetadata(QStringList &lines)
{
    DocumentMeta meta;

    static const QRegularExpression datePrefix(QStringLiteral("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b\\s*"));
    static const QRegularExpression widget(QStringLiteral("\\+\\s*↺\\s*[−-]\\s*\\d+\\s*px\\s*"));
    static const QRegularExpression alsoRead(QStringLiteral("^\\s*(Also read|Read also|Read more|See also)\\s*:\\s*(.+)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression siteName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]*(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,6}$"));

    bool seenText = false;
    for (QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (!seenText) {
            const auto m = datePrefix.match(line);
            if (m.hasMatch()) {
                meta.date = m.captured(1);
                line = line.mid(m.capturedEnd());
            }
            seenText = true;
        }
        line.remove(widget);
        const auto r = alsoRead.match(line);
        if (r.hasMatch()) {
            meta.related.append(r.captured(2).trimmed());
            line.clear();
        }
    }

    // A bare site name as the last line is the source, not text.
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QString t = lines.at(i).trimmed();
        if (t.isEmpty())
            continue;
        if (t.size() <= 40 && siteName.match(t).hasMatch()) {
            meta.source = t;
            lines[i].clear();
        }
        break;
    }
    return meta;
}

} // namespace okur::text
