#pragma once
#include "library/library.h"
#include "documents/document.h"

#include <QAbstractListModel>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>


namespace okur::app {

/// The documents of the library page: one row a document, read from the
/// store a page at a time as the view scrolls (fetchMore), so a library of
/// 10,000 documents opens as fast as one of five. Refreshes when the library
/// says its documents changed; recounts the known shares it shows when a word's
/// status changes (on the reading thread, a burst at a time). UI thread only.
class LibraryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    /// The library it shows; set in QML (`library: App.library`) or by a test.
    Q_PROPERTY(okur::library::Library *library READ library WRITE setLibrary NOTIFY libraryChanged)
    /// Every document in the library, loaded or not.
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        LanguageRole,
        LanguageNameRole,
        DateRole,
        AuthorRole,
        SourceRole,
        WordsRole,
        MinutesRole,
        ProgressRole,
        /// One line for the card: language · author · source · date · reading time.
        DetailsRole,
        /// The share of the document's words the reader knows, as last computed; -1 when never (issue 22).
        KnownRole,
    };
    Q_ENUM(Role)

    explicit LibraryModel(QObject *parent = nullptr);
    /// For tests: a model over an explicit library, reading `pageSize` rows at a time.
    LibraryModel(library::Library *library, QObject *parent = nullptr, int pageSize = 60);
    library::Library *library() const { return m_library; }
    void setLibrary(library::Library *library);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int count() const { return m_total; }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();
    /// The row of a loaded document, or -1.
    Q_INVOKABLE int indexOf(const QString &id) const;

Q_SIGNALS:
    void libraryChanged();
    void countChanged();

private:
    void attach();
    /// One card's reading progress moved (all cards when `id` is "").
    void updateProgress(const QString &id);
    /// Counts again, on the reading thread, the known share of every document
    /// with a kept share in a language whose statuses changed, and keeps it.
    void recountShares();
    static QString languageName(const QString &code);
    static QString details(const documents::DocumentInfo &d);
    static int minutes(const documents::DocumentInfo &d);

    library::Library *m_library = nullptr;
    QList<documents::DocumentInfo> m_docs; // the first rows, in library order
    QHash<QString, double> m_known;         // share of known words, as last computed, by document
    int m_total = 0;
    int m_pageSize = 60;
    QTimer m_settle;                ///< a burst of status changes ("page done", a sync) is one recount
    QSet<QString> m_staleLanguages; ///< whose statuses changed since the last recount ("": any)
    QHash<QString, QHash<QString, int>> m_counts; ///< by document: its counted words by lemma (library::lemmaCounts)
    quint64 m_countsGeneration = 0; ///< moves when a text changes, so counts read before are not kept
};

} // namespace okur::app
