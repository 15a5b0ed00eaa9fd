// A block's context menu (a right click or a long press on it): its text as extracted, shown or hidden. Its own
// file, loaded on first use: the reader's page would otherwise compile the style's menu and its shadows with it.
import QtQuick
import QtQuick.Controls
import Okur

Menu {
    id: menu
    /// The block it was opened on.
    required property BlockDelegate block

    MenuItem {
        objectName: "originalEntry"
        Accessible.name: text
        text: menu.block.showOriginal ? qsTr("Hide original text") : qsTr("Show original text")
        onTriggered: menu.block.showOriginal = !menu.block.showOriginal
    }
}
