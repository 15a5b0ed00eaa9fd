#pragma once
#include "library/library.h"
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>


namespace okur::app {

/// The table of contents of a document: its headings and their blocks.
class TocModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    /// The library it shows; set in QML (`library: App.library`) or by a test.
    Q_PROPERTY(okur::library::Library *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY documentIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { TitleRole = Qt::UserRole + 1, BlockRole, LevelRole };
    Q_ENUM(Role)

    explicit TocModel(QObject *parent = nullptr);
    TocModel(library::Library *library, QObject *parent = nullptr);
    library::Library *library() const { return m_library; }
    void setLibrary(library::Library *library);

    QString documentId() const { return m_documentId; }
    void setDocumentId(const QString &id);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The entry whose section contains `block` (-1 before the first heading).
    Q_INVOKABLE int entryForBlock(int block) const;
    /// The section holding `block`, as {first, end}: from its heading (or the document's start) up to the next
    /// heading (or the end). Paged reading counts its pages in it.
    Q_INVOKABLE QVariantMap sectionOf(int block) const;
    /// The number of characters in a block's text (0 outside the document), for estimating the height of blocks
    /// the reader has not laid out.
    Q_INVOKABLE int textLength(int block) const;

Q_SIGNALS:
    void libraryChanged();
    void documentIdChanged();
    void countChanged();

private:
    void attach();
    struct Entry {
        QString title;
        int block;
        int level;
    };
    void load();
    library::Library *m_library = nullptr;
    QString m_documentId;
    QList<Entry> m_entries;
    int m_blockCount = 0;
    mutable QList<int> m_lengths; // every block's, in order; read when first asked
};

} // namespace okur::app
