// The keyboard focus ring, drawn around its parent while the parent has the
// keys: in the theme's focus colour, which stands out in every theme
// (tst_contrast). Declared inside items that are not controls (tap targets);
// controls draw theirs in their background on visualFocus.
import QtQuick
import Okur

Rectangle {
    anchors.fill: parent
    anchors.margins: -Theme.focusRingWidth
    // A control shows it for keyboard focus only (visualFocus), not after a click, and wherever the focus lands
    // while the keys are in use (InputMode: a page or popup closed with Esc hands it back with no keyboard reason).
    // Any item may hold it, a control or not: which is asked at run time, so qmllint sees only an Item.
    visible: parent.visualFocus !== undefined ? parent.visualFocus || parent.activeFocus && InputMode.keys : parent.activeFocus // qmllint disable type
    color: "transparent"
    radius: 6
    border.width: Theme.focusRingWidth
    border.color: Theme.focusRing
}
