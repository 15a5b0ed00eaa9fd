#include "glossary/vocabulary.h"
#include "library/documentstore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace okur::glossary;

class TestVocabulary : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    okur::library::DocumentStore m_store;

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

    void exports()
    {
        VocabularyItem a;
        a.lemma = QStringLiteral("yumuşak güç");
        a.language = QStringLiteral("tr");
        a.translation = QStringLiteral("soft power");
        a.context = QStringLiteral("Bir\t\"güç\",\nyeni satır");
        a.documentId = QStringLiteral("kultur");
        const QString tsv = toAnkiTsv({a});
        QVERIFY(tsv.startsWith(QStringLiteral("#separator:tab\n")));
        const QStringList lines = tsv.split(u'\n', Qt::SkipEmptyParts);
        const QStringList fields = lines.last().split(u'\t');
        QCOMPARE(fields.size(), 4);
        QCOMPARE(fields[0], QStringLiteral("yumuşak güç"));
        QCOMPARE(fields[3], QStringLiteral("okur tr kultur"));
        const QString csv = toCsv({a});
        QVERIFY(csv.contains(QStringLiteral("\"Bir\t\"\"güç\"\",\nyeni satır\"")));
        QVERIFY(csv.startsWith(QStringLiteral("lemma,language,translation,context")));
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
