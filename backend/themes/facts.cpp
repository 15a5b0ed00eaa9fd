#include "facts.h"

#include "glossary/glossary.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace okur::themes {

namespace {

struct Token {
    int start = 0;
    int length = 0; // the whole token, suffix included
    QString base;   // before an apostrophe suffix
    QString suffix; // after it, lower case
};

QList<Token> tokens(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("(\\p{L}[\\p{L}\\p{M}\\d]*|\\d+)(?:['’](\\p{L}+))?"));
    QList<Token> out;
    for (auto it = re.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out.append({int(m.capturedStart()), int(m.capturedLength()), m.captured(1), m.captured(2).toLower()});
    }
    return out;
}

bool isAcronym(const QString &w)
{
    int letters = 0;
    for (const QChar c : w) {
        if (c.isLetter()) {
            if (!c.isUpper()) {
                return false;
            }
            ++letters;
        }
    }
    return letters >= 2;
}

bool isCapitalised(const QString &w) { return !w.isEmpty() && w.front().isUpper(); }
bool isNumber(const QString &w) { return !w.isEmpty() && w.front().isDigit(); }

// Month names, English and Turkish, folded; index + 1 is the month.
const QStringList &months()
{
    static const QStringList m = {
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),    QStringLiteral("april"),
        QStringLiteral("may"),     QStringLiteral("june"),     QStringLiteral("july"),     QStringLiteral("august"),
        QStringLiteral("september"), QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december"),
        QStringLiteral("ocak"),    QStringLiteral("şubat"),    QStringLiteral("mart"),     QStringLiteral("nisan"),
        QStringLiteral("mayıs"),   QStringLiteral("haziran"),  QStringLiteral("temmuz"),   QStringLiteral("ağustos"),
        QStringLiteral("eylül"),   QStringLiteral("ekim"),     QStringLiteral("kasım"),    QStringLiteral("aralık")};
    return m;
}

int monthOf(const QString &w)
{
    const int i = int(months().indexOf(w.toLower()));
    return i < 0 ? 0 : i % 12 + 1;
}

bool isWeekday(const QString &w)
{
    static const QSet<QString> d = {QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                                    QStringLiteral("thursday"), QStringLiteral("friday"), QStringLiteral("saturday"),
                                    QStringLiteral("sunday")};
    return d.contains(w.toLower());
}

// Words that join the parts of a name: "Organization of Islamic Cooperation", "Kültür ve Turizm Bakanlığı".
bool isConnector(const QString &w)
{
    static const QSet<QString> c = {QStringLiteral("of"), QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("for"),
                                    QStringLiteral("on"), QStringLiteral("de"), QStringLiteral("ve"), QStringLiteral("&")};
    return c.contains(w);
}

// The last word of a name says what it names.
const QSet<QString> &eventHeads()
{
    static const QSet<QString> h = {
        QStringLiteral("games"), QStringLiteral("olympics"), QStringLiteral("olympiad"), QStringLiteral("championship"),
        QStringLiteral("championships"), QStringLiteral("cup"), QStringLiteral("prix"), QStringLiteral("festival"),
        QStringLiteral("forum"), QStringLiteral("summit"), QStringLiteral("conference"), QStringLiteral("congress"),
        QStringLiteral("war"), QStringLiteral("expo"), QStringLiteral("biennale"), QStringLiteral("week"),
        QStringLiteral("days"), QStringLiteral("contest"), QStringLiteral("competition"), QStringLiteral("tournament"),
        QStringLiteral("rally"), QStringLiteral("marathon"), QStringLiteral("fair"), QStringLiteral("exhibition"),
        QStringLiteral("ceremony"), QStringLiteral("treaty"), QStringLiteral("declaration"), QStringLiteral("accord"),
        QStringLiteral("agreement"), QStringLiteral("crisis"), QStringLiteral("revolution"), QStringLiteral("massacre"),
        QStringLiteral("genocide"), QStringLiteral("camp"), QStringLiteral("meeting"), QStringLiteral("session"),
        QStringLiteral("oyunları"), QStringLiteral("olimpiyatları"), QStringLiteral("şampiyonası"), QStringLiteral("kupası"),
        QStringLiteral("festivali"), QStringLiteral("forumu"), QStringLiteral("zirvesi"), QStringLiteral("konferansı"),
        QStringLiteral("kongresi"), QStringLiteral("savaşı"), QStringLiteral("fuarı"), QStringLiteral("haftası"),
        QStringLiteral("günleri"), QStringLiteral("yarışması"), QStringLiteral("antlaşması"), QStringLiteral("anlaşması"),
        QStringLiteral("bildirgesi"), QStringLiteral("krizi"), QStringLiteral("soykırımı"), QStringLiteral("katliamı"),
        QStringLiteral("kampı"), QStringLiteral("toplantısı")};
    return h;
}

const QSet<QString> &institutionHeads()
{
    static const QSet<QString> h = {
        QStringLiteral("university"), QStringLiteral("foundation"), QStringLiteral("ministry"), QStringLiteral("organization"),
        QStringLiteral("organisation"), QStringLiteral("council"), QStringLiteral("union"), QStringLiteral("agency"),
        QStringLiteral("centre"), QStringLiteral("center"), QStringLiteral("institute"), QStringLiteral("bank"),
        QStringLiteral("committee"), QStringLiteral("commission"), QStringLiteral("association"), QStringLiteral("society"),
        QStringLiteral("academy"), QStringLiteral("school"), QStringLiteral("college"), QStringLiteral("parliament"),
        QStringLiteral("assembly"), QStringLiteral("office"), QStringLiteral("service"), QStringLiteral("company"),
        QStringLiteral("corporation"), QStringLiteral("fund"), QStringLiteral("network"), QStringLiteral("movement"),
        QStringLiteral("party"), QStringLiteral("government"), QStringLiteral("embassy"), QStringLiteral("department"),
        QStringLiteral("court"), QStringLiteral("nations"), QStringLiteral("federation"), QStringLiteral("confederation"),
        QStringLiteral("alliance"), QStringLiteral("group"), QStringLiteral("programme"), QStringLiteral("program"),
        QStringLiteral("üniversitesi"), QStringLiteral("vakfı"), QStringLiteral("bakanlığı"), QStringLiteral("örgütü"),
        QStringLiteral("teşkilatı"), QStringLiteral("birliği"), QStringLiteral("konseyi"), QStringLiteral("ajansı"),
        QStringLiteral("merkezi"), QStringLiteral("enstitüsü"), QStringLiteral("bankası"), QStringLiteral("komitesi"),
        QStringLiteral("komisyonu"), QStringLiteral("derneği"), QStringLiteral("akademisi"), QStringLiteral("okulu"),
        QStringLiteral("meclisi"), QStringLiteral("ofisi"), QStringLiteral("şirketi"), QStringLiteral("fonu"),
        QStringLiteral("hareketi"), QStringLiteral("partisi"), QStringLiteral("hükümeti"), QStringLiteral("büyükelçiliği"),
        QStringLiteral("kurumu"), QStringLiteral("başkanlığı"), QStringLiteral("müdürlüğü"), QStringLiteral("federasyonu"),
        QStringLiteral("konfederasyonu"), QStringLiteral("ittifakı"), QStringLiteral("programı")};
    return h;
}

// Whether `word` (lower case) is one of `heads`, or one with suffixes run on, as Turkish writes a name's head
// ("Bakanlığının", "Üniversitesinde"; a head of five letters or more, so no short word passes for one).
bool isHead(const QSet<QString> &heads, const QString &word)
{
    if (heads.contains(word)) {
        return true;
    }
    for (qsizetype n = word.size() - 1; n >= 5; --n) {
        if (heads.contains(word.left(n))) {
            return true;
        }
    }
    return false;
}

// Words before a name that make it a place: "in Baku", "to Karachi".
bool isPlacePreposition(const QString &w)
{
    static const QSet<QString> p = {QStringLiteral("in"), QStringLiteral("at"), QStringLiteral("to"), QStringLiteral("from"),
                                    QStringLiteral("across"), QStringLiteral("near"), QStringLiteral("into"),
                                    QStringLiteral("towards"), QStringLiteral("toward"), QStringLiteral("throughout")};
    return p.contains(w);
}

// Turkish case endings after the apostrophe that put a name in a place: "Bakü'de", "İstanbul'dan", "Paris'e".
bool isPlaceSuffix(const QString &s)
{
    static const QSet<QString> p = {QStringLiteral("da"), QStringLiteral("de"), QStringLiteral("ta"), QStringLiteral("te"),
                                    QStringLiteral("dan"), QStringLiteral("den"), QStringLiteral("tan"), QStringLiteral("ten"),
                                    QStringLiteral("a"), QStringLiteral("e"), QStringLiteral("ya"), QStringLiteral("ye"),
                                    QStringLiteral("daki"), QStringLiteral("deki"), QStringLiteral("taki"), QStringLiteral("teki")};
    return p.contains(s);
}

bool onlySpaceBetween(const QString &s, const Token &a, const Token &b)
{
    for (int i = a.start + a.length; i < b.start; ++i) {
        if (!s.at(i).isSpace()) {
            return false;
        }
    }
    return true;
}

bool isNameWord(const Token &t, const QString &language)
{
    if (isAcronym(t.base)) {
        return true;
    }
    if (!isCapitalised(t.base) || monthOf(t.base) || isWeekday(t.base) || t.base == QLatin1String("I")) {
        return false;
    }
    return !glossary::Glossary::isStopword(t.base.toLower(), language);
}

// "(Nye, 2004)", "(BBC News, 2012; Cull, 2008)", "(2004)": a reference, not an event.
bool isCitation(const QString &s, int yearStart, int yearEnd)
{
    int before = yearStart - 1;
    while (before >= 0 && s.at(before).isSpace()) {
        --before;
    }
    int after = yearEnd;
    while (after < s.size() && s.at(after).isLetter() && after - yearEnd < 2) { // "2004a"
        ++after;
    }
    if (before < 0 || after >= s.size()) {
        return false;
    }
    const QChar b = s.at(before), a = s.at(after);
    return (b == u'(' || b == u',' || b == u';') && (a == u')' || a == u';' || a == u',' || a == u':')
        && s.left(yearStart).lastIndexOf(u'(') > s.left(yearStart).lastIndexOf(u')');
}

// Whether the name from `start` to `end` is a work's author cited by year, a reference to a source rather than a
// thing the sentence states: "Nye (2004)", "Nye's (2004)", "Nye vd. (2004)"; or any name inside parentheses that
// close on a year after a comma: "(Nye, 2004)", "(Nye et al., 2004: 12)", "(Ang, Ien ve al., 2015)", "(Cull and
// Melissen, 2008a; BBC News, 2012)". A name with a year of its own, "(Baku 2015)", is no citation.
bool isCitedAuthor(const QString &s, int start, int end)
{
    static const QRegularExpression yearAfter(
        QStringLiteral("^(?:['’]\\p{L}+)?(?:\\s+(?:et\\s+al\\.|vd\\.|ve\\s+ark\\.))?\\s*\\((?:1[5-9]\\d\\d|20\\d\\d)[a-z]?\\s*[),;:]"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression citationCloses(
        QStringLiteral("^[^()]*?,\\s*(?:1[5-9]\\d\\d|20\\d\\d)[a-z]?(?:\\s*[:,]\\s*[\\d–-]+)?\\s*\\)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QStringView rest = QStringView(s).mid(end);
    if (yearAfter.match(rest).hasMatch()) {
        return true;
    }
    const QStringView before = QStringView(s).left(start);
    return before.lastIndexOf(u'(') > before.lastIndexOf(u')') && citationCloses.match(rest).hasMatch();
}

} // namespace

QList<Mention> names(const QString &sentence, const QString &language)
{
    const QList<Token> ts = tokens(sentence);
    QList<Mention> out;
    int i = 0;
    while (i < ts.size()) {
        if (!isNameWord(ts[i], language)) {
            ++i;
            continue;
        }
        // Extend the run over name words, numbers inside names ("Formula 1 Grand Prix", "Euro 2020")
        // and connectors followed by a name word; an apostrophe suffix ends it.
        int last = i;
        while (ts[last].suffix.isEmpty() && last + 1 < ts.size() && onlySpaceBetween(sentence, ts[last], ts[last + 1])) {
            const Token &next = ts[last + 1];
            if (isNameWord(next, language) || (isNumber(next.base) && next.base.size() <= 4)) {
                ++last;
                continue;
            }
            if (isConnector(next.base) && last + 2 < ts.size() && onlySpaceBetween(sentence, next, ts[last + 2])
                && isNameWord(ts[last + 2], language) && next.suffix.isEmpty()) {
                last += 2;
                continue;
            }
            break;
        }
        const int first = i;
        // Cited authors are read before the run is cut at a conjunction: "Cull and Melissen (2008)".
        if (isCitedAuthor(sentence, ts[first].start, int(ts[last].start + ts[last].base.size()))) {
            i = last + 1;
            continue;
        }
        // "and" and "ve" join one name's words only in a name with a head or an "of" ("Ministry of Culture and
        // Tourism", "Kültür ve Turizm Bakanlığı"); else they join two names ("Twitter ve Facebook"): the first ends
        // before them, the next is read on its own.
        bool headed = isHead(eventHeads(), ts[last].base.toLower()) || isHead(institutionHeads(), ts[last].base.toLower());
        for (int k = first; k <= last && !headed; ++k) {
            headed = ts[k].base == QLatin1String("of") || ts[k].base == QLatin1String("de");
        }
        for (int k = first + 1; k < last && !headed; ++k) {
            if (ts[k].base == QLatin1String("and") || ts[k].base == QLatin1String("ve")) {
                last = k - 1;
            }
        }
        i = last + 1;
        // A single capitalised word that opens the sentence may be any word.
        if (first == 0 && last == 0 && !isAcronym(ts[0].base)) {
            continue;
        }
        if (isCitedAuthor(sentence, ts[first].start, int(ts[last].start + ts[last].base.size()))) {
            continue;
        }
        Mention m;
        m.start = ts[first].start;
        const Token &end = ts[last];
        m.length = int(end.start + end.base.size() - m.start);
        m.text = sentence.mid(m.start, m.length);
        const QString head = end.base.toLower();
        const QString prev = first > 0 ? ts[first - 1].base.toLower() : QString();
        bool year = false;
        for (int k = first; k <= last; ++k) {
            year = year || (isNumber(ts[k].base) && ts[k].base.size() == 4);
        }
        // The head is the last word in English and Turkish, the first before "of" ("Organization of ...").
        bool event = isHead(eventHeads(), head), institution = isHead(institutionHeads(), head);
        for (int k = first; k < last; ++k) {
            if (isConnector(ts[k + 1].base)) {
                event = event || isHead(eventHeads(), ts[k].base.toLower());
                institution = institution || isHead(institutionHeads(), ts[k].base.toLower());
            }
        }
        // An acronym in parentheses abbreviates the words before it: an institution's name makes it one ("Azerbaycan
        // Dışişleri Bakanlığı (ADİB)"); words in lower case make it a term, no named thing ("artificial intelligence
        // (AI)"). One the sentence does not spell out is most often an institution (NATO, UNESCO, YTB).
        const bool acronym = first == last && isAcronym(end.base);
        const bool defined = acronym && m.start >= 2 && sentence.at(m.start - 1) == u'(' && sentence.at(m.start - 2).isSpace();
        if (defined && !out.isEmpty() && out.last().start + out.last().length == m.start - 2) {
            m.kind = out.last().kind;
            out.append(m);
            continue;
        }
        if (defined) {
            // After words in lower case: a term when their initials spell it ("artificial intelligence (AI)"); an
            // acronym after other words ("the military alliance (NATO)") is read as any other.
            if (!acronymExpansion(sentence.left(m.start - 2), end.base).isEmpty()) {
                continue;
            }
        }
        if (event || (year && last > first)) {
            m.kind = FactKind::Event;
        } else if (institution || acronym) {
            m.kind = FactKind::Institution;
        } else if (last - first <= 1 && (isPlacePreposition(prev) || isPlaceSuffix(end.suffix))) {
            m.kind = FactKind::Place;
        } else {
            m.kind = FactKind::Name;
        }
        out.append(m);
    }
    return out;
}

QString acronymExpansion(const QString &text, const QString &acronym)
{
    static const QRegularExpression separators(QStringLiteral("[\\s-]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    const qsizetype n = acronym.size();
    if (n == 0 || words.size() < n) {
        return {};
    }
    const QStringList last = words.mid(words.size() - n);
    QString initials;
    for (const QString &w : last) {
        initials += w.front();
    }
    return initials.toUpper() == acronym.toUpper() ? last.join(u' ') : QString();
}

QList<DateMention> dates(const QString &sentence, const QString &language)
{
    Q_UNUSED(language)
    // Optional day, month name, then the year; or a year with the words that make it a date.
    static const QRegularExpression re(
        QStringLiteral("(?:\\b(in|since|by|from|until|till|before|after|during|of)\\s+)?"
                       "(?:(\\d{1,2})\\s+)?(?:\\b(") + months().join(u'|') + QStringLiteral(")\\s+(?:(\\d{1,2}),?\\s+)?)?"
                       "\\b(1[89]\\d\\d|20\\d\\d)\\b(?![.,]?\\d)"
                       "(?:(['’]\\p{L}+)|\\s+(yılından|yılındaki|yılında|yılına|yıllarında|yılları|yılı))?"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<DateMention> out;
    for (auto it = re.globalMatch(sentence); it.hasNext();) {
        const auto m = it.next();
        if (isCitation(sentence, int(m.capturedStart(5)), int(m.capturedEnd(5)))) {
            continue;
        }
        DateMention d;
        d.year = m.captured(5).toInt();
        d.month = monthOf(m.captured(3));
        const int start = int(m.capturedStart());
        d.start = start;
        d.length = int(m.capturedEnd()) - start;
        d.text = sentence.mid(d.start, d.length);
        out.append(d);
    }
    return out;
}

bool isGeneric(const QString &sentence, const QString &language)
{
    Q_UNUSED(language) // both languages' patterns apply: quotations cross languages
    // One expression, the patterns as alternatives: every sentence of the
    // library is checked, so one pass each instead of one per pattern.
    static const QRegularExpression patterns = [] {
        QStringList p;
        const auto add = [&p](const char *re) { p << QStringLiteral("(?:%1)").arg(QString::fromUtf8(re)); };
        // Talk about the text itself.
        add("^\\W*(this|the present|our|the current) (article|paper|study|research|essay|chapter|report|analysis|work|section|review)\\b");
        add("\\b(this|the present) (article|paper|study|research|essay|chapter|report|analysis) (will |also |then )?"
            "(explores?|examines?|aims?|analy[sz]es?|discuss(es)?|investigates?|seeks?|argues?|focuses|considers?|looks|highlights?|describes?|provides?|presents?|outlines?)");
        add("\\baims? to (analy[sz]e|explore|examine|investigate|discuss|understand|shed light|highlight)");
        add("^\\W*(in conclusion|to conclude|in summary|to sum up|overall|in short|in brief|as (mentioned|noted|discussed|stated|seen))\\b");
        add("\\bis (another|an|a|one of the|the) (most )?(important|key|crucial|significant|essential|vital|central|notable|major) "
            "(aspect|element|component|factor|dimension|part|tool|instrument|pillar|area|feature)s?\\b");
        add("\\bplays? (an?|a very) (important|key|crucial|significant|vital|essential|major|central) role\\b");
        add("\\bit is (important|essential|crucial|worth|necessary) (to note|noting|mentioning|to mention|to emphasi[sz]e)");
        add("^\\W*(keywords|key words|anahtar (kelimeler|sözcükler))\\b");
        // The text's plan, wherever it stands in the sentence: "the themes discussed in this
        // section", "factors such as X are analysed and their impact evaluated".
        add("\\b(in|of|throughout|within) this (article|paper|study|section|chapter|essay|report)\\b");
        add("\\b(are|is|will be) (also |then |further |briefly )?(analy[sz]ed|examined|explored|investigated|discussed|evaluated)\\b");
        // Turkish.
        add("^\\W*bu (makale|makalede|makalenin|çalışma|çalışmada|çalışmanın|araştırma|araştırmada|bölüm|bölümde|inceleme|incelemede)\\b");
        add("(amaçlanmaktadır|amaçlamaktadır|incelenmektedir|incelenecektir|ele alınmaktadır|ele alınacaktır|"
            "değerlendirilmektedir|değerlendirilecektir|tartışılmaktadır|tartışılacaktır|analiz edilmektedir)");
        add("^\\W*(sonuç olarak|sonuçta|özetle|kısacası|genel olarak|yukarıda belirtildiği gibi)\\b");
        add("\\bbu (makalede|çalışmada|bölümde|araştırmada|incelemede) (ele alınan|incelenen|tartışılan|değerlendirilen)");
        add("(incelenmiş|değerlendirilmiş|ele alınmış|tartışılmış|analiz edilmiş)(tir|dir)?\\W*$");
        add("\\b(tartışma|tartışmaya|değerlendirme|değerlendirmeye|inceleme|incelemeye|analiz|analize)(ler|lere)? yer "
            "(almaktadır|alır|verilmiştir|verilmektedir|verilecektir)");
        add("önemli (bir )?(rol|yer|unsur|araç|bileşen|boyut) (oynamaktadır|oynar|oynamakta|tutmaktadır|taşımaktadır)");
        add("(büyük|özel) (bir )?önem (taşı|arz)");
        add("önemli bir (yere|role|konuma) sahip");
        return QRegularExpression(p.join(u'|'), QRegularExpression::CaseInsensitiveOption
                                                    | QRegularExpression::UseUnicodePropertiesOption);
    }();
    return patterns.match(sentence).hasMatch();
}

bool isDangling(const QString &sentence, const QString &language)
{
    Q_UNUSED(language) // both languages' patterns apply: quotations cross languages
    // A pronoun or demonstrative in the first words, perhaps after a short
    // preposition or connective: "Its involvement", "Despite its ties",
    // "These efforts", "However, they", "Bu nedenle", "Bunun yanı sıra".
    static const QRegularExpression re(
        QStringLiteral("^\\W*((despite|with|through|by|in|for|as|from|because of|under|after|however,?|moreover,?|thus,?)\\s+)?"
                       "(it|its|this|these|those|they|their|them|such|he|she|his|her|both of them|"
                       "bu|bunun|bunlar|bunların|bununla|buna|bundan|o|onun|onlar|onların|şu|söz konusu)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(sentence).hasMatch();
}

int numberCount(const QString &sentence)
{
    int n = 0;
    bool inNumber = false;
    for (const QChar c : sentence) {
        if (c.isDigit() && !inNumber) {
            ++n;
        }
        inNumber = c.isDigit() || (inNumber && (c == u'.' || c == u','));
    }
    return n;
}

} // namespace okur::themes
