#pragma once
#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace okur::storage {

/// Zip archives in memory, on zlib alone: EPUBs are read and Anki packages written with this. libzip did it
/// before, and brought libcrypto and libbz2 with it: loading and relocating them cost every start of the app
/// and the CLI ~2.5 ms before main() (issue 24), for a format most starts never read.

/// One file of an archive as its central directory declares it.
struct ZipEntry {
    QByteArray name; ///< as stored (UTF-8 in EPUBs)
    qint64 size = 0; ///< declared uncompressed size; read() never returns more
    qint64 compressedSize = 0;
};

/// Reads an archive held in memory. Only the central directory is parsed up front, so a caller can refuse an
/// archive by its declared sizes (zip bombs) before anything is inflated. Each entry is checked when read:
/// its local header must agree with the central directory, its data lie inside the archive, inflate to
/// exactly its declared size and match its CRC. Stored and deflated entries; no zip64, no encryption, one disk.
/// Pure (it shares the bytes it was given). Any thread.
class ZipReader {
public:
    explicit ZipReader(const QByteArray &bytes);

    /// Why the archive cannot be read (untranslated, for a translated message to quote); empty when it can.
    QString error() const { return m_error; }
    const QList<ZipEntry> &entries() const { return m_entries; }
    /// The index of the first entry of that name, or -1.
    qsizetype indexOf(const QByteArray &name) const;
    /// The entry's bytes; empty with *error set (untranslated) when the entry is damaged or unsupported.
    QByteArray read(qsizetype index, QString *error) const;

private:
    struct Located {
        quint16 flags = 0;
        quint16 method = 0;
        quint32 crc = 0;
        qint64 localHeader = 0;
    };
    QByteArray m_bytes;
    qint64 m_directoryStart = 0;
    QList<ZipEntry> m_entries;
    QList<Located> m_located;
    QString m_error;
};

/// An archive of these files, deflated, names flagged UTF-8, dated 1980-01-01 (the output is a function of
/// its input). Files of 4 GB or more (zip64) are not written: the result is then empty. Pure.
QByteArray zipArchive(const QList<std::pair<QByteArray, QByteArray>> &files);

} // namespace okur::storage
