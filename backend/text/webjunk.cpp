#include "webjunk.h"

#include "casing.h"

#include <QRegularExpression>
#include <QSet>

namespace okur::text {

namespace {

enum class Token { Other, Separator, Number, Control, Unit, Counter, UiWord, ActionWord };

// Words of reader widgets, share bars and print buttons, English and
// Turkish, folded to lower case. "Action" words are buttons on their own
// ("Share", "Yazdır"); the rest only count next to other residue.
const QSet<QString> &actionWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             {"share",  "print",    "tweet",     "email",    "e-mail",    "mail",   "facebook", "twitter",
              "font",   "zoom",     "reset",     "sıfırla",  "büyüt",     "küçült", "arttır",   "artır",
              "azalt",  "whatsapp", "telegram",  "linkedin", "pinterest", "reddit", "bookmark", "save",
              "copy",   "listen",   "subscribe", "paylaş",   "paylas",    "yazdır", "yazdir",   "tweetle",
              "kaydet", "kopyala",  "dinle",     "abone",    "e-posta",   "eposta"}) {
            s.insert(QString::fromUtf8(w));
        }
        return s;
    }();
    return words;
}

const QSet<QString> &uiWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w : {"size",     "text",     "in",       "out",        "read",         "more",   "less",
                              "min",      "mins",     "minute",   "minutes",    "sec",          "views",  "view",
                              "comments", "comment",  "link",     "close",      "menu",         "like",   "likes",
                              "follow",   "on",       "via",      "the",        "article",      "this",   "page",
                              "increase", "decrease", "larger",   "smaller",    "shares",       "audio",  "yazı",
                              "yazi",     "boyutu",   "boyut",    "karakter",   "okuma",        "süresi", "dk",
                              "dakika",   "sn",       "saniye",   "okunma",     "görüntülenme", "yorum",  "yorumlar",
                              "yorumu",   "yap",      "bağlantı", "bağlantıyı", "linki",        "kapat",  "beğen",
                              "takip",    "et",       "haberi",   "bu",         "sayfayı",      "metni",  "sesli",
                              "ile",      "ve",       "px",       "pt",         "em",           "rem",    "tipi",
                              "%"}) {
            s.insert(QString::fromUtf8(w));
        }
        return s;
    }();
    return words;
}

// Glyphs of widgets (reset, close, star, heart, zoom); ornaments of
// running text (* ⁂ — ·) are left out so "* * *" stays a scene break.
bool isControlGlyph(QChar c)
{
    return QStringLiteral("+−＋－↺↻⟲⟳✕✖×★☆♡♥❤⤢⤡⎙✉☰⋮⋯«»‹›<>").contains(c) || c.category() == QChar::Symbol_Other;
}

Token classify(const QString &token)
{
    static const QRegularExpression number(QStringLiteral("^\\d{1,6}([.,]\\d+)?[kKmM]?$"));
    static const QRegularExpression unit(
        QStringLiteral("^(%\\d{1,3}|\\d{1,4}([.,]\\d+)?(%|px|pt|em|rem|dk|sn|min|s))$"));
    static const QRegularExpression counter(QStringLiteral("^\\d{1,3}/\\d{1,3}$"));
    static const QRegularExpression fontControl(QStringLiteral("^(A[+−\\-＋－]{1,2}|[+−\\-＋－]A|A|Aa|AA)$"));
    if (token == QLatin1String("|") || token == QStringLiteral("·") || token == QStringLiteral("•")) {
        return Token::Separator;
    }
    if (fontControl.match(token).hasMatch()) {
        return Token::Control;
    }
    if (number.match(token).hasMatch()) {
        return Token::Number;
    }
    if (unit.match(token).hasMatch()) {
        return Token::Unit;
    }
    if (counter.match(token).hasMatch()) {
        return Token::Counter;
    }
    bool anyLetterOrDigit = false, anyControl = false;
    for (const QChar c : token) {
        if (c.isLetterOrNumber()) {
            anyLetterOrDigit = true;
        } else if (isControlGlyph(c)) {
            anyControl = true;
        }
    }
    if (!anyLetterOrDigit) {
        return anyControl ? Token::Control : Token::Other;
    }
    // A word with its label punctuation ("Share:", "(3)") stripped.
    QString word = token;
    while (!word.isEmpty() && !word.front().isLetterOrNumber()) {
        word.remove(0, 1);
    }
    while (!word.isEmpty() && !word.back().isLetterOrNumber()) {
        word.chop(1);
    }
    for (const QString &w : {word.toLower(), foldCase(word, QStringLiteral("tr"))}) {
        if (actionWords().contains(w)) {
            return Token::ActionWord;
        }
        if (uiWords().contains(w)) {
            return Token::UiWord;
        }
    }
    if (number.match(word).hasMatch()) {
        return Token::Number;
    }
    return Token::Other;
}

QStringList tokensOf(const QString &line)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    // "Share|Print" and "Paylaş · Yazdır" are separate buttons.
    static const QRegularExpression separators(QStringLiteral("([|·•])"));
    QString spaced = line;
    spaced.replace(separators, QStringLiteral(" \\1 "));
    return spaced.split(space, Qt::SkipEmptyParts);
}

} // namespace

bool isPageControlLine(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || t.size() > 60) {
        return false;
    }
    const QStringList tokens = tokensOf(t);
    if (tokens.size() > 10) {
        return false;
    }
    int controls = 0, measures = 0, ui = 0, actions = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        switch (classify(tokens.at(i))) {
        case Token::Other:
            return false;
        case Token::Separator:
        case Token::Number:
            break;
        case Token::Control:
            ++controls;
            break;
        case Token::Unit:
        case Token::Counter:
            ++measures;
            break;
        case Token::UiWord:
            ++ui;
            break;
        case Token::ActionWord:
            ++actions;
            break;
        }
    }
    // "3 min read", "5 dk okuma": a bare number followed by a time word.
    static const QRegularExpression spacedUnit(
        QStringLiteral("\\b\\d{1,4}\\s+(min|mins|minutes?|dk|sn|dakika|saniye)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (spacedUnit.match(t).hasMatch()) {
        ++measures;
    }
    // Screen units ("16 px", "1.2rem") measure a widget, not a thing in text.
    static const QRegularExpression screenUnit(QStringLiteral("\\b\\d{1,4}([.,]\\d+)?\\s*(px|pt|em|rem)\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (screenUnit.match(t).hasMatch()) {
        return true;
    }
    // Otherwise residue needs a widget glyph with company, a measure with
    // words, or a button word; plain numbers, counters alone, ordinary
    // words and ornaments ("* * *") never qualify.
    const bool hasWords = ui + actions > 0;
    if (controls > 0 && (measures > 0 || hasWords || controls >= 2)) {
        return true;
    }
    if (measures > 0 && hasWords) {
        return true;
    }
    return actions > 0;
}

bool isCaptionLine(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(Photo|Photograph|Image|Source|Figure|Fig\\.|Table|Foto|Fotoğraf|Görsel|Şekil|Tablo|Kaynak)"
        "(\\s*\\d+(\\.\\d+)?)?\\s*[:.]\\s*\\S"));
    return line.trimmed().size() <= 200 && re.match(line).hasMatch();
}

DocumentMeta extractWebMetadata(QStringList &lines)
{
    DocumentMeta meta;

    static const QRegularExpression datePrefix(QStringLiteral("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b\\s*"));
    static const QRegularExpression alsoRead(
        QStringLiteral("^\\s*(Also read|Read also|Read more|See also)\\s*:\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression siteName(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]*(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,6}$"));

    bool seenText = false;
    for (QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        if (!seenText) {
            const auto m = datePrefix.match(line);
            if (m.hasMatch()) {
                meta.date = m.captured(1);
                line = line.mid(m.capturedEnd());
            }
            seenText = true;
        }
        if (isPageControlLine(line)) {
            line.clear();
            continue;
        }
        const auto r = alsoRead.match(line);
        if (r.hasMatch()) {
            meta.related.append(r.captured(2).trimmed());
            line.clear();
        }
    }

    // A bare site name as the last line is the source, not text.
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QString t = lines.at(i).trimmed();
        if (t.isEmpty()) {
            continue;
        }
        if (t.size() <= 40 && siteName.match(t).hasMatch()) {
            meta.source = t;
            lines[i].clear();
        }
        break;
    }
    return meta;
}

} // namespace okur::text
