#include "documents/documentstore.h"
#include "glossary/dictionary.h"
#include "glossary/glossary.h"
#include "library/progress.h"
#include "glossary/vocabulary.h"
#include "glossary/wordstatus.h"
#include "search/lemmatizer.h"
#include "text/lexicon.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace okur::glossary;
using okur::library::DocumentProgress;
using okur::library::documentProgress;

// Statuses by lemma: every form of a lemma shares one (with the real
// glossary's analyses), the known share of an invented text with known
// answers, and the store's transitions on save and review.
class TestWordStatus : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    okur::documents::DocumentStore m_store;
    LemmaOf m_lemmaOf;

    // An invented lemmatizer: a small table, "" for a word it does not know.
    static QString tableLemma(const QString &word, const QString &)
    {
        static const QHash<QString, QString> table = {
            {QStringLiteral("kedi"), QStringLiteral("kedi")},       {QStringLiteral("kediler"), QStringLiteral("kedi")},
            {QStringLiteral("kedinin"), QStringLiteral("kedi")},    {QStringLiteral("ev"), QStringLiteral("ev")},
            {QStringLiteral("evde"), QStringLiteral("ev")},         {QStringLiteral("uyur"), QStringLiteral("uyumak")},
            {QStringLiteral("uyudu"), QStringLiteral("uyumak")},    {QStringLiteral("büyük"), QStringLiteral("büyük")},
            {QStringLiteral("bir"), QStringLiteral("bir")},         {QStringLiteral("ve"), QStringLiteral("ve")},
        };
        return table.value(word.toLower());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_store.open(m_dir.path(), &error), qPrintable(error));
        auto dictionary = std::make_shared<Dictionary>();
        QVERIFY2(dictionary->loadBundled(&error), qPrintable(error));
        m_lemmaOf = okur::search::glossaryLemmatizer(std::make_shared<const Glossary>(dictionary));
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("status");
        QTest::newRow("new") << "new" << 0;
        QTest::newRow("learning") << "learning" << 1;
        QTest::newRow("learning3") << "learning3" << 3;
        QTest::newRow("known") << "known" << 5;
        QTest::newRow("ignored") << "ignored" << 6;
        QTest::newRow("learning5 is not one") << "learning5" << -1;
        QTest::newRow("nonsense") << "sometimes" << -1;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(int, status);
        QCOMPARE(parseStatus(name), status);
        if (status >= 0) {
            QCOMPARE(parseStatus(statusName(status)), status);
        }
    }

    void transitions_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("quality");
        QTest::addColumn<int>("after");
        QTest::newRow("good moves on") << 1 << 4 << 2;
        QTest::newRow("easy moves on") << 3 << 5 << 4;
        QTest::newRow("learning 4 + good is known") << 4 << 4 << 5;
        QTest::newRow("hard stays") << 3 << 3 << 3;
        QTest::newRow("forgotten starts again") << 4 << 1 << 1;
        QTest::newRow("known stays known") << 5 << 0 << 5;
        QTest::newRow("ignored stays ignored") << 6 << 5 << 6;
    }
    void transitions()
    {
        QFETCH(int, before);
        QFETCH(int, quality);
        QFETCH(int, after);
        QCOMPARE(statusAfterReview(before, quality), after);
    }

    // One status set on the lemma reaches every form, in both languages,
    // through the glossary's own analyses.
    void everyFormOfALemma_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lemma");
        QTest::addColumn<QStringList>("forms");
        QTest::newRow("tr ülke") << "tr" << "ülke"
                                 << QStringList{"ülke", "ülkenin", "ülkelerin", "ülkesinde", "ülkeler", "ülkeye"};
        QTest::newRow("tr diplomasi") << "tr" << "diplomasi"
                                      << QStringList{"diplomasi", "diplomasinin", "diplomasisi", "diplomasiye"};
        QTest::newRow("en country") << "en" << "country" << QStringList{"country", "countries"};
        QTest::newRow("en strengthen") << "en" << "strengthen" << QStringList{"strengthen", "strengthened", "strengthens"};
    }
    void everyFormOfALemma()
    {
        QFETCH(QString, language);
        QFETCH(QString, lemma);
        QFETCH(QStringList, forms);
        WordStatusStore statuses(m_store.database());
        QVERIFY(statuses.set(language, lemma, StatusLearning1 + 2, 1000));
        const QString text = QStringLiteral("bu ") + forms.join(QStringLiteral(" ve ")) + u'.';
        const QList<StatusToken> tokens = statusTokens(text, language, m_lemmaOf, statuses.statuses(language));
        int matched = 0;
        for (const StatusToken &t : tokens) {
            const QString form = text.mid(t.start, t.length);
            if (forms.contains(form)) {
                QVERIFY2(t.lemma == lemma, qPrintable(form + QStringLiteral(" → ") + t.lemma));
                QCOMPARE(t.status, 3);
                QVERIFY(t.counted);
                ++matched;
            }
        }
        QCOMPARE(matched, forms.size());
        QVERIFY(statuses.set(language, lemma, StatusNew, 2000));
    }

    // A heading in title case: its capitals are no names, so its words count (as key terms count them); a name
    // with a suffix, an acronym and a word the table does not know stay names. In a sentence a capital is one.
    void titleCaseHeadings()
    {
        const auto notCounted = [](const QString &text) {
            QStringList out;
            for (const StatusToken &t : statusTokens(text, QStringLiteral("tr"), &tableLemma, {})) {
                if (!t.counted)
                    out << text.mid(t.start, t.length);
            }
            return out;
        };
        QCOMPARE(notCounted(QStringLiteral("Büyük Kedi ve Evde Kediler")), QStringList());
        QCOMPARE(notCounted(QStringLiteral("Ankara'da Büyük Kedi ve NATO")), (QStringList{"Ankara'da", "NATO"}));
        QCOMPARE(notCounted(QStringLiteral("Kedi evde uyur ve Büyük kedi uyur.")), QStringList{"Büyük"});
        // A short sentence with a name in it is no title: "Ahmet Kaya geldi." (kaya, a rock, stays a name).
        QCOMPARE(notCounted(QStringLiteral("Kedi Büyük Ev uyur.")), (QStringList{"Büyük", "Ev"}));
        QCOMPARE(notCounted(QStringLiteral("Büyük Kedi")), QStringList());           // a short heading
        QCOMPARE(notCounted(QStringLiteral("Büyük kedi ve Ev")), QStringList{"Ev"}); // mostly lower case
    }

    // An invented text whose answers are counted by hand.
    void knownShareOfAnInventedText()
    {
        const QString text = QStringLiteral(
            "Kedi evde uyur. Büyük bir kedi ve Ayşe 2024 mp3 yılında uyudu. Kediler Ankara'da uyur. NATO uyur.");
        // kedi known, uyumak known, ev learning 2, büyük ignored; bir, ve new.
        const QHash<QString, int> statuses = {{QStringLiteral("kedi"), StatusKnown},
                                              {QStringLiteral("uyumak"), StatusKnown},
                                              {QStringLiteral("ev"), 2},
                                              {QStringLiteral("büyük"), StatusIgnored}};
        const QList<StatusToken> tokens = statusTokens(text, QStringLiteral("tr"), &tableLemma, statuses);
        QStringList notCounted;
        for (const StatusToken &t : tokens) {
            if (!t.counted) {
                notCounted << text.mid(t.start, t.length);
            }
        }
        // A capital inside a sentence, a word with a digit (a bare number is no
        // word at all), a name with a suffix, an acronym even at a sentence's start. "yılında",
        // unknown to the table, is a lower-case word and counts as its own lemma.
        QCOMPARE(notCounted, (QStringList{"Ayşe", "mp3", "Ankara'da", "NATO"}));
        // Counted: Kedi evde uyur | [Büyük ignored] bir kedi ve yılında uyudu | Kediler uyur | uyur
        // = 11 tokens; known: Kedi uyur kedi uyudu Kediler uyur uyur = 7.
        // Lemmas: kedi ev uyumak bir ve yılında = 6; known: kedi, uyumak = 2.
        const KnownShare share = knownShare(tokens);
        QCOMPARE(share.tokens, 11);
        QCOMPARE(share.knownTokens, 7);
        QCOMPARE(share.lemmas, 6);
        QCOMPARE(share.knownLemmas, 2);
        QCOMPARE(share.tokenShare(), 7.0 / 11);

        const QList<LemmaCount> next = wordsToLearn(text, tokens, 2);
        QCOMPARE(next.size(), 2);
        // All four not-yet-known lemmas occur once; ties go by lemma.
        QCOMPARE(next.at(0).lemma, QStringLiteral("bir"));
        QCOMPARE(next.at(1).lemma, QStringLiteral("ev"));
        QCOMPARE(next.at(1).form, QStringLiteral("evde"));
        QCOMPARE(next.at(1).status, 2);
    }

    // A stored document: only its own language's blocks count, and the share
    // is kept for the library's card.
    void documentShareIsKept()
    {
        okur::documents::NewDocument doc;
        doc.id = QStringLiteral("kedi");
        doc.exactId = true;
        doc.title = QStringLiteral("Kedi");
        doc.language = QStringLiteral("tr");
        doc.origin = QStringLiteral("test");
        doc.raw = QStringLiteral("raw");
        doc.blocks = {{okur::text::BlockKind::Paragraph, QStringLiteral("Kedi evde uyur. Kediler uyur."), QString(), QStringLiteral("tr")},
                      {okur::text::BlockKind::Paragraph, QStringLiteral("The cat sleeps at home."), QString(), QStringLiteral("en")},
                      {okur::text::BlockKind::Paragraph, QStringLiteral("Bir kedi."), QString(), QStringLiteral("tr")}};
        QString error;
        QCOMPARE(m_store.insert(doc, &error), QStringLiteral("kedi"));
        const QHash<QString, int> statuses = {{QStringLiteral("kedi"), StatusKnown}};
        const DocumentProgress p = documentProgress(*m_store.document(QStringLiteral("kedi")),
                                                    m_store.blocks(QStringLiteral("kedi")), &tableLemma, statuses);
        // Kedi evde uyur Kediler uyur | Bir kedi: 7 words, 3 known (the cats); 4 lemmas, 1 known.
        QCOMPARE(p.share.tokens, 7);
        QCOMPARE(p.share.knownTokens, 3);
        QCOMPARE(p.share.lemmas, 4);
        QCOMPARE(p.share.knownLemmas, 1);
        QCOMPARE(p.next.first().lemma, QStringLiteral("uyumak")); // twice; ev and bir once
        QCOMPARE(p.next.first().count, 2);
        WordStatusStore store(m_store.database());
        QSignalSpy saved(&store, &WordStatusStore::shareSaved);
        QVERIFY(store.saveShare(QStringLiteral("kedi"), p.share, 5));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(store.shares().value(QStringLiteral("kedi")), 3.0 / 7);
    }

    // The library's cards recount a share from the document's words by lemma:
    // the same answers as counting word by word, counted here by hand.
    void recountFromLemmaCounts_data()
    {
        QTest::addColumn<QStringList>("set");  // lemma=status
        QTest::addColumn<QList<int>>("share"); // tokens, known tokens, lemmas, known lemmas
        // Kedi evde uyur. Kediler uyur. | (English) | Bir kedi. -> kedi 3, uyumak 2, ev 1, bir 1.
        QTest::newRow("all new") << QStringList{} << QList<int>{7, 0, 4, 0};
        QTest::newRow("kedi known") << QStringList{"kedi=5"} << QList<int>{7, 3, 4, 1};
        QTest::newRow("kedi and uyumak known") << QStringList{"kedi=5", "uyumak=5"} << QList<int>{7, 5, 4, 2};
        QTest::newRow("learning is not known") << QStringList{"kedi=4", "ev=5"} << QList<int>{7, 1, 4, 1};
        QTest::newRow("ignored leaves the count") << QStringList{"uyumak=6", "ev=5"} << QList<int>{5, 1, 3, 1};
        QTest::newRow("only bir left") << QStringList{"kedi=6", "ev=6", "uyumak=6", "bir=3"} << QList<int>{1, 0, 1, 0};
    }
    void recountFromLemmaCounts()
    {
        QFETCH(QStringList, set);
        QFETCH(QList<int>, share);
        const QString id = QStringLiteral("kedi-recount");
        if (!m_store.document(id)) {
            okur::documents::NewDocument doc;
            doc.id = id;
            doc.exactId = true;
            doc.title = QStringLiteral("Kedi");
            doc.language = QStringLiteral("tr");
            doc.origin = QStringLiteral("test");
            doc.raw = QStringLiteral("raw recount");
            doc.blocks = {{okur::text::BlockKind::Paragraph, QStringLiteral("Kedi evde uyur. Kediler uyur."), QString(), QStringLiteral("tr")},
                          {okur::text::BlockKind::Paragraph, QStringLiteral("The cat sleeps at home."), QString(), QStringLiteral("en")},
                          {okur::text::BlockKind::Paragraph, QStringLiteral("Bir kedi."), QString(), QStringLiteral("tr")}};
            QString error;
            QCOMPARE(m_store.insert(doc, &error), id);
        }
        const auto info = m_store.document(id);
        const auto blocks = m_store.blocks(id);
        const QHash<QString, int> counts = okur::library::lemmaCounts(*info, blocks, &tableLemma);
        QCOMPARE(counts, (QHash<QString, int>{{"kedi", 3}, {"uyumak", 2}, {"ev", 1}, {"bir", 1}}));
        QHash<QString, int> statuses;
        for (const QString &s : std::as_const(set)) {
            statuses.insert(s.section(u'=', 0, 0), s.section(u'=', 1).toInt());
        }
        const KnownShare recounted = okur::library::shareOf(counts, statuses);
        QCOMPARE((QList<int>{recounted.tokens, recounted.knownTokens, recounted.lemmas, recounted.knownLemmas}), share);
        const KnownShare wordByWord = documentProgress(*info, blocks, &tableLemma, statuses).share;
        QCOMPARE((QList<int>{wordByWord.tokens, wordByWord.knownTokens, wordByWord.lemmas, wordByWord.knownLemmas}), share);
    }

    void saveAndReviewMoveTheStatus()
    {
        VocabularyStore words(m_store.database());
        WordStatusStore statuses(m_store.database());
        VocabularyItem item;
        item.lemma = QStringLiteral("kültür");
        item.language = QStringLiteral("tr");
        const qint64 id = words.add(item);
        QVERIFY(id > 0);
        QCOMPARE(statuses.status(QStringLiteral("tr"), QStringLiteral("Kültür")), int(StatusLearning1));
        QDateTime now = QDateTime::currentDateTime();
        QVERIFY(words.review(id, 3, now)); // hard: stays
        QCOMPARE(statuses.status(QStringLiteral("tr"), QStringLiteral("kültür")), 1);
        for (int expected = 2; expected <= 5; ++expected) {
            QVERIFY(words.review(id, 4, now));
            QCOMPARE(statuses.status(QStringLiteral("tr"), QStringLiteral("kültür")), expected);
        }
        // Saved again once known: stays known.
        QVERIFY(words.add(item) > 0);
        QCOMPARE(statuses.status(QStringLiteral("tr"), QStringLiteral("kültür")), int(StatusKnown));
    }

    void pageDoneMarksOnlyNewLemmas()
    {
        WordStatusStore statuses(m_store.database());
        QSignalSpy spy(&statuses, &WordStatusStore::changed);
        QVERIFY(statuses.set(QStringLiteral("en"), QStringLiteral("power"), 2, 10));
        QVERIFY(statuses.set(QStringLiteral("en"), QStringLiteral("soft"), StatusIgnored, 10));
        const int changed = statuses.markNewAsKnown(
            QStringLiteral("en"), {"power", "soft", "public", "Public", "policy"}, 20);
        QCOMPARE(changed, 2); // public and policy; power stays learning, soft ignored
        QCOMPARE(statuses.status(QStringLiteral("en"), QStringLiteral("power")), 2);
        QCOMPARE(statuses.status(QStringLiteral("en"), QStringLiteral("soft")), int(StatusIgnored));
        QCOMPARE(statuses.status(QStringLiteral("en"), QStringLiteral("policy")), int(StatusKnown));
        QCOMPARE(spy.size(), 3);
        QVERIFY(!statuses.set(QStringLiteral("en"), QStringLiteral("x"), 9, 10));
    }

    void streakAndLog()
    {
        const QDate today(2026, 3, 10);
        QCOMPARE(readingStreak({today, today.addDays(-1), today.addDays(-2), today.addDays(-4)}, today), 3);
        QCOMPARE(readingStreak({today.addDays(-1), today.addDays(-2)}, today), 2); // today not read yet
        QCOMPARE(readingStreak({today.addDays(-2)}, today), 0);
        WordStatusStore statuses(m_store.database());
        QVERIFY(statuses.logReading(QStringLiteral("a"), today, 60, 100));
        QVERIFY(statuses.logReading(QStringLiteral("a"), today, 30, 50));
        QVERIFY(statuses.logReading(QStringLiteral("b"), today.addDays(-1), 10, 5));
        const QList<ReadingDay> days = statuses.readingDays();
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(1).day, today);
        QCOMPARE(days.at(1).seconds, 90);
        QCOMPARE(days.at(1).words, 150);
        QCOMPARE(days.at(0).words, 5);
    }
};

QTEST_GUILESS_MAIN(TestWordStatus)
#include "tst_wordstatus.moc"
