// The file picker for imports. LibraryPage loads it on first use: the
// dialogs module costs the first frame more than anything else on the page.
import QtQuick
import QtQuick.Dialogs
import Okur

FileDialog {
    title: qsTr("Import documents")
    fileMode: FileDialog.OpenFiles
    acceptLabel: qsTr("Import")
    nameFilters: [qsTr("Documents (*.txt *.md *.markdown *.epub *.pdf *.html *.htm *.xhtml)"),
                  qsTr("Text and Markdown (*.txt *.md *.markdown)"), qsTr("EPUB books (*.epub)"), qsTr("PDF (*.pdf)"),
                  qsTr("Web pages (*.html *.htm *.xhtml)"), qsTr("All files (*)")]
    onAccepted: App.importFiles(selectedFiles)
}
