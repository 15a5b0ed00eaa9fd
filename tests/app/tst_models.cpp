#include "annotationmodel.h"
#include "appstate.h"
#include "blockmodel.h"
#include "interlinearmodel.h"
#include "keytermsmodel.h"
#include "library/library.h"
#include "librarymodel.h"
#include "lookupmodel.h"
#include "notesmodel.h"
#include "parallelmodel.h"
#include "tocmodel.h"
#include "vocabularymodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QTest>

using namespace okur::app;

class TestModels : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<okur::library::Library> m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_library = std::make_unique<okur::library::Library>(m_dir.path());
        QVERIFY(m_library->open());
        QSignalSpy glossary(m_library.get(), &okur::library::Library::glossaryReady);
        m_library->startBackgroundWork();
        QTRY_VERIFY_WITH_TIMEOUT(!m_library->busy(), 60000);
        QCOMPARE(glossary.count(), 1);
        QVERIFY(m_library->summaries());
        QVERIFY(!m_library->busy());
    }

    void libraryModel()
    {
        LibraryModel model(m_library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        const int tr = model.indexOf(QStringLiteral("kultur-dijital-diplomasi"));
        QVERIFY(tr >= 0);
        const QModelIndex i = model.index(tr);
        QCOMPARE(i.data(LibraryModel::LanguageRole).toString(), QStringLiteral("tr"));
        QCOMPARE(i.data(LibraryModel::LanguageNameRole).toString(), QStringLiteral("Turkish"));
        const int minutes = i.data(LibraryModel::MinutesRole).toInt();
        QVERIFY(minutes > 10);
        // The card's line: language, author, source and date when known, reading time.
        QCOMPARE(i.data(LibraryModel::DetailsRole).toString(),
                 QStringLiteral("Turkish  ·  Nabat Garakhanova  ·  %1\u00a0min\u00a0read").arg(minutes));
        const QModelIndex dated = model.index(model.indexOf(QStringLiteral("diaspora-soft-power-2023-2024")));
        const QString details = dated.data(LibraryModel::DetailsRole).toString();
        QVERIFY2(details.startsWith(QStringLiteral("English  ·  News.Az  ·  ")), qPrintable(details));
        QVERIFY2(details.contains(QLocale()
                                      .toString(QDate::fromString(dated.data(LibraryModel::DateRole).toString(), Qt::ISODate),
                                                QLocale::ShortFormat)
                                      .replace(u' ', QChar(0x00A0))),
                 qPrintable(details));
        QVERIFY(details.endsWith(QStringLiteral("\u00a0min\u00a0read"))); // unbreakable: a narrow card wraps between parts
        QCOMPARE(model.roleNames().value(LibraryModel::TitleRole), QByteArray("title"));
        QCOMPARE(model.roleNames().value(LibraryModel::DetailsRole), QByteArray("details"));
        // A document changed (healed, synced) with the rows as they were: they change in place, no reset,
        // so the library's list keeps its scroll when the reader goes back to it.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        m_library->store().announceDocument(QStringLiteral("kultur-dijital-diplomasi"));
        model.refresh();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 2);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.count(), 5);
        QVERIFY(!model.canFetchMore({}));
    }

    void libraryModelLoadsLazily()
    {
        LibraryModel model(m_library.get(), nullptr, 2);
        QCOMPARE(model.count(), 5);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 4);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!model.canFetchMore({}));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto documents = m_library->store().documents();
        for (int i = 0; i < model.rowCount(); ++i)
            QCOMPARE(model.index(i).data(LibraryModel::IdRole).toString(), documents[i].id);
        model.refresh(); // keeps the rows a view has scrolled through
        QCOMPARE(model.rowCount(), 5);
    }

    void blockModelAndPosition()
    {
        BlockModel model(m_library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countSpy(&model, &BlockModel::countChanged);
        model.setDocumentId(QStringLiteral("kultur-dijital-diplomasi"));
        QCOMPARE(countSpy.count(), 1);
        QVERIFY(model.rowCount() > 100);
        QCOMPARE(model.index(0).data(BlockModel::KindRole).toString(), QStringLiteral("heading"));
        QCOMPARE(model.index(0).data(BlockModel::TextRole).toString(), QStringLiteral("ÖZ"));
        QVERIFY(!model.index(1).data(BlockModel::RawRole).toString().isEmpty());
        QCOMPARE(model.author(), QStringLiteral("Nabat Garakhanova"));
        QVERIFY(!model.titleInText()); // its first heading is ÖZ, the abstract's

        model.savePosition(40, 0.5);
        BlockModel reopened(m_library.get());
        reopened.setDocumentId(QStringLiteral("kultur-dijital-diplomasi"));
        QCOMPARE(reopened.savedBlock(), 40);
        QCOMPARE(reopened.savedOffset(), 0.5);
        LibraryModel library(m_library.get());
        const double progress = library.index(library.indexOf(QStringLiteral("kultur-dijital-diplomasi")))
                                    .data(LibraryModel::ProgressRole).toDouble();
        QVERIFY(progress > 0.2 && progress < 0.35);

        model.setDocumentId(QStringLiteral("no-such-document"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.error().isEmpty());
        QVERIFY(!model.titleInText());
    }

    // A first heading that says the title again leaves the title to the text: the reader shows it once.
    void blockModelTitleInText()
    {
        BlockModel model(m_library.get());
        QSignalSpy changed(&model, &BlockModel::documentIdChanged);
        model.setDocumentId(QStringLiteral("cultural-diplomacy-post-soviet"));
        QCOMPARE(model.index(0).data(BlockModel::KindRole).toString(), QStringLiteral("heading"));
        QVERIFY(model.titleInText());
        QCOMPARE(changed.count(), 1);
        // A first paragraph is no title, even when it starts like one.
        model.setDocumentId(QStringLiteral("diplomatic-rise-soft-power"));
        QVERIFY(!model.titleInText());
    }

    void tocModel()
    {
        TocModel model(m_library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocumentId(QStringLiteral("cultural-diplomacy-post-soviet"));
        QVERIFY(model.rowCount() >= 8);
        QCOMPARE(model.index(0).data(TocModel::BlockRole).toInt(), 0);
        QCOMPARE(model.entryForBlock(0), 0);
        const int second = model.index(1).data(TocModel::BlockRole).toInt();
        QCOMPARE(model.entryForBlock(second + 1), 1);
        // A section runs from its heading to the next one; its blocks' lengths are the stored texts'.
        const auto blocks = m_library->store().blocks(QStringLiteral("cultural-diplomacy-post-soviet"));
        const int third = model.index(2).data(TocModel::BlockRole).toInt();
        const QVariantMap section = model.sectionOf(second + 1);
        QCOMPARE(section.value(QStringLiteral("first")).toInt(), second);
        QCOMPARE(section.value(QStringLiteral("end")).toInt(), third);
        QCOMPARE(model.sectionOf(int(blocks.size()) - 1).value(QStringLiteral("end")).toInt(), int(blocks.size()));
        QCOMPARE(model.textLength(second + 1), int(blocks[second + 1].text.size()));
        QCOMPARE(model.textLength(-1), 0);
        QCOMPARE(model.textLength(int(blocks.size())), 0);
    }

    void lookupModelAndVocabulary()
    {
        AppState state(m_library.get(), false);
        LookupModel lookup(m_library.get());
        QAbstractItemModelTester tester(&lookup, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(lookup.ready());
        const QString text = QStringLiteral("Bu çalışma, yumuşak gücün temellerini inceler. Sonra başka bir cümle.");
        lookup.lookupAt(text, int(text.indexOf(QStringLiteral("gücün"))) + 2, QStringLiteral("tr"),
                        QStringLiteral("kultur-dijital-diplomasi"), 5);
        QVERIFY(lookup.hasResult());
        QCOMPARE(lookup.term(), QStringLiteral("yumuşak güç"));
        QCOMPARE(lookup.lemma(), QStringLiteral("yumuşak güç"));
        QCOMPARE(lookup.index(0).data(LookupModel::SensesRole).toString(), QStringLiteral("soft power"));
        QCOMPARE(lookup.context(), QStringLiteral("Bu çalışma, yumuşak gücün temellerini inceler."));
        QCOMPARE(lookup.start(), int(text.indexOf(QStringLiteral("yumuşak"))));
        // Its status is the tapped word's own (güç), as the reader tints words: a term has none.
        QVERIFY(lookup.setStatus(okur::glossary::StatusKnown));
        QCOMPARE(m_library->wordStatus().status(QStringLiteral("tr"), QStringLiteral("güç")), int(okur::glossary::StatusKnown));
        QCOMPARE(lookup.status(), int(okur::glossary::StatusKnown));
        QVERIFY(lookup.setStatus(okur::glossary::StatusNew));

        VocabularyModel words(m_library.get());
        QAbstractItemModelTester wordsTester(&words, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = words.rowCount();
        QVERIFY(lookup.save());
        QVERIFY(lookup.saved());
        QCOMPARE(words.rowCount(), before + 1); // refreshed through AppState::vocabularyChanged
        QCOMPARE(words.index(0).data(VocabularyModel::LemmaRole).toString(), QStringLiteral("yumuşak güç"));
        QCOMPARE(words.index(0).data(VocabularyModel::TranslationRole).toString(), QStringLiteral("soft power"));
        QVERIFY(words.dueCount() >= 1);
        const QVariantMap card = words.nextDue();
        QVERIFY(words.grade(card.value(QStringLiteral("id")).toLongLong(), 5));

        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("words.txt"));
        QCOMPARE(words.exportTo(QUrl::fromLocalFile(path), QStringLiteral("anki")), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(f.readAll()).contains(QStringLiteral("\"yumuşak güç\"\t\"soft power")));
        const QString csv = out.filePath(QStringLiteral("words.csv"));
        QCOMPARE(words.exportTo(QUrl::fromLocalFile(csv), QStringLiteral("csv-bom")), QString());
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QVERIFY(c.readAll().startsWith("\xEF\xBB\xBFlemma,"));
        // The Anki deck is a zip (its contents are checked against Anki's schema in tst_ankipackage).
        const QString deck = out.filePath(QStringLiteral("words.apkg"));
        QCOMPARE(words.exportTo(QUrl::fromLocalFile(deck), QStringLiteral("apkg")), QString());
        QFile d(deck);
        QVERIFY(d.open(QIODevice::ReadOnly));
        QVERIFY(d.readAll().startsWith("PK\x03\x04"));
        QVERIFY(!words.exportTo(QUrl::fromLocalFile(QStringLiteral("/nonexistent/dir/x.csv")), QStringLiteral("csv")).isEmpty());

        // An English word goes the other way.
        lookup.lookup(QStringLiteral("strengthened"));
        QCOMPARE(lookup.language(), QStringLiteral("en"));
        QCOMPARE(lookup.lemma(), QStringLiteral("strengthen"));
        QVERIFY(lookup.index(0).data(LookupModel::SensesRole).toString().contains(QStringLiteral("güçlendirmek")));
        lookup.clear();
        QVERIFY(!lookup.hasResult());
        QCOMPARE(lookup.rowCount(), 0);
    }

    // A reference is a link to its word, percent-encoded; the rest is escaped, never markup; lines stay lines.
    void referenceLinks()
    {
        QCOMPARE(okur::app::referenceLinks(QStringLiteral("uyanık; tetikte")), QString());
        QCOMPARE(okur::app::referenceLinks(QStringLiteral("→ awake")), QStringLiteral("→ <a href=\"awake\">awake</a>"));
        QCOMPARE(okur::app::referenceLinks(QStringLiteral("a <b> & c; → give up\n→ AT&T")),
                 QStringLiteral(
                     "a &lt;b&gt; &amp; c; → <a href=\"give%20up\">give up</a><br>→ <a href=\"AT%26T\">AT&amp;T</a>"));
        // The link the keys would follow is bold; where each leads, in order, for the keys and a screen reader.
        QCOMPARE(okur::app::referenceLinks(QStringLiteral("→ meet; → meta"), 1),
                 QStringLiteral("→ <a href=\"meet\">meet</a>; → <b><a href=\"meta\">meta</a></b>"));
        QCOMPARE(okur::app::referencedWords(QStringLiteral("a <b> & c; → give up\n→ AT&T")),
                 QStringList({QStringLiteral("give up"), QStringLiteral("AT&T")}));
        QVERIFY(okur::app::referencedWords(QStringLiteral("uyanık; tetikte")).isEmpty());
    }

    // More shows a line for each of the source's sense groups, in the order their best sense is ranked.
    void sensesByGroup()
    {
        okur::glossary::Entry e;
        e.senses = {QStringLiteral("posta"), QStringLiteral("direk"), QStringLiteral("posta kutusu"),
                    QStringLiteral("görev")};
        e.senseGroups = {2, 1, 2, 3};
        QCOMPARE(okur::app::sensesByGroup(e), QStringLiteral("posta; posta kutusu\ndirek\ngörev"));
        e.senseGroups.clear();
        QCOMPARE(okur::app::sensesByGroup(e), QStringLiteral("posta; direk; posta kutusu; görev"));
        // FreeDict's post: the mail's, the pole's, the job's senses on lines of their own.
        const okur::glossary::LookupResult r =
            m_library->glossary()->lookup(QStringLiteral("post"), QStringLiteral("en"));
        int grouped = 0;
        for (const okur::glossary::Entry &entry : r.entries) {
            if (entry.source == QLatin1String("FreeDict eng-tur") && entry.senseGroups.size() == entry.senses.size() &&
                entry.senses.size() > 8) {
                QVERIFY(okur::app::sensesByGroup(entry).count(u'\n') >= 1);
                ++grouped;
            }
        }
        QVERIFY(grouped >= 1);
    }

    void keyTerms()
    {
        KeyTermsModel model(m_library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loading(&model, &KeyTermsModel::loadingChanged);
        model.setDocumentId(QStringLiteral("kultur-dijital-diplomasi"));
        QVERIFY(loading.wait(30000) || !model.loading());
        if (model.loading())
            QVERIFY(loading.wait(30000));
        QVERIFY(model.rowCount() >= 30);
        QStringList lemmas;
        for (int i = 0; i < model.rowCount(); ++i)
            lemmas << model.index(i).data(KeyTermsModel::LemmaRole).toString();
        for (const QString &t : {QStringLiteral("diplomasi"), QStringLiteral("dijital diplomasi"), QStringLiteral("yumuşak güç")})
            QVERIFY2(lemmas.contains(t), qPrintable(lemmas.join(u',')));
        const QVariantList occ = model.index(0).data(KeyTermsModel::OccurrencesRole).toList();
        QCOMPARE(occ.size(), model.index(0).data(KeyTermsModel::CountRole).toInt());
        // Each occurrence points at the term in its block.
        BlockModel blocks(m_library.get());
        blocks.setDocumentId(QStringLiteral("kultur-dijital-diplomasi"));
        const QVariantMap first = occ.first().toMap();
        const QString blockText = blocks.index(first.value(QStringLiteral("block")).toInt()).data(BlockModel::TextRole).toString();
        QVERIFY(!blockText.mid(first.value(QStringLiteral("start")).toInt(), first.value(QStringLiteral("length")).toInt()).isEmpty());
    }

    // Issue 22: the side-by-side rows and a sentence's word-by-word gloss.
    void parallelAndInterlinear()
    {
        ParallelModel english;
        english.setLibrary(m_library.get());
        english.setDocumentId(QStringLiteral("cultural-diplomacy-post-soviet"));
        QVERIFY(!english.available());
        QCOMPARE(english.rowCount(), 0); // not aligning unless asked
        ParallelModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLibrary(m_library.get());
        model.setDocumentId(QStringLiteral("kultur-dijital-diplomasi"));
        QVERIFY(model.available());
        model.setAlign(true);
        model.waitForFinished();
        QTRY_VERIFY(!model.loading());
        QCOMPARE(model.leftLanguage(), QStringLiteral("tr"));
        QCOMPARE(model.rightLanguage(), QStringLiteral("en"));
        // The Öz's first sentence sits in block 1; its row holds the Abstract's first (block 5).
        const int row = model.rowOf(0, 1, 0);
        QVERIFY(row > 0);
        const QVariantList right = model.index(row).data(ParallelModel::RightRole).toList();
        QCOMPARE(right.size(), 1);
        QVERIFY(right[0].toMap().value(QStringLiteral("text")).toString().startsWith(QStringLiteral("It examines Azerbaijan's integration")));
        QCOMPARE(model.rowOf(1, 5, right[0].toMap().value(QStringLiteral("start")).toInt()), row);
        // A change to the document aligns it again.
        QSignalSpy loading(&model, &ParallelModel::loadingChanged);
        m_library->store().announceDocument(QStringLiteral("kultur-dijital-diplomasi"));
        model.waitForFinished();
        QTRY_VERIFY(!model.loading());
        QVERIFY(loading.count() >= 2);
        QCOMPARE(model.rowOf(0, 1, 0), row);

        InterlinearModel gloss;
        QAbstractItemModelTester glossTester(&gloss, QAbstractItemModelTester::FailureReportingMode::QtTest);
        gloss.setLibrary(m_library.get());
        gloss.setLanguage(QStringLiteral("tr"));
        gloss.setText(QStringLiteral("Yumuşak gücün temelleri."));
        gloss.waitForFinished();
        QTRY_COMPARE(gloss.rowCount(), 3);
        QCOMPARE(gloss.index(1).data(InterlinearModel::SegmentedRole).toString(), QStringLiteral("güc-ün"));
        QCOMPARE(gloss.index(2).data(InterlinearModel::SegmentedRole).toString(), QStringLiteral("temel-ler-i"));
        QCOMPARE(gloss.index(2).data(InterlinearModel::GlossRole).toString().section(u'-', 1), QStringLiteral("PL-POSS.3SG"));
        QCOMPARE(gloss.terms().size(), 1);
        QCOMPARE(gloss.index(0).data(InterlinearModel::TermRole).toInt(), 0);
        QVERIFY(gloss.index(0).data(InterlinearModel::TermContinuesRole).toBool()); // yumuşak → güç
        QVERIFY(!gloss.index(1).data(InterlinearModel::TermContinuesRole).toBool());
        gloss.setText(QString());
        QCOMPARE(gloss.rowCount(), 0);
    }

    void annotationModelWithUndo()
    {
        AppState state(m_library.get(), false);
        AnnotationModel model(m_library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocumentId(QStringLiteral("cultural-diplomacy-post-soviet"));
        const int before = model.rowCount();
        const QString id = model.addHighlight(1, 0, 20, QStringLiteral("green"), QStringLiteral("first note"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.highlightAt(1, 5), id);
        QCOMPARE(model.highlightAt(1, 25), QString());
        QCOMPARE(model.highlightsForBlock(1).size(), 1);
        QVERIFY(model.setColor(id, QStringLiteral("pink")));
        QVERIFY(!model.setColor(id, QStringLiteral("orange")));
        QVERIFY(model.setNote(id, QStringLiteral("second note")));
        QCOMPARE(model.get(id).value(QStringLiteral("note")).toString(), QStringLiteral("second note"));
        // Undo walks back: the note, the colour, then the highlight itself.
        QVERIFY(model.undo());
        QCOMPARE(model.get(id).value(QStringLiteral("note")).toString(), QStringLiteral("first note"));
        QVERIFY(model.undo());
        QCOMPARE(model.get(id).value(QStringLiteral("color")).toString(), QStringLiteral("green"));
        QVERIFY(model.remove(id));
        QCOMPARE(model.rowCount(), before);
        QVERIFY(model.undo()); // the removal
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(model.undo()); // the addition
        QCOMPARE(model.rowCount(), before);
        QVERIFY(!model.canUndo());

        const QString bookmark = model.addBookmark(2);
        QVERIFY(!bookmark.isEmpty());
        // A bookmark's line goes on after its quote in a paragraph ("…" after it), not after a whole short heading.
        const auto continues = [&model](const QString &id) -> QVariant {
            for (int i = 0; i < model.rowCount(); ++i) {
                if (model.index(i).data(AnnotationModel::IdRole).toString() == id)
                    return model.index(i).data(AnnotationModel::ContinuesRole);
            }
            return {}; // not a row: neither true nor false
        };
        QCOMPARE(continues(bookmark), QVariant(true));
        const QString heading = model.addBookmark(0);
        QVERIFY(!heading.isEmpty());
        QCOMPARE(continues(heading), QVariant(false));
        QVERIFY(model.remove(heading));
        model.setColorFilter(QStringLiteral("yellow"));
        for (int i = 0; i < model.rowCount(); ++i)
            QCOMPARE(model.index(i).data(AnnotationModel::ColorRole).toString(), QStringLiteral("yellow"));
        model.setColorFilter(QString());
        QVERIFY(model.remove(bookmark));
    }

    /// A block's highlights are a role of the block model, kept current: the delegate binds to one role.
    void blockModelCarriesHighlights()
    {
        AnnotationModel annotations(m_library.get());
        annotations.setDocumentId(QStringLiteral("cultural-diplomacy-post-soviet"));
        BlockModel blocks(m_library.get());
        QAbstractItemModelTester tester(&blocks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        blocks.setDocumentId(QStringLiteral("cultural-diplomacy-post-soviet"));
        blocks.setAnnotations(&annotations);
        const auto spans = [&blocks](int row) { return blocks.index(row).data(BlockModel::HighlightsRole).toList(); };
        const int before = int(spans(3).size());
        QSignalSpy changed(&blocks, &QAbstractItemModel::dataChanged);
        const QString id = annotations.addHighlight(3, 4, 12, QStringLiteral("pink"), QString());
        QVERIFY(!id.isEmpty());
        QCOMPARE(spans(3).size(), before + 1);
        bool found = false;
        for (const QVariant &v : spans(3)) {
            const QVariantMap m = v.toMap();
            found = found || (m.value(QStringLiteral("id")) == id && m.value(QStringLiteral("start")).toInt() == 4
                              && m.value(QStringLiteral("end")).toInt() == 12
                              && m.value(QStringLiteral("color")).toString() == QLatin1String("pink"));
        }
        QVERIFY(found);
        // Only the block that changed is announced, with its role.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(BlockModel::HighlightsRole));
        QVERIFY(annotations.setNote(id, QStringLiteral("a note")));
        QVERIFY(spans(3).last().toMap().value(QStringLiteral("hasNote")).toBool());
        QVERIFY(annotations.remove(id));
        QCOMPARE(spans(3).size(), before);
        // Another document's annotations are not this one's.
        annotations.setDocumentId(QStringLiteral("kultur-dijital-diplomasi"));
        for (int row = 0; row < blocks.rowCount(); ++row)
            QVERIFY(spans(row).isEmpty());
    }

    void notesModelSearchesAndExports()
    {
        AppState state(m_library.get(), false);
        AnnotationModel annotations(m_library.get());
        annotations.setDocumentId(QStringLiteral("kultur-dijital-diplomasi"));
        const QString id = annotations.addHighlight(1, 0, 30, QStringLiteral("blue"), QStringLiteral("Kültür notu"));
        NotesModel notes(m_library.get());
        QAbstractItemModelTester tester(&notes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(notes.rowCount() >= 1);
        notes.setSearch(QStringLiteral("kultur notu")); // case- and diacritic-blind
        QCOMPARE(notes.rowCount(), 1);
        QCOMPARE(notes.index(0).data(NotesModel::DocumentTitleRole).toString(),
                 QStringLiteral("Azerbaycan'ın Dış Politikada Kültür ve Dijital Diplomasi Entegrasyonu"));
        QCOMPARE(notes.index(0).data(NotesModel::ContinuesRole), QVariant(true)); // 30 characters of a paragraph
        notes.setColorFilter(QStringLiteral("pink"));
        QCOMPARE(notes.rowCount(), 0);
        notes.setColorFilter(QString());
        notes.setSearch(QString());
        notes.setDocumentFilter(QStringLiteral("cultural-diplomacy-post-soviet"));
        for (int i = 0; i < notes.rowCount(); ++i)
            QCOMPARE(notes.index(i).data(NotesModel::DocumentRole).toString(), QStringLiteral("cultural-diplomacy-post-soviet"));
        notes.setDocumentFilter(QString());

        QTemporaryDir out;
        const QUrl md = QUrl::fromLocalFile(out.filePath(QStringLiteral("notes.md")));
        const QUrl json = QUrl::fromLocalFile(out.filePath(QStringLiteral("notes.json")));
        QCOMPARE(notes.exportTo(md, QStringLiteral("markdown")), QString());
        QCOMPARE(notes.exportTo(json, QStringLiteral("w3c")), QString());
        QVERIFY(notes.importFrom(json).contains(QStringLiteral("0 new")));
        QVERIFY(annotations.remove(id));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
