#include "freedict.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace okur::glossary {

bool isCleanEquivalent(const QString &s)
{
    // One letter only for the English article ("bir" → "a, an") and the Turkish word "o" (that; he, she, it:
    // the: "bir, o", that: "o, şu").
    if (s.isEmpty() || (s.size() < 2 && s != QLatin1String("a") && s != QLatin1String("o")) || s.size() > 40 ||
        s.split(u' ', Qt::SkipEmptyParts).size() > 4) {
        return false;
    }
    int letters = 0;
    for (qsizetype i = 1; i < s.size(); ++i) {
        if (s.at(i - 1).isLower() && s.at(i).isUpper()) {
            return false; // run-together words ("UnitedStatesofAmerica")
        }
    }
    for (const QChar c : s) {
        if (c.isLetter()) {
            ++letters;
        } else if (c.isDigit() || QStringLiteral("()[]{}:;=/\\\"").contains(c)) {
            return false;
        }
    }
    return qsizetype(letters) * 10 >= s.size() * 7;
}

bool translatesVerb(const QList<QStringList> &senses, const std::function<bool(const QString &)> &nounInMak)
{
    // The first sense, the one an article leads with: share's "pay, hisse, parça" before its verb's.
    const QStringList first = senses.value(0);
    const qsizetype infinitives = std::count_if(first.cbegin(), first.cend(), [&](const QString &equivalent) {
        const QString last = equivalent.section(u' ', -1);
        return last.size() > 3 && (last.endsWith(QLatin1String("mak")) || last.endsWith(QLatin1String("mek"))) &&
               !(nounInMak && nounInMak(last));
    });
    return infinitives * 2 > first.size();
}

bool isEnglishArticle(const QString &word)
{
    return word.compare(QLatin1String("a"), Qt::CaseInsensitive) == 0 ||
           word.compare(QLatin1String("an"), Qt::CaseInsensitive) == 0 ||
           word.compare(QLatin1String("the"), Qt::CaseInsensitive) == 0;
}

QList<qsizetype> articleOrder(const QList<QList<QStringList>> &articles, const QList<int> &rank,
                              const std::function<bool(const QString &turkish)> &backFirst,
                              const std::function<bool(const QString &equivalent)> &englishOnly)
{
    // The first sense's leading equivalents: what an article is about (bank: "banka, banko"), not its
    // later senses, which often borrow another article's word.
    constexpr qsizetype kLeading = 3;
    const auto agreed = [&](qsizetype n) {
        const QStringList first = articles[n].value(0);
        return std::any_of(first.cbegin(), first.cbegin() + qMin(kLeading, first.size()), backFirst);
    };
    const auto spelledOut = [&](qsizetype n) {
        return englishOnly && !articles[n].value(0).isEmpty() && englishOnly(articles[n].value(0).first());
    };
    const auto size = [&](qsizetype n) {
        return std::accumulate(articles[n].cbegin(), articles[n].cend(), qsizetype(0),
                               [](qsizetype sum, const QStringList &s) { return sum + s.size(); });
    };
    QList<qsizetype> order(articles.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) {
        if (rank.value(x) != rank.value(y)) {
            return rank.value(x) < rank.value(y);
        }
        if (agreed(x) != agreed(y)) {
            return agreed(x);
        }
        if (spelledOut(x) != spelledOut(y)) {
            return spelledOut(y);
        }
        return size(x) > size(y);
    });
    return order;
}

namespace {

// A sense's cross-reference marker, "see" in the Turkish of eng-tur ("burnt: (bak.) burn").
const QString &seeMarker()
{
    static const QString see = QStringLiteral("(bak.)");
    return see;
}

// A parenthesised label: a field ("(ask.)"), a register ("(k. dili)"), a reference marker.
const QRegularExpression &labelPattern()
{
    static const QRegularExpression label(QStringLiteral("\\([^)]*\\)"));
    return label;
}

// What separates equivalents in a sense.
const QRegularExpression &separatorPattern()
{
    static const QRegularExpression separator(QStringLiteral("[,;]"));
    return separator;
}

// A label the source wrote without its parentheses before an equivalent: "b.h." (büyük harfle, "capitalised":
// love: b.h. aşk tanrısı), "A.B.D" (American usage: gasoline: A.B.D benzin), "k.ili" (k. dili, colloquial). Letters
// with a stop inside, so "St. Paul" and "tramvay v.b. hattı" keep theirs.
const QRegularExpression &leadingAbbreviation()
{
    // Also "ing." (İngiltere'de, "in Britain"), bare, with or without its stop: "ing. dava vekili" for barrister,
    // "ing posta servisi" for post; and "ABD" (American usage: auto: ABD otomobil) and "k dili" or "kdili"
    // (colloquial: funk: kdili korku) written without their stops. ABD only before a lower-case word: before a
    // name it is the phrase's own (congressman: ABD Millet Meclisi üyesi).
    static const QRegularExpression abbreviation(
        QStringLiteral("^(?:\\p{L}{1,2}(?:\\.\\p{L}{1,3})+\\.?|(?:%1)\\.?(?:\\s*-?\\s*(?:ise|rise|-ise))?|"
                       "ABD(?=\\s+\\p{Ll})|k\\.?\\s?dili)\\s+(?=\\p{L})")
            .arg(britishLabel()));
    return abbreviation;
}

// The headword without the number the index gives a homograph: "ease 1" (its article: "ease (1)") is ease.
QString plainHeadword(const QString &indexHeadword)
{
    static const QRegularExpression homographNumber(QStringLiteral(" \\(?\\d+\\)?$"));
    return QString(indexHeadword).remove(homographNumber);
}

// Whether `w` is the headword, or it with a hyphen or an apostrophe after it (able-bodied, one's).
bool isHeadword(const QString &w, const QString &headword)
{
    return w.startsWith(headword, Qt::CaseInsensitive) &&
           (w.size() == headword.size() || !w.at(headword.size()).isLetter());
}

// Whether `w` (trailing stops and commas aside) is an English word of the list: ASCII letters, apostrophes, hyphens.
bool englishWord(QString w, const WordLists &words)
{
    while (!w.isEmpty() && !w.back().isLetter()) {
        w.chop(1);
    }
    const bool ascii = !w.isEmpty() && std::all_of(w.cbegin(), w.cend(), [](QChar c) {
        return (c.isLetter() && c.unicode() < 128) || c == u'\'' || c == u'-';
    });
    return ascii && words.english && words.english(w.toLower());
}

// Where a sentence starting with the headword's stem begins, as a sub-entry ("Türkiye. Turkey red ..."), with its
// space or without ("yeterli.adequately  layıkıyle", "almak..come into"); glued, also a phrase the headword is in
// ("tabiilik.at ease rahat", "kimse.off one's rocker"). After one letter a stop is an abbreviation's ("G.l. Joe"
// under gl), not a sentence's.
qsizetype sentenceSubEntry(const QString &text, const QString &headword, const QString &stem)
{
    for (qsizetype stop = text.indexOf(u'.'); stop > 0; stop = text.indexOf(u'.', stop + 1)) {
        qsizetype next = stop;
        while (next < text.size() && text.at(next) == u'.') {
            ++next;
        }
        const bool spaced = next < text.size() && text.at(next) == u' ';
        const bool afterWord =
            text.at(stop - 1) == u')' || (stop >= 2 && text.at(stop - 1).isLetter() && text.at(stop - 2).isLetter());
        if ((spaced || afterWord) && text.mid(spaced ? next + 1 : next, stem.size()).toLower() == stem) {
            return stop;
        }
        if (!spaced && afterWord && headword.size() >= 3 && next < text.size() && text.at(next).isLetter()) {
            const QStringList words = text.mid(next).split(u' ', Qt::SkipEmptyParts).mid(0, 4);
            if (std::any_of(words.cbegin(), words.cend(), [&](const QString &w) { return isHeadword(w, headword); })) {
                return stop;
            }
        }
        stop = next - 1;
    }
    return -1;
}

// Where a head before a double space shares the headword's stem ("geniş, büyük. capaciously  geniş bir şekilde");
// a double space alone is only spacing ("bir  kimsenin").
qsizetype spacedSubEntry(const QString &text, const QString &stem)
{
    for (qsizetype gap = text.indexOf(QStringLiteral("  ")); gap > 0;
         gap = text.indexOf(QStringLiteral("  "), gap + 2)) {
        const qsizetype wordStart = text.lastIndexOf(u' ', gap - 1) + 1;
        // Not the first word: an article may open with a variant spelling ("appal  dehşete düşürmek" under appall).
        const bool first = QStringView(text).left(wordStart).trimmed().isEmpty();
        if (!first && text.mid(wordStart, gap - wordStart).toLower().startsWith(stem)) {
            // The sub-entry may list several heads ("monitorial, monitory"): cut at the sentence.
            const qsizetype stop = text.lastIndexOf(QStringLiteral(". "), wordStart);
            return stop >= 0 ? stop : wordStart;
        }
    }
    return -1;
}

// Where a phrase run on after a single space begins ("konmak, inmek light into azarlamak"): the headword inside
// the text after a word, with more text after it. Not an equivalent of its own ("leğen, pelvis", "ganglion, sinir
// düğümü"), nor a name or a genus's species ("Mekke'de Zemzem kuyusu", "Felis caracal."). The English words
// before it are the phrase's ("uzlaşma in accordance with"), and so is the sentence before it when that is a few
// words back ("savcı. public prosecutor savcı"). A Turkish word may spell a short headword (at "horse", on "ten",
// an "moment"): one under four letters runs on only from a Turkish word into an English word Turkish has not
// ("hususunda at all hiç", "li of course tabii"; not "bir an önce"), and starts the phrase itself.
qsizetype runOnPhrase(const QString &text, const QString &headword, const WordLists &words)
{
    const bool shortHeadword = headword.size() < 4;
    if (shortHeadword && (!words.english || !words.turkish)) {
        return -1;
    }
    static const QRegularExpression word(QStringLiteral("(?<=\\s)\\S+"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString w = m.captured(0);
        const QStringView before = QStringView(text).left(m.capturedStart()).trimmed();
        const QStringView after = QStringView(text).mid(m.capturedEnd()).trimmed();
        // A capital only in a phrase that opens a sentence ("güruh. Golden Horde Altınordu").
        const qsizetype sentence = text.lastIndexOf(QStringLiteral(". "), m.capturedStart());
        const bool opensSentence =
            sentence >= 0 && QStringView(text).mid(sentence + 2, m.capturedStart() - sentence - 2).count(u' ') < 3;
        if (before.isEmpty() || !(before.back().isLetter() || before.back() == u'.') || !isHeadword(w, headword) ||
            (w.front().isUpper() && !opensSentence) || QStringLiteral(",;.").contains(w.back()) || after.isEmpty() ||
            QStringLiteral(",;.)").contains(after.front())) {
            continue;
        }
        if (shortHeadword) {
            const QString next = after.left(after.indexOf(u' ')).toString();
            QString bare = next;
            while (!bare.isEmpty() && !bare.back().isLetter()) {
                bare.chop(1);
            }
            // And only straight after Turkish: "The more I see him the better" is an example, not a phrase.
            const QString previous = before.mid(before.lastIndexOf(u' ') + 1).toString();
            if (bare.size() != next.size() || !englishWord(bare, words) || words.turkish(bare.toLower()) ||
                englishWord(previous, words)) {
                continue;
            }
            return m.capturedStart();
        }
        // Back over the English words before it, within the sentence.
        qsizetype start = m.capturedStart();
        for (int back = 0; back < 4; ++back) {
            const qsizetype end = text.lastIndexOf(u' ', start - 1);
            const qsizetype from = end <= 0 ? -1 : text.lastIndexOf(u' ', end - 1) + 1;
            if (from < 0 || end <= from || !text.at(end - 1).isLetter() ||
                !englishWord(text.mid(from, end - from), words) || QStringView(text).left(from).trimmed().isEmpty()) {
                break;
            }
            start = from;
        }
        const qsizetype stop = text.lastIndexOf(QStringLiteral(". "), start);
        const bool near = stop >= 0 && QStringView(text).mid(stop, start - stop).count(u' ') <= 4;
        return near ? stop : start;
    }
    return -1;
}

// Where an equivalent opens with the headword and more English, its translation after them: a sub-entry the source
// wrote as one more equivalent ("nin, li, of course tabii, beklenildiği gibi"; "cash register otomatik kasa"). Not
// one whose next word is Turkish too ("amortize etmek", "Amazon Nehri"), nor one with no Turkish after the English
// ("all his life").
qsizetype headedEquivalent(const QString &text, const QString &headword, const WordLists &words)
{
    if (!words.english || !words.turkish) {
        return -1;
    }
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype separator = text.indexOf(separatorPattern(), from);
        const qsizetype end = separator < 0 ? text.size() : separator;
        const QStringList tokens = text.mid(from, end - from).simplified().split(u' ', Qt::SkipEmptyParts);
        // The headword as written, with no stop after it ("tendon. tendon reflex"), and not before a word made from
        // it ("reis, emir emirate bir emrin ...": emir is an equivalent, emirate the next head).
        const bool headed = tokens.size() >= 2 && tokens.first().compare(headword, Qt::CaseInsensitive) == 0 &&
                            !tokens.at(1).startsWith(headword, Qt::CaseInsensitive);
        qsizetype n = headed ? 1 : 0;
        while (n > 0 && n < tokens.size() && englishWord(tokens[n], words) && !words.turkish(tokens[n].toLower())) {
            ++n;
        }
        // Nor one with the headword again: "idea fixed idea saplantı" is idea, then "fixed idea".
        const bool again = std::any_of(tokens.cbegin() + 1, tokens.cbegin() + qMin(n + 1, tokens.size()),
                                       [&](const QString &t) { return isHeadword(t, headword); });
        // And Turkish after the English: "all the rest" is no phrase "all the" with a translation "rest".
        if (n >= 2 && n < tokens.size() && !again && !englishWord(tokens[n], words)) {
            return text.indexOf(tokens.first(), from);
        }
        from = end + 1;
    }
    return -1;
}

// Where a sense runs into a sub-entry, the position to cut at (the earliest of a sentence's, a run-on phrase's or
// a headed equivalent's, else a double space's); -1 for none. A sub-entry's head shares the headword's first letters.
qsizetype subEntryStart(const QString &text, const QString &indexHeadword, const WordLists &words)
{
    const QString headword = plainHeadword(indexHeadword);
    const QString stem = headword.left(4).toLower();
    if (stem.size() < 2) {
        return -1;
    }
    qsizetype cut = -1;
    for (const qsizetype at : {sentenceSubEntry(text, headword, stem), runOnPhrase(text, headword, words)}) {
        if (at > 0 && (cut < 0 || at < cut)) {
            cut = at;
        }
    }
    // A headed equivalent may open the sense ("nanny goat dişi keçi"): then the whole sense is the phrase's.
    const qsizetype headed = headedEquivalent(text, headword, words);
    if (headed >= 0 && (cut < 0 || headed < cut)) {
        cut = headed;
    }
    // A double space is the weakest sign ("anatomik, anatomi  ile ilgili. anatomically"): only when nothing else is.
    const qsizetype spaced = cut >= 0 ? -1 : spacedSubEntry(text, stem);
    return cut >= 0 ? cut : (spaced > 0 ? spaced : -1);
}

// A sense line's own text with its cross-reference ("(bak.) X", "see X") taken out, the headwords it names added
// to `seeAlso`. Only a reference that opens the sense is the headword's ("burnt: (bak.) burn"; "drunk: (bak.)
// drink: sarhoş, mest" goes on with its own equivalents after the colon). One after a sentence break or after a
// run-on sub-entry's head belongs to that sub-entry ("... mutual fund (bak.) fund", "... abominable snowman
// (bak.) yeti"): the sense ends before that head, and nothing is followed.
QString withoutCrossReference(const QString &text, const QString &headword, QStringList *seeAlso)
{
    const qsizetype at = text.indexOf(seeMarker());
    if (at < 0) {
        return text;
    }
    QString before = text.left(at);
    if (before.remove(labelPattern()).remove(u',').trimmed().isEmpty()) {
        const QString rest = text.mid(at + seeMarker().size());
        qsizetype end = rest.size();
        for (const QString &stop :
             {QStringLiteral(". "), QStringLiteral("  "), QStringLiteral("("), QStringLiteral(":")}) {
            const qsizetype stopAt = rest.indexOf(stop);
            end = stopAt >= 0 ? qMin(end, stopAt) : end;
        }
        for (QString part : rest.left(end).split(u',', Qt::SkipEmptyParts)) {
            part = part.simplified();
            while (part.endsWith(u'.') || part.endsWith(u')')) {
                part.chop(1);
            }
            if (seeAlso && isCleanEquivalent(part) && !seeAlso->contains(part)) {
                *seeAlso << part;
            }
        }
        return end < rest.size() && rest.at(end) == u':' ? rest.mid(end + 1) : QString();
    }
    // A sub-entry's: cut at its sentence, else at its head (a word sharing the headword's first letters).
    qsizetype cut = text.lastIndexOf(QStringLiteral(". "), at);
    const QString stem = headword.left(4).toLower();
    for (qsizetype w = at - 1; cut < 0 && stem.size() >= 2 && w >= 0; --w) {
        if ((w == 0 || text.at(w - 1).isSpace()) && text.mid(w, stem.size()).toLower() == stem) {
            cut = w;
        }
    }
    return text.left(cut >= 0 ? cut : at);
}

// The phrases run on after a sense (see subEntryStart): "come about olmak, vaki olmak. come across with teslim
// etmek", "adequately  layıkıyle  adequateness  yeterlik". Each piece between stops (after a word, a bracket or a
// number) or before a wide space that opens another phrase of the headword is a phrase (English words, one of
// them the headword's) and its translation, or more translation for the phrase before.
QList<SubEntry> parseSubEntries(const QString &text, const QString &headword, const WordLists &words)
{
    // A stop after two letters, a bracket or a digit (not "v.b."), with or without its space; ! and ?.
    static const QRegularExpression piece(
        QStringLiteral("(?:(?<=\\p{L}{2})|(?<=\\))|(?<=\\d))\\.+\\s*|[!?]+\\s*|\\n"));
    static const QRegularExpression wide(QStringLiteral("\\s{2,}"));
    static const QRegularExpression separator(QStringLiteral("[,;]"));
    const QString stem = plainHeadword(headword).section(u' ', 0, 0).left(4).toLower();
    // The cut may leave the stop that ends the sense before.
    qsizetype start = 0;
    while (start < text.size() && !text.at(start).isLetter()) {
        ++start;
    }
    // A wide space is a break only before a phrase of the headword ("adequately  layıkıyle  adequateness"); inside
    // a phrase or a translation it is only spacing ("do away  with", "ayakta  ve sıhhatte olmak").
    QString rest;
    qsizetype from = start;
    for (auto it = wide.globalMatch(text, start); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        rest += QStringView(text).mid(from, m.capturedStart() - from);
        rest += text.mid(m.capturedEnd(), stem.size()).toLower() == stem ? QStringLiteral("\n") : QStringLiteral(" ");
        from = m.capturedEnd();
    }
    rest += QStringView(text).mid(from);
    QList<SubEntry> out;
    bool open = false; // the last phrase takes more translation
    for (const QString &p : rest.split(piece, Qt::SkipEmptyParts)) {
        const QStringList tokens = p.simplified().split(u' ', Qt::SkipEmptyParts);
        qsizetype n = 0;
        bool head = false;
        // After the headword, a word both lists have is the translation's (at full blast tam süratle), unless
        // it is an everyday English word (a number of birtakım).
        const auto turkishToo = [&](const QString &token) {
            const QString w = token.toLower();
            return words.turkish && words.turkish(w) && !(words.everyday && words.everyday(w));
        };
        // No phrase ends in an article or a conjunction: the word after it is the phrase's, and the English ones
        // after that (a place in the sun iyi durum, the world and his wife herkes: sun and his are Turkish too).
        const auto openEnded = [](const QString &w) {
            return isEnglishArticle(w) || w.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0 ||
                   w.compare(QLatin1String("or"), Qt::CaseInsensitive) == 0;
        };
        for (bool more = true; more;) {
            while (n < tokens.size() && englishWord(tokens[n], words) && !(head && turkishToo(tokens[n]))) {
                head = head || tokens[n].toLower().startsWith(stem);
                ++n;
            }
            more = head && n > 0 && n < tokens.size() && openEnded(tokens[n - 1]);
            n += more ? 1 : 0;
        }
        if (head) {
            QString phrase = tokens.mid(0, n).join(u' ');
            while (!phrase.isEmpty() && !phrase.back().isLetter()) {
                phrase.chop(1);
            }
            out.append({phrase, {}});
            open = true;
        } else if (!open) {
            continue;
        } else {
            n = 0;
        }
        for (QString e : tokens.mid(n).join(u' ').split(separator, Qt::SkipEmptyParts)) {
            e = e.simplified().remove(leadingAbbreviation()); // "skirting board ing. süpürgelik"
            while (e.endsWith(u'.')) {
                e.chop(1);
            }
            while (e.startsWith(u'.')) {
                e = e.mid(1).trimmed();
            }
            if (isCleanEquivalent(e) && !usageLabelOnly(e) && !out.last().equivalents.contains(e)) {
                out.last().equivalents << e;
            }
        }
    }
    out.removeIf([](const SubEntry &e) { return e.phrase.isEmpty() || e.equivalents.isEmpty(); });
    return out;
}

} // namespace

QList<QStringList> parseFreedictSenses(const QString &body, const QString &headword,
                                       const std::function<QString(const QString &)> &repair, QStringList *seeAlso,
                                       QList<SubEntry> *subEntries, const WordLists &words)
{
    static const QRegularExpression numbered(QStringLiteral("^\\s*(\\d+)\\.\\s*(.*)$"));
    static const QRegularExpression dashCase(QStringLiteral("-\\([^)]*\\)\\s*"));
    // Repaired, an equivalent is judged as it now reads; one the source gave as
    // a single token stays one equivalent however many words it turns into.
    const auto acceptable = [&](QString &part) {
        if (!repair) {
            return isCleanEquivalent(part);
        }
        const QString source = part;
        part = repair(part);
        return isCleanEquivalent(part) || (part != source && isCleanEquivalent(source));
    };
    QList<QStringList> senses;
    int numberedLines = 0;
    const QStringList lines = body.split(u'\n');
    for (const QString &line : lines) {
        const auto m = numbered.match(line);
        if (!m.hasMatch()) {
            continue;
        }
        ++numberedLines;
        QString text = withoutCrossReference(m.captured(2), headword, seeAlso);
        text.remove(dashCase);
        text = withAmericanLabelJoined(text);
        const bool abbreviated = text.contains(u"(kıs.)");
        // "(çoğ.) calves) baldır": the source's "(plural: calves)", whose bracket the label split; the forms are no
        // equivalents (cactus: "cactuses" had come first, and "cacti) kaktüs" was dropped).
        static const QRegularExpression plural(QStringLiteral("\\(çoğ\\.\\)[^()\\n]*?\\)"));
        text.remove(plural);
        text.remove(labelPattern());
        // A sense sometimes runs on into a sub-entry ("... abatement  azaltma"): keep its first part.
        const qsizetype subEntry = subEntryStart(text, headword, words);
        if (subEntry >= 0) {
            if (subEntries && words.english) {
                subEntries->append(parseSubEntries(text.mid(subEntry), headword, words));
            }
            text.truncate(subEntry);
        }
        QStringList equivalents;
        for (QString part : text.split(separatorPattern(), Qt::SkipEmptyParts)) {
            part = part.simplified();
            const qsizetype unlabelled = part.size();
            static const QRegularExpression british(QStringLiteral("^(?:%1)\\b").arg(britishLabel()));
            const bool britain = british.match(part).hasMatch();
            if (usageLabelOnly(part)) {
                continue;
            }
            if (abbreviated) {
                part = withoutAbbreviationLetters(part);
                if (part.isEmpty()) {
                    continue;
                }
            }
            // The American label glued to its equivalent ("ABDsatın alınan şey").
            static const QRegularExpression gluedAmerican(QStringLiteral("^ABD(?=\\p{Ll}{2})"));
            part.remove(gluedAmerican);
            part.remove(leadingAbbreviation());
            const QString next = part.section(u' ', 0, 0);
            const bool english = englishWord(next, words) && !(words.turkish && words.turkish(next.toLower()));
            // After "ing." the British spelling may come before the Turkish: "ing mould kalıp" is kalıp.
            if (britain && english && part.contains(u' ')) {
                part = part.section(u' ', 1);
            } else if (abbreviated && english) {
                // What "(kıs.)" expands is English: the Turkish after it is the equivalent ("hg: (kıs.) mercury
                // cıva"; metu: "Middle East Technical University Orta Doğu Teknik Üniversitesi"), and English alone
                // is where to look, as a cross-reference is ("Dr: (kıs.) Doctor, Drive": doctor's, drive's Turkish).
                QStringList tokens = part.split(u' ', Qt::SkipEmptyParts);
                while (!tokens.isEmpty() && englishWord(tokens.first(), words)) {
                    tokens.removeFirst(); // also a word Turkish has ("black art sihir": art)
                }
                if (tokens.isEmpty()) {
                    QString target = part;
                    while (!target.isEmpty() && !target.back().isLetter()) {
                        target.chop(1);
                    }
                    if (seeAlso && !target.isEmpty() && !seeAlso->contains(target)) {
                        *seeAlso << target;
                    }
                    continue;
                }
                part = tokens.join(u' ');
            } else if (part.size() != unlabelled && english) {
                // A label before English is a note on the word ("k.h. honorably"), no Turkish equivalent.
                continue;
            }
            // Nor is a phrase of the headword's left untranslated ("all: bütün, hep, all the rest"); a species'
            // name stays ("Arnica montana").
            const QStringList tokens = part.split(u' ', Qt::SkipEmptyParts);
            if (tokens.size() >= 2 && words.turkish && isHeadword(tokens.first(), headword) &&
                tokens.first().front().isLower() &&
                std::all_of(tokens.cbegin(), tokens.cend(), [&](const QString &t) { return englishWord(t, words); })) {
                continue;
            }
            while (part.endsWith(u'.')) {
                part.chop(1);
            }
            // Nor at its start, left there by the source (role: ".rol"; amnesia: ". hafıza kaybı"; apt:
            // "...eğiliminde olan").
            while (part.startsWith(u'.')) {
                part.remove(0, 1);
            }
            part = part.trimmed();
            if (acceptable(part) && !equivalents.contains(part)) {
                equivalents << part;
            }
        }
        if (!equivalents.isEmpty()) {
            senses << equivalents;
        }
    }
    if (numberedLines == 0) {
        // Small dictionaries (tur-eng) give one unnumbered line of equivalents.
        for (const QString &line : lines.mid(1)) {
            QStringList equivalents;
            for (QString part : line.split(separatorPattern(), Qt::SkipEmptyParts)) {
                part = part.remove(labelPattern()).simplified();
                if (acceptable(part) && !equivalents.contains(part)) {
                    equivalents << part;
                }
            }
            if (!equivalents.isEmpty()) {
                senses << equivalents;
            }
        }
    }
    return senses;
}

} // namespace okur::glossary
