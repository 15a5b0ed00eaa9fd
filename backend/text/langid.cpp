#include "langid.h"

#include "casing.h"

#include <QSet>
#include <QStringList>

namespace okur::text {

namespace {

// Closed-class words only (articles, pronouns, conjunctions, prepositions,
// auxiliaries): they occur in any text of the language, whatever its topic.
const QSet<QString> &englishFunctionWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             {"the",     "a",     "an",    "of",    "and",   "or",    "but",   "nor",   "to",    "in",     "on",
              "at",      "by",    "for",   "with",  "from",  "into",  "about", "than",  "as",    "if",     "because",
              "while",   "that",  "this",  "these", "those", "which", "who",   "whom",  "whose", "what",   "when",
              "where",   "why",   "how",   "is",    "are",   "was",   "were",  "be",    "been",  "being",  "am",
              "has",     "have",  "had",   "do",    "does",  "did",   "will",  "would", "shall", "should", "can",
              "could",   "may",   "might", "must",  "not",   "no",    "it",    "its",   "i",     "me",     "my",
              "you",     "your",  "he",    "him",   "his",   "she",   "her",   "we",    "us",    "our",    "they",
              "them",    "their", "there", "here",  "so",    "all",   "any",   "some",  "each",  "every",  "also",
              "just",    "only",  "very",  "too",   "then",  "up",    "out",   "over",  "after", "before", "through",
              "between", "under", "yes"}) {
            s.insert(QString::fromLatin1(w));
        }
        return s;
    }();
    return words;
}

const QSet<QString> &turkishFunctionWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             {"ve",     "veya",  "ya",    "yahut",  "ile",   "ama",    "fakat", "ancak", "lakin", "çünkü", "hem",
              "ise",    "ki",    "da",    "de",     "ta",    "te",     "mi",    "mı",    "mu",    "mü",    "bile",
              "dahi",   "ne",    "eğer",  "için",   "gibi",  "kadar",  "göre",  "diye",  "karşı", "doğru", "rağmen",
              "beri",   "dair",  "üzere", "sonra",  "önce",  "olarak", "bir",   "bu",    "şu",    "o",     "bunu",
              "bunun",  "buna",  "bunda", "onu",    "onun",  "ona",    "onda",  "onlar", "ben",   "beni",  "benim",
              "bana",   "sen",   "seni",  "senin",  "sana",  "biz",    "bizim", "siz",   "sizin", "kendi", "her",
              "hiç",    "bazı",  "tüm",   "bütün",  "hep",   "daha",   "çok",   "en",    "az",    "pek",   "şey",
              "nasıl",  "neden", "niye",  "nerede", "hangi", "kim",    "evet",  "hayır", "değil", "var",   "yok",
              "ayrıca", "aynı",  "artık", "henüz",  "hâlâ",  "zaten",  "yine",  "şimdi", "böyle", "şöyle", "öyle"}) {
            s.insert(QString::fromUtf8(w));
        }
        return s;
    }();
    return words;
}

// Endings that Turkish agglutination produces on content words (plural,
// case, possessive, copula, verb tense); English words rarely end so.
bool hasTurkishSuffix(const QString &w)
{
    static const QStringList suffixes = [] {
        QStringList s;
        for (const char *x :
             {"ları",  "leri",  "ların", "lerin", "lara", "lere", "larda", "lerde",  "lardan", "lerden", "dır",  "dir",
              "dur",   "dür",   "tır",   "tir",   "tur",  "tür",  "mak",   "mek",    "yor",    "yordu",  "ında", "inde",
              "ından", "inden", "ının",  "inin",  "ını",  "ini",  "ına",   "ine",    "nın",    "nin",    "nun",  "nün",
              "dan",   "dığı",  "diği",  "duğu",  "düğü", "tığı", "tiği",  "lık",    "lik",    "luk",    "lük",  "ması",
              "mesi",  "mış",   "miş",   "muş",   "müş",  "acak", "ecek",  "abilir", "ebilir", "yla",    "yle",  "sı",
              "sını",  "sine",  "sına",  "ız",    "iz",   "ım",   "ın",    "ımız",   "imiz",   "dı",     "di",   "du",
              "dü",    "tı",    "ti",    "dik",   "dim",  "tik",  "tim",   "sin",    "sun",    "yim",    "yum",  "yız",
              "lar",   "ler",   "lim",   "yın",   "yin",  "sız",  "siz",   "suz",    "süz"}) {
            s.append(QString::fromUtf8(x));
        }
        return s;
    }();
    // Tense and mood markers sit inside the word, before the person ending
    // ("bil-iyor-um", "git-meli-yim").
    static const QStringList infixes = [] {
        QStringList s;
        for (const char *x : {"iyor", "ıyor", "uyor", "üyor", "meli", "malı", "abil", "ebil"}) {
            s.append(QString::fromUtf8(x));
        }
        return s;
    }();
    if (w.size() < 4) {
        return false;
    }
    for (const QString &s : infixes) {
        if (w.indexOf(s) > 0) {
            return true;
        }
    }
    for (const QString &s : suffixes) {
        if (w.size() > s.size() + 1 && w.endsWith(s)) {
            return true;
        }
    }
    return false;
}

// Letter patterns of English spelling that Turkish spelling has no use for.
bool hasEnglishSpelling(const QString &w)
{
    static const QStringList grams = [] {
        QStringList s;
        for (const char *x : {"th", "wh", "sh", "ck", "ph", "ee",  "oo",   "ea", "ou", "ow", "aw",
                              "ai", "ay", "oy", "qu", "gh", "igh", "tion", "w",  "x",  "q"}) {
            s.append(QString::fromLatin1(x));
        }
        return s;
    }();
    for (const QString &g : grams) {
        if (w.contains(g)) {
            return true;
        }
    }
    return w.size() > 4 &&
           (w.endsWith(QLatin1String("ing")) || w.endsWith(QLatin1String("ed")) || w.endsWith(QLatin1String("ly")));
}

bool isTurkishLetter(QChar c)
{
    return QStringLiteral("ıİşŞğĞçÇöÖ").contains(c);
}

} // namespace

QString detectLanguage(const QString &text, const QString &fallback)
{
    int enScore = 0, trScore = 0, turkishLetters = 0;
    const QString lower = foldCase(text, QStringLiteral("tr"));
    for (const QChar c : text) {
        if (isTurkishLetter(c)) {
            ++turkishLetters;
        }
    }
    for (const QString &w : lower.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // An apostrophe splits a proper name from its suffix in Turkish
        // ("Ankara'da"); in English it starts a clitic ("it's", "don't").
        QString core, afterApostrophe;
        bool apostrophe = false;
        for (const QChar c : w) {
            if (c.isLetter()) {
                (apostrophe ? afterApostrophe : core).append(c);
            } else if (!core.isEmpty() && (c == u'\'' || c == u'’')) {
                apostrophe = true;
            }
        }
        if (apostrophe && !afterApostrophe.isEmpty()) {
            static const QSet<QString> clitics = {QStringLiteral("s"),  QStringLiteral("t"),  QStringLiteral("re"),
                                                  QStringLiteral("ve"), QStringLiteral("ll"), QStringLiteral("d"),
                                                  QStringLiteral("m")};
            if (clitics.contains(afterApostrophe)) {
                enScore += 2;
            } else {
                trScore += 2;
            }
        }
        if (core.isEmpty()) {
            continue;
        }
        // Folding "I" the Turkish way turns English "it", "in" into "ıt", "ın".
        QString enCore = core;
        enCore.replace(u'ı', u'i');
        // PDF fonts that lose the umlaut's absence turn "bu" into "bü":
        // try the word with ü read as u before giving up on it.
        QString undamaged = core;
        undamaged.replace(u'ü', u'u');
        if (englishFunctionWords().contains(enCore)) {
            enScore += 2;
        } else if (hasEnglishSpelling(enCore)) {
            enScore += 1;
        }
        if (turkishFunctionWords().contains(core) || turkishFunctionWords().contains(undamaged)) {
            trScore += 2;
        } else if (hasTurkishSuffix(core)) {
            trScore += 1;
        }
        // ü is Turkish, but also what damaged PDF fonts print for English u,
        // so it counts once per word rather than once per letter.
        if (core.contains(u'ü')) {
            trScore += 1;
        }
    }
    const int trTotal = trScore + turkishLetters;
    const int enTotal = enScore;
    if (trTotal + enTotal < 2 || trTotal == enTotal) {
        if (!fallback.isEmpty()) {
            return fallback;
        }
        return turkishLetters > 0 || trTotal > enTotal ? QStringLiteral("tr") : QStringLiteral("en");
    }
    return trTotal > enTotal ? QStringLiteral("tr") : QStringLiteral("en");
}

} // namespace okur::text
