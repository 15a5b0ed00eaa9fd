// The reader's side panel in a drawer from the left edge, for narrow windows.
// Its own file: wide windows never load the drawer (nor its shadow effects).
// The reader page makes the panel in `panel`, as it makes the one beside the text.
import QtQuick
import QtQuick.Controls
import Okur

Drawer {
    id: drawer
    /// Where the panel goes.
    readonly property alias panel: loader

    edge: Qt.LeftEdge
    Overlay.modal: Rectangle { color: Theme.dim }
    background: Rectangle { color: Theme.background }

    Loader {
        id: loader
        objectName: "drawerPanel"
        anchors.fill: parent
    }
}
