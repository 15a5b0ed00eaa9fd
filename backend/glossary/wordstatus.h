#pragma once
#include "storage/database.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace okur::glossary {

/// A learner's status of a lemma, as LingQ and LWT keep it: new (never
/// marked), learning 1-4, known, ignored. Kept per (language, lemma), so every
/// form of a lemma (ülke, ülkenin, ülkelerin) shares it.
enum WordStatus : int {
    StatusNew = 0,
    StatusLearning1 = 1,
    StatusLearning4 = 4,
    StatusKnown = 5,
    StatusIgnored = 6,
};

/// "new", "learning" (1-4 as "learning2" ...), "known", "ignored". Pure.
QString statusName(int status);
/// The status a name stands for ("learning" is learning 1), -1 when none. Pure.
int parseStatus(const QString &name);
/// After a word is saved: a new word starts learning 1; any other status stays. Pure.
int statusAfterSave(int status);
/// After a review graded 0-5: good (4 or 5) moves learning n to n+1 and
/// learning 4 to known; a forgotten word (0-2) goes back to learning 1. Pure.
int statusAfterReview(int status, int quality);

/// The key a lemma is kept under: folded to lower case by the language's rules. Pure.
QString statusKey(const QString &lemma, const QString &language);

/// One word of a text with what the learner knows of it.
struct StatusToken {
    int start = 0;
    int length = 0;
    QString lemma;      ///< the status key
    int status = StatusNew;
    bool counted = true; ///< false for numbers and proper names: never tinted, not counted
};

/// Gives a word's lemma, "" when the glossary has no analysis of it (a
/// tokenizer::Lemmatizer has this shape).
using LemmaOf = std::function<QString(const QString &word, const QString &language)>;

/// The words of a text with their statuses. Numbers (any digit) and proper
/// names (capitalised inside a sentence, written with an apostrophe suffix
/// like "Azerbaycan'ın", in capitals like "TÜRKSOY", or capitalised and unknown
/// to the glossary at a sentence's start) are not counted. `statuses` maps status keys to statuses
/// (absent: new). Pure given `lemmaOf`.
QList<StatusToken> statusTokens(const QString &text, const QString &language, const LemmaOf &lemmaOf,
                                const QHash<QString, int> &statuses);

/// How much of a text the learner knows: counted words (tokens) and distinct
/// lemmas; ignored words count in neither.
struct KnownShare {
    int tokens = 0;
    int knownTokens = 0;
    int lemmas = 0;
    int knownLemmas = 0;
    double tokenShare() const { return tokens > 0 ? double(knownTokens) / tokens : 0.0; }
    double lemmaShare() const { return lemmas > 0 ? double(knownLemmas) / lemmas : 0.0; }
};
/// Pure.
KnownShare knownShare(const QList<StatusToken> &tokens);

/// A lemma to learn next: how often the text uses it, and one form met.
struct LemmaCount {
    QString lemma;
    QString form;
    int count = 0;
    int status = StatusNew;
};
/// The text's most frequent lemmas that are neither known nor ignored, most
/// frequent first (ties by lemma), at most `limit`. Pure.
QList<LemmaCount> wordsToLearn(const QString &text, const QList<StatusToken> &tokens, int limit);

/// A lemma's status as stored.
struct LemmaStatus {
    QString language;
    QString lemma;
    int status = StatusNew;
    qint64 updatedMs = 0;
};

/// Reading statistics of one day.
struct ReadingDay {
    QDate day;
    int seconds = 0;
    int words = 0;
    int knownLemmas = 0; ///< lemmas known at the day's end
};

/// Consecutive days with reading up to `today` (or up to yesterday when
/// today has none yet). Pure.
int readingStreak(const QList<QDate> &days, const QDate &today);

/// Statuses by lemma and the reading log, in the library database. Same
/// threading rule as the DocumentStore whose database it shares. The library
/// keeps one for its views: every write, its own or another connection's
/// (announce()), is signalled by changed().
class WordStatusStore : public QObject {
    Q_OBJECT
public:
    explicit WordStatusStore(storage::Database &db, QObject *parent = nullptr) : QObject(parent), m_db(db) {}

    /// The status of a lemma (new when never set).
    int status(const QString &language, const QString &lemma);
    /// Every set status of a language, by status key (statuses set back to new included).
    QHash<QString, int> statuses(const QString &language);
    QList<LemmaStatus> all();
    /// Sets a lemma's status; false when the status is not one or the write fails.
    bool set(const QString &language, const QString &lemma, int status, qint64 nowMs);
    /// Sets every lemma of `lemmas` that is new to known ("page done"), in one
    /// transaction; returns how many changed, -1 on failure.
    int markNewAsKnown(const QString &language, const QStringList &lemmas, qint64 nowMs);
    /// For sync: the status as given, with its time.
    bool put(const LemmaStatus &s);
    /// For sync: the stored row (status -1 when none).
    LemmaStatus find(const QString &language, const QString &lemma);

    /// Adds reading time and words to a day's log of a document.
    bool logReading(const QString &documentId, const QDate &day, int seconds, int words);
    /// The days with reading, oldest first, with the number of known lemmas at each day's end.
    QList<ReadingDay> readingDays();
    /// Known lemmas (all languages) at the end of `day`, as the statuses now say.
    int knownBy(const QDate &day);

    /// Keeps a document's known share as last computed (the library's cards show it).
    bool saveShare(const QString &documentId, const KnownShare &share, qint64 nowMs);
    /// The kept token shares, by document.
    QHash<QString, double> shares();

    void announce(const QString &language, const QString &lemma) { Q_EMIT changed(language, lemma); }

Q_SIGNALS:
    /// A status changed ("" for both: any may have).
    void changed(const QString &language, const QString &lemma);
    /// A document's known share was kept (saveShare()).
    void shareSaved(const QString &documentId, double tokenShare);

private:
    storage::Database &m_db;
};

} // namespace okur::glossary
