// What shows over the reader's text now and then: the chip back to the place a jump left, another device's place
// (issue 26) above it, and the empty state. Each is made only when shown, from its file: the first frame waits
// for every type the page names, and most readings need none of them.
import QtQuick
import Okur

Item {
    id: notices
    /// The text the chips move (ReaderView.returnPosition, showPosition).
    required property ReaderView reader
    /// The document shown (BlockModel.elsewhere, count, error).
    required property BlockModel blocks

    // After a jump: one tap back to the place the jump left.
    Loader {
        active: notices.reader.returnPosition !== null
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 16
        Component.onCompleted: setSource(Qt.resolvedUrl("ReturnChip.qml"), { reader: notices.reader })
    }
    // A loaded file's type is not named here: qmllint sees a QObject.
    // qmllint disable type
    Loader {
        active: "block" in notices.blocks.elsewhere
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 72
        source: Qt.resolvedUrl("ContinueChip.qml")
        onLoaded: {
            item.room = Qt.binding(() => notices.width)
            item.elsewhere = Qt.binding(() => notices.blocks.elsewhere)
            item.go.connect((block, offset) => notices.reader.showPosition(block, offset))
        }
    }
    Loader {
        anchors.centerIn: parent
        active: notices.blocks.count === 0
        source: Qt.resolvedUrl("EmptyState.qml")
        onLoaded: {
            item.room = Qt.binding(() => notices.width)
            item.busy = Qt.binding(() => App.busy && notices.blocks.error === "")
            item.title = Qt.binding(() => App.busy ? qsTr("Preparing the document…") : qsTr("This document is not in the library."))
        }
    }
    // qmllint enable type
}
