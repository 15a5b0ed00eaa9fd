#pragma once
#include "glossary/interlinear.h"
#include "library/library.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace okur::app {

/// A sentence glossed word by word: one row a word, with its morphs and
/// their glosses (Leipzig style) and the multiword term it belongs to.
/// Worked out on a worker thread from the library's glossary. UI thread only.
class InterlinearModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(okur::library::Library *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    /// The sentence's multiword terms: {headword, translation, first, last}.
    Q_PROPERTY(QVariantList terms READ terms NOTIFY countChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    /// TermContinuesRole: the next word belongs to the same term (its underline runs on).
    enum Role { SurfaceRole = Qt::UserRole + 1, SegmentedRole, GlossRole, LemmaRole, TermRole, TermContinuesRole };
    Q_ENUM(Role)

    explicit InterlinearModel(QObject *parent = nullptr);
    library::Library *library() const { return m_library; }
    void setLibrary(library::Library *library);
    QString text() const { return m_text; }
    void setText(const QString &text);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool loading() const { return m_loading; }
    QVariantList terms() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Blocks until the gloss is done (tests).
    void waitForFinished() { m_watcher.waitForFinished(); }

Q_SIGNALS:
    void libraryChanged();
    void textChanged();
    void languageChanged();
    void loadingChanged();
    void countChanged();

private:
    void start();
    library::Library *m_library = nullptr;
    QString m_text;
    QString m_language;
    bool m_loading = false;
    glossary::InterlinearGloss m_gloss;
    QFutureWatcher<glossary::InterlinearGloss> m_watcher;
};

} // namespace okur::app
