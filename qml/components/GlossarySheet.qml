// Hosts the glossary card: a bottom sheet on a phone, a popover by the
// word on a desktop.
import QtQuick
import QtQuick.Controls
import Okur

Item {
    id: host
    required property LookupModel lookup
    property bool wide: false
    signal closed()

    function showAt(area) {
        if (wide) {
            popover.x = Math.max(8, Math.min(area.x - 40, host.width - popover.width - 8))
            const below = area.y + area.height + 8
            popover.y = below + 320 < host.height ? below : Math.max(8, area.y - 330)
            popover.open()
        } else {
            sheet.open()
        }
    }
    function close() {
        popover.close()
        sheet.close()
    }

    Popup {
        id: popover
        objectName: "glossaryPopover"
        // The card takes the keys while it shows: Esc closes it, not the reader under it.
        focus: true
        width: 380
        padding: 16
        onClosed: host.closed()
        background: Rectangle {
            color: Theme.background
            border.color: Theme.divider
            radius: 10
        }
        contentItem: GlossaryCard {
            lookup: host.lookup
            onCloseRequested: popover.close()
        }
    }

    Drawer {
        id: sheet
        objectName: "glossarySheet"
        focus: true
        edge: Qt.BottomEdge
        Overlay.modal: Rectangle { color: Theme.dim }
        width: host.width
        height: Math.min(host.height * 0.7, sheetContent.implicitHeight + 40)
        onClosed: host.closed()
        background: Rectangle {
            color: Theme.background
            radius: 14
            Rectangle { width: 40; height: 4; radius: 2; color: Theme.divider
                anchors.horizontalCenter: parent.horizontalCenter; y: 8 }
        }
        Flickable {
            anchors.fill: parent
            anchors.margins: 20
            anchors.topMargin: 24
            contentHeight: sheetContent.implicitHeight
            clip: true
            GlossaryCard {
                id: sheetContent
                width: parent.width
                lookup: host.lookup
                onCloseRequested: sheet.close()
            }
        }
    }
}
