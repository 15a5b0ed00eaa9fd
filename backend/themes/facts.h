#pragma once
#include <QList>
#include <QString>

namespace okur::themes {

/// What a name in a sentence stands for, as far as its form tells.
enum class FactKind { Event, Institution, Place, Name, Date };

/// A name, acronym or date in a sentence: where it stands and its plain form
/// ("Bakü'de" → "Bakü", "Azerbaijan's" → "Azerbaijan").
struct Mention {
    int start = 0;
    int length = 0;
    QString text;
    FactKind kind = FactKind::Name;
};

/// A date a sentence states: a year, with its month (1-12) when given.
struct DateMention {
    int start = 0;
    int length = 0;
    int year = 0;
    int month = 0; ///< 0 when only the year is given
    QString text;  ///< as written, e.g. "February 2026", "2015 yılında"
};

/// The named things of a sentence: capitalised multiword names (with "of",
/// "the", "and" inside, "Organization of Islamic Cooperation"), acronyms, and
/// capitalised words that do not open the sentence; classed as events,
/// institutions or places by their head word and what precedes or follows
/// them, in English and Turkish. Dates come from dates(). Pure.
QList<Mention> names(const QString &sentence, const QString &language);

/// The last words of `text` whose initials spell `acronym` (any case), joined by spaces: what the acronym
/// stands for when it follows them in parentheses ("… artificial intelligence" for AI); empty when they do not
/// spell it ("the military alliance" for NATO). Pure.
QString acronymExpansion(const QString &text, const QString &acronym);

/// Years (1800-2099) and month-year dates, English and Turkish
/// ("in 2024", "since 2004", "Şubat 2026", "2015 yılında", "2020'de"). Pure.
QList<DateMention> dates(const QString &sentence, const QString &language);

/// Whether a sentence talks about the text or says only that something
/// matters ("This article explores", "is another important aspect",
/// "In conclusion", "Bu çalışmada", "Sonuç olarak") rather than stating a
/// fact. Pure.
bool isGeneric(const QString &sentence, const QString &language);

/// Whether a sentence opens on a word that points back to the sentence
/// before it ("Its involvement", "Despite its ties", "These efforts", "Bu
/// nedenle"), so read alone, as a summary shows it, it leaves the reader
/// asking what it refers to. Pure.
bool isDangling(const QString &sentence, const QString &language);

/// How many numbers (digits) a sentence states, dates included. Pure.
int numberCount(const QString &sentence);

} // namespace okur::themes
