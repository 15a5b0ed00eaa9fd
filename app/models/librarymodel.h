#pragma once
#include "library/document.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace okur::library {
class Library;
}

namespace okur::app {

/// The documents of the library page: one row a document. Refreshes when
/// the library says its documents changed. UI thread only.
class LibraryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

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
    };
    Q_ENUM(Role)

    explicit LibraryModel(QObject *parent = nullptr);
    /// For tests: a model over an explicit library.
    LibraryModel(library::Library *library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE int indexOf(const QString &id) const;

Q_SIGNALS:
    void countChanged();

private:
    library::Library *m_library = nullptr;
    QList<library::DocumentInfo> m_docs;
};

} // namespace okur::app
