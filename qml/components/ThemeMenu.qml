// Reading settings: theme and font size, from a toolbar button.
import QtQuick
import Okur

ToolbarButton {
    id: button
    objectName: "readingSettings"
    text: "Aa" // i18n: keep (a glyph for text size)
    font.family: Theme.serif
    font.pixelSize: Theme.px(17)
    tip: qsTr("Reading settings")
    /// The document read: the menu offers its side-by-side view when it has two languages.
    property string documentId: ""
    signal sideBySide()
    tipAllowed: !(menuLoader.item && menuLoader.item.visible)
    // The menu is its own file, loaded on first use: as an inline component
    // its types would be loaded, and paid for, with the first frame.
    onClicked: {
        if (menuLoader.item)
            menuLoader.item.open()
        else
            menuLoader.active = true
    }

    Loader {
        id: menuLoader
        objectName: "readingMenu"
        active: false
        y: button.height
        source: Qt.resolvedUrl("ReadingMenu.qml")
        onLoaded: {
            item.documentId = Qt.binding(() => button.documentId)
            item.sideBySide.connect(button.sideBySide)
            item.open()
        }
    }
}
