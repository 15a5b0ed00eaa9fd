#include "lemmatizer.h"

#include "glossary/glossary.h"

namespace okur::search {

tokenizer::Lemmatizer glossaryLemmatizer(const std::shared_ptr<const glossary::Glossary> &glossary)
{
    return [glossary](const QString &word, const QString &language) -> QString {
        if (language == tokenizer::kEnglishVerb) {
            for (const glossary::Analysis &a : glossary->analyze(word, QStringLiteral("en"))) {
                const QString tag = a.segments.size() > 1 ? a.segments.last().tag : QString();
                if (tag == QLatin1String("PROG") || tag == QLatin1String("PAST")) {
                    return a.lemma;
                }
            }
            return {};
        }
        if (!language.isEmpty()) {
            const QList<glossary::Analysis> a = glossary->analyze(word, language);
            return a.isEmpty() ? QString() : a.first().lemma;
        }
        const QList<glossary::Analysis> tr = glossary->analyze(word, QStringLiteral("tr"));
        const QList<glossary::Analysis> en = glossary->analyze(word, QStringLiteral("en"));
        if (tr.isEmpty()) {
            return en.isEmpty() ? QString() : en.first().lemma;
        }
        if (en.isEmpty()) {
            return tr.first().lemma;
        }
        return en.first().score < tr.first().score ? en.first().lemma : tr.first().lemma;
    };
}

} // namespace okur::search
