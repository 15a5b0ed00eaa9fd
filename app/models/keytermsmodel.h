#pragma once
#include "library/library.h"
#include "glossary/glossary.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>


namespace okur::app {

/// A document's glossary page: its key terms (multiword terms and most
/// frequent content lemmas) with senses, counts and occurrences. Computed
/// on a worker thread; `loading` says so. UI thread only.
class KeyTermsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    /// The library it shows; set in QML (`library: App.library`) or by a test.
    Q_PROPERTY(okur::library::Library *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY documentIdChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { LemmaRole = Qt::UserRole + 1, LanguageRole, SensesRole, CountRole, OccurrencesRole, IsTermRole };
    Q_ENUM(Role)

    explicit KeyTermsModel(QObject *parent = nullptr);
    KeyTermsModel(library::Library *library, QObject *parent = nullptr);
    library::Library *library() const { return m_library; }
    void setLibrary(library::Library *library);

    QString documentId() const { return m_documentId; }
    void setDocumentId(const QString &id);
    bool loading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Blocks until the terms are computed (tests).
    void waitForFinished() { m_watcher.waitForFinished(); }

Q_SIGNALS:
    void libraryChanged();
    void documentIdChanged();
    void loadingChanged();
    void countChanged();

private:
    void attach();
    void start();
    library::Library *m_library = nullptr;
    QString m_documentId;
    bool m_loading = false;
    QList<glossary::KeyTerm> m_terms;
    QFutureWatcher<QList<glossary::KeyTerm>> m_watcher;
};

} // namespace okur::app
