#include "casing.h"

#include <QList>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace okur::text {

namespace {

// Latin letters need no ICU: lower-casing them is a table lookup, with
// Turkish's I → ı and İ → i. This path carries the search index's load.
bool isPlainLatin(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x250) {
            return false;
        }
    }
    return true;
}

} // namespace

QString foldCase(const QString &s, const QString &language)
{
    if (isPlainLatin(s)) {
        const bool turkish = language == QLatin1String("tr");
        QString out(s.size(), Qt::Uninitialized);
        QChar *d = out.data();
        for (qsizetype i = 0; i < s.size(); ++i) {
            const QChar c = s.at(i);
            if (turkish && c == u'I') {
                d[i] = QChar(u'ı');
            } else if (c == u'İ') {
                d[i] = QChar(u'i');
            } else {
                d[i] = c.toLower();
            }
        }
        return out;
    }
    icu::UnicodeString u(reinterpret_cast<const UChar *>(s.utf16()), int32_t(s.size()));
    const icu::Locale locale = language == QLatin1String("tr") ? icu::Locale("tr", "TR") : icu::Locale::getRoot();
    u.toLower(locale);
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
}

QString stripDiacritics(const QString &s)
{
    // Base letters of Latin characters, computed once: normalising each
    // character as it comes is slow on the indexing path.
    static const QList<char16_t> table = [] {
        QList<char16_t> t(0x250);
        for (char16_t c = 0; c < 0x250; ++c) {
            t[c] = QString(QChar(c)).normalized(QString::NormalizationForm_D).at(0).unicode();
        }
        t[u'ı'] = u'i';
        t[u'İ'] = u'I';
        return t;
    }();
    QString out(s.size(), Qt::Uninitialized);
    QChar *d = out.data();
    qsizetype n = 0;
    for (const QChar c : s) {
        if (c.unicode() < 0x250) {
            d[n++] = QChar(table[c.unicode()]);
            continue;
        }
        if (c.category() == QChar::Mark_NonSpacing) {
            continue; // a combining accent, e.g. in decomposed text
        }
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        d[n++] = decomposed.at(0);
    }
    out.truncate(n);
    return out;
}

bool isAllUpper(const QString &s)
{
    bool anyLetter = false;
    for (const QChar c : s) {
        if (c.isLetter()) {
            anyLetter = true;
            if (c.isLower()) {
                return false;
            }
        }
    }
    return anyLetter;
}

} // namespace okur::text
