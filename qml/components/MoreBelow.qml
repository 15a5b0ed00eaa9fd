// A fade over a scrolling view's bottom edge while there is more below: its content goes into what follows
// (the card's foot) rather than being cut off without a hint.
import QtQuick
import Okur

Rectangle {
    /// The view it shows more of.
    required property Flickable view
    visible: view.contentY + view.height < view.contentHeight - 1
    anchors { left: view.left; right: view.right; bottom: view.bottom }
    height: 36
    gradient: Gradient {
        GradientStop { position: 0; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0) }
        GradientStop { position: 1; color: Theme.background }
    }
}
