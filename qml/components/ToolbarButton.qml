// A toolbar button drawn in the app's theme: text or a symbol on a rounded
// hover and press background, with a tooltip. Lighter than the style's
// ToolButton (no ripple, no icon label), and the toolbars are on every page.
import QtQuick
import QtQuick.Templates as T
import Okur

T.ToolButton {
    id: control
    property string tip: ""
    /// False while what the button opened shows: its tip would cover it.
    property bool tipAllowed: true

    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Theme.touchTarget
    padding: 8
    hoverEnabled: true
    font.pixelSize: Theme.px(14)
    font.capitalization: Font.MixedCase
    Accessible.name: tip !== "" ? tip : text

    // A click answers the tip: it stays hidden until the pointer leaves (the find bar opened under the
    // pointer was covered by "Find in this document" while one typed).
    property bool used: false
    onClicked: used = true
    onHoveredChanged: if (!hovered) used = false
    T.ToolTip.visible: hovered && tip !== "" && tipAllowed && !used
    T.ToolTip.delay: 600
    T.ToolTip.text: tip

    contentItem: Text {
        text: control.text
        font: control.font
        color: !control.enabled ? Theme.secondaryText : control.checked ? Theme.accent : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitWidth: Theme.touchTarget
        implicitHeight: Theme.touchTarget
        radius: 8
        color: control.down ? Theme.surface : control.hovered ? Theme.hover : "transparent"
        border.width: control.visualFocus || control.activeFocus && InputMode.keys ? Theme.focusRingWidth : 0
        border.color: Theme.focusRing
    }
}
