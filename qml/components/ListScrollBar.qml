// A list's scroll bar in the app's colours, from the template: thin while the list moves, wider under the pointer,
// gone a moment after (as the Material style's, which the library page does not load: see PageStack).
import QtQuick
import QtQuick.Templates as T
import Okur

T.ScrollBar {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)
    padding: interactive ? 1 : 2
    visible: policy !== T.ScrollBar.AlwaysOff
    minimumSize: orientation === Qt.Horizontal ? height / width : width / height

    // The text's colour, faint, darker under the pointer and while dragged, as the style's.
    contentItem: Rectangle {
        implicitWidth: control.interactive ? 13 : 4
        implicitHeight: control.interactive ? 13 : 4
        color: Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b,
                       control.pressed ? 0.5 : control.interactive && control.hovered ? 0.4 : 0.3)
        opacity: 0
    }
    background: Rectangle {
        implicitWidth: control.interactive ? 16 : 4
        implicitHeight: control.interactive ? 16 : 4
        color: "#0e000000" // a shade, as the style's: seen on a light page, not on a dark one
        opacity: 0
        visible: control.interactive
    }

    states: State {
        name: "active"
        when: control.policy === T.ScrollBar.AlwaysOn || (control.active && control.size < 1.0)
    }
    transitions: [
        Transition {
            to: "active"
            NumberAnimation { targets: [control.contentItem, control.background]; property: "opacity"; to: 1 }
        },
        Transition {
            from: "active"
            SequentialAnimation {
                PropertyAction { targets: [control.contentItem, control.background]; property: "opacity"; value: 1 }
                PauseAnimation { duration: 2450 }
                NumberAnimation { targets: [control.contentItem, control.background]; property: "opacity"; to: 0 }
            }
        }
    ]
}
