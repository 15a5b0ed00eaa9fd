#include "dictd.h"

#include <QFile>
#include <zlib.h>

namespace okur::glossary {

qint64 dictdNumber(const QString &digits, bool *ok)
{
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    qint64 n = 0;
    if (ok) {
        *ok = !digits.isEmpty() && digits.size() <= 10;
    }
    for (const QChar c : digits) {
        const qsizetype v = alphabet.indexOf(c);
        if (v < 0) {
            if (ok) {
                *ok = false;
            }
            return 0;
        }
        n = n * 64 + v;
    }
    return n;
}

QByteArray gunzip(const QByteArray &data)
{
    z_stream s{};
    if (inflateInit2(&s, 16 + MAX_WBITS) != Z_OK) {
        return {};
    }
    QByteArray out;
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    char buf[65536];
    int rc = Z_OK;
    while (rc == Z_OK) {
        s.next_out = reinterpret_cast<Bytef *>(buf);
        s.avail_out = sizeof buf;
        rc = inflate(&s, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&s);
            return {};
        }
        out.append(buf, qsizetype(sizeof buf - s.avail_out));
        if (out.size() > qsizetype(512) * 1024 * 1024) { // no dictionary is this large: a zip bomb
            inflateEnd(&s);
            return {};
        }
    }
    inflateEnd(&s);
    return out;
}

QList<DictdEntry> readDictd(const QString &indexPath, const QString &dictPath, QString *error)
{
    QFile index(indexPath), dict(dictPath);
    if (!index.open(QIODevice::ReadOnly) || !dict.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QStringLiteral("cannot read the dictionary %1").arg(indexPath);
        }
        return {};
    }
    QByteArray body = dict.readAll();
    if (dictPath.endsWith(QLatin1String(".dz")) || body.startsWith("\x1f\x8b")) {
        body = gunzip(body);
        if (body.isEmpty()) {
            if (error) {
                *error = QStringLiteral("the dictionary %1 is not valid gzip/dictzip").arg(dictPath);
            }
            return {};
        }
    }
    QList<DictdEntry> out;
    const QList<QByteArray> lines = index.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() < 3 || f[0].startsWith("00database") || f[0].startsWith("00-database")) {
            continue;
        }
        bool okOffset = false, okLength = false;
        const qint64 offset = dictdNumber(QString::fromLatin1(f[1]), &okOffset);
        const qint64 length = dictdNumber(QString::fromLatin1(f[2].trimmed()), &okLength);
        if (!okOffset || !okLength || offset < 0 || length <= 0 || offset + length > body.size()) {
            continue;
        }
        out.append({QString::fromUtf8(f[0]), QString::fromUtf8(body.mid(offset, length))});
    }
    return out;
}

} // namespace okur::glossary
