// Work in progress: three dots that pulse in turn. Drawn with plain items, so
// a page that may show it (the library, on a first start) loads nothing more.
import QtQuick
import Okur

Row {
    id: spinner
    property bool running: false
    property real dotSize: 8
    visible: running
    spacing: dotSize * 0.75
    Accessible.role: Accessible.Animation
    Accessible.name: qsTr("Working")

    // The dots are made while it runs: a page that may show it (the library) makes none until then.
    Repeater {
        model: spinner.running ? 3 : 0
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        Rectangle {
            id: dot
            required property int index
            width: spinner.dotSize
            height: spinner.dotSize
            radius: spinner.dotSize / 2
            color: Theme.accent
            // Dim from the start: set by the animation, as a plain binding would fight its value source.
            SequentialAnimation on opacity {
                running: spinner.running
                loops: Animation.Infinite
                PropertyAction { value: 0.25 }
                PauseAnimation { duration: dot.index * 160 }
                NumberAnimation { to: 1; duration: 320; easing.type: Easing.OutQuad }
                NumberAnimation { to: 0.25; duration: 320; easing.type: Easing.InQuad }
                PauseAnimation { duration: (2 - dot.index) * 160 }
            }
        }
        // qmllint enable unqualified
    }
}
