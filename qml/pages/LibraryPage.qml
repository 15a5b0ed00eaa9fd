// The library: every document with its language, date, length and progress.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Okur

Page {
    id: page
    signal openDocument(string id)
    signal openVocabulary()
    signal openNotes()
    signal openSearch()
    title: qsTr("Library")
    background: Rectangle { color: Theme.background }

    header: ToolBar {
        implicitHeight: 56
        background: Rectangle {
            color: Theme.background
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
        }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 4
            Label {
                text: "Okur"
                font.family: Theme.serif
                font.pixelSize: 22
                font.weight: Font.DemiBold
                color: Theme.text
                Layout.fillWidth: true
            }
            BusyIndicator {
                running: App.busy
                visible: running
                implicitWidth: 32
                implicitHeight: 32
            }
            ToolButton {
                text: "⌕"
                font.pixelSize: 22
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Search the library")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Search (Ctrl+F)")
                onClicked: page.openSearch()
            }
            ToolButton {
                text: qsTr("Notes")
                font.capitalization: Font.MixedCase
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("All highlights and notes")
                onClicked: page.openNotes()
            }
            ToolButton {
                text: qsTr("Words")
                font.capitalization: Font.MixedCase
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Vocabulary")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Saved words and review")
                onClicked: page.openVocabulary()
            }
            ToolButton {
                text: "+"
                font.pixelSize: 24
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Import documents")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Import text or Markdown files")
                onClicked: importDialog.open()
            }
            ThemeMenu {}
        }
    }

    FileDialog {
        id: importDialog
        title: qsTr("Import documents")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Text and Markdown (*.txt *.md *.markdown)"), qsTr("All files (*)")]
        onAccepted: App.importFiles(selectedFiles)
    }

    Snackbar { id: snackbar }

    Connections {
        target: App
        function onImportFinished(message, firstId) {
            snackbar.show(message)
        }
    }

    LibraryModel { id: documents }
    Shortcut { sequences: [StandardKey.Find]; enabled: page.StackView.status === StackView.Active; onActivated: page.openSearch() }

    ListView {
        id: list
        objectName: "documentList"
        anchors.fill: parent
        anchors.topMargin: 8
        model: documents
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        header: Label {
            x: list.sideMargin
            width: list.width - 2 * list.sideMargin
            topPadding: 16
            bottomPadding: 8
            leftPadding: 12
            text: list.count === 1 ? qsTr("1 document") : qsTr("%1 documents").arg(list.count)
            color: Theme.secondaryText
            font.pixelSize: 14
        }
        readonly property real sideMargin: Math.max(8, (width - 820) / 2)
        delegate: DocumentCard {
            x: list.sideMargin
            width: list.width - 2 * list.sideMargin
            onClicked: page.openDocument(documentId)
        }
    }

    EmptyState {
        anchors.centerIn: parent
        visible: list.count === 0
        busy: App.busy
        title: App.error !== "" ? qsTr("The library could not be opened") : qsTr("Preparing your library…")
        detail: App.error
    }
}
