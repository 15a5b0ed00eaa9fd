#pragma once
// Peak resident memory of this process, for benchmarks; the allocator's set-up.
#include <QtGlobal>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
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

/// At most two malloc arenas (glibc; elsewhere nothing). glibc gives each
/// thread that allocates an arena of its own, up to eight a core, and memory
/// freed in one stays resident there: the background work (imports, the
/// dictionaries, summaries) ran in pool threads whose arenas kept ~2 MB at the
/// reader benchmark's peak (issue 24). Two arenas keep the GUI thread apart
/// from the workers; the workers seldom allocate at once. Call first in main().
inline void limitAllocatorArenas()
{
#ifdef __GLIBC__
    mallopt(M_ARENA_MAX, 2);
#endif
}

} // namespace okur::app
