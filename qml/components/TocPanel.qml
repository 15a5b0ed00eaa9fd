// The table of contents: the document's headings, the current one marked.
import QtQuick
import QtQuick.Controls
import Okur

ListView {
    id: panel
    FollowFocus { view: panel } // Tab walks the contents as they show
    property int currentEntry: -1
    signal entryActivated(int block)
    // The current section's entry stays in sight as the reader moves on, also when the drawer opens.
    function showCurrent() {
        // The first entry shows with the list's heading above it (Contain alone
        // would scroll the heading away when the list is laid out late).
        if (currentEntry === 0)
            positionViewAtBeginning()
        else if (currentEntry > 0 && currentEntry < count)
            positionViewAtIndex(currentEntry, ListView.Contain)
    }
    onCurrentEntryChanged: showCurrent()
    // Qt 6.4's qmltypes declare Qt.callLater as a QJSValue property, so qmllint doubts it is a method.
    onCountChanged: Qt.callLater(showCurrent) // qmllint disable type
    onHeightChanged: Qt.callLater(showCurrent) // qmllint disable type
    onVisibleChanged: if (visible) Qt.callLater(showCurrent) // qmllint disable type

    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}
    // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
    // qmllint disable unqualified
    header: Label {
        width: panel.width
        padding: 16
        text: qsTr("Contents")
        font.pixelSize: Theme.px(13)
        font.capitalization: Font.AllUppercase
        font.letterSpacing: 1
        color: Theme.secondaryText
    }
    // qmllint enable unqualified
    // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
    // qmllint disable unqualified
    delegate: ItemDelegate {
        id: entry
        required property int index
        required property string title
        required property int block
        required property int level
        width: panel.width
        implicitHeight: Math.max(Theme.touchTarget - 4, label.implicitHeight + 20)
        hoverEnabled: true
        onClicked: panel.entryActivated(block)
        Accessible.name: title
        focusPolicy: Qt.StrongFocus
        Keys.onReturnPressed: clicked()
        Keys.onEnterPressed: clicked()
        FocusRing {}
        background: Rectangle {
            color: entry.index === panel.currentEntry ? Theme.surface : entry.hovered ? Theme.hover : "transparent"
            Rectangle {
                visible: entry.index === panel.currentEntry
                width: 3
                height: parent.height
                color: Theme.accent
            }
        }
        // Named (or its parts are) for other bindings; the style's deferred default is replaced either way, so creating it at once costs nothing.
        contentItem: Label { // qmllint disable deferred-property-id
            id: label
            leftPadding: entry.level > 1 ? 8 : 0
            text: entry.title
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            font.pixelSize: Theme.px(14)
            font.weight: entry.index === panel.currentEntry ? Font.DemiBold : Font.Normal
            color: entry.index === panel.currentEntry ? Theme.text : Theme.secondaryText
        }
    }
    // qmllint enable unqualified
}
