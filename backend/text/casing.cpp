#include "casing.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace okur::text {

QString foldCase(const QString &s, const QString &language)
{
    icu::UnicodeString u(reinterpret_cast<const UChar *>(s.utf16()), int32_t(s.size()));
    const icu::Locale locale = language == QLatin1String("tr") ? icu::Locale("tr", "TR") : icu::Locale::getRoot();
    u.toLower(locale);
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
}

QString stripDiacritics(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        switch (c.unicode()) {
        case u'ı': out.append(u'i'); continue;
        case u'İ': out.append(u'I'); continue;
        default: break;
        }
        const QString d = QString(c).normalized(QString::NormalizationForm_D);
        out.append(d.at(0));
    }
    return out;
}

bool isAllUpper(const QString &s)
{
    bool anyLetter = false;
    for (const QChar c : s) {
        if (c.isLetter()) {
            anyLetter = true;
            if (c.isLower())
                return false;
        }
    }
    return anyLetter;
}

} // namespace okur::text
