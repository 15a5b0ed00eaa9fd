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

    contentItem: Rectangle {
        implicitWidth: control.interactive ? 13 : 4
        implicitHeight: control.interactive ? 13 : 4
        radius: width / 2
        color: Theme.secondaryText
        opacity: 0
    }
    background: Rectangle {
        implicitWidth: control.interactive ? 16 : 4
        implicitHeight: control.interactive ? 16 : 4
        color: Theme.divider
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
            NumberAnimation { targets: [control.contentItem, control.background]; property: "opacity"; to: 0.6 }
        },
        Transition {
            from: "active"
            SequentialAnimation {
                PropertyAction { targets: [control.contentItem, control.background]; property: "opacity"; value: 0.6 }
                PauseAnimation { duration: 2450 }
                NumberAnimation { targets: [control.contentItem, control.background]; property: "opacity"; to: 0 }
            }
        }
    ]
}
