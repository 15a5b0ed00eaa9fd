#include "glossary/vocabulary.h"
#include "documents/documentstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace okur::glossary;

class TestVocabulary : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    okur::documents::DocumentStore m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_store.open(m_dir.path(), &error), qPrintable(error));
    }

    void sm2Schedule()
    {
        ReviewState s;
        s = sm2(s, 4);
        QCOMPARE(s.interval, 1);
        s = sm2(s, 4);
        QCOMPARE(s.interval, 6);
        s = sm2(s, 5);
        QCOMPARE(s.interval, 15); // 6 × 2.5
        QVERIFY(s.ease > 2.5);
        s = sm2(s, 1);
        QCOMPARE(s.interval, 1);
        QCOMPARE(s.repetitions, 0);
        for (int i = 0; i < 20; ++i)
            s = sm2(s, 0);
        QCOMPARE(s.ease, 1.3);
    }

    void saveReviewAndDue()
    {
        VocabularyStore v(m_store.database());
        VocabularyItem item;
        item.lemma = QStringLiteral("diplomasi");
        item.language = QStringLiteral("tr");
        item.translation = QStringLiteral("diplomacy");
        item.context = QStringLiteral("Kamu diplomasisinin temelleri.");
        item.documentId = QStringLiteral("doc");
        item.block = 3;
        const qint64 id = v.add(item);
        QVERIFY(id > 0);
        // Saving the same lemma again (another surface form) adds nothing.
        item.context = QStringLiteral("Dijital diplomasi.");
        QCOMPARE(v.add(item), id);
        QCOMPARE(v.items().size(), 1);
        QCOMPARE(v.items().first().context, QStringLiteral("Kamu diplomasisinin temelleri."));

        const QDateTime now = QDateTime::currentDateTime().addSecs(1);
        QCOMPARE(v.dueCount(now), 1);
        QVERIFY(v.review(id, 4, now));
        QCOMPARE(v.dueCount(now), 0);
        QCOMPARE(v.dueCount(now.addDays(2)), 1);
        QVERIFY(v.remove(id));
        QVERIFY(v.items().isEmpty());
    }

    // A removal undone: the word as it was, meaning, sentence and schedule; not replayed from every review of the
    // lemma (an earlier card's too); a word saved again since keeps what it has.
    void removedWordComesBackWhole()
    {
        VocabularyStore v(m_store.database());
        VocabularyItem item;
        item.lemma = QStringLiteral("kültür");
        item.language = QStringLiteral("tr");
        item.translation = QStringLiteral("culture");
        item.context = QStringLiteral("Kültür diplomasisi.");
        item.documentId = QStringLiteral("doc");
        item.block = 7;
        item.start = 0;
        const QDateTime now = QDateTime::currentDateTime();
        // A first card, reviewed three times, then removed.
        qint64 id = v.add(item);
        QVERIFY(id > 0);
        QVERIFY(v.review(id, 5, now));
        QVERIFY(v.review(id, 5, now.addDays(1)));
        QVERIFY(v.review(id, 5, now.addDays(7)));
        QVERIFY(v.remove(id));
        // Saved again: a new card, reviewed once; removed; the removal undone.
        id = v.add(item);
        QVERIFY(v.review(id, 4, now.addDays(20)));
        const VocabularyItem before = v.get(id);
        QCOMPARE(before.state.repetitions, 1);
        QVERIFY(v.remove(id));
        QCOMPARE(v.get(id).id, 0);
        const qint64 back = v.restore(before);
        QVERIFY(back > 0);
        const VocabularyItem after = v.get(back);
        QCOMPARE(after.lemma, before.lemma);
        QCOMPARE(after.translation, before.translation);
        QCOMPARE(after.context, before.context);
        QCOMPARE(after.documentId, before.documentId);
        QCOMPARE(after.block, before.block);
        QCOMPARE(after.created, before.created);
        QCOMPARE(after.due, before.due); // a day after its one review, not a month after the first card's
        QCOMPARE(after.state.repetitions, before.state.repetitions);
        QCOMPARE(after.state.interval, before.state.interval);
        QCOMPARE(after.state.ease, before.state.ease);
        // Saved again before the undo: the new save stays as it is.
        QVERIFY(v.remove(back));
        item.translation = QStringLiteral("culture (saved again)");
        const qint64 again = v.add(item);
        QCOMPARE(v.restore(before), again);
        QCOMPARE(v.get(again).translation, QStringLiteral("culture (saved again)"));
        QVERIFY(v.remove(again));
    }

    // Eight saved words that broke the old export (six notes came out of it).
    static QList<VocabularyItem> trickyWords()
    {
        const QList<QStringList> rows = {
            {QStringLiteral("yumuşak güç"), QStringLiteral("soft power"), QStringLiteral("Bir\t\"güç\",\nyeni satır")},
            {QStringLiteral("diplomasi"), QStringLiteral("diplomacy"), QStringLiteral("\"Tırnakla\" başlayan bağlam")},
            {QStringLiteral("#etiket"), QStringLiteral("hashtag"), QStringLiteral("# ile başlar")},
            {QStringLiteral("ılık"), QString(), QStringLiteral("Ilık bir gün; İzmir'de.")},
            {QStringLiteral("a\"b"), QStringLiteral("quote \"inside\""), QStringLiteral("x\\")},
            {QStringLiteral("satır"), QStringLiteral("line\r\nbreak"), QString()},
            {QStringLiteral("sekme"), QStringLiteral("tab\there"), QStringLiteral("\"\"")},
            {QStringLiteral("son"), QStringLiteral("last"), QStringLiteral("tags: not a tag line")},
        };
        QList<VocabularyItem> items;
        for (const QStringList &r : rows) {
            VocabularyItem v;
            v.lemma = r[0];
            v.language = QStringLiteral("tr");
            v.translation = r[1];
            v.context = r[2];
            v.documentId = QStringLiteral("kultur-dijital");
            v.block = 4;
            v.start = 12;
            v.created = QDateTime(QDate(2026, 3, 1), QTime(23, 30), QTimeZone(3 * 3600));
            v.due = v.created.addDays(1);
            items << v;
        }
        return items;
    }

    static QJsonObject runChecker(const QString &script, const QString &text, const QStringList &args = {})
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("export")));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text.toUtf8());
        f.close();
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                QStringList{QStringLiteral(OKUR_TEST_DATA "/../tools/") + script, f.fileName()} + args);
        p.waitForFinished(30000);
        if (p.exitCode() != 0)
            qWarning("%s", p.readAllStandardError().constData());
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

    void ankiReadsOneNotePerWord()
    {
        const QList<VocabularyItem> items = trickyWords();
        const QJsonObject anki = runChecker(QStringLiteral("anki_check.py"), toAnkiTsv(items, QStringLiteral("Okur::Türkçe")));
        QVERIFY2(!anki.isEmpty(), "tests/tools/anki_check.py did not run (python3 from scripts/setup.sh)");
        QCOMPARE(anki.value(QStringLiteral("notetype")).toString(), QStringLiteral("Basic"));
        QCOMPARE(anki.value(QStringLiteral("used_notetype")).toString(), QStringLiteral("Basic"));
        QCOMPARE(anki.value(QStringLiteral("deck")).toString(), QStringLiteral("Okur::Türkçe"));
        QCOMPARE(anki.value(QStringLiteral("html")).toBool(true), false);
        QCOMPARE(anki.value(QStringLiteral("unimported_columns")).toArray().size(), 0); // nothing silently left out
        const QJsonArray notes = anki.value(QStringLiteral("notes")).toArray();
        QCOMPARE(notes.size(), items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject fields = notes.at(i).toObject().value(QStringLiteral("fields")).toObject();
            const VocabularyItem &v = items.at(i);
            QCOMPARE(fields.value(QStringLiteral("Front")).toString(), v.lemma);
            const QString back = fields.value(QStringLiteral("Back")).toString();
            QString translation = v.translation.trimmed();
            translation.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            QVERIFY2(back.startsWith(translation), qPrintable(back));
            QVERIFY2(back.contains(v.context.trimmed()), qPrintable(back));
            QVERIFY(back.endsWith(QStringLiteral("okur://document/kultur-dijital#block=4&start=12")));
            QCOMPARE(notes.at(i).toObject().value(QStringLiteral("tags")).toArray(),
                     (QJsonArray{QStringLiteral("okur"), QStringLiteral("tr"), QStringLiteral("kultur-dijital")}));
        }
    }

    void checkerReadsAsAnkiDoes()
    {
        // The rules that broke the old export, on hand-written input: a record
        // starting with '#' is a comment, a quote opens a quoted field, and a
        // third column does not fit Basic.
        const QString old = QStringLiteral("#separator:tab\n#html:false\n#columns:Front\tBack\tContext\tTags\n#tags column:4\n"
                                           "a\tb\t\"c\tokur\n#x\ty\tz\tokur\nd\te\tf\"\tokur\n");
        const QJsonObject anki = runChecker(QStringLiteral("anki_check.py"), old);
        QCOMPARE(anki.value(QStringLiteral("notes")).toArray().size(), 1);
        QCOMPARE(anki.value(QStringLiteral("unimported_columns")).toArray(), QJsonArray{3});
    }

    void csvReadsStrictlyWithZonesAndBom()
    {
        const QList<VocabularyItem> items = trickyWords();
        for (const bool bom : {false, true}) {
            const QJsonObject csv = runChecker(QStringLiteral("csv_check.py"), toCsv(items, bom),
                                               {QStringLiteral("added"), QStringLiteral("due")});
            QVERIFY2(!csv.isEmpty(), "tests/tools/csv_check.py failed (strict csv)");
            QCOMPARE(csv.value(QStringLiteral("bom")).toBool(), bom);
            QVERIFY(csv.value(QStringLiteral("zoned")).toBool());
            const QJsonArray rows = csv.value(QStringLiteral("rows")).toArray();
            QCOMPARE(rows.size(), items.size());
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QJsonArray r = rows.at(i).toArray();
                QCOMPARE(r.at(0).toString(), items[i].lemma);
                QCOMPARE(r.at(2).toString(), items[i].translation);
                QCOMPARE(r.at(3).toString(), items[i].context);
                // 23:30 at +03:00 is 20:30 UTC.
                QCOMPARE(r.at(6).toString(), QStringLiteral("2026-03-01T20:30:00Z"));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
