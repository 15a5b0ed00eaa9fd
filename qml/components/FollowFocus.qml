// Keeps what the keys are on in view: declared in a Flickable or ListView (which do not follow the focus), it
// scrolls the view so that an item inside it that takes the focus shows whole. Tab then walks a long list as it
// shows, and the list makes its next rows as they come in.
import QtQuick

Item {
    id: follow
    /// The view to scroll: the Flickable or ListView this is declared in.
    required property Flickable view
    /// Room left above and below the item.
    property real margin: 8
    visible: false

    function inside(item) {
        for (let p = item; p; p = p.parent) {
            if (p === follow.view.contentItem)
                return true
        }
        return false
    }
    function reveal(item) {
        const v = follow.view
        const top = item.mapToItem(v.contentItem, 0, 0).y
        const bottom = top + item.height
        const first = v.originY
        const last = Math.max(first, v.originY + v.contentHeight - v.height)
        if (top - follow.margin < v.contentY)
            v.contentY = Math.max(first, Math.min(last, top - follow.margin))
        else if (bottom + follow.margin > v.contentY + v.height)
            v.contentY = Math.max(first, Math.min(last, bottom + follow.margin - v.height))
    }
    Connections {
        target: follow.Window.window
        function onActiveFocusItemChanged() {
            const item = follow.Window.activeFocusItem
            if (item && follow.view.visible && follow.inside(item))
                follow.reveal(item)
        }
    }
}
