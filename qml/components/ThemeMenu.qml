// Reading settings: theme and font size, from a toolbar button.
import QtQuick
import QtQuick.Templates as T
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
    /// The menu closed: the page gives the keys back to what had them (the reader's text).
    signal menuClosed()
    tipAllowed: !(menuLoader.item && (menuLoader.item as T.Menu).visible)
    // The menu is its own file, loaded on first use: as an inline component
    // its types would be loaded, and paid for, with the first frame.
    onClicked: {
        if (menuLoader.item) {
            (menuLoader.item as T.Menu).open()
        } else {
            Theme.needControlsStyle() // a menu made before the style's colours keeps the style's defaults
            menuLoader.active = true
        }
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
            item.closed.connect(button.menuClosed)
            item.open()
        }
    }
}
