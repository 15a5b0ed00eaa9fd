// One document in the library list.
import QtQuick
import QtQuick.Templates as T
import Okur

T.ItemDelegate {
    id: card
    objectName: "document_" + documentId
    required property string documentId
    required property string title
    required property string details
    required property real progress
    /// The share of words known, as last computed; -1 when never (a document read with words marked).
    required property real known

    implicitHeight: Math.max(Theme.touchTarget + 24, content.implicitHeight + 28)
    hoverEnabled: true
    horizontalPadding: 16
    verticalPadding: 14
    Accessible.name: title
    Accessible.description: details
    // A card is a link in the page's Tab order, like the buttons around it; Enter opens it as Space does.
    focusPolicy: Qt.StrongFocus
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        color: card.down ? Theme.surface : card.hovered ? Theme.hover : "transparent"
        radius: 8
        border.width: card.visualFocus || card.activeFocus && InputMode.keys ? Theme.focusRingWidth : 0
        border.color: Theme.focusRing
        Rectangle {
            anchors.bottom: parent.bottom
            x: 12
            width: parent.width - 24
            height: 1
            color: Theme.divider
        }
    }

    // The template control with plain text, positioners and a drawn progress
    // line: a card is made for every visible row, so it stays as light as it can.
    // Named (or its parts are) for other bindings; the style's deferred default is replaced either way, so creating it at once costs nothing.
    contentItem: Column { // qmllint disable deferred-property-id
        id: content
        spacing: 6
        Text {
            width: parent.width
            text: card.title
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            font.family: Theme.serif
            font.pixelSize: Theme.px(19)
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Text {
            width: parent.width
            text: card.details
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.px(14)
            color: Theme.secondaryText
        }
        // Made only for a document begun or with words marked: most cards of a large library have neither.
        Loader {
            active: card.progress > 0 || card.known >= 0
            visible: active
            sourceComponent: progressRow
        }
    }
    // Uses ids from outside the component: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
    // qmllint disable unqualified
    Component {
        id: progressRow
        Row {
            spacing: 10
            Rectangle {
                id: track
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(240, content.width - 20 - percent.width - knownShare.width)
                height: 4
                radius: 2
                color: Theme.divider
                Accessible.role: Accessible.ProgressBar
                Accessible.name: percent.text
                Rectangle {
                    width: parent.width * Math.min(1, Math.max(0, card.progress))
                    height: parent.height
                    radius: parent.radius
                    color: Theme.accent
                }
            }
            Text {
                id: percent
                text: card.progress > 0 ? qsTr("%1% read").arg(Math.round(card.progress * 100)) : ""
                font.pixelSize: Theme.px(13)
                color: Theme.secondaryText
            }
            Text {
                id: knownShare
                objectName: "knownShare"
                visible: card.known >= 0
                text: qsTr("%1% known").arg(Math.round(card.known * 100))
                font.pixelSize: Theme.px(13)
                color: Theme.secondaryText
            }
        }
    }
    // qmllint enable unqualified
}
