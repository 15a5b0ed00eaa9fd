#pragma once
// Peak resident memory of this process, for benchmarks.
#include <QtGlobal>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace okur::app {

/// The most memory this process has held resident so far, in MB; -1 where unknown.
inline double peakResidentMegabytes()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0) {
#ifdef Q_OS_MACOS
        return usage.ru_maxrss / (1024.0 * 1024.0); // bytes
#else
        return double(usage.ru_maxrss) / 1024.0; // kilobytes
#endif
    }
#endif
    return -1;
}

} // namespace okur::app
