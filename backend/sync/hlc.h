#pragma once
#include <QString>

namespace okur::sync {

/// A hybrid logical clock reading: wall milliseconds, a counter for events
/// within one millisecond (or while the wall clock lags what was seen), and
/// the device that made it, which breaks ties so any two readings are ordered.
struct Hlc {
    qint64 wall = 0;
    int counter = 0;
    QString device;

    bool isNull() const { return wall == 0 && counter == 0 && device.isEmpty(); }
    /// "0001733380000000-000003-<device>": fixed-width numbers, so text order is clock order.
    QString toString() const;
    /// The reading written by toString(); a null Hlc when `text` is not one.
    static Hlc fromString(const QString &text);
};

int compare(const Hlc &a, const Hlc &b);
inline bool operator<(const Hlc &a, const Hlc &b) { return compare(a, b) < 0; }
inline bool operator>(const Hlc &a, const Hlc &b) { return compare(a, b) > 0; }
inline bool operator==(const Hlc &a, const Hlc &b) { return compare(a, b) == 0; }
inline bool operator!=(const Hlc &a, const Hlc &b) { return compare(a, b) != 0; }

/// One device's clock. Pure: the wall time is passed in, so tests (and the
/// sync's clock-skew hook) choose it. Not thread-safe; one per sync.
class HlcClock {
public:
    explicit HlcClock(QString device, Hlc last = {}) : m_device(std::move(device)), m_last(std::move(last)) {}

    /// A new reading for a local write: after every reading this clock made or received.
    Hlc tick(qint64 nowMs);
    /// Moves the clock past a reading merged from another device, so a
    /// later local write is ordered after it even when this wall clock lags.
    void receive(const Hlc &remote, qint64 nowMs);
    const Hlc &last() const { return m_last; }
    const QString &device() const { return m_device; }

private:
    QString m_device;
    Hlc m_last;
};

} // namespace okur::sync
