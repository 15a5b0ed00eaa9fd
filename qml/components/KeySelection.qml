// Selecting in the reader from the keyboard: Shift+Left/Right by a word,
// Shift+Up/Down by a sentence, in one block (as a drag selects, and as a
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

    function step(bySentence, forward) {
        let block = selection ? selection.block : (view.topOffset > 0.5 ? view.topBlock + 1 : view.topBlock)
        block = Math.max(0, Math.min(block, view.count - 1))
        const next = selection
            ? view.model.stepSelection(block, selection.anchorStart, selection.anchorEnd, selection.focus, bySentence, forward)
            : view.model.stepSelection(block, -1, -1, -1, bySentence, forward)
        if (next.start === undefined)
            return
        if (view.selectedBlock !== block)
            view.clearSelection()
        next.block = block
        selection = next
        view.selectedBlock = block
        const shown = view.itemAtIndex(block)
        if (shown) {
            shown.selStart = next.start
            shown.selEnd = next.end
            if (shown.y < view.contentY || shown.y + shown.height > view.contentY + view.height)
                view.reveal(block)
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
        if (shift && (event.key === Qt.Key_Left || event.key === Qt.Key_Right)) {
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
