// After a jump, one tap back to the place the jump left (Apple Books, Kindle); it goes by itself after ten
// seconds. Its own file, made when a jump leaves a place: the reader's first frame does not compile the style's
// button for it.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Okur

Button {
    id: chip
    /// The reader whose place it offers (ReaderView.returnPosition).
    required property ReaderView reader
    objectName: "backChip"
    Accessible.name: text
    text: qsTr("Back to where you were")
    font.capitalization: Font.MixedCase
    // It floats over the text: an opaque face (the style's is translucent in the dark theme, the text showed through).
    Material.background: Theme.surface
    Material.elevation: 2
    // The chip goes once it is used or after its time: the keys go back to the text, not to the place it was.
    onClicked: {
        reader.returnToPosition()
        reader.forceActiveFocus()
    }
    Timer { // qmllint disable unqualified
        running: true
        interval: 10000
        onTriggered: {
            const hadFocus = chip.activeFocus
            reader.returnPosition = null
            if (hadFocus)
                reader.forceActiveFocus()
        }
    }
}
