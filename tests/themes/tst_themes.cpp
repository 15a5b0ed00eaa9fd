#include "glossary/glossary.h"
#include "documents/documentstore.h"
#include "library/importer.h"
#include "themes/facts.h"
#include "themes/sentences.h"
#include "tokenizer/fts.h"
#include "search/searchindex.h"
#include "themes/summarycache.h"
#include "search/lemmatizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace okur::themes;

class TestThemes : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    okur::documents::DocumentStore m_store;
    okur::tokenizer::Lemmatizer m_lemmatizer;
    QList<Theme> m_catalogue;
    LibrarySummaries m_all;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        const okur::text::Lexicons lex =
            okur::text::loadBundledLexicons(QStandardPaths::writableLocation(QStandardPaths::CacheLocation), &error);
        auto dictionary = std::make_shared<okur::glossary::Dictionary>();
        QVERIFY(dictionary->loadBundled(&error));
        m_lemmatizer = okur::search::glossaryLemmatizer(std::make_shared<const okur::glossary::Glossary>(dictionary));
        QVERIFY(m_store.open(m_dir.path(), &error));
        okur::library::syncBundledDocuments(m_store, lex, &error);
        m_catalogue = bundledCatalogue(&error);
        QVERIFY2(!m_catalogue.isEmpty(), qPrintable(error));
        m_all = computeSummaries(m_store, m_catalogue, m_lemmatizer);
    }

    void catalogue()
    {
        QStringList ids;
        for (const Theme &t : m_catalogue) {
            ids << t.id;
            QVERIFY(!t.titleEn.isEmpty() && !t.titleTr.isEmpty() && !t.descriptionEn.isEmpty());
        }
        for (const char *id : {"soft-power", "cultural-diplomacy", "digital-diplomacy", "sports-diplomacy", "energy-diplomacy",
                               "humanitarian-aid", "diaspora", "multiculturalism", "turkic-world", "pakistan", "europe-west",
                               "post-soviet", "karabakh", "education-youth"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        QString error;
        QVERIFY(loadCatalogue("not json", &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void sentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::newRow("citation stays") << "Yumuşak güç bir kavramdır (Nye, 2004). Kamu diplomasisi ise başka bir şeydir." << "tr" << 2;
        QTest::newRow("citation after the stop") << "Soft power is attraction. (Nye, 2004). It works through culture." << "en" << 2;
        QTest::newRow("abbreviation") << "Dr. Smith met Mr. Jones in Baku. They spoke." << "en" << 2;
        QTest::newRow("numbers") << "In the 21. yüzyıl dijital diplomasi gelişti. Yeni bir dönem başladı." << "tr" << 2;
        QTest::newRow("parentheses") << "The foundation (est. 2004. in Baku) restored sites. Then more." << "en" << 2;
    }
    void sentences()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(int, count);
        const QList<SentenceSpan> spans = splitSentences(text, language);
        QStringList pieces;
        for (const auto &s : spans)
            pieces << text.mid(s.start, s.length);
        QCOMPARE(spans.size(), count);
        QVERIFY2(!pieces.first().endsWith(u' '), qPrintable(pieces.join(QStringLiteral(" | "))));
    }

    void everyThemeHasACitedSummary()
    {
        QCOMPARE(m_all.themes.size(), m_catalogue.size());
        for (const ThemeSummary &t : m_all.themes) {
            QVERIFY2(t.sentences.size() >= 5 && t.sentences.size() <= 8, qPrintable(t.theme.id));
            QCOMPARE(t.coverage.size(), 5);
            for (const Sentence &s : t.sentences) {
                // Verbatim: the sentence is exactly where it says it is.
                const auto blocks = m_store.blocks(s.documentId);
                QCOMPARE(blocks.at(s.block).text.mid(s.start, s.length), s.text);
            }
        }
    }

    // Read alone, a sentence opening on "It has extended aid ..." leaves the reader asking who: a summary picks
    // such a sentence only when nothing as good says it plainly (three of the bundled library's did; now none or one).
    void fewSentencesPointBack()
    {
        QStringList dangling;
        for (const ThemeSummary &t : m_all.themes) {
            for (const Sentence &s : t.sentences) {
                if (isDangling(s.text, s.language))
                    dangling << t.theme.id + QStringLiteral(": ") + s.text;
            }
        }
        QVERIFY2(dangling.size() <= 1, qPrintable(dangling.join(u'\n')));
    }

    void noTwoSentencesSayTheSame()
    {
        for (const ThemeSummary &t : m_all.themes) {
            QSet<QString> texts;
            for (const Sentence &s : t.sentences) {
                QVERIFY2(!texts.contains(s.text), qPrintable(s.text));
                texts.insert(s.text);
            }
        }
    }

    void turkishSentencesCountThroughLemmas()
    {
        const ThemeSummary *digital = m_all.theme(QStringLiteral("digital-diplomacy"));
        QVERIFY(digital);
        QVERIFY(digital->coverage.value(QStringLiteral("kultur-dijital-diplomasi")) > 0.1);
        bool turkish = false;
        for (const Sentence &s : digital->sentences)
            turkish = turkish || s.language == QLatin1String("tr");
        QVERIFY(turkish);
        const ThemeSummary *pakistan = m_all.theme(QStringLiteral("pakistan"));
        QCOMPARE(pakistan->sentences.first().documentId, QStringLiteral("culture-pakistan-azerbaijan-ties"));
        double best = 0;
        QString bestDoc;
        for (auto it = pakistan->coverage.constBegin(); it != pakistan->coverage.constEnd(); ++it) {
            if (it.value() > best) {
                best = it.value();
                bestDoc = it.key();
            }
        }
        QCOMPARE(bestDoc, QStringLiteral("culture-pakistan-azerbaijan-ties"));
    }

    void documentSummaries()
    {
        for (const auto &d : m_store.documents()) {
            const DocumentSummary s = m_all.documents.value(d.id);
            QVERIFY2(s.sentences.size() == 5 || s.sentences.size() == int(s.sentences.size()), qPrintable(d.id));
            QVERIFY(!s.sentences.isEmpty());
            for (int i = 1; i < s.sentences.size(); ++i) // reading order
                QVERIFY(s.sentences[i].block >= s.sentences[i - 1].block);
            QVERIFY(!s.topThemes.isEmpty());
        }
        QCOMPARE(m_all.documents.value(QStringLiteral("diaspora-soft-power-2023-2024")).topThemes.first().first, QStringLiteral("diaspora"));
    }

    void cacheFollowsTheLibrary()
    {
        QVERIFY(storeCachedSummaries(m_store, m_all));
        LibrarySummaries back;
        QVERIFY(loadCachedSummaries(m_store, m_catalogue, &back));
        QCOMPARE(back.themes.size(), m_all.themes.size());
        QCOMPARE(back.themes.first().sentences.first().text, m_all.themes.first().sentences.first().text);
        // A new document makes the cache stale: it will join the themes it talks about.
        okur::documents::NewDocument doc;
        doc.title = QStringLiteral("Energy notes");
        doc.language = QStringLiteral("en");
        doc.origin = QStringLiteral("test");
        doc.blocks = {{okur::text::BlockKind::Paragraph,
                       QStringLiteral("Energy diplomacy through oil and gas pipelines shapes the region. The Southern Gas Corridor carries gas to Europe."),
                       QString(), QStringLiteral("en")}};
        QString error;
        const QString id = m_store.insert(doc, &error);
        QVERIFY(!loadCachedSummaries(m_store, m_catalogue, &back));
        const LibrarySummaries updated = computeSummaries(m_store, m_catalogue, m_lemmatizer);
        QVERIFY(updated.theme(QStringLiteral("energy-diplomacy"))->coverage.value(id) > 0.5);
        m_store.remove(id);
    }

    void largeLibrariesSummarizeTheirBestDocuments()
    {
        // Past kSummaryDocuments, summaries read the documents the index ranks
        // highest for each theme, so they cost the same at any library size.
        QTemporaryDir dir;
        okur::documents::DocumentStore store;
        QString error;
        QVERIFY(store.open(dir.path(), &error));
        store.lemmaSource()->set(m_lemmatizer);
        okur::search::SearchIndex index(store);
        const auto add = [&](const QString &title, const QString &text) {
            okur::documents::NewDocument doc;
            doc.title = title;
            doc.language = QStringLiteral("en");
            doc.origin = QStringLiteral("test");
            doc.blocks = {{okur::text::BlockKind::Paragraph, text, QString(), QStringLiteral("en")}};
            const QString id = store.insert(doc, &error);
            index.indexDocument(id, store.blocks(id));
            return id;
        };
        for (int i = 0; i < kSummaryDocuments + 20; ++i)
            add(QStringLiteral("Walk %1").arg(i), QStringLiteral("The river ran slowly past the mill number %1. Birds sang.").arg(i));
        const QString energy = add(QStringLiteral("Pipelines"),
                                   QStringLiteral("Energy diplomacy through oil and gas pipelines shapes the region. "
                                                  "The Southern Gas Corridor carries gas to Europe."));
        const QStringList chosen = summaryDocuments(store, m_catalogue, m_lemmatizer);
        QVERIFY(chosen.contains(energy));
        QVERIFY(chosen.size() <= kSummaryDocuments);
        const LibrarySummaries s = computeSummaries(store, m_catalogue, m_lemmatizer);
        QVERIFY(s.theme(QStringLiteral("energy-diplomacy"))->coverage.value(energy) > 0.5);
        QVERIFY(s.documents.size() <= kSummaryDocuments);
    }

    void devThemesStateTheirFacts_data()
    {
        // Facts a student expects, written by hand (tests/data/themes): a
        // group is met when any alternative occurs in the summary.
        QTest::addColumn<QString>("theme");
        QTest::addColumn<int>("need");
        QTest::addColumn<QList<QStringList>>("groups");
        QFile f(QStringLiteral(OKUR_TEST_DATA "/themes/theme_facts_dev.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
            if (!it.value().isObject())
                continue;
            QList<QStringList> groups;
            for (const QJsonValue &g : it.value().toObject().value(QStringLiteral("facts")).toArray()) {
                QStringList alternatives;
                for (const QJsonValue &a : g.toArray())
                    alternatives << a.toString();
                groups << alternatives;
            }
            QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toObject().value(QStringLiteral("need")).toInt() << groups;
        }
    }
    void devThemesStateTheirFacts()
    {
        QFETCH(QString, theme);
        QFETCH(int, need);
        QFETCH(QList<QStringList>, groups);
        const ThemeSummary *t = m_all.theme(theme);
        QVERIFY(t);
        QString text;
        for (const Sentence &s : t->sentences)
            text += s.text + u'\n';
        int met = 0;
        QStringList missing;
        for (const QStringList &g : groups) {
            bool found = false;
            for (const QString &a : g)
                found = found || text.contains(a, Qt::CaseInsensitive);
            met += found ? 1 : 0;
            if (!found)
                missing << g.join(u'/');
        }
        qInfo().noquote() << theme << met << "of" << groups.size() << "facts (need" << need << "), missing:" << missing;
        QVERIFY2(met >= need, qPrintable(missing.join(QStringLiteral(", "))));
    }

    void keyFactsAreCitedAndCounted()
    {
        for (const ThemeSummary &t : m_all.themes) {
            QVERIFY2(!t.facts.isEmpty(), qPrintable(t.theme.id));
            for (const KeyFact &f : t.facts) {
                QVERIFY(f.count >= 1);
                // The cited sentence states the fact and is verbatim where it says it is.
                QVERIFY2(f.sentence.text.contains(f.text), qPrintable(f.text + QStringLiteral(" / ") + f.sentence.text));
                QCOMPARE(m_store.blocks(f.sentence.documentId).at(f.sentence.block).text.mid(f.sentence.start, f.sentence.length),
                         f.sentence.text);
            }
        }
        // Counted by hand in the seeds: the sports theme's facts name the European Games.
        bool games = false;
        for (const KeyFact &f : m_all.theme(QStringLiteral("sports-diplomacy"))->facts)
            games = games || (f.text == QLatin1String("European Games") && f.kind == FactKind::Event);
        QVERIFY(games);
    }

    /// A key fact is a named thing the text states, not a section's title it refers to ("Teorik Yaklaşımlar ve
    /// Kavramsal Çerçeve altında"), a label ("Anahtar Kelimeler: …"), common words in capitals, the theme's own name
    /// in either language, nor a name with the common word that opened its sentence ("Özellikle 2012 Eurovision
    /// Şarkı Yarışması").
    void keyFactsAreNamedThings()
    {
        QSet<QString> headings;
        for (const auto &d : m_store.documents())
            for (const auto &b : m_store.blocks(d.id))
                if (b.kind == okur::text::BlockKind::Heading)
                    headings.insert(okur::tokenizer::fold(b.text));
        QStringList all;
        for (const ThemeSummary &t : m_all.themes) {
            for (const KeyFact &f : t.facts) {
                const QString key = okur::tokenizer::fold(f.text);
                all << f.text;
                QVERIFY2(!headings.contains(key), qPrintable(f.text + QStringLiteral(": a heading")));
                const qsizetype at = f.sentence.text.indexOf(f.text);
                QVERIFY2(at != 0 || !f.sentence.text.mid(f.text.size()).trimmed().startsWith(u':'),
                         qPrintable(f.text + QStringLiteral(": a label, in ") + f.sentence.text));
                QVERIFY2(key != okur::tokenizer::fold(t.theme.titleEn) && key != okur::tokenizer::fold(t.theme.titleTr),
                         qPrintable(f.text + QStringLiteral(": the theme's name")));
                QVERIFY2(!f.text.startsWith(QStringLiteral("Özellikle")), qPrintable(f.text));
            }
        }
        // The seeds' cases, by hand: the contest is a fact of the sports theme, as the contest.
        QVERIFY(all.contains(QStringLiteral("Eurovision Şarkı Yarışması")));
        QVERIFY(!all.contains(QStringLiteral("Anahtar Kelimeler")));
        QVERIFY(!all.contains(QStringLiteral("Teorik Yaklaşımlar ve Kavramsal Çerçeve")));
        // Common words in capitals are no name ("Big Data", its words in lower case elsewhere), unless quoted as they
        // are, as a campaign's name; a word never in lower case makes one ("Soviet Union").
        QVERIFY(!all.contains(QStringLiteral("Büyük Veri")));
        QVERIFY(all.contains(QStringLiteral("Country Branding")));
        QVERIFY(all.contains(QStringLiteral("Soviet Union")));
        // Two names joined by "ve" or "and" are two facts; an acronym defined only after common words is a term
        // ("Yapay Zekâ (AI)", "artificial intelligence (AI)"); its kinds otherwise are tst_facts' rows.
        QVERIFY(!all.contains(QStringLiteral("Twitter ve Facebook")));
        QVERIFY(all.contains(QStringLiteral("Facebook")));
        QVERIFY(!all.contains(QStringLiteral("AI")));
        QVERIFY(!all.contains(QStringLiteral("VR")));

    }

    void timelineIsDatedAndInOrder()
    {
        QVERIFY(m_all.timeline.size() > 10);
        bool turkish = false;
        for (int i = 0; i < m_all.timeline.size(); ++i) {
            const TimelineEvent &e = m_all.timeline[i];
            if (i > 0)
                QVERIFY(std::pair(m_all.timeline[i - 1].year, m_all.timeline[i - 1].month) <= std::pair(e.year, e.month));
            QVERIFY2(e.sentence.text.contains(e.date), qPrintable(e.date));
            QVERIFY(e.date.contains(QString::number(e.year)));
            turkish = turkish || e.sentence.language == QLatin1String("tr");
        }
        QVERIFY(turkish);
        // "in February 2026" is in the diaspora seed: a month and a year.
        bool february = false;
        for (const TimelineEvent &e : m_all.timeline)
            february = february || (e.year == 2026 && e.month == 2);
        QVERIFY(february);
    }

    void costIsCappedPerDocument()
    {
        // A synthetic document of about 4 MB: without caps LexRank compared
        // every pair of its sentences (issue 15, #7: 8 MB never finished).
        QString text;
        QList<okur::documents::StoredBlock> blocks;
        for (int b = 0; b < 2000; ++b) {
            QString para;
            for (int i = 0; i < 20; ++i) {
                const int n = b * 20 + i;
                para += QStringLiteral("In %1 the culture festival of town %2 showed music and art to %3 guests from the river valley. ")
                            .arg(1900 + n % 120).arg(n).arg(n % 977);
            }
            blocks.append({b, okur::text::BlockKind::Paragraph, QStringLiteral("en"), para, QString()});
            text += para;
        }
        // One paragraph of 300,000 letters without a stop: no sentence at all.
        blocks.append({2000, okur::text::BlockKind::Paragraph, QStringLiteral("en"), QString(300000, u'a'), QString()});
        QVERIFY(text.size() > 3'000'000);
        Summarizer s(m_catalogue, m_lemmatizer);
        s.addDocument(QStringLiteral("big"), blocks);
        QVERIFY(s.stats().sentencesRead <= kMaxSentencesPerDocument);
        QVERIFY(s.stats().sentencesRead >= kMaxSentencesPerDocument / 2); // spread over the whole, not the first pages only
        const ThemeSummary t = s.themeSummary(QStringLiteral("cultural-diplomacy"));
        QVERIFY(t.sentences.size() >= 5);
        int lastDated = 0;
        for (const TimelineEvent &e : s.timeline())
            lastDated = qMax(lastDated, e.sentence.block);
        QVERIFY(lastDated > 1500);
        QVERIFY(s.stats().largestSelection <= kMaxCandidates);
        QVERIFY(s.stats().comparisons <= qint64(kMaxCandidates) * kMaxCandidates / 2);
        for (const Sentence &x : t.sentences)
            QCOMPARE(blocks.at(x.block).text.mid(x.start, x.length), x.text);
        s.documentSummary(QStringLiteral("big"));
        QVERIFY(s.stats().comparisons <= 2 * qint64(kMaxCandidates) * kMaxCandidates / 2);
    }

    // Read alone, "building" is the noun (as a treebank mostly tags it); where its neighbours show
    // a verb ("is building a network"), a summary reads it as the verb, so sentences saying the same
    // thing stay alike.
    void verbsReadInContext()
    {
        using okur::tokenizer::kEnglishVerb;
        QCOMPARE(m_lemmatizer(QStringLiteral("building"), QStringLiteral("en")), QStringLiteral("building"));
        QCOMPARE(m_lemmatizer(QStringLiteral("building"), kEnglishVerb), QStringLiteral("build"));
        QCOMPARE(m_lemmatizer(QStringLiteral("leveraged"), kEnglishVerb), QStringLiteral("leverage"));
        QVERIFY(m_lemmatizer(QStringLiteral("table"), kEnglishVerb).isEmpty());
        Summarizer s(m_catalogue, m_lemmatizer);
        s.addDocument(QStringLiteral("verbs"),
                      {{0, okur::text::BlockKind::Paragraph, QStringLiteral("en"),
                        QStringLiteral("Baku is building a new network of pipelines across the region. "
                                       "The old building stands in the city centre near the sea."),
                        QString()}});
        const DocumentSummary d = s.documentSummary(QStringLiteral("verbs"));
        QCOMPARE(d.sentences.size(), 2);
        QVERIFY(d.sentences.at(0).lemmas.contains(QStringLiteral("build")));
        QVERIFY(!d.sentences.at(0).lemmas.contains(QStringLiteral("building")));
        QVERIFY(d.sentences.at(1).lemmas.contains(QStringLiteral("building")));
    }

    // A sentence's section is the heading above it; the heading that opens a document is its title, which the
    // source line names already.
    void sectionsAreHeadingsBelowTheTitle()
    {
        using okur::text::BlockKind;
        Summarizer s(m_catalogue, m_lemmatizer);
        s.addDocument(QStringLiteral("sections"),
                      {{0, BlockKind::Heading, QStringLiteral("en"), QStringLiteral("Rivers of the Valley"), QString()},
                       {1, BlockKind::Paragraph, QStringLiteral("en"),
                        QStringLiteral("The river carried grain to the market towns every spring."), QString()},
                       {2, BlockKind::Heading, QStringLiteral("en"), QStringLiteral("Bridges"), QString()},
                       {3, BlockKind::Paragraph, QStringLiteral("en"),
                        QStringLiteral("The stone bridge joined the two halves of the old town."), QString()}});
        const DocumentSummary d = s.documentSummary(QStringLiteral("sections"));
        QCOMPARE(d.sentences.size(), 2);
        QCOMPARE(d.sentences.at(0).block, 1);
        QCOMPARE(d.sentences.at(0).section, QString());
        QCOMPARE(d.sentences.at(1).section, QStringLiteral("Bridges"));
    }

    void cancelledWorkIsNotCached()
    {
        std::atomic_bool cancel = true;
        const LibrarySummaries partial = computeSummaries(m_store, m_catalogue, m_lemmatizer, &cancel);
        QVERIFY(partial.stamp.isEmpty());
        QVERIFY(partial.themes.isEmpty());
        QVERIFY(!storeCachedSummaries(m_store, partial));
    }

    void cacheKeepsFactsAndTimeline()
    {
        const LibrarySummaries back = fromJson(toJson(m_all), m_catalogue);
        QCOMPARE(back.timeline.size(), m_all.timeline.size());
        QCOMPARE(back.timeline.first().sentence.text, m_all.timeline.first().sentence.text);
        const ThemeSummary *a = m_all.theme(QStringLiteral("karabakh"));
        const ThemeSummary *b = back.theme(QStringLiteral("karabakh"));
        QCOMPARE(b->facts.size(), a->facts.size());
        QCOMPARE(b->facts.first().text, a->facts.first().text);
        QCOMPARE(b->facts.first().count, a->facts.first().count);
        QCOMPARE(int(b->facts.first().kind), int(a->facts.first().kind));
    }

    void timing()
    {
        // A figure, not a gate: the benchmark owns the target.
        QElapsedTimer t;
        t.start();
        computeSummaries(m_store, m_catalogue, m_lemmatizer);
        qInfo().noquote() << QStringLiteral("all theme and document summaries: %1 ms").arg(t.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestThemes)
#include "tst_themes.moc"
