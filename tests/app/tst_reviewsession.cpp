// The vocabulary page's review session (VocabularyModel): the words due, then those forgotten in the session.
#include "library/library.h"
#include "storage/database.h"
#include "vocabularymodel.h"

#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace okur::app;

class TestReviewSession : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<okur::library::Library> m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_library = std::make_unique<okur::library::Library>(m_dir.path());
        QVERIFY(m_library->open());
    }

    // "Again" brings a word back later in the same session, after the words still due, until it is recalled; a new
    // session starts without it (the store has it due tomorrow), as Anki relearns a lapse.
    void reviewSessionRelearnsForgottenWords()
    {
        VocabularyModel words(m_library.get());
        // Only the two words of this test are due.
        words.startReview();
        for (QVariantMap c = words.nextDue(); !c.isEmpty(); c = words.nextDue()) {
            QVERIFY(words.grade(c.value(QStringLiteral("id")).toLongLong(), 5));
        }
        okur::glossary::VocabularyItem first;
        first.lemma = QStringLiteral("kapı");
        first.language = QStringLiteral("tr");
        first.translation = QStringLiteral("door");
        okur::glossary::VocabularyItem second = first;
        second.lemma = QStringLiteral("pencere");
        second.translation = QStringLiteral("window");
        const qint64 a = m_library->vocabulary().add(first);
        const qint64 b = m_library->vocabulary().add(second);
        QVERIFY(a > 0 && b > 0);
        words.refresh();
        const auto idOf = [](const QVariantMap &card) { return card.value(QStringLiteral("id")).toLongLong(); };

        const auto stateOf = [&](qint64 id) {
            const auto items = m_library->vocabulary().items();
            const auto it = std::find_if(items.cbegin(), items.cend(), [id](const auto &v) { return v.id == id; });
            return it == items.cend() ? okur::glossary::ReviewState{} : it->state;
        };
        const auto reviewsOf = [&](const QString &lemma) {
            okur::storage::Statement q = m_library->store().database().prepare(
                QStringLiteral("SELECT count(*) FROM vocabulary_reviews WHERE lemma = ?1"));
            q.bind(1, lemma);
            return q.next() ? int(q.integer(0)) : -1;
        };

        words.startReview();
        QCOMPARE(idOf(words.nextDue()), a);
        QVERIFY(words.grade(a, 1)); // Again
        const okur::glossary::ReviewState lapsed = stateOf(a);
        QCOMPARE(idOf(words.nextDue()), b); // the word still due first
        QVERIFY(words.grade(b, 4));
        QCOMPARE(idOf(words.nextDue()), a); // then the forgotten one, back
        QVERIFY(words.grade(a, 1)); // forgotten again: back again
        QCOMPARE(idOf(words.nextDue()), a);
        QVERIFY(words.grade(a, 3)); // recalled, if hard: the session is over
        QVERIFY(words.nextDue().isEmpty());
        // Relearning leaves the schedule as the lapse set it: one review on record, the ease cut once.
        QCOMPARE(reviewsOf(QStringLiteral("kapı")), 1);
        QCOMPARE(stateOf(a).ease, lapsed.ease);
        QCOMPARE(stateOf(a).repetitions, lapsed.repetitions);

        // A new session does not bring back a word forgotten in the last one: it is due tomorrow.
        QVERIFY(words.grade(a, 0));
        QCOMPARE(idOf(words.nextDue()), a);
        words.startReview();
        QVERIFY(words.nextDue().isEmpty());
        // A forgotten word removed meanwhile is passed over.
        QVERIFY(words.grade(b, 1));
        QVERIFY(words.remove(b));
        QVERIFY(words.nextDue().isEmpty());
        QVERIFY(words.remove(a));
    }
};

QTEST_MAIN(TestReviewSession)
#include "tst_reviewsession.moc"
