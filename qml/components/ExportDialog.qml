// Where an export goes: the save dialog with a name for the format (okur-notes.md, okur-words.apkg), in the
// documents folder first and then the folder last used, then a question before it replaces a file that is there, which Qt 6.4's own dialog does not ask (a
// name left from the last export had written JSON over a Markdown file). chosen() gives the file once it may be
// written; the page writes it and says where it went.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Okur

Item {
    id: exporter
    /// The dialog's title.
    property string title
    /// A new file's name before its suffix ("okur-notes").
    property string baseName
    /// Each format's suffix and name filter: ({ markdown: ["md", qsTr("Markdown (*.md)")] }).
    property var formats: ({})
    /// The format being exported.
    property string format
    signal chosen(url file, string format)

    function open(format) {
        exporter.format = format
        const suffix = formats[format][0]
        files.defaultSuffix = suffix
        files.nameFilters = [formats[format][1]]
        files.selectedFile = FileNames.inFolder(files.currentFolder, baseName + "." + suffix)
        files.open()
    }

    FileDialog {
        id: files
        objectName: "exportFiles"
        fileMode: FileDialog.SaveFile
        title: exporter.title
        currentFolder: FileNames.documentsFolder() // then where the reader went
        acceptLabel: qsTr("Export")
        onAccepted: exporter.decide(FileNames.withSuffix(selectedFile, defaultSuffix))
    }
    /// A file picked: written at once when new, after the question when there.
    function decide(file) {
        if (FileNames.exists(file)) {
            replace.file = file
            replace.open()
        } else {
            chosen(file, format)
        }
    }

    Dialog {
        id: replace
        objectName: "replaceFile"
        property url file
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 32 : 400, 420)
        modal: true
        title: qsTr("Replace %1?").arg(FileNames.name(file))
        onAccepted: exporter.chosen(file, exporter.format)
        onRejected: files.open() // another name, in the same place
        Label {
            width: parent.width
            text: qsTr("A file of that name is already there. Replacing it loses what it holds.")
            wrapMode: Text.Wrap
        }
        standardButtons: Dialog.Ok | Dialog.Cancel
        // The style's own buttons, the accepting one named for what it does.
        Component.onCompleted: {
            standardButton(Dialog.Ok).text = qsTr("Replace")
            standardButton(Dialog.Ok).objectName = "replaceConfirm"
        }
    }
}
