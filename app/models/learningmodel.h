#pragma once
#include "library/progress.h"
#include "library/library.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace okur::app {

/// What the reader knows of one document (issue 22): the share of known words
/// and lemmas, and, as rows, the words to learn next (the document's most
/// frequent lemmas not yet known) with their glosses. Computed on the library's
/// reading thread, again whenever a status changes. UI thread only.
class LearningModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(okur::library::Library *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY documentIdChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY progressChanged)
    /// False until the glossary and the document are there.
    Q_PROPERTY(bool ready READ ready NOTIFY progressChanged)
    Q_PROPERTY(int tokens READ tokens NOTIFY progressChanged)
    Q_PROPERTY(int knownTokens READ knownTokens NOTIFY progressChanged)
    Q_PROPERTY(int lemmas READ lemmas NOTIFY progressChanged)
    Q_PROPERTY(int knownLemmas READ knownLemmas NOTIFY progressChanged)
    Q_PROPERTY(double tokenShare READ tokenShare NOTIFY progressChanged)
    Q_PROPERTY(double lemmaShare READ lemmaShare NOTIFY progressChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY progressChanged)

public:
    enum Role { LemmaRole = Qt::UserRole + 1, FormRole, CountRole, GlossRole, StatusRole };
    Q_ENUM(Role)

    explicit LearningModel(QObject *parent = nullptr);
    library::Library *library() const { return m_library; }
    void setLibrary(library::Library *library);
    QString documentId() const { return m_documentId; }
    void setDocumentId(const QString &id);
    bool loading() const { return m_loading; }
    bool ready() const { return m_ready; }
    int tokens() const { return m_progress.share.tokens; }
    int knownTokens() const { return m_progress.share.knownTokens; }
    int lemmas() const { return m_progress.share.lemmas; }
    int knownLemmas() const { return m_progress.share.knownLemmas; }
    double tokenShare() const { return m_progress.share.tokenShare(); }
    double lemmaShare() const { return m_progress.share.lemmaShare(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Saves a word to learn to the vocabulary (it becomes learning 1).
    Q_INVOKABLE bool save(int row);
    /// Sets a word's status (glossary/wordstatus.h).
    Q_INVOKABLE bool setStatus(int row, int status);

Q_SIGNALS:
    void libraryChanged();
    void documentIdChanged();
    void progressChanged();

private:
    void attach();
    void recompute();
    QPointer<library::Library> m_library;
    QString m_documentId;
    bool m_loading = false;
    bool m_ready = false;
    quint64 m_ticket = 0;
    QTimer m_settle; ///< a burst of status changes ("page done") is one recount
    library::DocumentProgress m_progress;
    QStringList m_glosses;
};

/// The statistics page: known lemmas over time, words read, reading time and
/// the streak, from the statuses and the reading log. UI thread only.
class StatsModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(okur::library::Library *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(int knownLemmas READ knownLemmas NOTIFY changed)
    Q_PROPERTY(int learningLemmas READ learningLemmas NOTIFY changed)
    Q_PROPERTY(int wordsRead READ wordsRead NOTIFY changed)
    Q_PROPERTY(int readingMinutes READ readingMinutes NOTIFY changed)
    Q_PROPERTY(int streak READ streak NOTIFY changed)
    /// The last `span` days, oldest first: {day, label, knownLemmas, words, minutes}.
    Q_PROPERTY(QVariantList days READ days NOTIFY changed)
    Q_PROPERTY(int span READ span WRITE setSpan NOTIFY changed)

public:
    explicit StatsModel(QObject *parent = nullptr);
    library::Library *library() const { return m_library; }
    void setLibrary(library::Library *library);
    int knownLemmas() const { return m_known; }
    int learningLemmas() const { return m_learning; }
    int wordsRead() const { return m_words; }
    int readingMinutes() const { return m_seconds / 60; }
    int streak() const { return m_streak; }
    QVariantList days() const { return m_days; }
    int span() const { return m_span; }
    void setSpan(int span);

    /// Adds reading time and the words passed (the document's words × the progress made, when it moved forward,
    /// at most 8 a second: a jump is no reading) to today's log.
    Q_INVOKABLE bool logReading(const QString &documentId, int seconds, double fromProgress, double toProgress);
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void libraryChanged();
    void changed();

private:
    QPointer<library::Library> m_library;
    int m_known = 0, m_learning = 0, m_words = 0, m_seconds = 0, m_streak = 0, m_span = 14;
    QVariantList m_days;
};

} // namespace okur::app
