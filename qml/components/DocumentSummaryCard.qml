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
        font.pixelSize: 13
        font.capitalization: Font.AllUppercase
        onClicked: card.expanded = !card.expanded
    }
    Flow {
        visible: card.expanded && summary.topThemes.length > 0
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        spacing: 6
        Repeater {
            model: summary.topThemes
            Rectangle {
                required property var modelData
                radius: 10
                color: Theme.surface
                implicitWidth: chip.implicitWidth + 16
                implicitHeight: chip.implicitHeight + 8
                Label { id: chip; anchors.centerIn: parent; text: modelData.title; font.pixelSize: 12; color: Theme.text }
                TapHandler { onTapped: card.openTheme(parent.modelData.id) }
            }
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
                        font.pixelSize: 13
                        color: Theme.text
                    }
                    TapHandler { onTapped: card.goToPassage(line.block, line.start, line.length) }
                }
            }
        }
    }
    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.divider }
}
