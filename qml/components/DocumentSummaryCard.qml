// The document's five-sentence summary and its strongest themes, at the
// top of the reader's side panel; folds away.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

ColumnLayout {
    id: card
    required property string documentId
    property bool expanded: true
    signal goToPassage(int block, int start, int length)
    signal openTheme(string themeId)
    spacing: 6

    SummaryModel { id: summary; library: App.library; documentId: card.documentId }

    ItemDelegate {
        Layout.fillWidth: true
        text: (card.expanded ? "▾ " : "▸ ") + qsTr("Summary")
        font.pixelSize: Theme.px(13)
        font.capitalization: Font.AllUppercase
        onClicked: card.expanded = !card.expanded
        focusPolicy: Qt.StrongFocus
        Accessible.name: card.expanded ? qsTr("Hide the summary") : qsTr("Show the summary")
    }
    Flow {
        visible: card.expanded && summary.topThemes.length > 0
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        spacing: 6
        Repeater {
            model: summary.topThemes
            // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
            // qmllint disable unqualified
            Rectangle {
                id: themeChip
                required property var modelData
                radius: 10
                color: Theme.surface
                implicitWidth: chip.implicitWidth + 16
                implicitHeight: chip.implicitHeight + 8
                Label { id: chip; anchors.centerIn: parent; text: themeChip.modelData.title; font.pixelSize: Theme.px(12); color: Theme.text }
                TapHandler { onTapped: card.openTheme(themeChip.modelData.id) }
                activeFocusOnTab: true
                Accessible.role: Accessible.Link
                Accessible.name: qsTr("Theme: %1").arg(modelData.title)
                Accessible.onPressAction: card.openTheme(modelData.id)
                Keys.onReturnPressed: card.openTheme(modelData.id)
                Keys.onSpacePressed: card.openTheme(modelData.id)
                FocusRing {}
            }
            // qmllint enable unqualified
        }
    }
    Label {
        visible: card.expanded && !summary.ready
        text: qsTr("Summarising…")
        color: Theme.secondaryText
        Layout.leftMargin: 12
    }
    ScrollView {
        visible: card.expanded && summary.count > 0
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 260)
        clip: true
        Column {
            width: card.width - 24
            x: 12
            spacing: 8
            Repeater {
                model: summary
                // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
                // qmllint disable unqualified
                Item {
                    id: line
                    required property string text
                    required property int block
                    required property int start
                    required property int length
                    width: parent.width
                    height: lineLabel.implicitHeight
                    Label {
                        id: lineLabel
                        width: parent.width
                        text: "• " + line.text
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.family: Theme.serif
                        font.pixelSize: Theme.px(13)
                        color: Theme.text
                    }
                    TapHandler { onTapped: card.goToPassage(line.block, line.start, line.length) }
                    activeFocusOnTab: true
                    Accessible.role: Accessible.Link
                    Accessible.name: line.text
                    Accessible.description: qsTr("Go to this passage")
                    Accessible.onPressAction: card.goToPassage(line.block, line.start, line.length)
                    Keys.onReturnPressed: card.goToPassage(line.block, line.start, line.length)
                    Keys.onSpacePressed: card.goToPassage(line.block, line.start, line.length)
                    FocusRing {}
                }
                // qmllint enable unqualified
            }
        }
    }
    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.divider }
}
