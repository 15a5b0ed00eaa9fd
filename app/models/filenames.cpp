#include "filenames.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace okur::app {

bool FileNames::exists(const QUrl &file) const
{
    return file.isLocalFile() && QFileInfo::exists(file.toLocalFile());
}

QString FileNames::name(const QUrl &file) const
{
    const QString fileName = file.fileName();
    return fileName.isEmpty() ? file.toString() : fileName;
}

QUrl FileNames::inFolder(const QUrl &folder, const QString &name) const
{
    if (folder.isEmpty() || !folder.isLocalFile()) {
        return QUrl::fromLocalFile(QDir::current().filePath(name));
    }
    return QUrl::fromLocalFile(QDir(folder.toLocalFile()).filePath(name));
}

QUrl FileNames::documentsFolder() const
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(documents.isEmpty() ? QDir::homePath() : documents);
}

QUrl FileNames::withSuffix(const QUrl &file, const QString &suffix) const
{
    // As the dialog's own default suffix: a name with a suffix of its own keeps it (words.tsv, notes.markdown).
    if (suffix.isEmpty() || !QFileInfo(file.fileName()).suffix().isEmpty()) {
        return file;
    }
    QUrl named = file;
    named.setPath(file.path() + u'.' + suffix);
    return named;
}

} // namespace okur::app
