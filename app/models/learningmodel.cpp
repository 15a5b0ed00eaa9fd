#include "learningmodel.h"

#include "glossary/glossary.h"
#include "librarybinding.h"

#include <QCoreApplication>
#include <QLocale>

namespace okur::app {

LearningModel::LearningModel(QObject *parent) : QAbstractListModel(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, &LearningModel::recompute);
}

void LearningModel::setLibrary(library::Library *library)
{
    if (library == m_library) {
        return;
    }
    detachLibrary(this, m_library);
    m_library = library;
    attach();
    recompute();
    Q_EMIT libraryChanged();
}

void LearningModel::attach()
{
    if (!m_library) {
        return;
    }
    connect(&m_library->wordStatus(), &glossary::WordStatusStore::changed, &m_settle, qOverload<>(&QTimer::start));
    connect(m_library, &library::Library::glossaryReady, this, &LearningModel::recompute);
    connect(&m_library->store(), &documents::DocumentStore::documentChanged, this, [this](const QString &id) {
        if (id.isEmpty() || id == m_documentId) {
            m_settle.start();
        }
    });
}

void LearningModel::setDocumentId(const QString &id)
{
    if (id == m_documentId) {
        return;
    }
    m_documentId = id;
    recompute();
    Q_EMIT documentIdChanged();
}

void LearningModel::recompute()
{
    const quint64 ticket = ++m_ticket;
    if (!m_library || !m_library->store().isOpen() || m_documentId.isEmpty() || !m_library->glossary()) {
        return; // the glossary's arrival calls again
    }
    m_loading = true;
    Q_EMIT progressChanged();
    const auto glossary = m_library->glossary();
    const auto lemmatizer = m_library->lemmatizer();
    const QString documentId = m_documentId;
    QPointer<LearningModel> self(this);
    m_library->read([self, ticket, glossary, lemmatizer, documentId](documents::DocumentStore &store) {
        library::DocumentProgress progress;
        QStringList glosses;
        bool found = false;
        if (const auto info = store.document(documentId)) {
            found = true;
            glossary::WordStatusStore statuses(store.database());
            progress = library::documentProgress(*info, store.blocks(documentId), lemmatizer,
                                                  statuses.statuses(info->language), 20);
            for (const glossary::LemmaCount &c : std::as_const(progress.next)) {
                const glossary::LookupResult r = glossary->lookup(c.lemma, info->language);
                glosses << glossary::briefGloss(r);
            }
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, ticket, found, progress = std::move(progress), glosses = std::move(glosses)]() mutable {
                if (!self || self->m_ticket != ticket) {
                    return;
                }
                self->beginResetModel();
                self->m_progress = std::move(progress);
                self->m_glosses = std::move(glosses);
                self->endResetModel();
                self->m_loading = false;
                self->m_ready = found;
                if (found && self->m_library && self->m_progress.share.tokens > 0) {
                    // For the library's card: the share as of this reading.
                    self->m_library->wordStatus().saveShare(self->m_documentId, self->m_progress.share,
                                                            QDateTime::currentMSecsSinceEpoch());
                }
                Q_EMIT self->progressChanged();
            },
            Qt::QueuedConnection);
    });
}

int LearningModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_progress.next.size());
}

QVariant LearningModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const glossary::LemmaCount &c = m_progress.next.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LemmaRole: return c.lemma;
    case FormRole: return c.form;
    case CountRole: return c.count;
    case GlossRole: return m_glosses.value(index.row());
    case StatusRole: return c.status;
    default: return {};
    }
}

QHash<int, QByteArray> LearningModel::roleNames() const
{
    return {{LemmaRole, "lemma"}, {FormRole, "form"}, {CountRole, "count"}, {GlossRole, "gloss"}, {StatusRole, "status"}};
}

bool LearningModel::save(int row)
{
    if (!m_library || row < 0 || row >= m_progress.next.size()) {
        return false;
    }
    glossary::VocabularyItem item;
    item.lemma = m_progress.next.at(row).lemma;
    item.language = m_progress.language;
    item.translation = m_glosses.value(row);
    item.documentId = m_documentId;
    return m_library->vocabulary().add(item) > 0; // the status follows, and so does this list
}

bool LearningModel::setStatus(int row, int status)
{
    if (!m_library || row < 0 || row >= m_progress.next.size()) {
        return false;
    }
    return m_library->wordStatus().set(m_progress.language, m_progress.next.at(row).lemma, status,
                                       QDateTime::currentMSecsSinceEpoch());
}

StatsModel::StatsModel(QObject *parent) : QObject(parent) {}

void StatsModel::setLibrary(library::Library *library)
{
    if (library == m_library) {
        return;
    }
    detachLibrary(this, m_library);
    m_library = library;
    if (m_library) {
        connect(&m_library->wordStatus(), &glossary::WordStatusStore::changed, this, &StatsModel::refresh);
    }
    refresh();
    Q_EMIT libraryChanged();
}

void StatsModel::setSpan(int span)
{
    span = qBound(2, span, 366);
    if (span == m_span) {
        return;
    }
    m_span = span;
    refresh();
}

bool StatsModel::logReading(const QString &documentId, int seconds, double fromProgress, double toProgress)
{
    if (!m_library || !m_library->store().isOpen() || documentId.isEmpty()) {
        return false;
    }
    // No more than a fast reader passes in the time: a jump (a citation, the contents) is no reading.
    constexpr int kWordsPerSecondAtMost = 8;
    const auto info = m_library->store().document(documentId);
    const int words = info && toProgress > fromProgress
                          ? qMin(int(std::lround(info->wordCount * qMin(1.0, toProgress - fromProgress))),
                                 kWordsPerSecondAtMost * qMax(0, seconds))
                          : 0;
    if (!m_library->wordStatus().logReading(documentId, QDate::currentDate(), seconds, words)) {
        return false;
    }
    refresh();
    return true;
}

void StatsModel::refresh()
{
    m_known = m_learning = m_words = m_seconds = m_streak = 0;
    m_days.clear();
    if (m_library && m_library->store().isOpen()) {
        glossary::WordStatusStore &store = m_library->wordStatus();
        for (const glossary::LemmaStatus &s : store.all()) {
            m_known += s.status == glossary::StatusKnown ? 1 : 0;
            m_learning += s.status >= glossary::StatusLearning1 && s.status <= glossary::StatusLearning4 ? 1 : 0;
        }
        QHash<QDate, glossary::ReadingDay> byDay;
        QList<QDate> dates;
        for (const glossary::ReadingDay &d : store.readingDays()) {
            byDay.insert(d.day, d);
            dates << d.day;
            m_words += d.words;
            m_seconds += d.seconds;
        }
        const QDate today = QDate::currentDate();
        m_streak = glossary::readingStreak(dates, today);
        const QLocale locale;
        for (int i = m_span - 1; i >= 0; --i) {
            const QDate day = today.addDays(-i);
            const glossary::ReadingDay d = byDay.value(day);
            m_days.append(QVariantMap{{QStringLiteral("day"), day.toString(Qt::ISODate)},
                                      {QStringLiteral("label"), locale.toString(day, QStringLiteral("d MMM"))},
                                      {QStringLiteral("knownLemmas"), store.knownBy(day)},
                                      {QStringLiteral("words"), d.words},
                                      {QStringLiteral("minutes"), d.seconds / 60}});
        }
    }
    Q_EMIT changed();
}

} // namespace okur::app
