#pragma once
#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace okur::glossary {

/// The state SM-2 keeps for a card.
struct ReviewState {
    double ease = 2.5;   ///< easiness factor, at least 1.3
    int interval = 0;    ///< days until the next review
    int repetitions = 0; ///< successful reviews in a row
};

/// SM-2 (Wozniak, 1990): the next state after a review graded 0-5
/// (0-2 forgotten, 3 hard, 4 good, 5 easy). Pure.
ReviewState sm2(const ReviewState &state, int quality);

/// A saved word: its lemma, meaning and the sentence it was met in.
struct VocabularyItem {
    qint64 id = 0;
    QString lemma;
    QString language;
    QString translation;
    QString context;
    QString documentId;
    int block = -1;
    int start = -1;
    QDateTime created;
    QDateTime due;
    ReviewState state;
};

/// Saved words with their review schedule, in the library database.
/// Same threading rule as the DocumentStore whose database it shares.
/// The library keeps one for its views: every committed write, its own or
/// one another connection made (announce()), is signalled by changed().
class VocabularyStore : public QObject {
    Q_OBJECT
public:
    explicit VocabularyStore(storage::Database &db, QObject *parent = nullptr) : QObject(parent), m_db(db) {}

    /// Saves a lemma (once per lemma and language: saving again keeps its
    /// schedule and first context). Returns its id, 0 on failure.
    qint64 add(const VocabularyItem &item);
    /// Removes the word (its review events stay, for sync's replay).
    bool remove(qint64 id);
    /// A removal undone: the word as `item` holds it, schedule and all, written back as it was (not replayed: the
    /// events of an earlier save of the lemma would count too). A word saved again since keeps what it has now.
    /// Returns its id, 0 on failure.
    qint64 restore(const VocabularyItem &item);
    /// The word saved with this id (id 0 when none is).
    VocabularyItem get(qint64 id);
    QList<VocabularyItem> items();
    QList<VocabularyItem> due(const QDateTime &now);
    int dueCount(const QDateTime &now);
    /// Records a review graded 0-5 and schedules the next one.
    bool review(qint64 id, int quality, const QDateTime &now);
    /// For sync: the word saved with every field as given (created, context
    /// and meaning), its schedule untouched; returns its id, 0 on failure.
    qint64 put(const VocabularyItem &item);
    /// For sync: the word of this language and lemma, if saved (id 0 when not).
    VocabularyItem find(const QString &language, const QString &lemma);
    /// For sync: records a review event made elsewhere (ignored when known) and
    /// recomputes the word's schedule from all its events in (time, id) order.
    bool addReviewEvent(const QString &eventId, const QString &language, const QString &lemma, qint64 atMs,
                        int quality);
    /// Signals a change another connection made (see storage::ChangeJournal).
    void announce(qint64 id) { Q_EMIT changed(id); }

Q_SIGNALS:
    /// A word was saved, reviewed or removed (0: any word may have changed).
    void changed(qint64 id);

private:
    /// Sets a word's schedule from its review events (the SM-2 replay).
    bool reschedule(const QString &language, const QString &lemma);
    storage::Database &m_db;
};

/// okur://document/ID#block=N&start=S: the link back to a passage, as
/// annotations link back. Pure.
QString passageLink(const QString &documentId, int block, int start);

/// A tab-separated file Anki's text importer reads (its headers, quoting and
/// comment rules): one Basic note per word into `deck`, Front the lemma, Back
/// the meaning, the sentence and an okur:// link to it; tags okur, language,
/// document. Pure.
QString toAnkiTsv(const QList<VocabularyItem> &items, const QString &deck = QStringLiteral("Okur"));
/// RFC 4180 CSV with a header row, times in UTC (ISO 8601 with "Z"); a UTF-8
/// byte order mark first when asked, so spreadsheets read Turkish letters. Pure.
QString toCsv(const QList<VocabularyItem> &items, bool byteOrderMark = false);

} // namespace okur::glossary
