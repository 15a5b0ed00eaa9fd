// The themes across the library, each with how much every document says of it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

Page {
    id: page
    signal back()
    signal openTheme(string themeId)
    signal openTimeline()
    title: qsTr("Themes")
    background: Rectangle { color: Theme.background }

    ThemesModel { id: themes; library: App.library }

    header: ToolBar {
        implicitHeight: 56
        background: Rectangle {
            color: Theme.background
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
        }
        RowLayout {
            anchors.fill: parent
            ToolbarButton { text: "←"; font.pixelSize: Theme.px(22); tip: qsTr("Back"); onClicked: page.back() }
            Label { text: qsTr("Themes"); font.pixelSize: Theme.px(18); font.weight: Font.DemiBold; color: Theme.text; Layout.fillWidth: true }
            ToolButton {
                objectName: "timelineButton"
                Layout.rightMargin: 8
                text: qsTr("Timeline")
                font.capitalization: Theme.buttonCase
                onClicked: page.openTimeline()
                Accessible.name: qsTr("Timeline of the library's dated events")
            }
        }
    }

    ListView {
        id: list
        FollowFocus { view: list } // Tab walks the list as it shows
        anchors.fill: parent
        model: themes
        clip: true
        ScrollBar.vertical: ScrollBar {}
        readonly property real sideMargin: Math.max(8, (width - 820) / 2)
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        header: Column {
            x: list.sideMargin + 12
            width: list.width - 2 * list.sideMargin - 24
            topPadding: 12
            bottomPadding: 8
            spacing: 2
            Label { text: qsTr("Bars: how much of each document is about the theme."); color: Theme.secondaryText; wrapMode: Text.Wrap; width: parent.width }
            Repeater {
                model: themes.documents
                Label {
                    required property var modelData
                    width: parent.width
                    text: modelData.number + ". " + modelData.title
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    font.pixelSize: Theme.px(12)
                    color: Theme.secondaryText
                }
            }
        }
        // qmllint enable unqualified
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        delegate: ItemDelegate {
            objectName: "theme:" + themeId
            id: row
            required property string themeId
            required property string title
            required property string titleTr
            required property string description
            required property var coverage
            x: list.sideMargin
            width: list.width - 2 * list.sideMargin
            hoverEnabled: true
            onClicked: page.openTheme(themeId)
            focusPolicy: Qt.StrongFocus
            Accessible.name: title
            Accessible.description: description
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            FocusRing {}
            background: Rectangle { color: row.hovered ? Theme.hover : "transparent"; radius: 8 }
            contentItem: RowLayout {
                spacing: 14
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label { text: row.title; font.family: Theme.serif; font.pixelSize: Theme.px(18); font.weight: Font.DemiBold; color: Theme.text; Layout.fillWidth: true; wrapMode: Text.Wrap }
                    Label { text: row.titleTr; font.pixelSize: Theme.px(13); font.italic: true; color: Theme.secondaryText }
                    Label { text: row.description; wrapMode: Text.Wrap; color: Theme.secondaryText; Layout.fillWidth: true }
                }
                CoverageChart {
                    values: row.coverage
                    documents: themes.documents
                    barWidth: page.width < 600 ? 10 : 16
                    maxHeight: 40
                }
            }
        }
        // qmllint enable unqualified
    }

    EmptyState {
        anchors.centerIn: parent
        visible: !themes.ready
        busy: true
        title: qsTr("Reading the library for its themes…")
    }
}
