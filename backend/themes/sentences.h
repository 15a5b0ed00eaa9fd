#pragma once
#include <QList>
#include <QString>

namespace okur::themes {

/// A sentence's place in a text.
struct SentenceSpan {
    int start = 0;
    int length = 0;
};

/// Splits text into sentences with ICU's sentence rules for the language
/// (with its abbreviation list), then mends what those rules break in
/// academic prose: a citation such as "(Nye, 2004)." or a piece inside
/// parentheses stays with its sentence, and a piece that starts in lower
/// case continues the one before. Pure.
QList<SentenceSpan> splitSentences(const QString &text, const QString &language);

} // namespace okur::themes
