#pragma once
// A minimal zip writer for tests: builds EPUBs entry by entry, including
// broken ones (a lying size, a bomb), which no packaging tool would make.
#include <QByteArray>
#include <QList>
#include <QtEndian>

#include <zlib.h>

namespace okur::test {

struct ZipEntry {
    QByteArray name;
    QByteArray data;
    bool deflate = true;
    qint64 declaredSize = -1; ///< uncompressed size to claim; -1 for the true one
};

inline QByteArray le16(quint16 v) { QByteArray b(2, 0); qToLittleEndian(v, b.data()); return b; }
inline QByteArray le32(quint32 v) { QByteArray b(4, 0); qToLittleEndian(v, b.data()); return b; }

inline QByteArray rawDeflate(const QByteArray &data)
{
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))), 0);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

inline QByteArray makeZip(const QList<ZipEntry> &entries)
{
    QByteArray local, central;
    for (const ZipEntry &e : entries) {
        const QByteArray body = e.deflate ? rawDeflate(e.data) : e.data;
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(e.data.constData()), uInt(e.data.size())));
        const quint32 size = quint32(e.declaredSize >= 0 ? e.declaredSize : e.data.size());
        const quint32 offset = quint32(local.size());
        const QByteArray common = le16(20) + le16(0) + le16(e.deflate ? 8 : 0) + le16(0) + le16(0x21) + le32(crc)
                                  + le32(quint32(body.size())) + le32(size) + le16(quint16(e.name.size())) + le16(0);
        local += QByteArray("PK\x03\x04", 4) + common + e.name + body;
        central += QByteArray("PK\x01\x02", 4) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0)
                   + le32(offset) + e.name;
    }
    const quint32 cdOffset = quint32(local.size());
    return local + central + QByteArray("PK\x05\x06", 4) + le16(0) + le16(0) + le16(quint16(entries.size()))
           + le16(quint16(entries.size())) + le32(quint32(central.size())) + le32(cdOffset) + le16(0);
}

/// The files every EPUB needs, around one chapter of the given XHTML.
inline QList<ZipEntry> epubEntries(const QByteArray &chapter, const QByteArray &extraManifest = {},
                                   const QByteArray &extraSpine = {})
{
    return {
        {"mimetype", "application/epub+zip", false},
        {"META-INF/container.xml",
         "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
         "<rootfiles><rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>"
         "</rootfiles></container>"},
        {"OEBPS/content.opf",
         "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
         "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Test</dc:title>"
         "<dc:language>en</dc:language></metadata><manifest>"
         "<item id=\"c1\" href=\"c1.xhtml\" media-type=\"application/xhtml+xml\"/>" + extraManifest
             + "</manifest><spine>" + extraSpine + "<itemref idref=\"c1\"/></spine></package>"},
        {"OEBPS/c1.xhtml", chapter},
    };
}

} // namespace okur::test
