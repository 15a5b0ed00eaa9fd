// A short message at the bottom of the window that goes away by itself, with one action when it offers one
// ("Undo" after a removal).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

Popup {
    id: bar
    property alias text: message.text
    /// The action's label ("" for none) and what it does, as show() set them.
    property string actionText
    property var action: null

    function show(text, actionText, action) {
        message.text = text
        bar.actionText = actionText || ""
        bar.action = action || null
        open()
        hideTimer.restart()
    }

    // At the bottom of the window, wherever it is declared or loaded.
    parent: Overlay.overlay
    x: (parent.width - width) / 2
    y: parent.height - height - 24
    width: Math.min(parent.width - 32, 520)
    padding: 14
    topPadding: actionButton.visible ? 4 : 14
    bottomPadding: actionButton.visible ? 4 : 14
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    background: Rectangle {
        radius: 8
        color: Theme.snackbarBackground
    }
    // Named (or its parts are) for other bindings; the style's deferred default is replaced either way, so creating it at once costs nothing.
    contentItem: RowLayout { // qmllint disable deferred-property-id
        Label {
            id: message
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.snackbarText
            Layout.fillWidth: true
        }
        Button {
            id: actionButton
            objectName: "snackbarAction"
            Accessible.name: text
            text: bar.actionText
            visible: text !== ""
            flat: true
            font.capitalization: Font.MixedCase
            onClicked: {
                const action = bar.action
                bar.close()
                if (action)
                    action()
            }
            // The style's accent is the page's, unreadable on the inverted bar.
            contentItem: Label {
                text: actionButton.text
                font: actionButton.font
                color: Theme.snackbarAction
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
    // Not while its action is pointed at or has the keys: Undo stays until it is used or left.
    Timer {
        id: hideTimer
        interval: 6000
        onTriggered: actionButton.visible && (actionButton.hovered || actionButton.activeFocus) ? restart() : bar.close()
    }
}
