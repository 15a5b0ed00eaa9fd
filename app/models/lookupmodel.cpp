#include "lookupmodel.h"

#include "librarybinding.h"
#include "glossary/vocabulary.h"
#include "library/library.h"
#include "writeresult.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <QUrl>

namespace okur::app {

QString sentenceAround(const QString &text, int position)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    finder.setPosition(qBound(0, position, int(text.size())));
    qsizetype start = finder.isAtBoundary() ? finder.position() : finder.toPreviousBoundary();
    // "(Nye, 2004)." and abbreviations can end a sentence early; a short piece joins the next one.
    qsizetype end = finder.toNextBoundary();
    if (start < 0) {
        start = 0;
    }
    if (end < 0) {
        end = text.size();
    }
    return text.mid(start, end - start).trimmed();
}

LookupModel::LookupModel(QObject *parent) : LookupModel(nullptr, parent) {}

LookupModel::LookupModel(library::Library *library, QObject *parent) : QAbstractListModel(parent), m_library(library)
{
    attach();
}

void LookupModel::setLibrary(library::Library *library)
{
    if (library == m_library) {
        return;
    }
    detachLibrary(this, m_library);
    m_library = library;
    attach();
    Q_EMIT readyChanged();
    Q_EMIT libraryChanged();
}

void LookupModel::attach()
{
    if (!m_library) {
        return;
    }
    // The card shows the lemma's status as it is now, also when another form's
    // card, "page done", another process or a sync moved it.
    connect(&m_library->wordStatus(), &glossary::WordStatusStore::changed, this,
            [this](const QString &language, const QString &key) {
                // "" stands for any language, any lemma.
                const bool ours =
                    language.isEmpty() || (language == m_result.language &&
                                           (key.isEmpty() || key == glossary::statusKey(statusLemma(), language)));
                if (hasResult() && ours) {
                    Q_EMIT statusChanged();
                }
            });
    connect(m_library, &library::Library::glossaryReady, this, [this]() {
        Q_EMIT readyChanged();
        if (m_pending) {
            auto pending = std::move(m_pending);
            m_pending = nullptr;
            pending();
        }
    });
}

bool LookupModel::ready() const { return m_library && m_library->glossary(); }

QString LookupModel::lemma() const
{
    return m_result.term.isEmpty() ? wordLemma() : m_result.term;
}

QString LookupModel::wordLemma() const
{
    return m_result.analyses.isEmpty() ? m_result.query : m_result.analyses.first().lemma;
}

QString LookupModel::statusLemma() const
{
    return m_result.statusLemma.isEmpty() ? wordLemma() : m_result.statusLemma;
}

QString sensesByGroup(const glossary::Entry &e)
{
    // Groups in the order their first sense is ranked; an entry without groups is one line.
    QList<int> order;
    QHash<int, QStringList> groups;
    for (qsizetype i = 0; i < e.senses.size(); ++i) {
        const int group = i < e.senseGroups.size() ? e.senseGroups.at(i) : 0;
        if (!groups.contains(group)) {
            order << group;
        }
        groups[group] << e.senses.at(i);
    }
    QStringList lines;
    for (const int group : std::as_const(order)) {
        lines << groups.value(group).join(QStringLiteral("; "));
    }
    return lines.join(u'\n');
}

namespace {

const QRegularExpression &referencePattern()
{
    static const QRegularExpression reference(QStringLiteral("→ ([^;\\n]+)"));
    return reference;
}

} // namespace

QString referenceLinks(const QString &senses, int focused)
{
    if (!senses.contains(referencePattern())) {
        return {};
    }
    QString out;
    qsizetype at = 0;
    int place = 0;
    for (auto it = referencePattern().globalMatch(senses); it.hasNext(); ++place) {
        const QRegularExpressionMatch m = it.next();
        const QString word = m.captured(1);
        const QString link = QStringLiteral("<a href=\"") + QString::fromLatin1(QUrl::toPercentEncoding(word)) +
                             QStringLiteral("\">") + word.toHtmlEscaped() + QStringLiteral("</a>");
        out += senses.mid(at, m.capturedStart() - at).toHtmlEscaped() + QStringLiteral("→ ") +
               (place == focused ? QStringLiteral("<b>") + link + QStringLiteral("</b>") : link);
        at = m.capturedEnd();
    }
    // A line break, which styled text would make a space, is one.
    out += senses.mid(at).toHtmlEscaped();
    return out.replace(u'\n', QStringLiteral("<br>"));
}

QStringList referencedWords(const QString &senses)
{
    QStringList out;
    for (auto it = referencePattern().globalMatch(senses); it.hasNext();) {
        out << it.next().captured(1);
    }
    return out;
}

QString LookupModel::linkedSenses(const QString &senses, int focused) const
{
    return referenceLinks(senses, focused);
}

QStringList LookupModel::referencedWords(const QString &senses) const
{
    return app::referencedWords(senses);
}

QString partOfSpeechLabel(const QString &pos)
{
    return pos.isEmpty() ? pos : QCoreApplication::translate("okur::glossary", pos.toUtf8().constData());
}

QString segmentLabel(const glossary::Segment &segment)
{
    // "misspelt: young" names the word meant.
    static const QString misspelt = QStringLiteral("misspelt: ");
    if (segment.tag == QLatin1String("TYPO") && segment.label.startsWith(misspelt)) {
        return QCoreApplication::translate("okur::glossary", "misspelt: %1").arg(segment.label.mid(misspelt.size()));
    }
    return QCoreApplication::translate("okur::glossary", segment.label.toUtf8().constData());
}

QVariantList LookupModel::segments() const
{
    QVariantList out;
    if (m_result.analyses.isEmpty()) {
        return out;
    }
    for (const auto &s : m_result.analyses.first().segments) {
        out.append(QVariantMap{{QStringLiteral("form"), s.form}, {QStringLiteral("tag"), s.tag}, {QStringLiteral("label"), segmentLabel(s)}});
    }
    return out;
}

void LookupModel::setResult(const glossary::LookupResult &r, const QString &context)
{
    beginResetModel();
    m_result = r;
    m_context = context;
    endResetModel();
    Q_EMIT resultChanged();
    Q_EMIT statusChanged();
    if (m_saved || !m_saveError.isEmpty()) {
        m_saved = false;
        m_saveError.clear();
        Q_EMIT savedChanged();
    }
}

void LookupModel::lookupAt(const QString &blockText, int position, const QString &language, const QString &documentId,
                           int block)
{
    if (!ready()) {
        m_pending = [=]() { lookupAt(blockText, position, language, documentId, block); };
        return;
    }
    m_documentId = documentId;
    m_block = block;
    const glossary::LookupResult r = m_library->glossary()->lookupAt(blockText, position, language);
    if (r.query.isEmpty()) {
        clear();
        return;
    }
    setResult(r, sentenceAround(blockText, r.start));
}

void LookupModel::lookup(const QString &text, const QString &language)
{
    if (!ready()) {
        m_pending = [=]() { lookup(text, language); };
        return;
    }
    m_documentId.clear();
    m_block = -1;
    setResult(m_library->glossary()->lookup(text, language), QString());
}

void LookupModel::clear()
{
    m_pending = nullptr;
    setResult({}, QString());
}

bool LookupModel::save()
{
    const auto failed = [this](const QString &reason) {
        m_saveError = reason;
        Q_EMIT savedChanged();
        return false;
    };
    if (!hasResult()) {
        return failed(tr("no word is looked up"));
    }
    if (!m_library || !m_library->store().isOpen()) {
        return failed(tr("the library is not open"));
    }
    glossary::VocabularyItem item;
    item.lemma = lemma();
    item.language = m_result.language;
    item.translation = glossary::briefGloss(m_result);
    item.context = m_context;
    item.documentId = m_documentId;
    item.block = m_block;
    item.start = m_result.start;
    storage::Database &db = m_library->store().database();
    db.setError(QString()); // an older statement's reason is not this save's
    if (m_library->vocabulary().add(item) <= 0) {
        return failed(writeFailure(db));
    }
    Q_EMIT statusChanged(); // saving makes a new word learning
    if (!m_saved || !m_saveError.isEmpty()) {
        m_saved = true;
        m_saveError.clear();
        Q_EMIT savedChanged();
    }
    return true;
}

int LookupModel::status() const
{
    if (!hasResult() || !m_library || !m_library->store().isOpen()) {
        return glossary::StatusNew;
    }
    return m_library->wordStatus().status(m_result.language, statusLemma());
}

bool LookupModel::setStatus(int status)
{
    if (!hasResult() || !m_library || !m_library->store().isOpen() ||
        !m_library->wordStatus().set(m_result.language, statusLemma(), status, QDateTime::currentMSecsSinceEpoch())) {
        return false;
    }
    return true; // the store's changed() says it to the card
}

int LookupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.entries.size());
}

QVariant LookupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const glossary::Entry &e = m_result.entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case HeadwordRole: return e.headword;
    case SensesRole: return e.senses.join(QStringLiteral("; "));
    case SourceRole: return e.source;
    case EntryLanguageRole: return e.language;
    case PosRole: return partOfSpeechLabel(e.pos);
    case SensesByGroupRole:
        return sensesByGroup(e);
    default: return {};
    }
}

QHash<int, QByteArray> LookupModel::roleNames() const
{
    return {{HeadwordRole, "headword"},           {SensesRole, "senses"}, {SourceRole, "source"},
            {EntryLanguageRole, "entryLanguage"}, {PosRole, "pos"},       {SensesByGroupRole, "sensesByGroup"}};
}

} // namespace okur::app
