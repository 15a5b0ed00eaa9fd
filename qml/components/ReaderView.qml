// The continuous flow of blocks: restores and saves the reading position,
// scrolls by page from the keyboard.
import QtQuick
import QtQuick.Templates as T
import Okur

ListView {
    id: view
    objectName: "blockView"

    property int renderedBlocks: 0
    property int topBlock: 0
    property real topOffset: 0
    readonly property real progress: count > 1 ? Math.min(1, (topBlock + topOffset) / (count - 1)) : 0
    readonly property real sideMargin: (width < 600 ? 20 : 40) * (App.margins === "narrow" ? 0.5 : App.margins === "wide" ? 1.6 : 1)
    property bool restored: false
    /// Paged reading (PageTurner.qml) when set and active: keys turn its pages, the flow no longer flicks.
    property PageTurner pager: null
    readonly property bool paged: pager !== null && pager.active
    property int markedBlock: -1
    property AnnotationModel annotations: null
    property FindModel finder: null
    property int selectedBlock: -1
    /// The words last selected, as the selection toolbar took them (the end-to-end suite reads it).
    property string selectionText: ""
    signal wordTapped(int block, string text, string language, int position, rect area)
    signal selectionMade(int block, string text, string language, int start, int end, rect area)
    signal highlightTapped(int block, string id, rect area)

    function clearSelection() {
        const item = selectedBlock >= 0 ? itemAtIndex(selectedBlock) : null
        if (item)
            (item as BlockDelegate).clearSelection()
        selectedBlock = -1
        keySelection = null
    }
    /// The paragraph holding the selection, or null.
    function selectedItem() { return selectedBlock >= 0 ? itemAtIndex(selectedBlock) as BlockDelegate : null }
    /// Whether a handle of the selection is held (the selection it changes must stay), or is at (x, y) of `item`.
    function selectionHeld() { return selectedItem() ? selectedItem().handleHeld() : false }
    function selectionHandleAt(item, x, y) { return selectedItem() ? selectedItem().handleAt(item, x, y) : false }

    // Selecting from the keyboard (KeySelection.qml): what it selects, and the signal its H key sends.
    property alias keySelection: keySelector.selection
    signal highlightRequested(int block, string text, string language, int start, int end)
    KeySelection { id: keySelector; view: view }
    function keySelectionItem() { return keySelector.item() }
    /// Where a passage lands after a jump, whichever way: a fixed way down the view, where the eye starts reading.
    readonly property real readingLine: Math.round(height * 0.25)
    /// A jump waiting for the view to have its blocks and its height: {block, start, length}.
    property var pendingPassage: null

    /// The one way to a passage (search, themes, notes, bookmarks, terms, find):
    /// puts its line on the reading line and flashes it, so the eye finds it.
    function goToPassage(block, start, length) {
        if (count === 0 || height <= 0) {
            pendingPassage = { block: block, start: start, length: length }
            return
        }
        // Where the reader was: this view's place, or for a reader opened at
        // the passage, the document's saved place.
        letGo()
        const from = restored ? here : { block: model.savedBlock, offset: model.savedOffset }
        restored = true // the reader's own choice wins over the saved position
        pendingPassage = null
        block = Math.max(0, Math.min(block, count - 1))
        returnPosition = Math.abs(from.block - block) > 1 ? from : null
        positionViewAtIndex(block, ListView.Beginning)
        const item = itemAtIndex(block)
        if (item) {
            const line = item.y + item.lineY(Math.max(0, start))
            contentY = Math.max(originY - topMargin, Math.min(line - readingLine, originY + contentHeight - height + bottomMargin))
        }
        updateTop()
        // A bookmark names a block, not a span: the whole block flashes.
        const flashLength = length > 0 ? length : (item ? item.text.length : 0)
        mark(block, length > 0 ? start : 0, flashLength)
        flashTimer.restart()
    }
    function flash(block, start, length) { goToPassage(block, start, length) }
    Timer {
        id: flashTimer
        interval: 1600
        onTriggered: view.clearMark()
    }

    /// Marks a span in a block, clearing the previous mark.
    function mark(block, start, length) {
        clearMark()
        const item = itemAtIndex(block)
        if (item) {
            (item as BlockDelegate).highlight(start, length)
            markedBlock = block
        }
    }
    function clearMark() {
        const item = markedBlock >= 0 ? itemAtIndex(markedBlock) : null
        if (item)
            (item as BlockDelegate).clearHighlight()
        markedBlock = -1
    }
    /// Scrolls so that a block is in view, a third of the way down.
    function reveal(block) {
        letGo()
        restored = true
        positionViewAtIndex(block, ListView.Contain)
        updateTop()
    }

    function goToBlock(block) {
        letGo()
        restored = true // the reader's own choice wins over the saved position
        positionViewAtIndex(block, ListView.Beginning)
        updateTop()
    }

    function updateTop() {
        const i = indexAt(width / 2, contentY + 1)
        if (i < 0) {
            // Over the title at the top: the reader is at the start.
            const first = count > 0 ? itemAtIndex(0) : null
            if (first && contentY + 1 < first.y) {
                topBlock = 0
                topOffset = 0
                here = { block: 0, offset: 0 }
            }
            return
        }
        topBlock = i
        const item = itemAtIndex(i)
        topOffset = item && item.height > 0 ? Math.max(0, Math.min(1, (contentY - item.y) / item.height)) : 0
        here = { block: i, offset: textShareAt(item, contentY - (item ? item.y : 0)) }
    }
    /// The reading position as it is kept: the block, and the share of its text before the first character of the
    /// line at the top. A share of text, not of height, names the same line at any width, size, face or spacing.
    /// It follows the scroll, so that it still names the old layout's line when a new layout is about to come.
    property var here: ({ block: 0, offset: 0 })
    function textShareAt(item, y) {
        if (!item || item.text.length === 0 || y <= 0)
            return 0
        return item.lineStartAt(y + 1) / item.text.length
    }
    /// The layout is about to change (width, size, face, spacing, margins): the line at the top stays there.
    property var held: null
    function holdPosition() {
        if (!restored || count === 0 || held !== null)
            return
        held = here
        settleTimer.restart()
    }
    /// The reader moved on their own (a key, a flick, a jump) while a layout settled: their move wins.
    function letGo() {
        held = null
        settleTimer.stop()
    }
    onMovementStarted: letGo()
    // The new layout settles over a few frames (the title above rewraps, delegates relayout): the position is put
    // back once nothing has moved for a moment.
    Timer {
        id: settleTimer
        interval: 60
        onTriggered: view.releasePosition()
    }
    onContentHeightChanged: if (held !== null) settleTimer.restart()
    function releasePosition() {
        const back = held
        if (back === null)
            return
        forceLayout()
        held = null
        showPosition(back.block, back.offset)
    }
    onWidthChanged: holdPosition()
    Connections {
        target: App
        function onReadingSizeChanged() { view.holdPosition() }
        function onReadingChanged() { view.holdPosition() } // face, line spacing, margins, justification
    }

    function restore() {
        if (pendingPassage !== null && count > 0 && height > 0) {
            forceLayout()
            goToPassage(pendingPassage.block, pendingPassage.start, pendingPassage.length)
            return
        }
        if (restored || count === 0 || height <= 0)
            return
        restored = true
        forceLayout()
        showPosition(model.savedBlock, model.savedOffset)
    }
    /// Puts a reading position (a block and the share of its text before the top line) at the top.
    function showPosition(block, offset) {
        block = Math.max(0, Math.min(block, count - 1))
        if (block === 0 && offset === 0) {
            positionViewAtBeginning()
            updateTop()
            return
        }
        positionViewAtIndex(block, ListView.Beginning)
        const item = itemAtIndex(block) as BlockDelegate
        if (item && offset > 0)
            contentY = item.y + item.lineY(Math.min(item.text.length - 1, Math.round(offset * item.text.length)))
        updateTop()
    }
    /// Where the reader was before the last jump, for "Back to where you were"; null when there is none.
    property var returnPosition: null
    function returnToPosition() {
        if (returnPosition === null)
            return
        const back = returnPosition
        returnPosition = null
        restored = true
        showPosition(back.block, back.offset)
    }

    /// Room made at the end of the text while a sheet covers the view's
    /// bottom, so that even the last line can be scrolled above it.
    property real roomBelow: 0
    /// Scrolls a rectangle of the view (a tapped word) up above `limit`, a y
    /// in the view (the phone's glossary sheet's top), when it would be under it.
    function keepAbove(area, limit) {
        const over = area.y + area.height + 12 - limit
        if (over <= 0)
            return
        letGo() // a settling layout would put the word back under the sheet
        roomBelow = Math.max(0, height - limit)
        contentY = Math.min(contentY + over, originY + contentHeight - height + bottomMargin)
    }

    function scrollByPage(direction) {
        if (paged)
            return pager.turn(direction)
        contentY = Math.max(originY, Math.min(contentY + direction * height * 0.9, originY + contentHeight - height))
    }

    clip: true
    focus: true
    // The text is one stop in the Tab order: its keys scroll, select and highlight.
    activeFocusOnTab: true
    Accessible.role: Accessible.Document
    Accessible.name: qsTr("Document text")
    Accessible.description: qsTr("Shift+Left/Right selects by word, Shift+Up/Down by sentence, H highlights, L looks up, Enter shows the selection's tools")
    // Blocks beyond the screen are made once the first screen has been shown,
    // so that opening a document does not wait for them.
    cacheBuffer: 0
    Connections {
        target: view.Window.window
        enabled: view.cacheBuffer === 0
        function onFrameSwapped() { view.cacheBuffer = Qt.binding(() => view.height * 2) }
    }
    boundsBehavior: Flickable.StopAtBounds
    interactive: !paged
    topMargin: 24
    // A last page starts at the top like any other.
    bottomMargin: (paged ? height : 48) + roomBelow
    T.ScrollBar.vertical: ListScrollBar { policy: view.paged ? T.ScrollBar.AlwaysOff : T.ScrollBar.AsNeeded }

    // The document's title and author at its top, as a book's title page. The heading is a component made by the view and uses its ids: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
    header: DocumentHeading { reader: view; faceMetrics: readingMeasure } // qmllint disable unqualified

    // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
    // qmllint disable unqualified
    delegate: BlockDelegate {
        id: blockItem
        measureWidth: view.measure
        annotations: view.annotations
        finder: view.finder
        onWordTapped: (position, area) => {
            view.clearSelection()
            const p = blockItem.mapToItem(view, area.x, area.y)
            if (view.paged && view.pager.tapTurns())
                return // a side third turns the page, on a word too
            view.wordTapped(blockItem.index, blockItem.text, blockItem.language, position,
                            Qt.rect(p.x, p.y, area.width, area.height))
        }
        onHighlightTapped: (id, area) => {
            view.clearSelection()
            const p = blockItem.mapToItem(view, area.x, area.y)
            if (view.paged && view.pager.tapTurns())
                return
            view.highlightTapped(blockItem.index, id, Qt.rect(p.x, p.y, area.width, area.height))
        }
        onSelectionMade: (start, end, area) => {
            if (view.selectedBlock !== blockItem.index)
                view.clearSelection()
            view.selectedBlock = blockItem.index
            const p = blockItem.mapToItem(view, area.x, area.y)
            view.selectionMade(blockItem.index, blockItem.text, blockItem.language, start, end,
                               Qt.rect(p.x, p.y, area.width, area.height))
        }
        Component.onCompleted: view.renderedBlocks += 1
        Component.onDestruction: view.renderedBlocks -= 1
    }
    // qmllint enable unqualified

    /// The text's measure, ~68 characters a line (80, 58 with narrow, wide margins): once here, not in every block.
    readonly property real measure: Math.min(width - 2 * sideMargin, readingMeasure.averageCharacterWidth * (App.margins === "narrow" ? 80 : App.margins === "wide" ? 58 : 68))
    FontMetrics {
        id: readingMeasure
        font.family: Theme.readingFace
        font.pixelSize: App.readingSize
    }

    // Qt 6.4's qmltypes declare Qt.callLater as a QJSValue property, so qmllint doubts it is a method.
    onCountChanged: Qt.callLater(restore) // qmllint disable type
    onHeightChanged: Qt.callLater(restore) // qmllint disable type
    onContentYChanged: {
        if (!restored || held !== null)
            return
        updateTop()
        saveTimer.restart()
    }

    Timer {
        id: saveTimer
        interval: 400
        onTriggered: view.model.savePosition(view.here.block, view.here.offset)
    }
    Component.onDestruction: if (restored) model.savePosition(here.block, here.offset)

    Keys.onPressed: event => {
        if (event.key !== Qt.Key_Shift)
            letGo()
        if (keySelector.handle(event)) {
            event.accepted = true
        } else if (event.key === Qt.Key_PageDown || event.key === Qt.Key_Space) {
            scrollByPage(event.modifiers & Qt.ShiftModifier ? -1 : 1)
            event.accepted = true
        } else if (event.key === Qt.Key_PageUp) {
            scrollByPage(-1)
            event.accepted = true
        } else if (paged && [Qt.Key_Right, Qt.Key_Left, Qt.Key_Down, Qt.Key_Up].includes(event.key)) {
            scrollByPage(event.key === Qt.Key_Right || event.key === Qt.Key_Down ? 1 : -1)
            event.accepted = true
        } else if (event.key === Qt.Key_Home) {
            positionViewAtBeginning()
            event.accepted = true
        } else if (event.key === Qt.Key_End) {
            paged ? pager.toEnd() : positionViewAtEnd()
            event.accepted = true
        } else if (event.key === Qt.Key_Down) {
            contentY = Math.min(contentY + 60, originY + contentHeight - height)
            event.accepted = true
        } else if (event.key === Qt.Key_Up) {
            contentY = Math.max(contentY - 60, originY - topMargin)
            event.accepted = true
        }
    }
}
