#pragma once
#include <QString>

#include <atomic>
#include <functional>

namespace okur::library {

/// The steps of the library's background work, in the order they run.
/// Each step's result is announced as soon as it is done (the glossary does
/// not wait for the index or the summaries).
enum class Task {
    Idle,
    Lexicons,   ///< hunspell dictionaries for the text repair (only when there is text to repair)
    Documents,  ///< the bundled documents added, outdated repairs redone
    Dictionary, ///< the bilingual dictionary, then the glossary is usable
    Index,      ///< the search index brought up to date
    Summaries,  ///< the thematic summaries computed (or read from their cache)
};

/// Where the background work is: the running step, and units done of total
/// when the step can count them (total 0: it cannot).
struct WorkProgress {
    Task task = Task::Idle;
    int done = 0;
    int total = 0;
    bool operator==(const WorkProgress &o) const { return task == o.task && done == o.done && total == o.total; }
    bool operator!=(const WorkProgress &o) const { return !(*this == o); }
};

/// What a long step is told and tells. `cancelled` asks it to stop at its
/// next unit boundary (a document, an index batch): what it finished stays
/// done, and the next start goes on from there. `progress` hears units done
/// of total. Both may be empty.
struct TaskControl {
    const std::atomic_bool *cancelled = nullptr;
    std::function<void(int done, int total)> progress;

    bool isCancelled() const { return cancelled && cancelled->load(); }
    void report(int done, int total) const
    {
        if (progress) {
            progress(done, total);
        }
    }
};

} // namespace okur::library
