#pragma once
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace okur::app {

/// What the export dialogs ask of a file before they write it, as the `FileNames` singleton: whether it is there
/// (Qt 6.4's own save dialog asks nothing before it replaces one), its name for a message, and a name in a folder.
/// Local files only; a URL that is no local file is never "there". Pure but for `exists`.
class FileNames : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit FileNames(QObject *parent = nullptr) : QObject(parent) {}

    /// Whether a file (or anything else) is at the local path `file` names.
    Q_INVOKABLE bool exists(const QUrl &file) const;
    /// The file's name without its folder ("okur-notes.md"); the URL as written when it has no path.
    Q_INVOKABLE QString name(const QUrl &file) const;
    /// `name` in `folder` (a folder's URL, with or without its last slash); `name` alone, as a local file's URL
    /// in the working folder, when `folder` is empty.
    Q_INVOKABLE QUrl inFolder(const QUrl &folder, const QString &name) const;
    /// The user's documents folder (QStandardPaths), where an export is first offered; the home folder when the
    /// platform names none.
    Q_INVOKABLE QUrl documentsFolder() const;
    /// `file` with `.suffix` put after its name when it has none ("notes" → "notes.md"; "words.tsv" stays).
    Q_INVOKABLE QUrl withSuffix(const QUrl &file, const QString &suffix) const;
};

} // namespace okur::app
