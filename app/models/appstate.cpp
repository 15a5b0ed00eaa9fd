#include "appstate.h"

#include "language.h"
#include "library/library.h"

#include <QGuiApplication>
#include <QEvent>
#include <QQmlEngine>

namespace okur::app {

namespace {
AppState *s_instance = nullptr;
const QStringList kThemes = {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"),
                             QStringLiteral("sepia"), QStringLiteral("contrast")};
const QStringList kFaces = {QStringLiteral("charis"), QStringLiteral("dejavu")};
const QStringList kMargins = {QStringLiteral("narrow"), QStringLiteral("normal"), QStringLiteral("wide")};
constexpr qreal kMinSpacing = 1.2;
constexpr qreal kMaxSpacing = 2.2;
} // namespace

AppState::AppState(library::Library *library, bool systemDark, QObject *parent)
    : QObject(parent), m_library(library), m_systemDark(systemDark)
{
    s_instance = this;
    if (m_library && m_library->store().isOpen()) {
        auto &store = m_library->store();
        const QString theme = store.setting(QStringLiteral("theme"), m_theme);
        m_theme = kThemes.contains(theme) ? theme : m_theme;
        m_fontSize = qBound(kMinFontSize, store.setting(QStringLiteral("fontSize")).toInt(), kMaxFontSize);
        if (store.setting(QStringLiteral("fontSize")).isEmpty()) {
            m_fontSize = 18;
        }
        m_lastDocument = store.setting(QStringLiteral("lastDocument"));
        const QString language = store.setting(QStringLiteral("language"), m_language);
        m_language = interfaceLanguages().contains(language) ? language : m_language;
        const QString face = store.setting(QStringLiteral("readingFace"), m_readingFace);
        m_readingFace = kFaces.contains(face) ? face : m_readingFace;
        bool ok = false;
        const qreal spacing = store.setting(QStringLiteral("lineSpacing")).toDouble(&ok);
        m_lineSpacing = ok ? qBound(kMinSpacing, spacing, kMaxSpacing) : m_lineSpacing;
        const QString margins = store.setting(QStringLiteral("margins"), m_margins);
        m_margins = kMargins.contains(margins) ? margins : m_margins;
        m_justify = store.setting(QStringLiteral("justify")) == QLatin1String("1");
        m_markWords = store.setting(QStringLiteral("markWords"), QStringLiteral("1")) == QLatin1String("1");
        m_paged = store.setting(QStringLiteral("paged")) == QLatin1String("1");
    }
    if (qGuiApp) {
        m_textScale = textScaleFor(QGuiApplication::font());
        qGuiApp->installEventFilter(this); // the system font changes: ApplicationFontChange
    }
    connect(this, &AppState::fontSizeChanged, this, &AppState::readingSizeChanged);
    // Before QML loads, so the first frame is already in the reader's language.
    installTranslation(resolveLanguage(m_language, QLocale::system()));
    if (m_library) {
        connect(m_library, &library::Library::busyChanged, this, &AppState::busyChanged);
        connect(m_library, &library::Library::progressChanged, this, &AppState::workChanged);
        connect(this, &AppState::languageChanged, this, &AppState::workChanged);
        connect(m_library, &library::Library::errorChanged, this, &AppState::errorChanged);
        connect(m_library, &library::Library::importFinished, this,
                [this](const QStringList &ids, const QStringList &existing, const QStringList &errors) {
                    QStringList lines;
                    if (!ids.isEmpty()) {
                        lines << tr("Imported %Ln document(s).", nullptr, int(ids.size()));
                    }
                    for (const QString &id : existing) {
                        const auto doc = m_library->store().document(id);
                        lines << tr("Already in the library: %1.").arg(doc ? doc->title : id);
                    }
                    lines << errors;
                    Q_EMIT importFinished(lines.join(u'\n'), ids.isEmpty() ? existing.value(0) : ids.value(0));
                });
    }
}

AppState *AppState::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT(s_instance);
    s_instance->m_engine = engine; // to retranslate its bindings when the language changes
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

AppState *AppState::instance() { return s_instance; }

void AppState::setStarted()
{
    if (!m_started) {
        m_started = true;
        Q_EMIT startedChanged();
    }
}

bool AppState::ready() const { return m_library && m_library->store().isOpen(); }
bool AppState::busy() const { return m_library && m_library->busy(); }
QString AppState::work() const
{
    if (!m_library) {
        return QString();
    }
    const library::WorkProgress p = m_library->progress();
    switch (p.task) {
    case library::Task::Idle:
        return QString();
    case library::Task::Lexicons:
        return tr("Loading the spelling dictionaries…");
    case library::Task::Documents:
        return p.total > 0 ? tr("Preparing the documents (%1 of %2)…").arg(qMin(p.done + 1, p.total)).arg(p.total)
                           : tr("Preparing the documents…");
    case library::Task::Dictionary:
        return tr("Loading the dictionary…");
    case library::Task::Index:
        return tr("Indexing the library for search…");
    case library::Task::Summaries:
        return tr("Summarising the themes…");
    }
    return QString();
}

QString AppState::error() const { return m_library ? m_library->error() : QString(); }
QString AppState::libraryDirectory() const { return m_library ? m_library->directory() : QString(); }
QString AppState::notice() const { return m_library ? m_library->notice() : QString(); }

void AppState::setTheme(const QString &theme)
{
    if (theme == m_theme || !kThemes.contains(theme)) {
        return;
    }
    m_theme = theme;
    saveSetting(QStringLiteral("theme"), theme);
    Q_EMIT themeChanged();
}

QString AppState::interfaceLanguage() const { return resolveLanguage(m_language, QLocale::system()); }

void AppState::setLanguage(const QString &language)
{
    if (language == m_language || (language != QLatin1String("system") && !interfaceLanguages().contains(language))) {
        return;
    }
    if (!installTranslation(resolveLanguage(language, QLocale::system()))) {
        return; // the translation is missing: keep the language that works
    }
    m_language = language;
    saveSetting(QStringLiteral("language"), language);
    if (m_engine) {
        m_engine->retranslate();
    }
    Q_EMIT languageChanged();
}

bool AppState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qGuiApp && event->type() == QEvent::ApplicationFontChange) {
        const double scale = textScaleFor(QGuiApplication::font());
        if (!qFuzzyCompare(scale, m_textScale)) {
            m_textScale = scale;
            Q_EMIT textScaleChanged();
            Q_EMIT readingSizeChanged();
        }
    }
    return QObject::eventFilter(watched, event);
}

double AppState::textScaleFor(const QFont &systemFont)
{
    // A font set in pixels counts at the desktop's 96 dpi.
    const double points = systemFont.pointSizeF() > 0 ? systemFont.pointSizeF() : systemFont.pixelSize() * 72.0 / 96.0;
    return points > 0 ? qBound(1.0, points / 11.0, 3.0) : 1.0;
}

void AppState::setFontSize(int size)
{
    size = qBound(kMinFontSize, size, kMaxFontSize);
    if (size == m_fontSize) {
        return;
    }
    m_fontSize = size;
    saveSetting(QStringLiteral("fontSize"), QString::number(size));
    Q_EMIT fontSizeChanged();
}

void AppState::setReadingFace(const QString &face)
{
    if (face == m_readingFace || !kFaces.contains(face)) {
        return;
    }
    m_readingFace = face;
    saveSetting(QStringLiteral("readingFace"), face);
    Q_EMIT readingChanged();
}

void AppState::setLineSpacing(qreal spacing)
{
    // Tenths: the menu steps by them, and a stored value compares equal.
    spacing = qRound(qBound(kMinSpacing, spacing, kMaxSpacing) * 20) / 20.0;
    if (qFuzzyCompare(spacing, m_lineSpacing)) {
        return;
    }
    m_lineSpacing = spacing;
    saveSetting(QStringLiteral("lineSpacing"), QString::number(spacing));
    Q_EMIT readingChanged();
}

void AppState::setMargins(const QString &margins)
{
    if (margins == m_margins || !kMargins.contains(margins)) {
        return;
    }
    m_margins = margins;
    saveSetting(QStringLiteral("margins"), margins);
    Q_EMIT readingChanged();
}

void AppState::setJustify(bool justify)
{
    if (justify == m_justify) {
        return;
    }
    m_justify = justify;
    saveSetting(QStringLiteral("justify"), justify ? QStringLiteral("1") : QStringLiteral("0"));
    Q_EMIT readingChanged();
}

void AppState::setMarkWords(bool mark)
{
    if (mark == m_markWords) {
        return;
    }
    m_markWords = mark;
    saveSetting(QStringLiteral("markWords"), mark ? QStringLiteral("1") : QStringLiteral("0"));
    Q_EMIT readingChanged();
}

void AppState::setPaged(bool paged)
{
    if (paged == m_paged) {
        return;
    }
    m_paged = paged;
    saveSetting(QStringLiteral("paged"), paged ? QStringLiteral("1") : QStringLiteral("0"));
    Q_EMIT pagedChanged();
}

void AppState::setLastDocument(const QString &id)
{
    if (id == m_lastDocument) {
        return;
    }
    m_lastDocument = id;
    saveSetting(QStringLiteral("lastDocument"), id);
    Q_EMIT lastDocumentChanged();
}

void AppState::importFiles(const QList<QUrl> &urls)
{
    if (!m_library) {
        return;
    }
    QStringList paths;
    for (const QUrl &url : urls) {
        paths << (url.isLocalFile() ? url.toLocalFile() : url.toString());
    }
    if (!paths.isEmpty()) {
        m_library->importFiles(paths);
    }
}

void AppState::saveSetting(const QString &key, const QString &value)
{
    if (m_library && m_library->store().isOpen()) {
        m_library->store().setSetting(key, value);
    }
}

} // namespace okur::app
