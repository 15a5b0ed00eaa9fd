#include "migrations.h"

#include "schemascript.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace okur::storage {

const QList<Migration> &migrations()
{
    static const QList<Migration> ladder = {
        {1, R"sql(
            CREATE TABLE documents (
                id TEXT PRIMARY KEY,
                title TEXT NOT NULL,
                language TEXT NOT NULL,
                date TEXT,
                author TEXT,
                source TEXT,
                related TEXT,
                origin TEXT NOT NULL,
                raw TEXT NOT NULL,
                repair_version INTEGER NOT NULL,
                word_count INTEGER NOT NULL DEFAULT 0,
                sort_key INTEGER NOT NULL DEFAULT 0,
                added_at INTEGER NOT NULL
            );
            CREATE TABLE blocks (
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                kind TEXT NOT NULL,
                language TEXT NOT NULL,
                text TEXT NOT NULL,
                raw TEXT NOT NULL,
                PRIMARY KEY (document_id, idx)
            ) WITHOUT ROWID;
            CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
        )sql"},
        {2, R"sql(
            CREATE TABLE reading_positions (
                document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                block INTEGER NOT NULL,
                offset REAL NOT NULL DEFAULT 0,
                progress REAL NOT NULL DEFAULT 0,
                updated_at INTEGER NOT NULL
            );
        )sql"},
        {3, R"sql(
            CREATE TABLE vocabulary (
                id INTEGER PRIMARY KEY,
                lemma TEXT NOT NULL,
                language TEXT NOT NULL,
                translation TEXT NOT NULL,
                context TEXT NOT NULL,
                document_id TEXT,
                block INTEGER,
                start INTEGER,
                created_at INTEGER NOT NULL,
                due_at INTEGER NOT NULL,
                ease REAL NOT NULL DEFAULT 2.5,
                interval INTEGER NOT NULL DEFAULT 0,
                repetitions INTEGER NOT NULL DEFAULT 0,
                UNIQUE (lemma, language)
            );
            CREATE INDEX vocabulary_due ON vocabulary(due_at);
        )sql"},
        {4, R"sql(
            CREATE TABLE annotations (
                id TEXT PRIMARY KEY,
                document_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                block INTEGER NOT NULL,
                start INTEGER NOT NULL,
                end_ INTEGER NOT NULL,
                quote TEXT NOT NULL,
                prefix TEXT NOT NULL DEFAULT '',
                suffix TEXT NOT NULL DEFAULT '',
                color TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                deleted INTEGER NOT NULL DEFAULT 0,
                orphaned INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX annotations_document ON annotations(document_id, block, start);
        )sql"},
        {5, R"sql(
            CREATE TABLE search_state (
                number INTEGER PRIMARY KEY,
                document_id TEXT NOT NULL UNIQUE,
                version TEXT NOT NULL
            );
            -- Passages: rowid = document number << 20 | block, so one document is a rowid range.
            CREATE VIRTUAL TABLE search USING fts5(language UNINDEXED, text, tokenize = 'okur', detail = 'column');
            -- Whole documents, for ranking (bm25 needs term frequencies: full detail); no text stored.
            CREATE VIRTUAL TABLE search_docs USING fts5(text, tokenize = 'okur', content = '');
        )sql"},
        {6, R"sql(
            CREATE TABLE summary_cache (key TEXT PRIMARY KEY, stamp TEXT NOT NULL, json TEXT NOT NULL);
        )sql"},
        {7, R"sql(
            -- The library page reads documents a page at a time in this order.
            CREATE INDEX documents_order ON documents(sort_key, added_at, id);
            -- A number that changes whenever a document's text does: caches built from
            -- the whole library compare it instead of reading every document.
            INSERT INTO settings (key, value) VALUES ('documents_generation', '1')
                ON CONFLICT(key) DO UPDATE SET value = value + 1;
            CREATE TRIGGER documents_generation_insert AFTER INSERT ON documents BEGIN
                UPDATE settings SET value = value + 1 WHERE key = 'documents_generation';
            END;
            CREATE TRIGGER documents_generation_delete AFTER DELETE ON documents BEGIN
                UPDATE settings SET value = value + 1 WHERE key = 'documents_generation';
            END;
            CREATE TRIGGER documents_generation_update AFTER UPDATE OF repair_version, word_count ON documents BEGIN
                UPDATE settings SET value = value + 1 WHERE key = 'documents_generation';
            END;
        )sql"},
        {8, R"sql(
            -- Documents are ranked on lemmas and folded forms in one namespace (fewer
            -- doclists a query). Hits inside a document are found in its blocks, so the
            -- passage index goes. The text is kept so a row can be re-tokenized.
            DROP TABLE search_docs;
            DROP TABLE search;
            DELETE FROM search_state;
            CREATE VIRTUAL TABLE search_docs USING fts5(text, tokenize = 'okur');
        )sql"},
        {9, R"sql(
            -- Lists read documents rows often and the text as imported rarely: with the
            -- raw text inline, a page of the library list read megabytes of overflow pages.
            CREATE TABLE document_sources (
                document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                raw TEXT NOT NULL
            );
            INSERT INTO document_sources (document_id, raw) SELECT id, raw FROM documents;
            ALTER TABLE documents DROP COLUMN raw;
            ALTER TABLE documents ADD COLUMN block_count INTEGER NOT NULL DEFAULT 0;
            UPDATE documents SET block_count = (SELECT count(*) FROM blocks b WHERE b.document_id = documents.id);
        )sql"},
        {10, R"sql(
            -- The same bytes imported twice are one document: an import retried after
            -- a kill finds the one that was saved instead of making a copy.
            ALTER TABLE document_sources ADD COLUMN content_hash TEXT;
            CREATE UNIQUE INDEX document_sources_hash ON document_sources (content_hash) WHERE content_hash IS NOT NULL;
        )sql"},
        {11, R"sql(
            -- The index table names its tokens in its tokenizer's arguments, so no
            -- connection writes tokens it cannot make again (see search/fts.h); it is
            -- made by SearchIndex with the tokens wanted, and filled again in the
            -- background. The generation tells a rebuild which rows changed meanwhile.
            DROP TABLE search_docs;
            DELETE FROM search_state;
            DELETE FROM settings WHERE key = 'search_tokens';
            ALTER TABLE search_state ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
        )sql"},
        {12, R"sql(
            -- What changed, written by triggers in the same transaction as the change,
            -- so an open app sees another process's writes (storage/changejournal.h)
            -- and knows which document, annotation or word to show again. Only the
            -- latest rows are kept; a reader that fell further behind reloads everything.
            CREATE TABLE change_journal (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                source TEXT NOT NULL,
                item TEXT NOT NULL,
                detail TEXT NOT NULL DEFAULT ''
            );
            CREATE TRIGGER change_journal_prune AFTER INSERT ON change_journal BEGIN
                DELETE FROM change_journal WHERE seq <= new.seq - 1000;
            END;
            CREATE TRIGGER journal_documents_insert AFTER INSERT ON documents BEGIN
                INSERT INTO change_journal (source, item) VALUES ('documents', new.id);
            END;
            CREATE TRIGGER journal_documents_update AFTER UPDATE ON documents BEGIN
                INSERT INTO change_journal (source, item) VALUES ('documents', new.id);
            END;
            CREATE TRIGGER journal_documents_delete AFTER DELETE ON documents BEGIN
                INSERT INTO change_journal (source, item) VALUES ('documents', old.id);
            END;
            CREATE TRIGGER journal_positions_insert AFTER INSERT ON reading_positions BEGIN
                INSERT INTO change_journal (source, item) VALUES ('positions', new.document_id);
            END;
            CREATE TRIGGER journal_positions_update AFTER UPDATE ON reading_positions BEGIN
                INSERT INTO change_journal (source, item) VALUES ('positions', new.document_id);
            END;
            CREATE TRIGGER journal_annotations_insert AFTER INSERT ON annotations BEGIN
                INSERT INTO change_journal (source, item, detail) VALUES ('annotations', new.document_id, new.id);
            END;
            CREATE TRIGGER journal_annotations_update AFTER UPDATE ON annotations BEGIN
                INSERT INTO change_journal (source, item, detail) VALUES ('annotations', new.document_id, new.id);
            END;
            CREATE TRIGGER journal_annotations_delete AFTER DELETE ON annotations BEGIN
                INSERT INTO change_journal (source, item, detail) VALUES ('annotations', old.document_id, old.id);
            END;
            CREATE TRIGGER journal_vocabulary_insert AFTER INSERT ON vocabulary BEGIN
                INSERT INTO change_journal (source, item) VALUES ('vocabulary', new.id);
            END;
            CREATE TRIGGER journal_vocabulary_update AFTER UPDATE ON vocabulary BEGIN
                INSERT INTO change_journal (source, item) VALUES ('vocabulary', new.id);
            END;
            CREATE TRIGGER journal_vocabulary_delete AFTER DELETE ON vocabulary BEGIN
                INSERT INTO change_journal (source, item) VALUES ('vocabulary', old.id);
            END;
        )sql"},
        {13, R"sql(
            -- Sync (docs/sync.md). The merged state of every synced record with
            -- the clock of each field; seq: the own change log that sent its
            -- last local change (0: not sent yet).
            CREATE TABLE sync_records (
                kind TEXT NOT NULL,
                key TEXT NOT NULL,
                fields TEXT NOT NULL,
                clocks TEXT NOT NULL,
                seq INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (kind, key)
            ) WITHOUT ROWID;
            CREATE INDEX sync_records_unsent ON sync_records(seq) WHERE seq = 0;
            -- What was written since the last sync, by any path (app, CLI, import):
            -- triggers fill it in the write's own transaction, so no write is missed.
            -- (NOT EXISTS, not OR IGNORE: an upsert's conflict policy overrides a trigger's.)
            CREATE TABLE sync_dirty (kind TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID;
            -- How far each other device's change log has been merged.
            CREATE TABLE sync_peers (device TEXT PRIMARY KEY, seq INTEGER NOT NULL DEFAULT 0, clock TEXT NOT NULL DEFAULT '');
            -- Reviews as events, so two devices' reviews of one word merge exactly.
            CREATE TABLE vocabulary_reviews (
                id TEXT PRIMARY KEY,
                language TEXT NOT NULL,
                lemma TEXT NOT NULL,
                at INTEGER NOT NULL,
                quality INTEGER NOT NULL
            );
            CREATE INDEX vocabulary_reviews_word ON vocabulary_reviews(language, lemma, at);
            CREATE TRIGGER sync_annotations_insert AFTER INSERT ON annotations BEGIN
                INSERT INTO sync_dirty (kind, key) SELECT 'annotation', new.id WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'annotation' AND key = new.id);
            END;
            CREATE TRIGGER sync_annotations_update AFTER UPDATE ON annotations BEGIN
                INSERT INTO sync_dirty (kind, key) SELECT 'annotation', new.id WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'annotation' AND key = new.id);
            END;
            CREATE TRIGGER sync_annotations_delete AFTER DELETE ON annotations BEGIN
                INSERT INTO sync_dirty (kind, key) SELECT 'annotation', old.id WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'annotation' AND key = old.id);
            END;
            CREATE TRIGGER sync_vocabulary_insert AFTER INSERT ON vocabulary BEGIN
                INSERT INTO sync_dirty (kind, key) SELECT 'word', new.language || char(31) || new.lemma WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'word' AND key = new.language || char(31) || new.lemma);
            END;
            CREATE TRIGGER sync_vocabulary_update AFTER UPDATE OF translation, context, document_id, block, start ON vocabulary BEGIN
                INSERT INTO sync_dirty (kind, key) SELECT 'word', new.language || char(31) || new.lemma WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'word' AND key = new.language || char(31) || new.lemma);
            END;
            CREATE TRIGGER sync_vocabulary_delete AFTER DELETE ON vocabulary BEGIN
                INSERT INTO sync_dirty (kind, key) SELECT 'word', old.language || char(31) || old.lemma WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'word' AND key = old.language || char(31) || old.lemma);
            END;
            CREATE TRIGGER sync_reviews_insert AFTER INSERT ON vocabulary_reviews BEGIN
                INSERT INTO sync_dirty (kind, key) SELECT 'review', new.id WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'review' AND key = new.id);
            END;
            CREATE TRIGGER sync_positions_insert AFTER INSERT ON reading_positions BEGIN
                INSERT INTO sync_dirty (kind, key) SELECT 'position', new.document_id WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'position' AND key = new.document_id);
            END;
            CREATE TRIGGER sync_positions_update AFTER UPDATE ON reading_positions BEGIN
                INSERT INTO sync_dirty (kind, key) SELECT 'position', new.document_id WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'position' AND key = new.document_id);
            END;
        )sql"},
        {14, R"sql(
            -- The learner's status of each lemma (glossary/wordstatus.h): 0 new,
            -- 1-4 learning, 5 known, 6 ignored. One row a lemma, so all its forms share it.
            CREATE TABLE word_status (
                language TEXT NOT NULL,
                lemma TEXT NOT NULL,
                status INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                PRIMARY KEY (language, lemma)
            ) WITHOUT ROWID;
            CREATE INDEX word_status_known ON word_status(status, updated_at);
            -- Reading time and words read, a day and a document, for the statistics.
            CREATE TABLE reading_log (
                day TEXT NOT NULL,
                document_id TEXT NOT NULL,
                seconds INTEGER NOT NULL DEFAULT 0,
                words INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (day, document_id)
            ) WITHOUT ROWID;
            -- The known share of each document as last computed, for the library's cards.
            CREATE TABLE document_progress (
                document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                token_share REAL NOT NULL,
                lemma_share REAL NOT NULL,
                updated_at INTEGER NOT NULL
            );
            -- Words saved before statuses existed are being learnt.
            INSERT INTO word_status (language, lemma, status, updated_at)
                SELECT language, lemma, 1, min(created_at) FROM vocabulary GROUP BY language, lemma;
            CREATE TRIGGER journal_status_insert AFTER INSERT ON word_status BEGIN
                INSERT INTO change_journal (source, item, detail) VALUES ('status', new.language, new.lemma);
            END;
            CREATE TRIGGER journal_status_update AFTER UPDATE ON word_status BEGIN
                INSERT INTO change_journal (source, item, detail) VALUES ('status', new.language, new.lemma);
            END;
            CREATE TRIGGER sync_status_insert AFTER INSERT ON word_status BEGIN
                INSERT INTO sync_dirty (kind, key) SELECT 'status', new.language || char(31) || new.lemma WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'status' AND key = new.language || char(31) || new.lemma);
            END;
            CREATE TRIGGER sync_status_update AFTER UPDATE OF status ON word_status BEGIN
                INSERT INTO sync_dirty (kind, key) SELECT 'status', new.language || char(31) || new.lemma WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'status' AND key = new.language || char(31) || new.lemma);
            END;
        )sql"},
        {15, R"sql(
            -- A block is a few hundred bytes to a few KB of text: as a WITHOUT ROWID
            -- row (an index b-tree) it spilled into mostly empty overflow pages, two
            -- thirds of the file. As a rowid table it packs; its raw text is NULL
            -- when it is the text itself (the reader takes the text then).
            ALTER TABLE blocks RENAME TO blocks_v14;
            CREATE TABLE blocks (
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                kind TEXT NOT NULL,
                language TEXT NOT NULL,
                text TEXT NOT NULL,
                raw TEXT
            );
            INSERT INTO blocks (document_id, idx, kind, language, text, raw)
                SELECT document_id, idx, kind, language, text, nullif(raw, text) FROM blocks_v14 ORDER BY document_id, idx;
            DROP TABLE blocks_v14;
            CREATE UNIQUE INDEX blocks_position ON blocks(document_id, idx);
            -- A document's source text is read only to repair it again or to sync it:
            -- it is kept deflated (storage/compression.h), a third of the room.
            UPDATE document_sources SET raw = okur_deflate(raw) WHERE typeof(raw) = 'text';
        )sql"},
    };
    return ladder;
}

int currentSchemaVersion()
{
    return migrations().back().version;
}

namespace {

// A step that rewrites a table (schema 15's blocks and sources) leaves the old pages free
// inside the file: it would stay as large as before until something reuses
// them. Once, after such a step, the file is written anew without them. A
// VACUUM that cannot run now (another connection busy) is only put off.
void compactAfterMigration(Database &db)
{
    Statement pages =
        db.prepare(QStringLiteral("SELECT freelist_count, page_count FROM pragma_freelist_count, pragma_page_count"));
    if (pages.next() && pages.integer(0) * 5 > pages.integer(1)) {
        pages.reset();
        db.exec(QStringLiteral("VACUUM"));
    }
}

} // namespace

bool migrate(Database &db, const QString &dbPath, QString *error, int target)
{
    if (target < 0) {
        target = currentSchemaVersion();
    }
    const int version = db.userVersion();
    if (version < 0) {
        if (error) {
            *error = db.error();
        }
        return false;
    }
    if (version > currentSchemaVersion()) {
        if (error) {
            *error = QCoreApplication::translate("okur::storage",
                                                 "the library was written by a newer version of Okur (schema %1; this "
                                                 "version reads up to %2)")
                         .arg(version)
                         .arg(currentSchemaVersion());
        }
        return false;
    }
    if (version >= target) {
        return true;
    }
    if (version == 0) {
        // A new library: the whole ladder in one transaction (one sync to disk,
        // which is most of a first start's cost here; nothing to back up). The
        // version is read again under the write lock: another process starting
        // on the same new folder may have created the schema while this one waited.
        Transaction tx(db);
        bool ok = tx.isActive();
        const int now = ok ? db.userVersion() : -1;
        if (ok && now == 0) {
            // The newest schema in one script when the programme has it (schemascript.h): the same
            // tables as the ladder makes (tst_migrations compares them), without its hundred statements.
            const QString head = target == currentSchemaVersion() ? headSchemaScript() : QString();
            if (!head.isEmpty()) {
                ok = db.exec(head) && db.setUserVersion(target);
            } else {
                for (const Migration &m : migrations()) {
                    // A failed step skips the rest (ok is reassigned in this loop).
                    // NOLINTNEXTLINE(bugprone-redundant-branch-condition)
                    if (ok && m.version <= target) {
                        ok = db.exec(QString::fromUtf8(m.sql)) && db.setUserVersion(m.version);
                    }
                }
            }
            ok = ok && tx.commit();
            if (ok) {
                return true;
            }
        }
        if (!ok || now < 0) {
            if (error) {
                *error = QStringLiteral("creating the library failed: %1").arg(db.error());
            }
            return false;
        }
    }
    bool stepped = false;
    for (const Migration &m : migrations()) {
        if (m.version > target) {
            break;
        }
        if (m.version <= db.userVersion()) {
            continue;
        }
        if (m.destructive && !dbPath.isEmpty()) {
            db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QFile::copy(dbPath,
                        dbPath + QStringLiteral(".v%1-%2.bak")
                                     .arg(m.version - 1)
                                     .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        }
        Transaction tx(db);
        // Under the write lock: another process may have taken this step meanwhile.
        const int now = tx.isActive() ? db.userVersion() : -1;
        if (now >= m.version) {
            continue;
        }
        if (now != m.version - 1 || !db.exec(QString::fromUtf8(m.sql)) || !db.setUserVersion(m.version) ||
            !tx.commit()) {
            if (error) {
                *error = QStringLiteral("migration to schema %1 failed: %2").arg(m.version).arg(db.error());
            }
            return false;
        }
        stepped = true;
    }
    if (stepped) {
        compactAfterMigration(db);
    }
    return true;
}

} // namespace okur::storage
