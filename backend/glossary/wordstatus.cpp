#include "wordstatus.h"

#include "text/casing.h"
#include "text/selection.h"
#include "text/words.h"

#include <QSet>
#include <algorithm>

namespace okur::glossary {

using storage::Statement;

QString statusName(int status)
{
    switch (status) {
    case StatusNew: return QStringLiteral("new");
    case StatusKnown: return QStringLiteral("known");
    case StatusIgnored: return QStringLiteral("ignored");
    default:
        if (status >= StatusLearning1 && status <= StatusLearning4) {
            return status == StatusLearning1 ? QStringLiteral("learning") : QStringLiteral("learning%1").arg(status);
        }
        return QString();
    }
}

int parseStatus(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("new")) {
        return StatusNew;
    }
    if (n == QLatin1String("known")) {
        return StatusKnown;
    }
    if (n == QLatin1String("ignored") || n == QLatin1String("ignore")) {
        return StatusIgnored;
    }
    if (n == QLatin1String("learning")) {
        return StatusLearning1;
    }
    if (n.startsWith(QLatin1String("learning")) && n.size() == 9) {
        const int level = n.back().digitValue();
        if (level >= 1 && level <= 4) {
            return level;
        }
    }
    return -1;
}

int statusAfterSave(int status) { return status == StatusNew ? StatusLearning1 : status; }

int statusAfterReview(int status, int quality)
{
    if (status < StatusLearning1 || status > StatusLearning4) {
        return status; // a known or ignored word stays so; a new one is not on the list
    }
    if (quality >= 4) {
        return status + 1; // learning 4 + 1 is known
    }
    return quality <= 2 ? StatusLearning1 : status;
}

QString statusKey(const QString &lemma, const QString &language)
{
    return text::foldCase(lemma.trimmed(), language);
}

namespace {

bool hasDigit(const QString &w)
{
    return std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
}

bool hasLetter(const QString &w)
{
    return std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); });
}

bool hasApostrophe(const QString &w) { return w.contains(u'\'') || w.contains(u'\u2019'); }

} // namespace

QList<StatusToken> statusTokens(const QString &text, const QString &language, const LemmaOf &lemmaOf,
                                const QHash<QString, int> &statuses)
{
    // Sentence starts, so a capital there is not read as a name.
    QSet<int> firstWords;
    const QList<text::WordSpan> words = text::words(text);
    const QList<text::TextSpan> sentences = text::sentenceBreaks(text, language);
    int w = 0;
    for (const text::TextSpan &s : sentences) {
        while (w < words.size() && words.at(w).start < s.start) {
            ++w;
        }
        if (w < words.size() && words.at(w).start < s.end()) {
            firstWords.insert(words.at(w).start);
        }
    }
    // A heading in title case ("Kültürel Diplomasi ve Dijital Diplomasi", "Major Pillars of Cultural Diplomacy"):
    // its capitals say nothing of names, so its common words count and are tinted as in a sentence. Its words after
    // the first are mostly capitalised, and it ends in no sentence's stop: "Ahmet Kaya geldi." is a sentence with a
    // name in it (kaya, a rock, stays a name).
    int lettered = 0;
    int capitalised = 0;
    for (const text::WordSpan &word : words) {
        if (hasLetter(word.text) && lettered++ > 0) {
            capitalised += word.text.front().isUpper() ? 1 : 0;
        }
    }
    constexpr double kTitleCaseShare = 0.6;
    const QString trimmed = text.trimmed();
    const bool sentence = trimmed.endsWith(u'.') || trimmed.endsWith(u'!') || trimmed.endsWith(u'?');
    const bool titleCase = !sentence && lettered >= 2 && capitalised >= kTitleCaseShare * (lettered - 1);
    QList<StatusToken> out;
    out.reserve(words.size());
    for (const text::WordSpan &word : words) {
        if (!hasLetter(word.text) && !hasDigit(word.text)) {
            continue;
        }
        StatusToken t;
        t.start = word.start;
        t.length = word.length;
        const QString lemma = lemmaOf ? lemmaOf(word.text, language) : QString();
        t.lemma = statusKey(lemma.isEmpty() ? word.text : lemma, language);
        t.status = statuses.value(t.lemma, StatusNew);
        const bool capital = word.text.front().isUpper();
        const bool sentenceStart = firstWords.contains(word.start);
        // An acronym (TÜRKSOY, NATO) is a name wherever it stands.
        const bool acronym = word.text.size() > 1 && word.text.toUpper() == word.text;
        const bool name =
            capital && ((!sentenceStart && !titleCase) || acronym || lemma.isEmpty() || hasApostrophe(word.text));
        t.counted = !hasDigit(word.text) && !name;
        out.append(t);
    }
    return out;
}

KnownShare knownShare(const QList<StatusToken> &tokens)
{
    KnownShare share;
    QHash<QString, bool> lemmas; // lemma -> known
    for (const StatusToken &t : tokens) {
        if (!t.counted || t.status == StatusIgnored) {
            continue;
        }
        ++share.tokens;
        const bool known = t.status == StatusKnown;
        share.knownTokens += known ? 1 : 0;
        lemmas.insert(t.lemma, known);
    }
    share.lemmas = int(lemmas.size());
    share.knownLemmas = int(std::count(lemmas.cbegin(), lemmas.cend(), true));
    return share;
}

QList<LemmaCount> wordsToLearn(const QString &text, const QList<StatusToken> &tokens, int limit)
{
    QHash<QString, LemmaCount> counts;
    for (const StatusToken &t : tokens) {
        if (!t.counted || t.status == StatusKnown || t.status == StatusIgnored) {
            continue;
        }
        LemmaCount &c = counts[t.lemma];
        if (c.count == 0) {
            c.lemma = t.lemma;
            c.form = text.mid(t.start, t.length);
            c.status = t.status;
        }
        ++c.count;
    }
    QList<LemmaCount> out = counts.values();
    std::sort(out.begin(), out.end(), [](const LemmaCount &a, const LemmaCount &b) {
        return a.count != b.count ? a.count > b.count : a.lemma < b.lemma;
    });
    if (limit >= 0 && out.size() > limit) {
        out.resize(limit);
    }
    return out;
}

int readingStreak(const QList<QDate> &days, const QDate &today)
{
    const QSet<QDate> read(days.cbegin(), days.cend());
    QDate d = read.contains(today) ? today : today.addDays(-1);
    int streak = 0;
    while (read.contains(d)) {
        ++streak;
        d = d.addDays(-1);
    }
    return streak;
}

int WordStatusStore::status(const QString &language, const QString &lemma)
{
    const LemmaStatus s = find(language, lemma);
    return s.status < 0 ? StatusNew : s.status;
}

LemmaStatus WordStatusStore::find(const QString &language, const QString &lemma)
{
    LemmaStatus out;
    out.language = language;
    out.lemma = statusKey(lemma, language);
    out.status = -1;
    Statement s = m_db.prepare(
        QStringLiteral("SELECT status, updated_at FROM word_status WHERE language = ?1 AND lemma = ?2"));
    s.bind(1, language).bind(2, out.lemma);
    if (s.next()) {
        out.status = int(s.integer(0));
        out.updatedMs = s.integer(1);
    }
    return out;
}

QHash<QString, int> WordStatusStore::statuses(const QString &language)
{
    QHash<QString, int> out;
    Statement s = m_db.prepare(QStringLiteral("SELECT lemma, status FROM word_status WHERE language = ?1"));
    s.bind(1, language);
    while (s.next()) {
        out.insert(s.text(0), int(s.integer(1)));
    }
    return out;
}

QList<LemmaStatus> WordStatusStore::all()
{
    QList<LemmaStatus> out;
    Statement s = m_db.prepare(
        QStringLiteral("SELECT language, lemma, status, updated_at FROM word_status ORDER BY language, lemma"));
    while (s.next()) {
        out.append({s.text(0), s.text(1), int(s.integer(2)), s.integer(3)});
    }
    return out;
}

bool WordStatusStore::set(const QString &language, const QString &lemma, int status, qint64 nowMs)
{
    if (statusName(status).isEmpty() || statusKey(lemma, language).isEmpty()) {
        return false;
    }
    if (!put({language, lemma, status, nowMs})) {
        return false;
    }
    Q_EMIT changed(language, statusKey(lemma, language));
    return true;
}

bool WordStatusStore::put(const LemmaStatus &st)
{
    // Only a change is written: an unchanged row would still mark the lemma for sync.
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT INTO word_status (language, lemma, status, updated_at) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(language, lemma) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at "
        "WHERE status <> excluded.status"));
    s.bind(1, st.language).bind(2, statusKey(st.lemma, st.language)).bind(3, st.status).bind(4, st.updatedMs);
    return s.exec();
}

int WordStatusStore::markNewAsKnown(const QString &language, const QStringList &lemmas, qint64 nowMs)
{
    storage::Transaction tx(m_db);
    if (!tx.isActive()) {
        return -1;
    }
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT INTO word_status (language, lemma, status, updated_at) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(language, lemma) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at "
        "WHERE status = 0"));
    int changedCount = 0;
    QSet<QString> seen;
    for (const QString &lemma : lemmas) {
        const QString key = statusKey(lemma, language);
        if (key.isEmpty() || seen.contains(key)) {
            continue;
        }
        seen.insert(key);
        s.reset();
        s.bind(1, language).bind(2, key).bind(3, int(StatusKnown)).bind(4, nowMs);
        if (!s.exec()) {
            return -1;
        }
        changedCount += m_db.changes();
    }
    if (!tx.commit()) {
        return -1;
    }
    if (changedCount > 0) {
        Q_EMIT changed(QString(), QString());
    }
    return changedCount;
}

bool WordStatusStore::logReading(const QString &documentId, const QDate &day, int seconds, int words)
{
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT INTO reading_log (day, document_id, seconds, words) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(day, document_id) DO UPDATE SET seconds = seconds + excluded.seconds, words = words + excluded.words"));
    s.bind(1, day.toString(Qt::ISODate)).bind(2, documentId).bind(3, qMax(0, seconds)).bind(4, qMax(0, words));
    return s.exec();
}

bool WordStatusStore::saveShare(const QString &documentId, const KnownShare &share, qint64 nowMs)
{
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT INTO document_progress (document_id, token_share, lemma_share, updated_at) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(document_id) DO UPDATE SET token_share = excluded.token_share, lemma_share = excluded.lemma_share, "
        "updated_at = excluded.updated_at"));
    s.bind(1, documentId).bind(2, share.tokenShare()).bind(3, share.lemmaShare()).bind(4, nowMs);
    if (!s.exec()) {
        return false;
    }
    Q_EMIT shareSaved(documentId, share.tokenShare());
    return true;
}

QHash<QString, double> WordStatusStore::shares()
{
    QHash<QString, double> out;
    Statement s = m_db.prepare(QStringLiteral("SELECT document_id, token_share FROM document_progress"));
    while (s.next()) {
        out.insert(s.text(0), s.real(1));
    }
    return out;
}

int WordStatusStore::knownBy(const QDate &day)
{
    const qint64 end = day.addDays(1).startOfDay().toMSecsSinceEpoch();
    Statement s = m_db.prepare(QStringLiteral("SELECT count(*) FROM word_status WHERE status = ?1 AND updated_at < ?2"));
    s.bind(1, int(StatusKnown)).bind(2, end);
    return s.next() ? int(s.integer(0)) : 0;
}

QList<ReadingDay> WordStatusStore::readingDays()
{
    QList<ReadingDay> out;
    {
        Statement s = m_db.prepare(
            QStringLiteral("SELECT day, sum(seconds), sum(words) FROM reading_log GROUP BY day ORDER BY day"));
        while (s.next()) {
            out.append({QDate::fromString(s.text(0), Qt::ISODate), int(s.integer(1)), int(s.integer(2)), 0});
        }
    }
    for (ReadingDay &d : out) {
        d.knownLemmas = knownBy(d.day);
    }
    return out;
}

} // namespace okur::glossary
