// The library's dated events in order, each with its sentence and source;
// narrowed to a theme and/or a document. A tap opens the sentence in place.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

Page {
    id: page
    property alias themeId: timeline.themeId
    property alias documentId: timeline.documentId
    signal back()
    signal openPassage(string documentId, int block, int start, int length)
    title: qsTr("Timeline")
    background: Rectangle { color: Theme.background }

    TimelineModel { id: timeline; library: App.library }

    header: ToolBar {
        implicitHeight: 56
        background: Rectangle {
            color: Theme.background
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
        }
        RowLayout {
            anchors.fill: parent
            ToolbarButton { text: "←"; font.pixelSize: Theme.px(22); tip: qsTr("Back"); onClicked: page.back() }
            Label { text: qsTr("Timeline"); font.pixelSize: Theme.px(18); font.weight: Font.DemiBold; color: Theme.text; Layout.fillWidth: true }
        }
    }

    ListView {
        id: list
        FollowFocus { view: list } // Tab walks the list as it shows
        objectName: "timelineList"
        anchors.fill: parent
        model: timeline
        clip: true
        spacing: 4
        ScrollBar.vertical: ScrollBar {}
        readonly property real measure: Math.min(width - 32, 760)
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        header: Flow {
            x: (list.width - list.measure) / 2
            width: list.measure
            topPadding: 12
            bottomPadding: 12
            spacing: 8
            ComboBox {
                id: themeFilter
                objectName: "themeFilter"
                width: Math.min(list.measure, 300)
                textRole: "title"
                valueRole: "id"
                // Qt 6.4's qmllint takes an array literal for a QML list and knows none of its JS methods.
                model: [{ id: "", title: qsTr("All themes") }].concat(timeline.themes) // qmllint disable type
                onActivated: timeline.themeId = currentValue
                Component.onCompleted: currentIndex = Math.max(0, indexOfValue(timeline.themeId))
                Accessible.name: qsTr("Theme")
            }
            ComboBox {
                id: documentFilter
                objectName: "documentFilter"
                width: Math.min(list.measure, 400)
                textRole: "title"
                valueRole: "id"
                model: [{ id: "", title: qsTr("All documents") }].concat(timeline.documents) // qmllint disable type
                onActivated: timeline.documentId = currentValue
                Component.onCompleted: currentIndex = Math.max(0, indexOfValue(timeline.documentId))
                Accessible.name: qsTr("Document")
            }
            Label {
                width: list.measure
                text: qsTr("%Ln dated sentence(s)", "", timeline.count)
                color: Theme.secondaryText
                font.pixelSize: Theme.px(13)
            }
        }
        // qmllint enable unqualified
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        delegate: Item {
            id: event
            required property int year
            required property string date
            required property string text
            required property string documentId
            required property string documentTitle
            required property int block
            required property int start
            required property int length
            required property bool newYear
            required property var themes
            objectName: "timelineEvent"
            x: (list.width - list.measure) / 2
            width: list.measure
            height: row.implicitHeight + (newYear ? 10 : 0)
            readonly property real yearWidth: list.measure < 500 ? 48 : 72
            Row {
                id: row
                y: event.newYear ? 10 : 0
                spacing: 12
                Label {
                    width: event.yearWidth
                    text: event.newYear ? event.year : ""
                    font.family: Theme.serif
                    font.pixelSize: Theme.px(event.yearWidth < 60 ? 17 : 20)
                    font.weight: Font.DemiBold
                    color: Theme.accent
                    horizontalAlignment: Text.AlignRight
                }
                Rectangle { width: 2; height: card.height; color: Theme.divider }
                Rectangle {
                    id: card
                    width: event.width - event.yearWidth - 26
                    height: body.implicitHeight + 14
                    radius: 8
                    color: tap.pressed || hover.hovered ? Theme.hover : "transparent"
                    Column {
                        id: body
                        x: 8
                        y: 7
                        width: parent.width - 16
                        spacing: 2
                        Label {
                            text: event.date
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.px(12)
                            font.weight: Font.DemiBold
                            color: Theme.secondaryText
                        }
                        Label {
                            width: parent.width
                            text: event.text
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            color: Theme.text
                        }
                        Label {
                            width: parent.width
                            text: "— " + event.documentTitle
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            font.pixelSize: Theme.px(12)
                            color: Theme.accent
                        }
                    }
                    TapHandler { id: tap; onTapped: page.openPassage(event.documentId, event.block, event.start, event.length) }
                    HoverHandler { id: hover; cursorShape: Qt.PointingHandCursor }
                    Accessible.role: Accessible.Link
                    Accessible.name: qsTr("%1: read it in %2").arg(event.date).arg(event.documentTitle)
                    Accessible.onPressAction: page.openPassage(event.documentId, event.block, event.start, event.length)
                    activeFocusOnTab: true
                    Keys.onReturnPressed: page.openPassage(event.documentId, event.block, event.start, event.length)
                    Keys.onSpacePressed: page.openPassage(event.documentId, event.block, event.start, event.length)
                    FocusRing {}
                }
            }
        }
        // qmllint enable unqualified
    }

    EmptyState {
        anchors.centerIn: parent
        visible: !timeline.ready || (timeline.count === 0 && timeline.ready)
        busy: !timeline.ready
        title: timeline.ready ? qsTr("No dated sentences for this choice") : qsTr("Reading the library for its dates…")
    }
}
