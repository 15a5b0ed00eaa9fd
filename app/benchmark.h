#pragma once
#include <QString>

class QQuickWindow;

namespace okur::library {
class Library;
}

namespace okur::app {

/// `okur --bench-reader ID`: once the library page is drawn and the glossary
/// loaded, opens the document ten times, timing each from the call to the
/// frame that first shows its text; then looks up 100 of its words as taps
/// do, and prints "open-first-ms", "open-median-ms", "lookups" and
/// "peak-rss-mb" before quitting. For ./bench.sh.
void runReaderBenchmark(QQuickWindow *window, library::Library *library, const QString &documentId);

} // namespace okur::app
