// libFuzzer target: the dictd reader on arbitrary index and dictionary
// bytes (the input is split at its first 0xFF byte), then FreeDict parsing.
#include "glossary/dictd.h"
#include "glossary/freedict.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype cut = input.indexOf('\xFF');
    const QByteArray index = cut < 0 ? input : input.left(cut);
    const QByteArray dict = cut < 0 ? QByteArray() : input.mid(cut + 1);
    static const QString dir = QDir::tempPath() + QStringLiteral("/okur-fuzz-dictd-%1").arg(QCoreApplication::applicationPid());
    QDir().mkpath(dir);
    QFile i(dir + QStringLiteral("/d.index")), d(dir + QStringLiteral("/d.dict.dz"));
    if (!i.open(QIODevice::WriteOnly) || !d.open(QIODevice::WriteOnly))
        return 0;
    i.write(index);
    d.write(dict);
    i.close();
    d.close();
    QString error;
    for (const auto &e : okur::glossary::readDictd(i.fileName(), d.fileName(), &error))
        okur::glossary::parseFreedictSenses(e.body, e.headword);
    okur::glossary::parseFreedictSenses(QString::fromUtf8(input), QStringLiteral("x"));
    okur::glossary::gunzip(input);
    okur::glossary::dictdNumber(QString::fromLatin1(index.left(16)));
    return 0;
}
