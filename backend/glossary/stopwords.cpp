// The function words a summary or a term list passes over, by language (split from glossary.cpp).
#include "glossary.h"

#include <QSet>

namespace okur::glossary {

bool Glossary::isStopword(const QString &lemma, const QString &language)
{
    static const QSet<QString> tr = {
        QStringLiteral("ve"),     QStringLiteral("bir"),      QStringLiteral("bu"),       QStringLiteral("şu"),
        QStringLiteral("o"),      QStringLiteral("ile"),      QStringLiteral("için"),     QStringLiteral("da"),
        QStringLiteral("de"),     QStringLiteral("gibi"),     QStringLiteral("olarak"),   QStringLiteral("daha"),
        QStringLiteral("çok"),    QStringLiteral("en"),       QStringLiteral("ise"),      QStringLiteral("ki"),
        QStringLiteral("ya"),     QStringLiteral("veya"),     QStringLiteral("ayrıca"),   QStringLiteral("aynı"),
        QStringLiteral("kadar"),  QStringLiteral("ancak"),    QStringLiteral("hem"),      QStringLiteral("her"),
        QStringLiteral("ne"),     QStringLiteral("sadece"),   QStringLiteral("olmak"),    QStringLiteral("etmek"),
        QStringLiteral("yapmak"), QStringLiteral("arasında"), QStringLiteral("üzerinde"), QStringLiteral("üzere"),
        QStringLiteral("göre"),   QStringLiteral("kendi"),    QStringLiteral("diğer"),    QStringLiteral("ile"),
        QStringLiteral("mi"),     QStringLiteral("çünkü"),    QStringLiteral("bunun"),    QStringLiteral("böyle"),
        QStringLiteral("olan"),   QStringLiteral("sonra"),    QStringLiteral("önce")};
    static const QSet<QString> en = {
        QStringLiteral("the"),    QStringLiteral("a"),     QStringLiteral("an"),    QStringLiteral("and"),
        QStringLiteral("or"),     QStringLiteral("of"),    QStringLiteral("to"),    QStringLiteral("in"),
        QStringLiteral("on"),     QStringLiteral("for"),   QStringLiteral("with"),  QStringLiteral("by"),
        QStringLiteral("as"),     QStringLiteral("at"),    QStringLiteral("from"),  QStringLiteral("is"),
        QStringLiteral("be"),     QStringLiteral("are"),   QStringLiteral("was"),   QStringLiteral("were"),
        QStringLiteral("it"),     QStringLiteral("its"),   QStringLiteral("this"),  QStringLiteral("that"),
        QStringLiteral("these"),  QStringLiteral("those"), QStringLiteral("has"),   QStringLiteral("have"),
        QStringLiteral("had"),    QStringLiteral("not"),   QStringLiteral("but"),   QStringLiteral("which"),
        QStringLiteral("their"),  QStringLiteral("also"),  QStringLiteral("such"),  QStringLiteral("than"),
        QStringLiteral("into"),   QStringLiteral("more"),  QStringLiteral("most"),  QStringLiteral("can"),
        QStringLiteral("will"),   QStringLiteral("been"),  QStringLiteral("other"), QStringLiteral("between"),
        QStringLiteral("through")};
    return (language == QLatin1String("tr") ? tr : en).contains(lemma) || lemma.size() < 2;
}

} // namespace okur::glossary
