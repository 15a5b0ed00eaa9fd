// A centred message for empty or failed views.
import QtQuick
import Okur

Column {
    property alias title: titleLabel.text
    property alias detail: detailLabel.text
    property bool busy: false
    spacing: 12
    /// The width it is centred in (its parent's, unless made by a Loader, which takes its size).
    property real room: parent ? parent.width : 368
    width: Math.min(room - 48, 420)

    Spinner {
        anchors.horizontalCenter: parent.horizontalCenter
        running: parent.busy
    }
    Text {
        id: titleLabel
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        font.pixelSize: Theme.px(18)
        color: Theme.text
        textFormat: Text.PlainText
    }
    Text {
        id: detailLabel
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        font.pixelSize: Theme.controlSize
        color: Theme.secondaryText
        textFormat: Text.PlainText
        visible: text !== ""
    }
}
