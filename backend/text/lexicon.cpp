#include "lexicon.h"

#include "usage.h"

#include <hunspell/hunspell.hxx>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace okur::text {

Lexicon::~Lexicon() = default;

std::unique_ptr<Lexicon> Lexicon::open(const QString &affPath, const QString &dicPath, QString *error)
{
    if (!QFileInfo::exists(affPath) || !QFileInfo::exists(dicPath)) {
        if (error) {
            *error = QStringLiteral("dictionary not found: %1").arg(dicPath);
        }
        return nullptr;
    }
    std::unique_ptr<Lexicon> lex(new Lexicon);
    lex->m_aff = affPath;
    lex->m_dic = dicPath;
    return lex;
}

Hunspell &Lexicon::hunspell() const
{
    if (!m_hunspell) {
        m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(m_aff).constData(), QFile::encodeName(m_dic).constData());
    }
    return *m_hunspell;
}

bool Lexicon::accepts(const QString &word) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_cache.constFind(word);
    if (it != m_cache.constEnd()) {
        return *it;
    }
    const bool ok = hunspell().spell(word.toStdString());
    m_cache.insert(word, ok);
    return ok;
}

void Lexicon::prepare() const
{
    QMutexLocker lock(&m_mutex);
    hunspell();
}

void Lexicon::release() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_hunspell) {
        return;
    }
    m_hunspell.reset();
    m_cache = {};
#if defined(__GLIBC__)
    // Hunspell's dictionary is ~700,000 small blocks in the reading thread's malloc
    // arena; freed, glibc would keep their pages for later and they would stay resident.
    malloc_trim(0);
#endif
}

bool Lexicon::isLoaded() const
{
    QMutexLocker lock(&m_mutex);
    return bool(m_hunspell);
}

bool Lexicons::loaded() const
{
    for (const auto &l : {tr, en}) {
        const auto *lexicon = dynamic_cast<const Lexicon *>(l.get());
        if (lexicon && lexicon->isLoaded()) {
            return true;
        }
    }
    return false;
}

QStringList Lexicon::stems(const QString &word) const
{
    QMutexLocker lock(&m_mutex);
    QStringList out;
    for (const std::string &s : hunspell().stem(word.toStdString())) {
        out.append(QString::fromStdString(s));
    }
    return out;
}

namespace {

// Copies a resource to disk unless an identical-size copy is already there.
bool extract(const QString &resource, const QString &target, QString *error)
{
    QFile src(resource);
    QFileInfo info(target);
    if (info.exists() && info.size() == src.size()) {
        return true;
    }
    QFile::remove(target);
    if (!src.copy(target)) {
        if (error) {
            *error = QStringLiteral("cannot extract %1 to %2: %3").arg(resource, target, src.errorString());
        }
        return false;
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

std::shared_ptr<const WordChecker> loadOne(const QString &dir, const QString &name, QString *error)
{
    const QString aff = dir + QLatin1Char('/') + name + QStringLiteral(".aff");
    const QString dic = dir + QLatin1Char('/') + name + QStringLiteral(".dic");
    const QString res = QStringLiteral(":/okur/hunspell/") + name;
    if (!extract(res + QStringLiteral(".aff"), aff, error) || !extract(res + QStringLiteral(".dic"), dic, error)) {
        return nullptr;
    }
    return std::shared_ptr<const WordChecker>(Lexicon::open(aff, dic, error).release());
}

} // namespace

Lexicons loadBundledLexicons(const QString &cacheDir, QString *error)
{
    Lexicons lex;
    const QString dir = cacheDir + QStringLiteral("/hunspell");
    if (!QDir().mkpath(dir)) {
        if (error) {
            *error = QStringLiteral("cannot create %1").arg(dir);
        }
        return lex;
    }
    lex.tr = loadOne(dir, QStringLiteral("tr_TR"), error);
    lex.en = loadOne(dir, QStringLiteral("en_US"), error);
    lex.usage = std::make_shared<const Usage>();
    return lex;
}

} // namespace okur::text
