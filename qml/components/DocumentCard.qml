// One document in the library list.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

ItemDelegate {
    id: card
    required property string documentId
    required property string title
    required property string languageName
    required property string date
    required property string author
    required property string source
    required property int minutes
    required property real progress

    implicitHeight: Math.max(Theme.touchTarget + 24, content.implicitHeight + 28)
    hoverEnabled: true
    Accessible.name: title

    background: Rectangle {
        color: card.down ? Theme.surface : card.hovered ? Theme.hover : "transparent"
        radius: 8
        Rectangle {
            anchors.bottom: parent.bottom
            x: 12
            width: parent.width - 24
            height: 1
            color: Theme.divider
        }
    }

    contentItem: ColumnLayout {
        id: content
        spacing: 6
        Label {
            text: card.title
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            font.family: Theme.serif
            font.pixelSize: 19
            font.weight: Font.DemiBold
            color: Theme.text
            Layout.fillWidth: true
        }
        Label {
            text: [card.languageName,
                   card.author,
                   card.source,
                   card.date !== "" ? Qt.formatDate(new Date(card.date + "T00:00:00"), Qt.DefaultLocaleShortDate) : "",
                   qsTr("%1 min read").arg(card.minutes)].filter(s => s !== "").join("  ·  ")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: 14
            color: Theme.secondaryText
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            visible: card.progress > 0
            ProgressBar {
                from: 0
                to: 1
                value: card.progress
                Layout.fillWidth: true
                Layout.maximumWidth: 240
            }
            Label {
                text: qsTr("%1% read").arg(Math.round(card.progress * 100))
                font.pixelSize: 13
                color: Theme.secondaryText
            }
        }
    }
}
