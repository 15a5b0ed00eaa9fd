#include "keytermsmodel.h"

#include "librarybinding.h"

#include <QtConcurrent>

namespace okur::app {

KeyTermsModel::KeyTermsModel(QObject *parent) : KeyTermsModel(nullptr, parent) {}

KeyTermsModel::KeyTermsModel(library::Library *library, QObject *parent) : QAbstractListModel(parent), m_library(library)
{
    connect(&m_watcher, &QFutureWatcher<QList<glossary::KeyTerm>>::finished, this, [this]() {
        beginResetModel();
        m_terms = m_watcher.result();
        endResetModel();
        m_loading = false;
        Q_EMIT loadingChanged();
        Q_EMIT countChanged();
    });
    attach();
}

void KeyTermsModel::setLibrary(library::Library *library)
{
    if (library == m_library) {
        return;
    }
    detachLibrary(this, m_library);
    m_library = library;
    attach();
    start();
    Q_EMIT libraryChanged();
}

void KeyTermsModel::attach()
{
    followDocumentAndGlossary(this, m_library, &KeyTermsModel::start);
}

void KeyTermsModel::setDocumentId(const QString &id)
{
    if (id == m_documentId) {
        return;
    }
    m_documentId = id;
    Q_EMIT documentIdChanged();
    start();
}

void KeyTermsModel::start()
{
    if (!m_library || !m_library->glossary() || m_documentId.isEmpty() || !m_library->store().isOpen()) {
        return;
    }
    QList<QPair<QString, QString>> blocks;
    for (const auto &b : m_library->store().blocks(m_documentId)) {
        blocks.append({b.text, b.language});
    }
    m_watcher.waitForFinished();
    m_loading = true;
    Q_EMIT loadingChanged();
    const auto glossary = m_library->glossary();
    m_watcher.setFuture(QtConcurrent::run([glossary, blocks]() { return glossary->keyTerms(blocks, 60); }));
}

int KeyTermsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_terms.size()); }

QVariant KeyTermsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const glossary::KeyTerm &t = m_terms.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LemmaRole: return t.lemma;
    case LanguageRole: return t.language;
    case SensesRole: return t.senses.join(QStringLiteral("; "));
    case CountRole: return t.count;
    case IsTermRole: return t.lemma.contains(u' ');
    case OccurrencesRole: {
        QVariantList out;
        for (const auto &o : t.occurrences) {
            out.append(QVariantMap{{QStringLiteral("block"), o.block}, {QStringLiteral("start"), o.start},
                                   {QStringLiteral("length"), o.length}});
        }
        return out;
    }
    default: return {};
    }
}

QHash<int, QByteArray> KeyTermsModel::roleNames() const
{
    return {{LemmaRole, "lemma"}, {LanguageRole, "language"}, {SensesRole, "senses"},
            {CountRole, "occurrenceCount"}, {OccurrencesRole, "occurrences"}, {IsTermRole, "isTerm"}};
}

} // namespace okur::app
