#pragma once
#include "library/library.h"
#include "annotations/annotation.h"

#include <QAbstractListModel>
#include <QUrl>
#include <QtQml/qqmlregistration.h>


namespace okur::app {

/// The library-wide Notes page: every highlight, note and bookmark, searchable
/// in quotes and notes, filterable by document and colour; export and import.
/// UI thread only.
class NotesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    /// The library it shows; set in QML (`library: App.library`) or by a test.
    Q_PROPERTY(okur::library::Library *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
    Q_PROPERTY(QString documentFilter READ documentFilter WRITE setDocumentFilter NOTIFY filterChanged)
    Q_PROPERTY(QString colorFilter READ colorFilter WRITE setColorFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DocumentRole,
        DocumentTitleRole,
        KindRole,
        BlockRole,
        QuoteRole,
        NoteRole,
        ColorRole,
        CreatedRole,
        OrphanedRole,
        StartRole,
        EndRole,
        ContinuesRole
    };
    /// ContinuesRole: the quote stops inside its block (its text goes on after it: a bookmark's line shows "…").
    Q_ENUM(Role)

    explicit NotesModel(QObject *parent = nullptr);
    NotesModel(library::Library *library, QObject *parent = nullptr);
    library::Library *library() const { return m_library; }
    void setLibrary(library::Library *library);

    QString search() const { return m_search; }
    void setSearch(const QString &s);
    QString documentFilter() const { return m_document; }
    void setDocumentFilter(const QString &id);
    QString colorFilter() const { return m_color; }
    void setColorFilter(const QString &c);
    int total() const { return int(m_all.size()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();
    /// Writes "markdown" or "w3c" to a local file (atomically); "" or an error message.
    Q_INVOKABLE QString exportTo(const QUrl &file, const QString &format);
    /// Merges a W3C Web Annotation file by id; returns a one-line report.
    Q_INVOKABLE QString importFrom(const QUrl &file);

Q_SIGNALS:
    void libraryChanged();
    void filterChanged();
    void countChanged();

private:
    void attach();
    void applyFilter();
    library::Library *m_library = nullptr;
    QString m_search, m_document, m_color;
    QList<annotations::Annotation> m_all;
    QList<int> m_rows; // indexes into m_all
    QHash<QString, QString> m_titles;
};

} // namespace okur::app
