#pragma once
#include "library/library.h"
#include "glossary/vocabulary.h"

#include <QAbstractListModel>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>


namespace okur::app {

/// The vocabulary page: saved words, newest first, with their review
/// schedule (SM-2); review and export. UI thread only.
class VocabularyModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    /// The library it shows; set in QML (`library: App.library`) or by a test.
    Q_PROPERTY(okur::library::Library *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int dueCount READ dueCount NOTIFY countChanged)
    /// Why the last removal or review failed; "" after one that was saved.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// A word removed since the model was made can be put back (undoRemove()).
    Q_PROPERTY(bool canUndoRemove READ canUndoRemove NOTIFY canUndoRemoveChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, LemmaRole, LanguageRole, TranslationRole, ContextRole, DocumentRole,
                BlockRole, DueRole, IntervalRole };
    Q_ENUM(Role)

    explicit VocabularyModel(QObject *parent = nullptr);
    VocabularyModel(library::Library *library, QObject *parent = nullptr);
    library::Library *library() const { return m_library; }
    void setLibrary(library::Library *library);

    int dueCount() const { return m_due; }
    QString error() const { return m_error; }
    bool canUndoRemove() const { return m_removed.id != 0; }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();
    /// Removes a word; false (with `error`) when the library did not take it.
    Q_INVOKABLE bool remove(qint64 id);
    /// Puts back the word removed last, with its meaning, sentence and schedule as they were (one saved again since
    /// keeps what it has now); false
    /// (with `error`) when there is none or the library did not take it, which leaves it to be tried again.
    Q_INVOKABLE bool undoRemove();
    /// Begins a review session: none of the words forgotten in an earlier one comes back in it.
    Q_INVOKABLE void startReview();
    /// The next card of the session ({} when none): id, lemma, translation, context. The words due come
    /// first; then those forgotten in this session ("Again"), until each is recalled, as Anki relearns them.
    Q_INVOKABLE QVariantMap nextDue() const;
    /// Grades a review: 0-2 forgotten, 3 hard, 4 good, 5 easy; false (with
    /// `error`) when the new schedule was not saved. A forgotten word comes back later in the session.
    Q_INVOKABLE bool grade(qint64 id, int quality);
    /// Writes "anki" (TSV) or "csv" to a local file; returns an error message or "".
    Q_INVOKABLE QString exportTo(const QUrl &file, const QString &format);

Q_SIGNALS:
    void libraryChanged();
    void countChanged();
    void errorChanged();
    void canUndoRemoveChanged();

private:
    void attach();
    /// Sets `error` from a write's outcome (the store's reason when it failed).
    bool settle(bool ok, const QString &reason);
    library::Library *m_library = nullptr;
    QList<glossary::VocabularyItem> m_items;
    QList<qint64> m_relearning; ///< forgotten in this session, oldest first: shown again after the due words
    int m_due = 0;
    QString m_error;
    glossary::VocabularyItem m_removed; ///< the word removed last, as it was (id 0: none)
};

} // namespace okur::app
