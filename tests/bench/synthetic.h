#pragma once
// A generator of synthetic libraries for benchmarks and scaling tests:
// realistic text in both languages, built from the bundled documents'
// sentences and vocabulary, reproducible from a seed.
#include "documents/document.h"
#include "text/pipeline.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace okur::bench {

class SyntheticLibrary {
public:
    /// Learns sentences from the bundled documents, repaired with `lexicons`
    /// as the app stores them.
    explicit SyntheticLibrary(const text::Lexicons &lexicons, quint32 seed = 42);
    /// Changes whenever the generated text would; cached libraries compare it.
    static QString version() { return QStringLiteral("synthetic-2"); }
    /// A document of about `chars` characters (the seeds average ~25,000), 1 in 5 Turkish.
    documents::NewDocument document(int n, int chars = 25000);

private:
    QStringList m_en, m_tr;
    QRandomGenerator m_rng;
};

} // namespace okur::bench
