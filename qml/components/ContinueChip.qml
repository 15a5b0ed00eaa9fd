// "Continue from <device> at <place>" (issue 26): offered when the reader
// opens a document another device has read further (BlockModel.elsewhere),
// until it is taken or closed.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

Pane {
    id: chip
    property var elsewhere: ({}) // BlockModel.elsewhere: {name, block, offset, progress}, or {}
    property bool dismissed: false
    signal go(int block, real offset)
    // Newer news from a device is offered again, even after a close.
    onElsewhereChanged: dismissed = false

    visible: !dismissed && elsewhere !== undefined && elsewhere.block !== undefined
    /// The width it is shown across (its parent's, unless made by a Loader, which takes its size).
    property real room: parent ? parent.width : implicitWidth + 24
    width: Math.min(implicitWidth, room - 24)
    padding: 4
    leftPadding: 12
    background: Rectangle {
        radius: height / 2
        color: Theme.snackbarBackground
    }
    // Its parts have ids other bindings use; the style's deferred default is replaced either way, so making it at once costs nothing.
    contentItem: RowLayout { // qmllint disable deferred-property-id
        spacing: 4
        Button {
            id: take
            objectName: "continueChip"
            Accessible.name: text
            Layout.fillWidth: true
            flat: true
            font.capitalization: Font.MixedCase
            palette.buttonText: Theme.snackbarText
            text: chip.visible ? qsTr("Continue from %1 at %2%")
                                     .arg(chip.elsewhere.name ? chip.elsewhere.name : qsTr("another device"))
                                     .arg(Math.round(chip.elsewhere.progress * 100)) : ""
            contentItem: Label {
                text: take.text
                elide: Text.ElideMiddle
                color: Theme.snackbarText
                verticalAlignment: Text.AlignVCenter
            }
            onClicked: {
                chip.dismissed = true
                chip.go(chip.elsewhere.block, chip.elsewhere.offset)
            }
        }
        ToolButton {
            objectName: "continueChipClose"
            text: "×"
            Accessible.name: qsTr("Close")
            palette.buttonText: Theme.snackbarText
            onClicked: chip.dismissed = true
        }
    }
}
