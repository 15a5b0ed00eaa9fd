#include "documents/documentstore.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/schemascript.h"
#include "tokenizer/fts.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace okur::storage;

class TestMigrations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void freshDatabaseReachesCurrent()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("a.sqlite"))));
        QVERIFY(okur::tokenizer::registerTokenizer(db.handle(), nullptr)); // as DocumentStore::open does
        QString error;
        QVERIFY2(migrate(db, QString(), &error), qPrintable(error));
        QCOMPARE(db.userVersion(), currentSchemaVersion());
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
        // Running again is a no-op.
        QVERIFY(migrate(db, QString(), &error));
        QCOMPARE(db.userVersion(), currentSchemaVersion());
    }

    // A new library is made from the head script (schemascript.h) when the programme has it, as this test
    // does: what it makes must be what the ladder makes, every table, index, trigger and row, SQLite's
    // own tables (the search index's) included.
    static QStringList everything(Database &db)
    {
        QStringList out;
        Statement objects =
            db.prepare(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"));
        QStringList tables;
        while (objects.next()) {
            out << objects.text(0) + u' ' + objects.text(1) + u' ' + objects.text(2) + u' ' + objects.text(3);
            if (objects.text(0) == QLatin1String("table"))
                tables << objects.text(1);
        }
        for (const QString &t : std::as_const(tables)) {
            // Names from sqlite_master: the schema's own.
            Statement rows = db.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(t));
            int n = 0;
            while (rows.next())
                out << t + QStringLiteral(" row %1: ").arg(n++) + rows.text(0) + u'|' + rows.text(1);
        }
        out << QStringLiteral("version %1").arg(db.userVersion());
        return out;
    }
    void headScriptMakesWhatTheLadderMakes()
    {
        const QString head = headSchemaScript();
        QVERIFY2(!head.isEmpty(), "the programme carries the head script");
        QCOMPARE(scriptVersion(head), currentSchemaVersion());
        QTemporaryDir dir;
        Database ladder, fromHead;
        QVERIFY(ladder.open(dir.filePath(QStringLiteral("ladder.sqlite"))));
        QVERIFY(fromHead.open(dir.filePath(QStringLiteral("head.sqlite"))));
        okur::tokenizer::registerTokenizer(ladder.handle(), nullptr);
        okur::tokenizer::registerTokenizer(fromHead.handle(), nullptr);
        QString error;
        // The ladder to the step before the newest, then that step (the script is used only for a whole new library).
        QVERIFY2(migrate(ladder, QString(), &error, currentSchemaVersion() - 1) && migrate(ladder, QString(), &error),
                 qPrintable(error));
        QVERIFY2(migrate(fromHead, QString(), &error), qPrintable(error));
        QCOMPARE(everything(fromHead), everything(ladder));
        QCOMPARE(schemaScript(fromHead), schemaScript(ladder));
        QCOMPARE(schemaScript(ladder), head); // the build's script is this ladder's
        QCOMPARE(fromHead.integrityCheck(), QStringLiteral("ok"));
        // And it works as a library: a document and its search row go in.
        Statement doc = fromHead.prepare(
            QStringLiteral("INSERT INTO documents (id, title, language, origin, repair_version, added_at) "
                           "VALUES ('doc', 'Başlık', 'tr', 'test', 1, 0)"));
        QVERIFY(doc.exec());
        QCOMPARE(scriptVersion(QStringLiteral("-- something else\n")), -1);
    }

    // A new library is a copy of the empty one the build made from the head script (DocumentStore::open): the
    // same schema and rows as the ladder's, a library as it is. Never written over a file that is there, nor
    // beside a write-ahead log without its database, and nothing left beside it.
    void newLibraryIsACopyOfTheEmptyOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(copyEmptyLibrary(path));
        Database copy, ladder;
        QVERIFY(copy.open(path));
        QVERIFY(ladder.open(dir.filePath(QStringLiteral("ladder.sqlite"))));
        okur::tokenizer::registerTokenizer(copy.handle(), nullptr);
        okur::tokenizer::registerTokenizer(ladder.handle(), nullptr);
        QCOMPARE(copy.userVersion(), currentSchemaVersion());
        QString error;
        QVERIFY2(migrate(copy, QString(), &error), qPrintable(error)); // nothing to do
        QVERIFY2(migrate(ladder, QString(), &error, currentSchemaVersion() - 1) && migrate(ladder, QString(), &error),
                 qPrintable(error));
        QCOMPARE(everything(copy), everything(ladder));
        QCOMPARE(copy.integrityCheck(), QStringLiteral("ok"));
        Statement doc =
            copy.prepare(QStringLiteral("INSERT INTO documents (id, title, language, origin, repair_version, added_at) "
                                        "VALUES ('doc', 'Başlık', 'tr', 'test', 1, 0)"));
        QVERIFY(doc.exec());
        copy.close();
        ladder.close();
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.new-*")}, QDir::Files).isEmpty());
        // Readable and writable by its owner, as SQLite makes a database.
        QVERIFY(QFileInfo(path).permission(QFile::ReadOwner | QFile::WriteOwner));

        // A copy a crash cut short, a minute old, is cleared; one being written now by another process is not.
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        const QString stale = fresh + QStringLiteral(".new-1-deadbeef");
        const QString writing = fresh + QStringLiteral(".new-2-cafef00d");
        for (const QString &p : {stale, writing}) {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("half");
        }
        {
            QFile f(stale);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-120), QFileDevice::FileModificationTime));
        }
        QVERIFY(copyEmptyLibrary(fresh));
        QVERIFY(!QFile::exists(stale));
        QVERIFY(QFile::exists(writing));

        const QString taken = dir.filePath(QStringLiteral("taken.sqlite"));
        {
            QFile f(taken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("someone else's");
        }
        QVERIFY(!copyEmptyLibrary(taken));
        QFile f(taken);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("someone else's"));

        const QString lone = dir.filePath(QStringLiteral("lone.sqlite"));
        {
            QFile wal(lone + QStringLiteral("-wal"));
            QVERIFY(wal.open(QIODevice::WriteOnly));
            wal.write("a log");
        }
        QVERIFY(!copyEmptyLibrary(lone));
        QVERIFY(!QFile::exists(lone));
    }

    void everyEarlierVersionUpgradesKeepingData_data()
    {
        QTest::addColumn<int>("from");
        for (const Migration &m : migrations()) {
            if (m.version < currentSchemaVersion())
                QTest::newRow(qPrintable(QStringLiteral("v%1").arg(m.version))) << m.version;
        }
    }
    void everyEarlierVersionUpgradesKeepingData()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            // The fixture is made by the old steps themselves.
            Database db;
            QVERIFY(db.open(path));
            okur::tokenizer::registerTokenizer(db.handle(), nullptr);
            QString error;
            QVERIFY(migrate(db, path, &error, from));
            QCOMPARE(db.userVersion(), from);
            // Before schema 9 the source text was a column of documents; from 9 it has its own table.
            Statement s = db.prepare(
                from < 9
                    ? QStringLiteral(
                          "INSERT INTO documents (id, title, language, origin, raw, repair_version, added_at) "
                          "VALUES ('doc', 'Başlık', 'tr', 'test', 'ham', 1, 0)")
                    : QStringLiteral("INSERT INTO documents (id, title, language, origin, repair_version, added_at) "
                                     "VALUES ('doc', 'Başlık', 'tr', 'test', 1, 0)"));
            QVERIFY(s.exec());
            if (from >= 9) {
                Statement raw =
                    db.prepare(QStringLiteral("INSERT INTO document_sources (document_id, raw) VALUES ('doc', 'ham')"));
                QVERIFY(raw.exec());
            }
        }
        Database db;
        QVERIFY(db.open(path));
        okur::tokenizer::registerTokenizer(db.handle(), nullptr);
        QString error;
        QVERIFY2(migrate(db, path, &error), qPrintable(error));
        QCOMPARE(db.userVersion(), currentSchemaVersion());
        Statement s = db.prepare(QStringLiteral("SELECT title FROM documents WHERE id = 'doc'"));
        QVERIFY(s.next());
        QCOMPARE(s.text(0), QStringLiteral("Başlık"));
        Statement raw = db.prepare(QStringLiteral("SELECT raw FROM document_sources WHERE document_id = 'doc'"));
        QVERIFY(raw.next());
        QCOMPARE(raw.text(0), QStringLiteral("ham")); // the text as imported moved with its document
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    }

    // Schema 14: words saved at schema 13 start as learning 1, and a status
    // written afterwards is marked for sync and for other connections' views.
    void savedWordsStartLearningAtSchema14()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v13.sqlite"));
        Database db;
        QVERIFY(db.open(path));
        okur::tokenizer::registerTokenizer(db.handle(), nullptr);
        QString error;
        QVERIFY(migrate(db, path, &error, 13));
        Statement add = db.prepare(
            QStringLiteral("INSERT INTO vocabulary (lemma, language, translation, context, created_at, due_at) "
                           "VALUES ('ülke', 'tr', 'country', '', 42, 42)"));
        QVERIFY(add.exec());
        QVERIFY(db.exec(QStringLiteral("DELETE FROM sync_dirty")));
        QVERIFY2(migrate(db, path, &error, 14), qPrintable(error));
        Statement st = db.prepare(QStringLiteral("SELECT language, lemma, status, updated_at FROM word_status"));
        QVERIFY(st.next());
        QCOMPARE(st.text(1), QStringLiteral("ülke"));
        QCOMPARE(st.integer(2), 1);
        QCOMPARE(st.integer(3), 42);
        QVERIFY(!st.next());
        st.reset();
        Statement known = db.prepare(QStringLiteral("UPDATE word_status SET status = 5 WHERE lemma = 'ülke'"));
        QVERIFY(known.exec());
        Statement dirty = db.prepare(QStringLiteral("SELECT kind, key FROM sync_dirty"));
        QVERIFY(dirty.next());
        QCOMPARE(dirty.text(0), QStringLiteral("status"));
        QCOMPARE(dirty.text(1), QStringLiteral("tr\x1fülke"));
        dirty.reset();
        Statement journal =
            db.prepare(QStringLiteral("SELECT source, item, detail FROM change_journal ORDER BY seq DESC LIMIT 1"));
        QVERIFY(journal.next());
        QCOMPARE(journal.text(0), QStringLiteral("status"));
        QCOMPARE(journal.text(2), QStringLiteral("ülke"));
    }

    // Schema 15: blocks leave their WITHOUT ROWID table. Every block comes back
    // with its text and raw text (raw stored only where it differs), every
    // annotation keeps its place, and the pages the old table held are given back.
    void blocksMoveToARowidTableAtSchema15_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("raw");
        QTest::newRow("raw is the text") << QStringLiteral("Kültür diplomasisi yumuşak gücün aracıdır.")
                                         << QStringLiteral("Kültür diplomasisi yumuşak gücün aracıdır.");
        QTest::newRow("raw differs") << QStringLiteral("Kamu diplomasisinin araçları.")
                                     << QStringLiteral("Kamu diploma-\nsisinin araçları.");
        QTest::newRow("empty raw") << QStringLiteral("Başlık") << QStringLiteral("");
        QTest::newRow("astral and long") << QStringLiteral("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ").repeated(400)
                                         << QStringLiteral("𝔘𝔫𝔦𝔠𝔬𝔡𝔢\n").repeated(400);
    }
    void blocksMoveToARowidTableAtSchema15()
    {
        QFETCH(QString, text);
        QFETCH(QString, raw);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        constexpr int kBlocks = 300;
        {
            Database db;
            QVERIFY(db.open(path));
            okur::tokenizer::registerTokenizer(db.handle(), nullptr);
            QString error;
            QVERIFY(migrate(db, path, &error, 14));
            QVERIFY(db.exec(
                QStringLiteral(
                    "INSERT INTO documents (id, title, language, origin, repair_version, added_at, block_count) "
                    "VALUES ('doc', 'Başlık', 'tr', 'test', 1, 0, %1)")
                    .arg(kBlocks)));
            Transaction tx(db); // one sync to disk, not one a row
            Statement b = db.prepare(QStringLiteral("INSERT INTO blocks (document_id, idx, kind, language, text, raw) "
                                                    "VALUES ('doc', ?1, 'paragraph', 'tr', ?2, ?3)"));
            for (int i = 0; i < kBlocks; ++i) {
                // Long rows of filler around the case under test, so the old table's pages are many.
                const bool probe = i == 7;
                b.bind(1, i).bind(2, probe ? text : QStringLiteral("Paragraf %1 ").arg(i).repeated(60));
                b.bind(3, probe ? raw : QStringLiteral("Paragraf %1 ").arg(i).repeated(60));
                QVERIFY(b.exec());
            }
            Statement source = db.prepare(QStringLiteral(
                "INSERT INTO document_sources (document_id, raw, content_hash) VALUES ('doc', ?1, 'h1')"));
            QVERIFY(source.bind(1, raw + QStringLiteral("\nSource line, kept as imported.").repeated(50)).exec());
            QVERIFY(db.exec(
                QStringLiteral("INSERT INTO annotations (id, document_id, kind, block, start, end_, quote, prefix, "
                               "suffix, color, created_at, updated_at) "
                               "VALUES ('a1', 'doc', 'highlight', 7, 3, 9, 'tür di', 'Kül', 'plo', 'yellow', 1, 2)")));
            QVERIFY(tx.commit());
        }
        okur::documents::DocumentStore store;
        QString error;
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        Database &db = store.database();
        QCOMPARE(db.userVersion(), currentSchemaVersion());
        const auto blocks = store.blocks(QStringLiteral("doc"));
        QCOMPARE(blocks.size(), kBlocks);
        for (int i = 0; i < kBlocks; ++i) {
            QCOMPARE(blocks[i].index, i);
            QCOMPARE(blocks[i].text, i == 7 ? text : QStringLiteral("Paragraf %1 ").arg(i).repeated(60));
            QCOMPARE(blocks[i].raw, i == 7 ? raw : QStringLiteral("Paragraf %1 ").arg(i).repeated(60));
        }
        Statement stored = db.prepare(QStringLiteral("SELECT count(*) FROM blocks WHERE raw IS NOT NULL"));
        QVERIFY(stored.next());
        QCOMPARE(stored.integer(0), raw == text ? 0 : 1); // only the raw text that differs is kept
        stored.reset();
        Statement a = db.prepare(
            QStringLiteral("SELECT block, start, end_, quote, prefix, suffix FROM annotations WHERE id = 'a1'"));
        QVERIFY(a.next());
        QCOMPARE(a.integer(0), 7);
        QCOMPARE(a.integer(1), 3);
        QCOMPARE(a.integer(2), 9);
        QCOMPARE(a.text(3), QStringLiteral("tür di"));
        QCOMPARE(a.text(4), QStringLiteral("Kül"));
        QCOMPARE(a.text(5), QStringLiteral("plo"));
        a.reset();
        // The source text is stored deflated and read back as it was imported.
        const QString source = raw + QStringLiteral("\nSource line, kept as imported.").repeated(50);
        QCOMPARE(store.rawText(QStringLiteral("doc")), source);
        QCOMPARE(store.documentWithHash(QStringLiteral("h1")), QStringLiteral("doc"));
        Statement deflated = db.prepare(
            QStringLiteral("SELECT typeof(raw), length(raw) FROM document_sources WHERE document_id = 'doc'"));
        QVERIFY(deflated.next());
        QCOMPARE(deflated.text(0), QStringLiteral("blob"));
        QVERIFY(deflated.integer(1) * 3 < source.toUtf8().size());
        deflated.reset();
        Statement kind = db.prepare(QStringLiteral("SELECT wr FROM pragma_table_list WHERE name = 'blocks'"));
        QVERIFY(kind.next());
        QCOMPARE(kind.integer(0), 0); // a rowid table
        kind.reset();
        Statement freePages = db.prepare(QStringLiteral("SELECT freelist_count FROM pragma_freelist_count"));
        QVERIFY(freePages.next());
        QCOMPARE(freePages.integer(0), 0); // the old table's pages went back to the file system
        freePages.reset();
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
        // Writes after the step store raw text only where it differs, and read back the same.
        okur::documents::NewDocument doc;
        doc.title = QStringLiteral("Yeni");
        doc.language = QStringLiteral("tr");
        doc.origin = QStringLiteral("test");
        doc.blocks = {{okur::text::BlockKind::Paragraph, text, raw, QStringLiteral("tr")}};
        const QString id = store.insert(doc, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QCOMPARE(store.blocks(id).value(0).text, text);
        QCOMPARE(store.blocks(id).value(0).raw, raw);
    }

    // okur_deflate()/okur_inflate() give back every text as it was; short text
    // stays text, and values other than text pass through.
    void sourceTextRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("storedAs");
        QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("text");
        QTest::newRow("short") << QStringLiteral("Kısa bir metin.") << QStringLiteral("text");
        QTest::newRow("turkish")
            << QStringLiteral("Kültür diplomasisi, İstanbul'da ılık bir öğleden sonra. ").repeated(20)
            << QStringLiteral("blob");
        QTest::newRow("astral") << QStringLiteral("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓ ").repeated(100) << QStringLiteral("blob");
        // Below 256 bytes zlib's header eats the gain: kept as text even when it repeats.
        QTest::newRow("255 bytes") << QStringLiteral("a").repeated(255) << QStringLiteral("text");
        QTest::newRow("256 bytes") << QStringLiteral("a").repeated(256) << QStringLiteral("blob");
    }
    void sourceTextRoundTrips()
    {
        QFETCH(QString, text);
        QFETCH(QString, storedAs);
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite"))));
        Statement s = db.prepare(
            QStringLiteral("SELECT typeof(okur_deflate(?1)), okur_inflate(okur_deflate(?1)), okur_inflate(?1), "
                           "okur_deflate(NULL) IS NULL, okur_inflate(42)"));
        s.bind(1, text);
        QVERIFY2(s.next(), qPrintable(db.error()));
        QCOMPARE(s.text(0), storedAs);
        QCOMPARE(s.text(1), text);
        QCOMPARE(s.text(2), text);
        QCOMPARE(s.integer(3), 1);
        QCOMPARE(s.integer(4), 42);
        s.reset();
    }

    void damagedDeflatedTextIsAnError()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite"))));
        QTest::ignoreMessage(QtWarningMsg, "qUncompress: Input data is corrupted");
        Statement bad = db.prepare(QStringLiteral("SELECT okur_inflate(x'00000010deadbeef')"));
        QVERIFY(!bad.next()); // never other text
        QVERIFY2(db.error().contains(QStringLiteral("damaged")), qPrintable(db.error()));
    }

    void refusesNewerDatabase()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("new.sqlite"))));
        QVERIFY(db.setUserVersion(currentSchemaVersion() + 5));
        QString error;
        QVERIFY(!migrate(db, QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    }

    void refusesFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.error().contains(QStringLiteral("not a database")), qPrintable(db.error()));
        QCOMPARE(QFile(path).size(), 8192); // nothing lost
    }

    void transactionRollsBack()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("t.sqlite"))));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (x)")));
        {
            Transaction tx(db);
            QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        }
        Statement s = db.prepare(QStringLiteral("SELECT count(*) FROM t"));
        QVERIFY(s.next());
        QCOMPARE(s.integer(0), 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
