// The reader's side panel in a drawer from the left edge, for narrow windows.
// Its own file: wide windows never load the drawer (nor its shadow effects).
// The panel is the reader page's one declaration of it, passed in.
import QtQuick
import QtQuick.Controls
import Okur

Drawer {
    id: drawer
    required property Component panel

    edge: Qt.LeftEdge
    Overlay.modal: Rectangle { color: Theme.dim }
    background: Rectangle { color: Theme.background }

    Loader {
        objectName: "drawerPanel"
        anchors.fill: parent
        sourceComponent: drawer.panel
    }
}
