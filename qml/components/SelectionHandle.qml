import QtQuick

// One end of a block's selection, for touch: drag to widen or narrow it. Below the line, not over its
// letters; 44 px to touch, a 16 px knob to see. The touch area stays inside the block, the knob on the edge.
Item {
    id: handle
    required property var host // the BlockDelegate whose selection this is
    required property Item textItem // the block's text, where the selection's rectangles are measured
    required property bool first // the selection's start (else its end)
    readonly property var edge: host.rects(first ? host.selStart : host.selEnd - 1, 1)[0] || Qt.rect(0, 0, 0, 0)
    readonly property real edgeX: textItem.x + edge.x + (first ? 0 : edge.width)

    /// Pressed, from press to release, whoever has the drag: that press closes the selection's toolbar, and the
    /// selection must outlive it (ReaderView.selectionHeld).
    readonly property bool held: hold.active

    objectName: first ? "selectionStartHandle" : "selectionEndHandle"
    width: 44; height: 44
    x: Math.max(0, Math.min(edgeX - width / 2, host.width - width))
    y: textItem.y + edge.y + edge.height
    Rectangle { x: handle.edgeX - handle.x - 2; width: 4; height: 8; color: Qt.rgba(0.25, 0.5, 0.95, 0.9) }
    Rectangle { x: handle.edgeX - handle.x - 8; y: 6; width: 16; height: 16; radius: 8; color: Qt.rgba(0.25, 0.5, 0.95, 0.9) }

    // Held without a move too: the toolbar the press closed comes back on release.
    PointHandler {
        id: hold
        onActiveChanged: if (!active) handle.host.finishSelection()
    }
    DragHandler {
        id: drag
        target: null
        // What it grabs it keeps (it approves no take-over): the text's own drag, which would start a new
        // selection from the press under the handle, and the list's flick may not take the point from it.
        grabPermissions: PointerHandler.CanTakeOverFromAnything
        onCentroidChanged: move()
        // Also on activation: a busy moment can deliver the whole drag as that one move.
        onActiveChanged: if (active) move()
        function move() {
            if (!drag.active)
                return
            // The finger is below the line it moves: aim at the line's middle above it.
            const p = handle.mapToItem(handle.host, drag.centroid.position.x,
                                       drag.centroid.position.y - 14 - handle.edge.height / 2)
            const pos = handle.host.positionNear(p.x, p.y)
            if (pos < 0)
                return
            if (handle.first)
                handle.host.selStart = Math.min(pos, handle.host.selEnd - 1)
            else
                handle.host.selEnd = Math.max(pos + 1, handle.host.selStart + 1)
        }
    }
}
