#pragma once
// Simulates the two kinds of font damage seen in PDF extraction, so the
// repair can be tested on text other than the bundled article.
#include <QString>

namespace okur::test {

/// u set as ü (and U as Ü) everywhere, as in the article's body font.
inline QString uAsU(QString s)
{
    s.replace(u'u', u'ü').replace(u'U', u'Ü');
    return s;
}

/// Letters with diacritics split off by a space: ö→"o ", ğ→"g ", İ→"I ",
/// â→"a ", and a real ü followed by a space; then u set as ü.
inline QString splitLetters(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        switch (c.unicode()) {
        case u'ö': out += QStringLiteral("o "); break;
        case u'Ö': out += QStringLiteral("O "); break;
        case u'ğ': out += QStringLiteral("g "); break;
        case u'İ': out += QStringLiteral("I "); break;
        case u'â': out += QStringLiteral("a "); break;
        case u'ü': out += QStringLiteral("ü "); break;
        case u'Ü': out += QStringLiteral("Ü "); break;
        case u'u': out += QStringLiteral("ü"); break;
        case u'U': out += QStringLiteral("Ü"); break;
        default: out += c;
        }
    }
    return out;
}

} // namespace okur::test
