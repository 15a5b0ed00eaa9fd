// Selecting in the reader from the keyboard: Ctrl+Left/Right moves a one-word selection (a word cursor) through the
// text, Shift+Left/Right extends it by a word, Shift+Up/Down by a sentence, in one block (as a drag selects, and as a
// highlight is anchored: to one paragraph); the bounds come from C++
// (BlockModel.stepSelection), so keys select the same words a tap looks up.
// H or Ctrl+H highlights, L looks the first word up, Enter opens the
// selection's tools, Esc lets go. The view emits what a tap or a drag would.
import QtQuick

QtObject {
    id: keys
    required property ListView view
    property var selection: null // {block, anchorStart, anchorEnd, focus, start, end}

    /// The selection's block item, or null.
    function item() { return selection ? view.itemAtIndex(selection.block) : null }

    /// The block a selection starts in: the first one the view shows whole.
    function firstBlock() {
        // The view is a ReaderView, whose topOffset and topBlock a plain ListView lacks: qmllint sees the ListView.
        const top = view.topOffset > 0.5 ? view.topBlock + 1 : view.topBlock // qmllint disable type
        return Math.max(0, Math.min(top, view.count - 1))
    }

    function step(bySentence, forward) {
        const block = selection ? selection.block : firstBlock()
        const next = selection
            ? view.model.stepSelection(block, selection.anchorStart, selection.anchorEnd, selection.focus, bySentence, forward)
            : view.model.stepSelection(block, -1, -1, -1, bySentence, forward)
        select(block, next)
    }

    /// Ctrl+Right, Ctrl+Left: the word cursor, one word selected, moves to the next word or the one before, on into
    /// the next block or the one before, so that L looks up any word of the text.
    function moveWord(forward) {
        let block = selection ? selection.block : firstBlock()
        let word = view.model.wordBeside(block, selection ? (forward ? selection.end : selection.start) : -1, forward)
        while (word.start === undefined && selection) {
            block += forward ? 1 : -1
            if (block < 0 || block >= view.count)
                return
            word = view.model.wordBeside(block, -1, forward)
        }
        select(block, { anchorStart: word.start, anchorEnd: word.end, focus: word.end, start: word.start, end: word.end })
    }

    function select(block, next) {
        if (next.start === undefined)
            return
        if (view.selectedBlock !== block)
            view.clearSelection()
        next.block = block
        selection = next
        view.selectedBlock = block
        let shown = view.itemAtIndex(block)
        // A block out of view (the word cursor went on to it) is brought in, and made if it was not.
        if (!shown || shown.y < view.contentY || shown.y + shown.height > view.contentY + view.height) {
            view.reveal(block)
            shown = view.itemAtIndex(block)
        }
        if (shown) {
            shown.selStart = next.start
            shown.selEnd = next.end
        }
    }

    /// A rectangle of the selected block, in the view's coordinates.
    function areaIn(selected, start, end) {
        const area = selected.areaOf(start, end)
        const p = selected.mapToItem(view, area.x, area.y)
        return Qt.rect(p.x, p.y, area.width, area.height)
    }

    /// Handles a key of the keyboard selection; true when it was one.
    function handle(event) {
        const shift = event.modifiers & Qt.ShiftModifier
        const selected = item()
        const ctrl = event.modifiers & Qt.ControlModifier
        if (ctrl && !shift && (event.key === Qt.Key_Left || event.key === Qt.Key_Right)) {
            moveWord(event.key === Qt.Key_Right)
        } else if (shift && (event.key === Qt.Key_Left || event.key === Qt.Key_Right)) {
            step(false, event.key === Qt.Key_Right)
        } else if (shift && (event.key === Qt.Key_Up || event.key === Qt.Key_Down)) {
            step(true, event.key === Qt.Key_Down)
        } else if (selected && event.key === Qt.Key_H) {
            view.highlightRequested(selection.block, selected.text, selected.language, selection.start, selection.end)
        } else if (selected && (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Menu)) {
            const rect = areaIn(selected, selection.start, selection.end)
            // On a highlight, its own menu (colour, note, remove), as a tap on it gives.
            const hit = view.annotations ? view.annotations.highlightAt(selection.block, selection.start) : ""
            if (hit !== "")
                view.highlightTapped(selection.block, hit, rect)
            else
                view.selectionMade(selection.block, selected.text, selected.language, selection.start, selection.end, rect)
        } else if (selected && event.key === Qt.Key_L) {
            // Look up the selection's first word, as a tap on it does: the glossary card with its analysis.
            view.wordTapped(selection.block, selected.text, selected.language, selection.start,
                            areaIn(selected, selection.start, selection.start + 1))
        } else if (selection && event.key === Qt.Key_Escape) {
            view.clearSelection()
        } else {
            return false
        }
        return true
    }
}
