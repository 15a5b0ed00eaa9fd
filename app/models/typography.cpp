#include "typography.h"

namespace okur::app::typography {

QString forDisplay(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i) != u'"')
            continue;
        const QChar before = i > 0 ? out.at(i - 1) : QChar(u' ');
        const bool opening = before.isSpace() || before == u'(' || before == u'[' || before == u'—' || before == u'–';
        out[i] = opening ? QChar(0x201C) : QChar(0x201D);
    }
    return out;
}

} // namespace okur::app::typography
