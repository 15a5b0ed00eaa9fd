// The views confirm only what the library saved. With its database refusing
// writes (TestLibrary.refuseWrites, PRAGMA query_only), each action says what
// failed and shows the rows as the database has them; once it accepts writes
// again, the same action is confirmed.
import QtQuick
import QtTest
import Okur
import OkurTest

TestCase {
    name: "Confirmations"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: reader
        ReaderPage {
            width: 390
            height: 844
            documentId: "cultural-diplomacy-post-soviet"
        }
    }
    Component {
        id: glossaryCard
        GlossaryCard {
            width: 360
            lookup: LookupModel { library: App.library }
        }
    }
    Component {
        id: vocabulary
        VocabularyPage { width: 390; height: 844 }
    }
    Component {
        id: words
        VocabularyModel { library: App.library }
    }

    function cleanup() {
        verify(TestLibrary.refuseWrites(false))
    }

    // A reader on block 1 with its first 20 characters selected.
    function openReader() {
        const page = createTemporaryObject(reader, this)
        const view = findChild(page, "blockView")
        tryVerify(() => view.count > 10 && view.restored, 5000)
        view.goToBlock(1)
        waitForRendering(view)
        const block = view.itemAtIndex(1)
        block.selStart = 0
        block.selEnd = 20
        block.finishSelection()
        const tools = findChild(page, "annotationTools") // made by the selection, if not yet after the first frame
        compare(tools.block, 1)
        return { page: page, block: block, tools: tools, bar: findChild(tools, "annotationSnackbar") }
    }
    function says(bar, prefix) {
        tryVerify(() => bar.opened, 2000)
        verify(bar.text.startsWith(prefix), bar.text)
        if (prefix.startsWith("Could not"))
            verify(bar.text.indexOf("readonly") > 0, bar.text) // SQLite's reason, not a generic line
        return findChild(bar.contentItem, "undoButton").visible
    }

    function test_failedHighlightLeavesNoPhantom() {
        const r = openReader()
        const model = r.page.annotationModel
        const before = model.count
        verify(TestLibrary.refuseWrites(true))
        compare(r.tools.highlight("blue"), "")
        compare(model.count, before)
        compare(r.block.highlights.length, 0)
        compare(model.highlightAt(1, 3), "")
        verify(!says(r.bar, "Could not save the highlight: ")) // nothing to undo

        // The note dialog's path: a highlight with a note.
        r.block.selStart = 0
        r.block.selEnd = 20
        r.block.finishSelection()
        compare(r.tools.highlight("yellow", "a note"), "")
        verify(!says(r.bar, "Could not save the note: "))
        compare(model.count, before)

        verify(TestLibrary.refuseWrites(false))
        r.block.selStart = 0
        r.block.selEnd = 20
        r.block.finishSelection()
        const id = r.tools.highlight("blue")
        verify(id !== "")
        verify(says(r.bar, "Highlighted"))
        compare(r.block.highlights.length, 1)
        verify(model.undo())
        // A highlight made with its note is confirmed as the note it is.
        r.block.selStart = 0
        r.block.selEnd = 20
        r.block.finishSelection()
        verify(r.tools.highlight("blue", "a note") !== "")
        verify(says(r.bar, "Note saved"))
        verify(model.undo())
    }

    function test_failedRemoveKeepsTheHighlight() {
        const r = openReader()
        const model = r.page.annotationModel
        const id = r.tools.highlight("green")
        verify(id !== "")
        const count = model.count

        // Remove from the highlight's own menu, as a reader would.
        verify(TestLibrary.refuseWrites(true))
        r.tools.showHighlight(id, Qt.rect(100, 300, 40, 20))
        const remove = findChild(r.tools, "removeButton")
        verify(remove)
        tryVerify(() => findChild(r.tools, "highlightMenu").opened, 2000)
        mouseClick(remove)
        verify(!says(r.bar, "Could not remove the highlight: "))
        compare(model.count, count)
        compare(r.block.highlights.length, 1)
        compare(model.highlightAt(1, 3), id)

        // A note that was not saved is not called saved.
        verify(!r.tools.saveNote(id, "changed"))
        verify(!says(r.bar, "Could not save the note: "))
        compare(model.get(id).note, "")
        verify(!r.tools.recolor(id, "pink"))
        verify(!says(r.bar, "Could not change the colour: "))
        compare(model.get(id).color, "green")

        verify(TestLibrary.refuseWrites(false))
        verify(r.tools.saveNote(id, "changed"))
        verify(says(r.bar, "Note saved"))
        compare(model.get(id).note, "changed")
        verify(r.tools.removeHighlight(id))
        verify(says(r.bar, "Highlight removed"))
        compare(model.count, count - 1)
        compare(r.block.highlights.length, 0)

        // Undo while the library refuses: the highlight stays removed, and undoable.
        verify(TestLibrary.refuseWrites(true))
        verify(!r.tools.undo())
        verify(!says(r.bar, "Could not undo: "))
        compare(r.block.highlights.length, 0)
        verify(model.canUndo)
        verify(TestLibrary.refuseWrites(false))
        verify(r.tools.undo())
        compare(r.block.highlights.length, 1)
        verify(model.remove(id))
    }

    // A highlight's menu adds a note to a highlight without one and edits one that has one; the note's dialog
    // says which, and shows the passage the note is on.
    function test_highlightNoteAction() {
        const r = openReader()
        const model = r.page.annotationModel
        const id = r.tools.highlight("green")
        verify(id !== "")
        const menu = findChild(r.tools, "highlightMenu")
        const dialog = findChild(r.tools, "noteDialog")
        r.tools.showHighlight(id, Qt.rect(100, 300, 40, 20))
        tryVerify(() => menu.opened, 2000)
        const button = findChild(r.tools, "highlightNoteButton")
        compare(button.text, "Add note")
        mouseClick(button)
        tryVerify(() => dialog.opened, 2000)
        compare(dialog.title, "Add a note")
        compare(findChild(dialog, "noteQuote").text, model.get(id).quote)
        verify(model.get(id).quote.length > 0)
        dialog.reject()
        tryVerify(() => !dialog.visible, 2000)

        verify(r.tools.saveNote(id, "a note"))
        r.tools.showHighlight(id, Qt.rect(100, 300, 40, 20))
        tryVerify(() => menu.opened, 2000)
        compare(button.text, "Edit note")
        mouseClick(button)
        tryVerify(() => dialog.opened, 2000)
        compare(dialog.title, "Edit note")
        dialog.reject()
        tryVerify(() => !dialog.visible, 2000)
        verify(model.undo()) // the note
        verify(model.undo()) // the highlight
    }

    function test_failedBookmarkSaysSo() {
        const r = openReader()
        const model = r.page.annotationModel
        const count = model.count
        verify(TestLibrary.refuseWrites(true))
        r.page.bookmarkHere()
        verify(!says(r.bar, "Could not add the bookmark: "))
        compare(model.count, count)
        verify(TestLibrary.refuseWrites(false))
        r.page.bookmarkHere()
        verify(says(r.bar, "Bookmarked"))
        compare(model.count, count + 1)
        verify(model.undo())
        compare(model.count, count)
    }

    function test_wordsSaveRemoveAndReview() {
        const card = createTemporaryObject(glossaryCard, this)
        card.lookup.lookup("diplomasi", "tr")
        tryVerify(() => card.lookup.hasResult, 30000)
        const save = findChild(card, "saveButton")
        const error = findChild(card, "saveError")
        verify(TestLibrary.refuseWrites(true))
        mouseClick(save)
        verify(!card.lookup.saved)
        verify(error.visible)
        verify(error.text.startsWith("Could not save the word: ") && error.text.indexOf("readonly") > 0, error.text)
        compare(save.text, "Save to vocabulary")
        verify(save.enabled) // it can be tried again
        verify(TestLibrary.refuseWrites(false))
        mouseClick(save)
        verify(card.lookup.saved)
        verify(!error.visible)
        compare(save.text, "Saved ✓")

        const page = createTemporaryObject(vocabulary, this)
        const list = page.wordsModel
        tryVerify(() => list.count > 0, 2000)
        const count = list.count
        const review = findChild(page, "reviewDialog")
        review.start()
        const card0 = review.card.id
        verify(card0 !== undefined)
        review.answerShown = true
        verify(TestLibrary.refuseWrites(true))
        verify(!review.grade(4))
        compare(review.card.id, card0) // the same card: its grade was not saved
        verify(review.answerShown)
        const reviewError = findChild(review.contentItem, "reviewError")
        verify(reviewError.visible)
        verify(reviewError.text.startsWith("Could not save the review: "), reviewError.text)

        verify(!page.removeWord(card0, "diplomasi"))
        compare(list.count, count)
        const bar = findChild(page, "snackbar")
        tryVerify(() => bar.opened, 2000)
        verify(bar.text.startsWith("Could not remove “diplomasi”: ") && bar.text.indexOf("readonly") > 0, bar.text)

        verify(TestLibrary.refuseWrites(false))
        verify(review.grade(4))
        verify(!reviewError.visible)
        review.close()
        verify(page.removeWord(card0, "diplomasi"))
        compare(list.count, count - 1)
        // A removal offers Undo, which puts the word back with its review; one the library refuses says so and
        // can be tried again.
        tryVerify(() => bar.opened && bar.text === "Removed “diplomasi”.", 2000)
        const undo = findChild(bar.contentItem, "snackbarAction")
        verify(undo.visible)
        compare(undo.text, "Undo")
        verify(TestLibrary.refuseWrites(true))
        mouseClick(undo)
        compare(list.count, count - 1)
        tryVerify(() => bar.opened && bar.text.startsWith("Could not put “diplomasi” back: "), 2000)
        compare(undo.text, "Try again")
        verify(list.canUndoRemove)
        verify(TestLibrary.refuseWrites(false))
        mouseClick(undo)
        compare(list.count, count)
        verify(!list.canUndoRemove)
        let back = -1
        for (let i = 0; i < list.count; ++i)
            back = list.data(list.index(i, 0), VocabularyModel.LemmaRole) === "diplomasi" ? i : back
        verify(back >= 0)
        // Ctrl+Z (the Undo key) undoes a removal too, once its confirmation has gone.
        verify(page.removeWord(list.data(list.index(back, 0), VocabularyModel.IdRole), "diplomasi"))
        compare(list.count, count - 1)
        bar.close()
        const shortcut = findChild(page, "undoRemoveShortcut")
        verify(shortcut, "no shortcut")
        verify(shortcut.enabled, "shortcut disabled")
        compare(shortcut.sequences[0], StandardKey.Undo)
        shortcut.activated() // as Ctrl+Z does (a TestCase's offscreen window takes no shortcut keys)
        tryVerify(() => list.count === count, 2000)
    }
}
