#pragma once
#include <QList>
#include <QString>

#include <utility>

namespace okur::text {

/// A word in a text: its span and its characters.
struct WordSpan {
    int start = 0;
    int length = 0;
    QString text;
};

/// Splits text into words (Unicode word boundaries; apostrophe suffixes
/// stay with their word: "Azerbaycan'ın"). The app's one word-breaking rule:
/// the index, the glossary, the summaries and the reader's taps all use it. Pure.
QList<WordSpan> words(const QString &text);

/// The words of `ws` (words of `text`) joined to word `k` by hyphens, with no space (post-Soviet,
/// people-to-people, e-devlet): the first and the last one's indexes; {k, k} when none is. A dash (–, —) joins no
/// word: "Azerbaijan–Pakistan", "2020–2023". Pure.
std::pair<int, int> hyphenatedRun(const QString &text, const QList<WordSpan> &ws, int k);

/// The straight and the typographic apostrophe, which join a Turkish suffix to its name (Azerbaycan'ın).
inline bool isApostrophe(QChar c) { return c == u'\'' || c == u'\u2019'; }

} // namespace okur::text
