// The reader's side panel in a drawer from the left edge, for narrow windows.
// Its own file: wide windows never load the drawer (nor its shadow effects).
import QtQuick
import QtQuick.Controls
import Okur

Drawer {
    id: drawer
    required property TocModel toc
    required property AnnotationModel annotations
    required property string documentId
    property int currentEntry: -1
    signal openTheme(string themeId)
    signal goToBlock(int block)
    signal goToPassage(int block, int start, int length)

    edge: Qt.LeftEdge
    Overlay.modal: Rectangle { color: Theme.dim }
    background: Rectangle { color: Theme.background }

    SidePanel {
        anchors.fill: parent
        toc: drawer.toc
        annotations: drawer.annotations
        documentId: drawer.documentId
        currentEntry: drawer.currentEntry
        onOpenTheme: id => {
            drawer.close()
            drawer.openTheme(id)
        }
        onGoToBlock: block => {
            drawer.close()
            drawer.goToBlock(block)
        }
        onGoToPassage: (block, start, length) => {
            drawer.close()
            drawer.goToPassage(block, start, length)
        }
    }
}
