// The models confirm only what the library committed: with the database
// refusing writes (PRAGMA query_only, which binds root too, unlike a
// read-only file), every write reports failure with SQLite's reason, and the
// rows stay as the database has them. The same write then succeeds once the
// database accepts it again, so the failure is the refusal and nothing else.
#include "annotationmodel.h"
#include "annotations/annotationstore.h"
#include "glossary/vocabulary.h"
#include "library/library.h"
#include "lookupmodel.h"
#include "notesmodel.h"
#include "vocabularymodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QTest>

using namespace okur::app;
using okur::annotations::AnnotationStore;

namespace {

const QString kDocument = QStringLiteral("cultural-diplomacy-post-soviet");

/// The database refuses every write while this lives.
class Refusal {
public:
    explicit Refusal(okur::storage::Database &db) : m_db(db)
    {
        QVERIFY(m_db.exec(QStringLiteral("PRAGMA query_only=ON")));
    }
    ~Refusal() { m_db.exec(QStringLiteral("PRAGMA query_only=OFF")); }

private:
    okur::storage::Database &m_db;
};

/// Every column that a write could change, tombstones included.
QStringList annotationRows(okur::storage::Database &db)
{
    QStringList rows;
    for (const auto &a : AnnotationStore(db).list(QString(), true))
        rows << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                    .arg(a.id, a.kind, a.color, a.note)
                    .arg(a.block)
                    .arg(a.start)
                    .arg(a.end)
                    .arg(a.updated)
                    .arg(a.deleted);
    return rows;
}

QStringList vocabularyRows(okur::storage::Database &db)
{
    QStringList rows;
    for (const auto &v : okur::glossary::VocabularyStore(db).items())
        rows << QStringLiteral("%1|%2|%3|%4")
                    .arg(v.lemma, v.language, v.due.toString(Qt::ISODateWithMs))
                    .arg(v.state.repetitions);
    return rows;
}

/// What the reader draws and lists: the model's own view of the rows.
QStringList shown(const AnnotationModel &model)
{
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i) {
        const QModelIndex index = model.index(i);
        out << QStringLiteral("%1|%2|%3")
                   .arg(index.data(AnnotationModel::IdRole).toString(),
                        index.data(AnnotationModel::ColorRole).toString(),
                        index.data(AnnotationModel::NoteRole).toString());
    }
    for (int block = 0; block < 4; ++block)
        out << QString::number(model.highlightsForBlock(block).size());
    return out;
}

} // namespace

class TestWriteFailures : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<okur::library::Library> m_library;

    okur::storage::Database &db() { return m_library->store().database(); }

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
    }

    void annotationWrites_data()
    {
        QTest::addColumn<QString>("operation");
        for (const char *op :
             {"highlight", "bookmark", "colour", "note", "remove", "undo add", "undo change", "undo remove"})
            QTest::newRow(op) << QString::fromLatin1(op);
    }

    void annotationWrites()
    {
        QFETCH(QString, operation);
        AnnotationModel model(m_library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocumentId(kDocument);
        // Something to change, saved while the database accepts writes.
        const QString id = model.addHighlight(1, 0, 20, QStringLiteral("green"), QStringLiteral("first"));
        QVERIFY(!id.isEmpty());
        if (operation == QLatin1String("undo change"))
            QVERIFY(model.setNote(id, QStringLiteral("second")));
        if (operation == QLatin1String("undo remove"))
            QVERIFY(model.remove(id));
        const auto run = [&]() -> bool {
            if (operation == QLatin1String("highlight"))
                return !model.addHighlight(2, 0, 10, QStringLiteral("blue")).isEmpty();
            if (operation == QLatin1String("bookmark"))
                return !model.addBookmark(3).isEmpty();
            if (operation == QLatin1String("colour"))
                return model.setColor(id, QStringLiteral("pink"));
            if (operation == QLatin1String("note"))
                return model.setNote(id, QStringLiteral("changed"));
            if (operation == QLatin1String("remove"))
                return model.remove(id);
            return model.undo();
        };

        const QStringList stored = annotationRows(db());
        const QStringList before = shown(model);
        const bool couldUndo = model.canUndo();
        QSignalSpy errorChanged(&model, &AnnotationModel::errorChanged);
        {
            Refusal refusal(db());
            QVERIFY(!run());
        }
        QCOMPARE(errorChanged.count(), 1);
        // SQLite's reason for SQLITE_READONLY, passed on as it is.
        QVERIFY2(model.error().contains(QLatin1String("readonly")), qPrintable(model.error()));
        QCOMPARE(annotationRows(db()), stored);
        QCOMPARE(shown(model), before);
        QCOMPARE(model.canUndo(), couldUndo); // a failed write is not undoable; a failed undo still is

        QVERIFY(run());
        QCOMPARE(model.error(), QString());
        QVERIFY(annotationRows(db()) != stored);
        QVERIFY(shown(model) != before);

        // Leave the library as the next row expects it.
        for (const auto &a : AnnotationStore(db()).list())
            QVERIFY(AnnotationStore(db()).remove(a.id));
    }

    void wordSaveFollowsTheWrite()
    {
        LookupModel lookup(m_library.get());
        VocabularyModel words(m_library.get());
        lookup.lookup(QStringLiteral("diplomasi"), QStringLiteral("tr"));
        QVERIFY(lookup.hasResult());
        const QStringList stored = vocabularyRows(db());
        {
            Refusal refusal(db());
            QVERIFY(!lookup.save());
        }
        QVERIFY(!lookup.saved());
        QVERIFY2(lookup.saveError().contains(QLatin1String("readonly")), qPrintable(lookup.saveError()));
        QCOMPARE(vocabularyRows(db()), stored);

        QVERIFY(lookup.save());
        QVERIFY(lookup.saved());
        QCOMPARE(lookup.saveError(), QString());
        QCOMPARE(vocabularyRows(db()).size(), stored.size() + 1);

        // Reviewing and removing the saved word.
        words.refresh();
        QCOMPARE(words.rowCount(), stored.size() + 1);
        const qint64 word = words.index(0).data(VocabularyModel::IdRole).toLongLong();
        const QStringList saved = vocabularyRows(db());
        {
            Refusal refusal(db());
            QVERIFY(!words.grade(word, 4));
            QVERIFY2(words.error().contains(QLatin1String("readonly")), qPrintable(words.error()));
            QVERIFY(!words.remove(word));
            QVERIFY2(words.error().contains(QLatin1String("readonly")), qPrintable(words.error()));
        }
        QCOMPARE(vocabularyRows(db()), saved);
        QCOMPARE(words.rowCount(), saved.size());
        QVERIFY(words.grade(word, 4));
        QCOMPARE(words.error(), QString());
        QVERIFY(vocabularyRows(db()) != saved);
        QVERIFY(words.remove(word));
        QCOMPARE(words.rowCount(), stored.size());
        // A word that is gone says so, not "saved".
        QVERIFY(!words.grade(word, 4));
        QVERIFY(!words.error().isEmpty());
    }

    void notesImportFollowsTheWrite()
    {
        AnnotationModel model(m_library.get());
        model.setDocumentId(kDocument);
        const QString id = model.addHighlight(1, 0, 20, QStringLiteral("blue"), QStringLiteral("to import"));
        QVERIFY(!id.isEmpty());
        NotesModel notes(m_library.get());
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("notes.json"));
        QCOMPARE(notes.exportTo(QUrl::fromLocalFile(path), QStringLiteral("w3c")), QString());
        // The same annotation under a new id: an import that adds one.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray json = file.readAll();
        QVERIFY(json.contains(id.toUtf8()));
        json.replace(id.toUtf8(), QByteArrayLiteral("0a0b0c0d-0000-4000-8000-000000000001"));
        QVERIFY(file.resize(0) && file.write(json) == json.size());
        file.close();

        const QStringList stored = annotationRows(db());
        QString report;
        {
            Refusal refusal(db());
            report = notes.importFrom(QUrl::fromLocalFile(path));
        }
        QVERIFY2(report.startsWith(QLatin1String("Nothing imported: ")) && report.contains(QLatin1String("readonly")),
                 qPrintable(report));
        QCOMPARE(annotationRows(db()), stored);
        report = notes.importFrom(QUrl::fromLocalFile(path));
        QVERIFY2(report.contains(QLatin1String("1 new")), qPrintable(report));
        QCOMPARE(annotationRows(db()).size(), stored.size() + 1);
    }
};

QTEST_GUILESS_MAIN(TestWriteFailures)
#include "tst_writefailures.moc"
