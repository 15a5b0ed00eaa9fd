// okur-dictc: converts FreeDict dictd dictionaries into Okur's compact
// lookup store at build time: English→Turkish as published, Turkish→English
// from the small tur-eng dictionary plus eng-tur inverted and ranked.
//   okur-dictc OUT.tsv ENG_TUR.index ENG_TUR.dict.dz TUR_ENG.index TUR_ENG.dict.dz
#include "glossary/dictd.h"
#include "glossary/freedict.h"
#include "text/casing.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QSaveFile>
#include <algorithm>
#include <cstdio>

using namespace okur::glossary;

namespace {

QString clean(QString s)
{
    s.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'|', u'/');
    return s.simplified();
}

void writeEntry(QSaveFile &out, const QString &lang, const QString &headword, const QStringList &senses,
                const QString &source, int rank)
{
    if (senses.isEmpty())
        return;
    const QString line = QStringList{lang, clean(headword), QString(), senses.join(u'|'), source, QString::number(rank)}
                             .join(u'\t') + u'\n';
    out.write(line.toUtf8());
}

QStringList flatten(const QList<QStringList> &senses, int max)
{
    QStringList out;
    for (const QStringList &s : senses) {
        for (const QString &e : s) {
            if (!out.contains(e) && out.size() < max)
                out << clean(e);
        }
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() != 6) {
        std::fprintf(stderr, "usage: okur-dictc OUT.tsv ENG_TUR.index ENG_TUR.dict.dz TUR_ENG.index TUR_ENG.dict.dz\n");
        return 2;
    }
    QString error;
    const QList<DictdEntry> engTur = readDictd(a[2], a[3], &error);
    const QList<DictdEntry> turEng = readDictd(a[4], a[5], &error);
    if (engTur.isEmpty() || turEng.isEmpty()) {
        std::fprintf(stderr, "okur-dictc: %s\n", qPrintable(error));
        return 1;
    }
    QSaveFile out(a[1]);
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "okur-dictc: cannot write %s\n", qPrintable(a[1]));
        return 1;
    }
    out.write("# Okur lookup store generated from FreeDict (GPL-2.0-or-later): lang, headword, pos, senses, source, rank\n");

    for (const DictdEntry &e : turEng) {
        const QString head = e.body.section(u'\n', 0, 0).section(QStringLiteral(" /"), 0, 0).trimmed();
        writeEntry(out, QStringLiteral("tr"), head.isEmpty() ? e.headword : head,
                   flatten(parseFreedictSenses(e.body, e.headword), 8), QStringLiteral("FreeDict tur-eng"), 10);
    }

    // Turkish phrase → (score, English headword); lower scores are better.
    QHash<QString, QMap<int, QStringList>> inverted;
    QHash<QString, QString> display;
    int written = 0;
    for (const DictdEntry &e : engTur) {
        const QList<QStringList> senses = parseFreedictSenses(e.body, e.headword);
        writeEntry(out, QStringLiteral("en"), e.headword, flatten(senses, 8), QStringLiteral("FreeDict eng-tur"), 20);
        ++written;
        const int headWords = int(e.headword.split(u' ', Qt::SkipEmptyParts).size());
        if (headWords > 3 || e.headword.size() < 2)
            continue;
        for (qsizetype i = 0; i < senses.size() && i < 6; ++i) {
            for (qsizetype j = 0; j < senses[i].size(); ++j) {
                const QString p = clean(senses[i][j]);
                const int score = int(i) * 4 + int(j) + int(p.split(u' ').size() - 1) * 2 + (headWords - 1) * 3;
                const QString k = okur::text::foldCase(p, QStringLiteral("tr"));
                inverted[k][score].append(e.headword);
                display.insert(k, p);
            }
        }
    }
    for (auto it = inverted.constBegin(); it != inverted.constEnd(); ++it) {
        QStringList senses;
        for (auto s = it.value().constBegin(); s != it.value().constEnd() && senses.size() < 6; ++s) {
            for (const QString &h : s.value()) {
                if (!senses.contains(h) && senses.size() < 6)
                    senses << h;
            }
        }
        writeEntry(out, QStringLiteral("tr"), display.value(it.key()), senses, QStringLiteral("FreeDict eng-tur"),
                   30 + it.value().firstKey());
    }
    if (!out.commit()) {
        std::fprintf(stderr, "okur-dictc: cannot write %s\n", qPrintable(a[1]));
        return 1;
    }
    std::printf("okur-dictc: %d English headwords, %d Turkish keys\n", written, int(inverted.size()));
    return 0;
}
