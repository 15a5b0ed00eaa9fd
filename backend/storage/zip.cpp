#include "zip.h"

#include <QtEndian>

#include <zlib.h>

#include <limits>

namespace okur::storage {

namespace {

constexpr qint64 kEndRecordSize = 22;
constexpr qint64 kCentralHeaderSize = 46;
constexpr qint64 kLocalHeaderSize = 30;
constexpr quint32 kEndSignature = 0x06054b50;
constexpr quint32 kCentralSignature = 0x02014b50;
constexpr quint32 kLocalSignature = 0x04034b50;
constexpr quint16 kStored = 0;
constexpr quint16 kDeflated = 8;
constexpr quint16 kEncrypted = 0x0001;
constexpr quint16 kUtf8Names = 0x0800;
constexpr quint32 kZip64Marker = 0xffffffff;

quint16 u16(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

quint32 u32(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

quint32 crcOf(const char *data, qint64 size)
{
    uLong crc = crc32(0, nullptr, 0);
    while (size > 0) {
        const uInt chunk = uInt(qMin<qint64>(size, std::numeric_limits<uInt>::max()));
        crc = crc32(crc, reinterpret_cast<const Bytef *>(data), chunk);
        data += chunk;
        size -= chunk;
    }
    return quint32(crc);
}

// Raw deflate (no zlib header) of exactly `size` bytes out of exactly `compressedSize` bytes in.
bool inflateExactly(const char *in, qint64 compressedSize, QByteArray &out)
{
    if (compressedSize > std::numeric_limits<uInt>::max() || out.size() > std::numeric_limits<uInt>::max()) {
        return false;
    }
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
        return false;
    }
    // zlib reads through next_in without writing it.
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in));
    z.avail_in = uInt(compressedSize);
    // A one-byte scratch buffer stands for an empty output, so a stream that would write more fails.
    char scratch = 0;
    z.next_out = reinterpret_cast<Bytef *>(out.isEmpty() ? &scratch : out.data());
    z.avail_out = out.isEmpty() ? 1 : uInt(out.size());
    const int rc = inflate(&z, Z_FINISH);
    const bool ok = rc == Z_STREAM_END && z.total_out == uLong(out.size()) && z.avail_in == 0;
    inflateEnd(&z);
    return ok;
}

void put16(QByteArray &b, quint16 v)
{
    char le[2];
    qToLittleEndian(v, le);
    b.append(le, 2);
}

void put32(QByteArray &b, quint32 v)
{
    char le[4];
    qToLittleEndian(v, le);
    b.append(le, 4);
}

QByteArray rawDeflate(const QByteArray &data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return {};
    }
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const bool ok = deflate(&z, Z_FINISH) == Z_STREAM_END;
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return ok ? out : QByteArray();
}

} // namespace

ZipReader::ZipReader(const QByteArray &bytes) : m_bytes(bytes)
{
    const qint64 n = m_bytes.size();
    // The end record is the last thing in the file but for a comment of at most 65535 bytes.
    qint64 end = -1;
    for (qint64 at = n - kEndRecordSize; at >= 0 && at >= n - kEndRecordSize - 0xffff; --at) {
        if (u32(m_bytes, at) == kEndSignature && at + kEndRecordSize + u16(m_bytes, at + 20) <= n) {
            end = at;
            break;
        }
    }
    if (end < 0) {
        m_error = QStringLiteral("no end of central directory");
        return;
    }
    const quint16 disk = u16(m_bytes, end + 4);
    const quint16 directoryDisk = u16(m_bytes, end + 6);
    const quint16 onDisk = u16(m_bytes, end + 8);
    const quint16 count = u16(m_bytes, end + 10);
    const quint32 directorySize = u32(m_bytes, end + 12);
    const quint32 directoryStart = u32(m_bytes, end + 16);
    if (count == 0xffff || directorySize == kZip64Marker || directoryStart == kZip64Marker) {
        m_error = QStringLiteral("zip64 archives are not supported");
        return;
    }
    if (disk != 0 || directoryDisk != 0 || onDisk != count) {
        m_error = QStringLiteral("multi-disk archives are not supported");
        return;
    }
    if (qint64(directoryStart) + directorySize > end) {
        m_error = QStringLiteral("the central directory lies outside the archive");
        return;
    }
    m_directoryStart = directoryStart;
    qint64 at = directoryStart;
    const qint64 directoryEnd = qint64(directoryStart) + directorySize;
    for (quint16 i = 0; i < count; ++i) {
        if (at + kCentralHeaderSize > directoryEnd || u32(m_bytes, at) != kCentralSignature) {
            m_error = QStringLiteral("the central directory is damaged");
            m_entries.clear();
            m_located.clear();
            return;
        }
        const quint16 nameLength = u16(m_bytes, at + 28);
        const qint64 next = at + kCentralHeaderSize + nameLength + u16(m_bytes, at + 30) + u16(m_bytes, at + 32);
        if (next > directoryEnd) {
            m_error = QStringLiteral("the central directory is damaged");
            m_entries.clear();
            m_located.clear();
            return;
        }
        const quint32 compressed = u32(m_bytes, at + 20);
        const quint32 size = u32(m_bytes, at + 24);
        const quint32 local = u32(m_bytes, at + 42);
        if (compressed == kZip64Marker || size == kZip64Marker || local == kZip64Marker) {
            m_error = QStringLiteral("zip64 archives are not supported");
            m_entries.clear();
            m_located.clear();
            return;
        }
        m_entries.append({m_bytes.mid(at + kCentralHeaderSize, nameLength), size, compressed});
        m_located.append({u16(m_bytes, at + 8), u16(m_bytes, at + 10), u32(m_bytes, at + 16), local});
        at = next;
    }
}

qsizetype ZipReader::indexOf(const QByteArray &name) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].name == name) {
            return i;
        }
    }
    return -1;
}

QByteArray ZipReader::read(qsizetype index, QString *error) const
{
    if (index < 0 || index >= m_entries.size()) {
        *error = QStringLiteral("no such entry");
        return {};
    }
    const ZipEntry &entry = m_entries[index];
    const Located &where = m_located[index];
    if (where.flags & kEncrypted) {
        *error = QStringLiteral("encrypted");
        return {};
    }
    if (where.method != kStored && where.method != kDeflated) {
        *error = QStringLiteral("compression method %1 is not supported").arg(where.method);
        return {};
    }
    // The local header must be in the archive and agree with the directory: a file whose parts disagree is
    // damaged or crafted, and each part alone could be made to look harmless.
    const qint64 local = where.localHeader;
    if (local + kLocalHeaderSize > m_directoryStart || u32(m_bytes, local) != kLocalSignature ||
        u16(m_bytes, local + 8) != where.method || u16(m_bytes, local + 26) != entry.name.size() ||
        m_bytes.mid(local + kLocalHeaderSize, entry.name.size()) != entry.name) {
        *error = QStringLiteral("its local header does not match the central directory");
        return {};
    }
    const qint64 data = local + kLocalHeaderSize + u16(m_bytes, local + 26) + u16(m_bytes, local + 28);
    if (data + entry.compressedSize > m_directoryStart) {
        *error = QStringLiteral("its data runs past the archive");
        return {};
    }
    QByteArray out;
    if (where.method == kStored) {
        if (entry.compressedSize != entry.size) {
            *error = QStringLiteral("its sizes disagree");
            return {};
        }
        out = m_bytes.mid(data, entry.size);
    } else {
        out = QByteArray(qsizetype(entry.size), Qt::Uninitialized);
        if (!inflateExactly(m_bytes.constData() + data, entry.compressedSize, out)) {
            *error = QStringLiteral("it does not inflate to its declared size");
            return {};
        }
    }
    if (crcOf(out.constData(), out.size()) != where.crc) {
        *error = QStringLiteral("its checksum does not match");
        return {};
    }
    return out;
}

QByteArray zipArchive(const QList<std::pair<QByteArray, QByteArray>> &files)
{
    QByteArray local, central;
    for (const auto &[name, data] : files) {
        const QByteArray body = rawDeflate(data);
        if (data.size() >= kZip64Marker || local.size() >= kZip64Marker || name.size() > 0xffff ||
            (body.isEmpty() && !data.isEmpty())) {
            return {};
        }
        QByteArray common; // version needed .. extra length, the same in both headers
        put16(common, 20);
        put16(common, kUtf8Names);
        put16(common, kDeflated);
        put16(common, 0);      // time 00:00
        put16(common, 0x0021); // date 1980-01-01
        put32(common, crcOf(data.constData(), data.size()));
        put32(common, quint32(body.size()));
        put32(common, quint32(data.size()));
        put16(common, quint16(name.size()));
        put16(common, 0);
        const quint32 offset = quint32(local.size());
        put32(local, kLocalSignature);
        local += common + name + body;
        put32(central, kCentralSignature);
        put16(central, 20); // made by: MS-DOS attributes, spec 2.0
        central += common;
        put16(central, 0); // comment length
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central += name;
    }
    if (files.size() >= 0xffff || qint64(local.size()) + central.size() >= kZip64Marker) {
        return {};
    }
    QByteArray out = local + central;
    put32(out, kEndSignature);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(files.size()));
    put16(out, quint16(files.size()));
    put32(out, quint32(central.size()));
    put32(out, quint32(local.size()));
    put16(out, 0);
    return out;
}

} // namespace okur::storage
