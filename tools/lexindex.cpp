// okur-lexindex: the tables a lookup reads in place, built once at build time
// so that a cold `okur-cli lookup` parses and sorts nothing:
//   okur-lexindex OUT_DIR freedict.tsv tr_TR.dic en_US.aff en_US.dic [cntlist.rev [words.yml]]
// writes OUT_DIR/freedict.idx (the store's sorted keys), OUT_DIR/tr-stems.bin
// (tr_TR stems and their affix-class counts; tr_TR.aff is read beside tr_TR.dic) and OUT_DIR/en-forms.bin (every
// form en_US accepts, and its bases' flags) and, given WordNet's cntlist.rev,
// OUT_DIR/en-usage.bin (how often WordNet's tagged corpus uses each lemma in each class) and, given
// Lingua::EN::Tagger's words.yml, OUT_DIR/en-tags.bin (how the Penn Treebank tags each form).
#include "glossary/dictionary.h"
#include "glossary/englishforms.h"
#include "glossary/stemweights.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

using namespace okur::glossary;

namespace {

bool readFile(const QString &path, QByteArray *out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "okur-lexindex: cannot read %s\n", qPrintable(path));
        return false;
    }
    *out = f.readAll();
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "okur-lexindex: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 6 || args.size() > 8) {
        std::fprintf(
            stderr,
            "usage: okur-lexindex OUT_DIR freedict.tsv tr_TR.dic en_US.aff en_US.dic [cntlist.rev [words.yml]]\n"
            "  (WordNet's data.adv, data.adj and data.noun are read beside cntlist.rev)\n");
        return 2;
    }
    QByteArray tsv, trDic, enAff, enDic;
    if (!readFile(args[2], &tsv) || !readFile(args[3], &trDic) || !readFile(args[4], &enAff) || !readFile(args[5], &enDic)) {
        return 1;
    }
    // tr_TR.aff beside tr_TR.dic: which suffix each flag adds (a stem that never stands alone).
    QByteArray trAff;
    QString affPath = args[3];
    affPath.replace(QStringLiteral(".dic"), QStringLiteral(".aff"));
    if (!readFile(affPath, &trAff)) {
        return 1;
    }
    Dictionary store;
    store.loadStore(tsv);
    const QString out = args[1] + u'/';
    if (!writeFile(out + QStringLiteral("freedict.idx"), store.indexBytes()) ||
        !writeFile(out + QStringLiteral("tr-stems.bin"), StemWeights::fromDic(trDic, trAff).toBytes()) ||
        !writeFile(out + QStringLiteral("en-forms.bin"), english::formTable(enAff, enDic).toBytes())) {
        return 1;
    }
    QByteArray cntlist;
    if (args.size() >= 7 && (!readFile(args[6], &cntlist) || !writeFile(out + QStringLiteral("en-usage.bin"),
                                                                        english::usageTable(cntlist).toBytes()))) {
        return 1;
    }
    // data.adv, data.adj and data.noun beside cntlist.rev: which adjective each adverb is made from, and the names
    // that end in -s.
    QByteArray dataAdv, dataAdj, dataNoun;
    const QString wordnet = QFileInfo(args.value(6)).absolutePath() + u'/';
    if (args.size() >= 7 &&
        (!readFile(wordnet + QStringLiteral("data.adv"), &dataAdv) ||
         !readFile(wordnet + QStringLiteral("data.adj"), &dataAdj) ||
         !writeFile(out + QStringLiteral("en-adverbs.bin"), english::adverbTable(dataAdv, dataAdj).toBytes()) ||
         !readFile(wordnet + QStringLiteral("data.noun"), &dataNoun) ||
         !writeFile(out + QStringLiteral("en-names.bin"), english::nameTable(dataNoun).toBytes()))) {
        return 1;
    }
    QByteArray wordsYml;
    if (args.size() == 8 && (!readFile(args[7], &wordsYml) ||
                             !writeFile(out + QStringLiteral("en-tags.bin"), english::tagTable(wordsYml).toBytes()))) {
        return 1;
    }
    return 0;
}
