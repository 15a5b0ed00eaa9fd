// Search the library: results grouped by document, each with a snippet
// that emphasises the hit; choose one to read it there.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

Page {
    id: page
    signal back()
    signal openPassage(string documentId, int block, int start, int length)
    title: qsTr("Search")
    background: Rectangle { color: Theme.background }

    SearchModel { id: results; library: App.library }

    function search(text) {
        field.text = text
        results.run()
    }

    header: ToolBar {
        implicitHeight: 56
        background: Rectangle {
            color: Theme.background
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
        }
        RowLayout {
            anchors.fill: parent
            anchors.rightMargin: 8
            ToolbarButton {
                text: "←"
                font.pixelSize: Theme.px(22)
                tip: qsTr("Back to the library")
                onClicked: page.back()
            }
            TextField {
                id: field
                objectName: "searchField"
                placeholderText: qsTr("Search: words, \"phrases\", prefix*")
                placeholderTextColor: Theme.secondaryText // the style's hint colour read at 2.6:1
                Accessible.name: placeholderText
                Layout.fillWidth: true
                focus: true
                onTextChanged: results.query = text
                Keys.onReturnPressed: results.run()
                Component.onCompleted: forceActiveFocus()
            }
            CheckBox {
                text: qsTr("Exact")
                Accessible.name: text
                Accessible.description: ToolTip.text
                checked: results.exact
                onToggled: results.exact = checked
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Match accents, case and word forms exactly")
            }
        }
    }

    ListView {
        id: list
        FollowFocus { view: list } // Tab walks the list as it shows
        // The counts in the name, for the end-to-end suite: hits and passages shown.
        objectName: "searchResults:" + results.hitCount + ":" + results.count
        anchors.fill: parent
        model: results
        clip: true
        ScrollBar.vertical: ScrollBar {}
        readonly property real sideMargin: Math.max(8, (width - 760) / 2)
        section.property: "documentTitle"
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        section.delegate: Label {
            required property string section
            x: list.sideMargin + 12
            width: list.width - 2 * list.sideMargin - 24
            topPadding: 18
            bottomPadding: 6
            text: section
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.family: Theme.serif
            font.pixelSize: Theme.px(17)
            font.weight: Font.DemiBold
            color: Theme.text
        }
        // qmllint enable unqualified
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        delegate: Column {
            id: entry
            required property int index
            required property string documentId
            required property int block
            required property int start
            required property int length
            required property string snippetHtml
            /// The passage's row, which takes the keys.
            readonly property Item passage: row
            x: list.sideMargin
            width: list.width - 2 * list.sideMargin
            ItemDelegate {
                id: row
                objectName: "searchResult:" + entry.documentId + ":" + entry.block
                width: parent.width
                hoverEnabled: true
                onClicked: page.openPassage(entry.documentId, entry.block, entry.start, entry.length)
                // The snippet without its match marks, for a screen reader.
                Accessible.name: entry.snippetHtml.replace(/<[^>]*>/g, "")
                focusPolicy: Qt.StrongFocus
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                FocusRing {}
                background: Rectangle { color: row.hovered ? Theme.hover : "transparent"; radius: 8 }
                // Rich text only for the emphasis: the snippet itself is escaped in C++.
                contentItem: Label {
                    text: entry.snippetHtml
                    textFormat: Text.StyledText
                    wrapMode: Text.Wrap
                    font.family: Theme.serif
                    font.pixelSize: Theme.px(15)
                    color: Theme.text
                }
            }
            // Every hit is one click away: the next page keeps the place in the list. Under the last passage, not
            // as the list's footer: Tab reaches it after the results (a footer is made before them, and came first).
            Loader {
                active: entry.index === list.count - 1 && results.canLoadMore
                visible: active
                x: 12
                sourceComponent: Button {
                    objectName: "loadMore"
                    enabled: !results.loading
                    flat: true
                    text: qsTr("Show more matches")
                    font.capitalization: Theme.buttonCase
                    onClicked: {
                        list.keptY = list.contentY
                        // By the keys: they go on to the first new passage (this button goes with the page it ends).
                        list.focusFrom = activeFocus ? list.count : -1
                        results.loadMore()
                    }
                }
            }
        }
        // qmllint enable unqualified
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        header: Label {
            x: list.sideMargin + 12
            // Its own width, so that a phone wraps it rather than cutting it off.
            width: list.width - 2 * list.sideMargin - 24
            topPadding: 12
            visible: results.count > 0 || results.notice !== ""
            // Each count with its own plural: "4 matches in 1 passage, 1 document".
            text: (results.notice !== "" ? results.notice + "\n" : "") + (results.count === 0 ? ""
                  : qsTr("%1 in %2, %3", "matches, passages, documents").arg(qsTr("%Ln match(es)", "", results.hitCount))
                        .arg(qsTr("%Ln passage(s)", "", results.count)).arg(qsTr("%Ln document(s)", "", results.documentCount))
                    + (results.canLoadMore ? qsTr(" (more below)") : ""))
            wrapMode: Text.Wrap
            color: Theme.secondaryText
        }
        // qmllint enable unqualified
        // Where the list stood (its top is under zero with the header) and which passage takes the keys when the next
        // page of results comes.
        property var keptY: undefined
        property int focusFrom: -1 // the rows shown when Show more matches was pressed from the keys (-1: not)
        function goOn() {
            if (focusFrom < 0)
                return
            // The first passage not shown before; else (the new hits were in passages already shown) the row the
            // button ended, so the keys never go to nothing.
            const row = results.firstNew >= 0 ? results.firstNew : Math.min(focusFrom, count) - 1
            focusFrom = -1
            if (row < 0)
                return
            forceLayout()
            positionViewAtIndex(row, ListView.Contain)
            const entry = itemAtIndex(row)
            if (entry)
                entry.passage.forceActiveFocus(Qt.TabFocusReason) // qmllint disable type
        }
        Connections {
            target: results
            function onResultsChanged() {
                if (list.keptY !== undefined)
                    // Qt 6.4's qmltypes declare Qt.callLater as a QJSValue property, so qmllint doubts it is a method.
                    Qt.callLater(() => { list.contentY = list.keptY; list.keptY = undefined; list.goOn() }) // qmllint disable type
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        visible: list.count === 0
        title: field.text.trim() === "" ? qsTr("Search the library") : qsTr("No matches")
        detail: field.text.trim() === "" ? qsTr("Accents and case do not matter (kultur finds kültür), and word forms are found too (diplomasi finds diplomasisinin).") : ""
    }
}
