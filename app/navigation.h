#pragma once
// Driving the app as a reader does, from C++: the command line's --page and --lookup, the benchmark mode and
// the page tests go through the shell's own navigation and the reader's own tap signal, so the shipped QML
// keeps no function that exists only for them.
#include <QString>

class QQuickItem;
class QQuickWindow;

namespace okur::app {

/// Opens a page by route, as its button does: "library", "vocabulary", "notes", "statistics", "themes", "timeline", "sync",
/// "theme:ID", "search:QUERY", "terms" (the open document's key terms) or "parallel" (its two languages side
/// by side). False for an unknown route or a
/// page that cannot open from where the app is.
bool showPage(QQuickWindow *window, const QString &route);

/// Taps the first occurrence of `word` in the reader page shown under `window`: the view scrolls to it and
/// emits the tap a finger would, so the glossary card opens for it. False when the word is not in the text.
bool lookUpWord(QQuickWindow *window, const QString &word);

} // namespace okur::app
