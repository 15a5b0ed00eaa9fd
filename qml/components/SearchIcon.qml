// A magnifying glass drawn with two rectangles: no icon font or image format
// to load, and it takes the theme's colour.
import QtQuick

Item {
    id: icon
    property color color: "black"
    property real size: 20
    implicitWidth: size
    implicitHeight: size

    Rectangle {
        width: icon.size * 0.62
        height: width
        radius: width / 2
        color: "transparent"
        border.width: Math.max(1.5, icon.size / 11)
        border.color: icon.color
    }
    Rectangle {
        // The handle, from the lens's rim (at 45°) towards the bottom-right corner.
        width: Math.max(2, icon.size / 8)
        height: icon.size * 0.42
        radius: width / 2
        color: icon.color
        x: icon.size * 0.53 - width / 2
        y: icon.size * 0.53
        transformOrigin: Item.Top
        rotation: -45
    }
}
