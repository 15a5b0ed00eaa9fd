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

    /// Whether the card shows, as a popover or a sheet.
    readonly property bool shown: popover.visible || sheet.visible
    /// The tapped word's rectangle, in this item: the popover stays off it.
    property rect wordArea: Qt.rect(0, 0, 0, 0)
    /// The most of the window the phone sheet takes: the reader keeps the
    /// tapped word above it.
    readonly property real sheetMaxHeight: Math.round(host.height * 0.6)

    /// Where a popover of `width` x `height` goes beside `area` in a `hostWidth`
    /// x `hostHeight` window: below the word, above it when there is no room
    /// below, else on the roomier side with its height cut to fit (its content
    /// scrolls); never over the word, never out of the window. Pure.
    function placement(area, width, height, hostWidth, hostHeight) {
        const margin = 8
        const x = Math.max(margin, Math.min(area.x + area.width / 2 - width / 2, hostWidth - width - margin))
        const below = area.y + area.height + margin
        const roomBelow = hostHeight - margin - below
        const roomAbove = area.y - 2 * margin
        if (height <= roomBelow)
            return { x: x, y: below, height: height }
        if (height <= roomAbove)
            return { x: x, y: area.y - margin - height, height: height }
        if (roomBelow >= roomAbove)
            return { x: x, y: below, height: Math.max(0, roomBelow) }
        return { x: x, y: margin, height: Math.max(0, roomAbove) }
    }
    function place() {
        const p = placement(wordArea, popover.width, popover.implicitHeight, host.width, host.height)
        popover.x = p.x
        popover.y = p.y
        popover.height = p.height
    }
    function showAt(area) {
        wordArea = area
        // A new word's card starts at its top, whatever the last one was scrolled to: its word and reading first.
        popoverFlick.contentY = 0
        sheetFlick.contentY = 0
        if (wide) {
            place()
            popover.open()
        } else {
            sheet.open()
        }
    }
    onHeightChanged: if (popover.visible) place()
    function close() {
        popover.close()
        sheet.close()
    }

    Popup {
        id: popover
        objectName: "glossaryPopover"
        // The card takes the keys while it shows: Esc closes it, not the reader under it.
        focus: true
        width: Math.min(380, host.width - 16)
        padding: 16
        onClosed: host.closed()
        // The card grows as its senses arrive: it is placed again each time.
        onImplicitHeightChanged: if (visible) host.place()
        background: Rectangle {
            objectName: "glossaryPopoverFrame"
            color: Theme.background
            border.color: Theme.divider
            radius: 10
        }
        // The card scrolls when the window leaves too little room for all of it; its foot (status, save, close)
        // stays in view under it, as on the sheet: a popover cut to the room below a word had them out of sight.
        // Its parts have ids other bindings use; the style's deferred default is replaced either way, so making it at once costs nothing.
        contentItem: Item { // qmllint disable deferred-property-id
            implicitHeight: popoverCard.implicitHeight + 12 + popoverFoot.implicitHeight
            Flickable {
                id: popoverFlick
                objectName: "glossaryPopoverScroll"
                anchors { left: parent.left; right: parent.right; top: parent.top; bottom: popoverFoot.top; bottomMargin: 12 }
                contentHeight: popoverCard.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                GlossaryCard {
                    id: popoverCard
                    width: parent.width
                    lookup: host.lookup
                    showFoot: false
                    onCloseRequested: popover.close()
                }
                ScrollIndicator.vertical: ScrollIndicator {}
            }
            MoreBelow { objectName: "glossaryPopoverMore"; view: popoverFlick }
            GlossaryCardFoot {
                id: popoverFoot
                objectName: "glossaryPopoverFoot"
                anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
                lookup: host.lookup
                onCloseRequested: popover.close()
            }
        }
    }

    Drawer {
        id: sheet
        objectName: "glossarySheet"
        focus: true
        edge: Qt.BottomEdge
        Overlay.modal: Rectangle { color: Theme.dim }
        width: host.width
        // The card scrolls; its foot (status, save, close) stays in view under it.
        height: Math.min(host.sheetMaxHeight, sheetContent.implicitHeight + sheetFoot.implicitHeight + 24 + 12 + 16)
        onClosed: host.closed()
        background: Rectangle {
            objectName: "glossarySheetFrame"
            color: Theme.background
            radius: 14
            Rectangle { width: 40; height: 4; radius: 2; color: Theme.divider
                anchors.horizontalCenter: parent.horizontalCenter; y: 8 }
        }
        Flickable {
            id: sheetFlick
            objectName: "glossarySheetScroll"
            anchors {
                left: parent.left; right: parent.right; top: parent.top; bottom: sheetFoot.top
                leftMargin: 20; rightMargin: 20; topMargin: 24; bottomMargin: 12
            }
            contentHeight: sheetContent.implicitHeight
            clip: true
            GlossaryCard {
                id: sheetContent
                width: parent.width
                lookup: host.lookup
                showFoot: false
                onCloseRequested: sheet.close()
            }
            ScrollIndicator.vertical: ScrollIndicator {}
        }
        MoreBelow { objectName: "glossarySheetMore"; view: sheetFlick }
        GlossaryCardFoot {
            id: sheetFoot
            objectName: "glossarySheetFoot"
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: 20; bottomMargin: 16 }
            lookup: host.lookup
            onCloseRequested: sheet.close()
        }
    }
}
