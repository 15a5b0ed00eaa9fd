#include "hlc.h"

#include <QStringList>

namespace okur::sync {

QString Hlc::toString() const
{
    return QStringLiteral("%1-%2-%3").arg(wall, 16, 10, QLatin1Char('0')).arg(counter, 6, 10, QLatin1Char('0')).arg(device);
}

Hlc Hlc::fromString(const QString &text)
{
    // The device id may itself hold dashes (a UUID): split at the first two only.
    const qsizetype a = text.indexOf(u'-');
    const qsizetype b = a < 0 ? -1 : text.indexOf(u'-', a + 1);
    if (a != 16 || b != a + 7 || b + 1 >= text.size()) {
        return {};
    }
    bool okWall = false, okCounter = false;
    Hlc h;
    h.wall = text.left(a).toLongLong(&okWall);
    h.counter = text.mid(a + 1, 6).toInt(&okCounter);
    h.device = text.mid(b + 1);
    if (!okWall || !okCounter || h.wall < 0 || h.counter < 0) {
        return {};
    }
    return h;
}

int compare(const Hlc &a, const Hlc &b)
{
    if (a.wall != b.wall) {
        return a.wall < b.wall ? -1 : 1;
    }
    if (a.counter != b.counter) {
        return a.counter < b.counter ? -1 : 1;
    }
    return a.device.compare(b.device);
}

Hlc HlcClock::tick(qint64 nowMs)
{
    if (nowMs > m_last.wall) {
        m_last.wall = nowMs;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
    }
    m_last.device = m_device;
    return m_last;
}

void HlcClock::receive(const Hlc &remote, qint64 nowMs)
{
    const qint64 wall = qMax(qMax(m_last.wall, remote.wall), nowMs);
    int counter = 0;
    if (wall == m_last.wall && wall == remote.wall) {
        counter = qMax(m_last.counter, remote.counter) + 1;
    } else if (wall == m_last.wall) {
        counter = m_last.counter + 1;
    } else if (wall == remote.wall) {
        counter = remote.counter + 1;
    }
    m_last = {wall, counter, m_device};
}

} // namespace okur::sync
