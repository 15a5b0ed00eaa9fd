#pragma once
#include "summarizer.h"

#include <QHash>

namespace okur::documents {
class DocumentStore;
}

namespace okur::themes {

/// Every theme summary and document summary of the library, as the app shows them.
struct LibrarySummaries {
    QString stamp; ///< what they were computed from; see libraryStamp()
    QList<ThemeSummary> themes;
    QHash<QString, DocumentSummary> documents;
    QList<TimelineEvent> timeline; ///< every dated sentence, by date
    const ThemeSummary *theme(const QString &id) const;
};

/// Summaries read at most this many documents, so they cost the same in a
/// library of 10,000 as in one of 60.
constexpr int kSummaryDocuments = 60;

/// The documents summaries are drawn from: the whole library when it is
/// small; otherwise, theme by theme in turn, the documents the search index
/// ranks highest for the theme's keys.
QStringList summaryDocuments(documents::DocumentStore &store, const QList<Theme> &catalogue,
                             const tokenizer::Lemmatizer &lemmatizer);

/// Identifies the library's content as the summaries see it: the store's
/// count of document changes, the catalogue and the summarizer version.
/// Constant time, so it can be checked on the UI thread at startup.
QString libraryStamp(documents::DocumentStore &store, const QList<Theme> &catalogue);

/// Computes all summaries (a worker thread's job: it lemmatizes every sentence).
/// When `cancel` turns true it stops early and returns what it has, with an
/// empty stamp so the partial result is never cached.
LibrarySummaries computeSummaries(documents::DocumentStore &store, const QList<Theme> &catalogue,
                                  const tokenizer::Lemmatizer &lemmatizer, const std::atomic_bool *cancel = nullptr);

/// The cached summaries when they match the library as it is now.
bool loadCachedSummaries(documents::DocumentStore &store, const QList<Theme> &catalogue, LibrarySummaries *out);
bool storeCachedSummaries(documents::DocumentStore &store, const LibrarySummaries &summaries);

QByteArray toJson(const LibrarySummaries &s);
LibrarySummaries fromJson(const QByteArray &json, const QList<Theme> &catalogue);

} // namespace okur::themes
