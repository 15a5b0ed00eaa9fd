#include "interlinearmodel.h"

#include "librarybinding.h"

#include <QtConcurrent>

namespace okur::app {

InterlinearModel::InterlinearModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<glossary::InterlinearGloss>::finished, this, [this]() {
        beginResetModel();
        m_gloss = m_watcher.result();
        endResetModel();
        m_loading = false;
        Q_EMIT loadingChanged();
        Q_EMIT countChanged();
    });
}

void InterlinearModel::setLibrary(library::Library *library)
{
    if (library == m_library) {
        return;
    }
    detachLibrary(this, m_library);
    m_library = library;
    if (m_library) {
        connect(m_library, &library::Library::glossaryReady, this, &InterlinearModel::start);
    }
    start();
    Q_EMIT libraryChanged();
}

void InterlinearModel::setText(const QString &text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    Q_EMIT textChanged();
    start();
}

void InterlinearModel::setLanguage(const QString &language)
{
    if (language == m_language) {
        return;
    }
    m_language = language;
    Q_EMIT languageChanged();
    start();
}

void InterlinearModel::start()
{
    if (!m_library || !m_library->glossary() || m_language.isEmpty()) {
        return;
    }
    m_watcher.waitForFinished();
    if (m_text.trimmed().isEmpty()) {
        beginResetModel();
        m_gloss = {};
        endResetModel();
        Q_EMIT countChanged();
        return;
    }
    m_loading = true;
    Q_EMIT loadingChanged();
    const auto glossary = m_library->glossary();
    const QString text = m_text, language = m_language;
    m_watcher.setFuture(
        QtConcurrent::run([glossary, text, language]() { return glossary::glossSentence(*glossary, text, language); }));
}

QVariantList InterlinearModel::terms() const
{
    QVariantList out;
    for (const glossary::GlossTerm &t : m_gloss.terms) {
        out.append(QVariantMap{{QStringLiteral("headword"), t.headword},
                               {QStringLiteral("translation"), t.translation},
                               {QStringLiteral("first"), t.first},
                               {QStringLiteral("last"), t.last}});
    }
    return out;
}

int InterlinearModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_gloss.words.size());
}

QVariant InterlinearModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const glossary::GlossWord &w = m_gloss.words.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SurfaceRole:
        return w.surface;
    case SegmentedRole:
        return w.segmented;
    case GlossRole:
        return w.gloss;
    case LemmaRole:
        return w.lemma;
    case TermRole:
        return w.term;
    case TermContinuesRole:
        return w.term >= 0 && index.row() + 1 < m_gloss.words.size() &&
               m_gloss.words.at(index.row() + 1).term == w.term;
    default:
        return {};
    }
}

QHash<int, QByteArray> InterlinearModel::roleNames() const
{
    return {{SurfaceRole, "surface"}, {SegmentedRole, "segmented"}, {GlossRole, "gloss"},
            {LemmaRole, "lemma"},     {TermRole, "term"},           {TermContinuesRole, "termContinues"}};
}

} // namespace okur::app
