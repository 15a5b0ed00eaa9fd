// The library: every document with its language, date, length and progress.
import QtQuick
import QtQuick.Templates as T
import Okur

T.Page {
    id: page
    objectName: "libraryPage"
    signal openDocument(string id)
    signal openVocabulary()
    signal openNotes()
    signal openSearch()
    signal openThemes()
    signal openSync()
    readonly property bool narrow: width < 600
    title: qsTr("Library")
    background: Rectangle { color: Theme.background }

    // Plain items and the app's own buttons: the library page is what the
    // first frame waits for, so it loads no more than it shows.
    header: Rectangle {
        implicitHeight: 56
        color: Theme.background
        Accessible.role: Accessible.ToolBar
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
        Text {
            anchors.left: parent.left
            anchors.leftMargin: 16
            anchors.right: tools.left
            anchors.verticalCenter: parent.verticalCenter
            text: "Okur" // i18n: keep (the app's name)
            elide: Text.ElideRight
            font.family: Theme.serif
            font.pixelSize: Theme.px(22)
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Row {
            id: tools
            anchors.right: parent.right
            anchors.rightMargin: 4
            anchors.verticalCenter: parent.verticalCenter
            Spinner {
                objectName: "busySpinner"
                running: App.busy
                dotSize: 6
                anchors.verticalCenter: parent.verticalCenter
                rightPadding: 8
            }
            ToolbarButton {
                objectName: "searchButton"
                tip: qsTr("Search the library (Ctrl+F)")
                onClicked: page.openSearch()
                SearchIcon { anchors.centerIn: parent; color: Theme.text }
            }
            SectionButton { index: 0; visible: !page.narrow }
            SectionButton { index: 1; visible: !page.narrow }
            SectionButton { index: 2; visible: !page.narrow }
            ToolbarButton {
                objectName: "importButton"
                text: "+"
                font.pixelSize: Theme.px(24)
                tip: qsTr("Import documents: text, Markdown, EPUB, PDF or web pages")
                onClicked: importDialog.open()
            }
            // Sync has its own button: the Aa menu already fills a phone's height.
            ToolbarButton {
                objectName: "syncButton"
                text: "⇅" // i18n: keep (a glyph for sync)
                font.pixelSize: Theme.px(20)
                tip: qsTr("Sync with your other devices")
                onClicked: page.openSync()
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
    // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
    // qmllint disable unqualified
    component SectionButton: ToolbarButton {
        property int index
        objectName: "section" + index
        text: page.sections[index].label
        tip: page.sections[index].tip
        onClicked: page.sections[index].go()
    }
    // qmllint enable unqualified
    Loader {
        id: importDialog
        // Made on first use, after the style's colours: a popup made before keeps the style's defaults.
        active: false
        source: Qt.resolvedUrl("../components/ImportDialog.qml")
        // The dialog's type is loaded on first use, not imported here (first-frame cost), so qmllint sees a QObject.
        onLoaded: item.open() // qmllint disable type
        function open() {
            if (item) {
                item.open() // qmllint disable type
            } else {
                Theme.needControlsStyle()
                active = true
            }
        }
    }

    /// Shows a short message at the bottom of the page.
    function notify(message) {
        snackbar.active = true // made the first time there is something to say
        // Snackbar.qml is loaded on first use, not named here, so qmllint sees a QObject.
        snackbar.item.show(message) // qmllint disable type
    }
    Loader {
        id: snackbar
        objectName: "snackbar"
        active: false
        source: Qt.resolvedUrl("../components/Snackbar.qml")
    }
    Component.onCompleted: if (App.notice !== "") notify(App.notice)

    Connections {
        target: App
        function onImportFinished(message, firstId) {
            page.notify(message)
        }
    }

    LibraryModel { id: documents; library: App.library }
    // A page under another loses its header, so the list grows and its scroll is cut back to the
    // top: the place is kept across a visit to a document and put back on the way back.
    T.StackView.onDeactivating: list.keptY = list.contentY
    // As the page slides in, its list is still the taller one: the kept place is put back as it was, then within
    // the list's bounds once the header is back.
    T.StackView.onActivating: if (list.keptY !== undefined) list.contentY = list.keptY
    T.StackView.onActivated: list.putBack()
    // The cards' details (language name, date, reading time) are made in C++
    // in the interface language: make them again when it changes.
    Connections { target: App; function onLanguageChanged() { documents.refresh() } }
    // Qt 6.4's qmllint does not resolve the StandardKey enum QtQuick exports (a false "unqualified access").
    Shortcut { sequences: [StandardKey.Find]; enabled: page.T.StackView.status === T.StackView.Active; onActivated: page.openSearch() } // qmllint disable unqualified

    ListView {
        id: list
        FollowFocus { view: list } // Tab walks the list as it shows
        objectName: "documentList"
        anchors { top: parent.top; left: parent.left; right: parent.right; bottom: bottomBar.top }
        anchors.topMargin: 8
        model: documents
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        /// The scroll kept while a page was on top (none for a page made anew, as the one a reader reopened at
        /// start-up goes back to), put back within the list's bounds: a list shorter than the page stays at its top.
        property var keptY: undefined
        function putBack() {
            if (keptY !== undefined)
                contentY = Math.max(originY, Math.min(keptY, originY + contentHeight - height))
        }
        T.ScrollBar.vertical: ListScrollBar {}
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        header: Text {
            x: list.sideMargin
            width: list.width - 2 * list.sideMargin
            topPadding: 16
            bottomPadding: 8
            leftPadding: 12
            text: qsTr("%Ln document(s)", "", documents.count)
            color: Theme.secondaryText
            font.pixelSize: Theme.px(14)
        }
        // qmllint enable unqualified
        readonly property real sideMargin: Math.max(8, (width - 820) / 2)
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        delegate: DocumentCard {
            x: list.sideMargin
            width: list.width - 2 * list.sideMargin
            onClicked: page.openDocument(documentId)
        }
        // qmllint enable unqualified
    }

    // The phone's bottom bar, declared after the documents and not as the page's footer (which the page makes first
    // of its children): Tab goes down the page as it shows, the header's buttons, the documents, then this bar.
    Loader {
        id: bottomBar
        objectName: "footer"
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        active: page.narrow
        visible: active
        height: item ? (item as Item).implicitHeight : 0
        sourceComponent: Rectangle {
            implicitHeight: 56
            color: Theme.background
            Accessible.role: Accessible.ToolBar
            Rectangle { width: parent.width; height: 1; color: Theme.divider }
            Row {
                anchors.fill: parent
                anchors.topMargin: 4
                SectionButton { index: 0; width: parent.width / 3 }
                SectionButton { index: 1; width: parent.width / 3 }
                SectionButton { index: 2; width: parent.width / 3 }
            }
        }
    }

    // Made while the library is empty only: a library with documents makes none of it.
    Loader {
        anchors.centerIn: parent
        active: documents.count === 0
        sourceComponent: EmptyState {
            room: page.width // qmllint disable unqualified
            busy: App.busy
            title: App.error !== "" ? qsTr("The library could not be opened") : qsTr("Preparing your library…")
            detail: App.error !== "" ? App.error : App.work
        }
    }

    // Files dropped on the library are imported like picked ones: the
    // importer tells text, EPUB, PDF and web pages apart by their bytes.
    DropArea {
        id: drop
        objectName: "importDropArea"
        anchors.fill: parent
        onEntered: (drag) => { drag.accepted = drag.hasUrls }
        onDropped: (dropped) => {
            if (!dropped.hasUrls)
                return
            App.importFiles(dropped.urls)
            dropped.accept(Qt.CopyAction)
        }
        Rectangle {
            anchors.fill: parent
            anchors.margins: 4
            visible: drop.containsDrag
            color: "transparent"
            border.color: Theme.accent
            border.width: 2
            radius: 8
        }
    }
}
