// The mark of a menu entry that is one choice of several (a theme, a face):
// a ring with a dot when chosen, drawn in the app's theme whatever the style.
import QtQuick
import QtQuick.Templates as T
import Okur

Rectangle {
    objectName: "radioMark"
    required property T.AbstractButton control
    x: control.mirrored ? control.width - width - control.rightPadding : control.leftPadding
    y: control.topPadding + (control.availableHeight - height) / 2
    implicitWidth: 18
    implicitHeight: 18
    radius: 9
    color: "transparent"
    border.width: 2
    border.color: control.checked ? Theme.accent : Theme.secondaryText
    Rectangle {
        anchors.centerIn: parent
        width: 8
        height: 8
        radius: 4
        color: Theme.accent
        visible: parent.control.checked
    }
}
