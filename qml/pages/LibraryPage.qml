// The library: every document with its language, date, length and progress.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

Page {
    id: page
    signal openDocument(string id)
    signal openVocabulary()
    signal openNotes()
    signal openSearch()
    signal openThemes()
    readonly property bool narrow: width < 600
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
            SectionButton { index: 0; visible: !page.narrow }
            SectionButton { index: 1; visible: !page.narrow }
            SectionButton { index: 2; visible: !page.narrow }
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

    // Themes, Notes and Words: in the header on a desktop, at the thumb on a phone.
    readonly property var sections: [
        { label: qsTr("Themes"), tip: qsTr("What the documents say, theme by theme"), go: () => page.openThemes() },
        { label: qsTr("Notes"), tip: qsTr("All highlights and notes"), go: () => page.openNotes() },
        { label: qsTr("Words"), tip: qsTr("Saved words and review"), go: () => page.openVocabulary() }
    ]
    // Fixed buttons shown or hidden, not created and destroyed: the layout stays put when the window narrows.
    component SectionButton: ToolButton {
        property int index
        text: page.sections[index].label
        font.capitalization: Font.MixedCase
        implicitHeight: Theme.touchTarget
        ToolTip.visible: hovered
        ToolTip.text: page.sections[index].tip
        onClicked: page.sections[index].go()
    }
    footer: ToolBar {
        visible: page.narrow
        implicitHeight: page.narrow ? 56 : 0
        background: Rectangle {
            color: Theme.background
            Rectangle { width: parent.width; height: 1; color: Theme.divider }
        }
        RowLayout {
            anchors.fill: parent
            SectionButton { index: 0; Layout.fillWidth: true }
            SectionButton { index: 1; Layout.fillWidth: true }
            SectionButton { index: 2; Layout.fillWidth: true }
        }
    }

    Loader {
        id: importDialog
        active: false
        source: Qt.resolvedUrl("../components/ImportDialog.qml")
        onLoaded: item.open()
        function open() {
            if (item)
                item.open()
            else
                active = true
        }
    }

    Snackbar { id: snackbar }
    Component.onCompleted: if (App.notice !== "") snackbar.show(App.notice)

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
            text: documents.count === 1 ? qsTr("1 document") : qsTr("%1 documents").arg(documents.count)
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
        visible: documents.count === 0
        busy: App.busy
        title: App.error !== "" ? qsTr("The library could not be opened") : qsTr("Preparing your library…")
        detail: App.error
    }
}
