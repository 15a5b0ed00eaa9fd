// After a jump, one tap back to the place the jump left (Apple Books, Kindle); it goes by itself after ten
// seconds. Its own file, made when a jump leaves a place: the reader's first frame does not compile the style's
// button for it.
import QtQuick
import QtQuick.Controls
import Okur

Button {
    /// The reader whose place it offers (ReaderView.returnPosition).
    required property ReaderView reader
    objectName: "backChip"
    Accessible.name: text
    text: qsTr("Back to where you were")
    font.capitalization: Font.MixedCase
    onClicked: reader.returnToPosition()
    Timer { running: true; interval: 10000; onTriggered: reader.returnPosition = null } // qmllint disable unqualified
}
