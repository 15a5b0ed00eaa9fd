// A short message at the bottom of the window that goes away by itself.
import QtQuick
import QtQuick.Controls
import Okur

Popup {
    id: bar
    property alias text: message.text

    function show(text) {
        message.text = text
        open()
        hideTimer.restart()
    }

    // At the bottom of the window, wherever it is declared or loaded.
    parent: Overlay.overlay
    x: (parent.width - width) / 2
    y: parent.height - height - 24
    width: Math.min(parent.width - 32, 520)
    padding: 14
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    background: Rectangle {
        radius: 8
        color: Theme.snackbarBackground
    }
    // Named (or its parts are) for other bindings; the style's deferred default is replaced either way, so creating it at once costs nothing.
    contentItem: Label { // qmllint disable deferred-property-id
        id: message
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Theme.snackbarText
    }
    Timer {
        id: hideTimer
        interval: 6000
        onTriggered: bar.close()
    }
}
