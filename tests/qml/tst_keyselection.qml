import QtQuick
import QtTest
import Okur

// Selecting in the reader from the keyboard: Shift+Right/Left by a word,
// Shift+Down/Up by a sentence, H to highlight, Esc to let go. Checked on a
// paragraph whose words and sentences are known (the seed's first paragraph
// after the title).
TestCase {
    name: "KeySelection"
    width: 1280
    height: 800
    when: windowShown
    visible: true

    Component {
        id: reader
        ReaderPage { width: 1280; height: 800; documentId: "cultural-diplomacy-post-soviet" }
    }

    function open() {
        const page = createTemporaryObject(reader, this)
        const view = findChild(page, "blockView")
        tryVerify(() => view.count > 10 && view.renderedBlocks > 0 && view.restored, 5000)
        view.goToBlock(0)
        view.forceActiveFocus()
        return { page: page, view: view }
    }
    function selected(view) {
        const item = view.itemAtIndex(view.keySelection.block)
        return item.text.substring(item.selStart, item.selEnd)
    }

    function test_wordsThenSentences() {
        const r = open()
        keyClick(Qt.Key_Right, Qt.ShiftModifier)
        compare(r.view.keySelection.block, 0)
        compare(selected(r.view), "Azerbaijan’s") // the apostrophe suffix stays with its word
        keyClick(Qt.Key_Right, Qt.ShiftModifier)
        compare(selected(r.view), "Azerbaijan’s Cultural")
        keyClick(Qt.Key_Left, Qt.ShiftModifier)
        compare(selected(r.view), "Azerbaijan’s")
        // A title has no full stop: its one sentence is all of it.
        keyClick(Qt.Key_Down, Qt.ShiftModifier)
        compare(selected(r.view), "Azerbaijan’s Cultural Diplomacy and Soft Power in the Post-Soviet Space")
        keyClick(Qt.Key_Escape)
        compare(r.view.keySelection, null)
        compare(r.view.itemAtIndex(0).selStart, -1)
    }

    function test_sentenceInParagraph() {
        const r = open()
        r.view.goToBlock(1)
        r.view.contentY += 1
        const text = r.view.itemAtIndex(1).text
        verify(text.startsWith("In the three decades following the collapse of the Soviet Union in 1991,"), text.substring(0, 80))
        keyClick(Qt.Key_Right, Qt.ShiftModifier)
        compare(r.view.keySelection.block, 1)
        compare(selected(r.view), "In")
        keyClick(Qt.Key_Down, Qt.ShiftModifier)
        const first = selected(r.view)
        // To the first full stop that ends a sentence, nothing after it.
        verify(first.endsWith("."), first)
        compare(first, text.substring(0, text.indexOf(". ") + 1))
        keyClick(Qt.Key_Down, Qt.ShiftModifier)
        const two = selected(r.view)
        verify(two.length > first.length + 10 && two.startsWith(first) && /[.!?]["”’)]?$/.test(two), two)
        keyClick(Qt.Key_Up, Qt.ShiftModifier)
        compare(selected(r.view), first)
    }

    // Enter opens the selection's tools; Tab reaches a colour, Space applies it, the keys return to the text.
    function test_toolsFromKeyboard() {
        const r = open()
        const annotations = r.page.annotationModel
        const before = annotations.count
        keyClick(Qt.Key_Right, Qt.ShiftModifier)
        keyClick(Qt.Key_Return)
        const bar = findChild(r.page, "selectionBar")
        tryVerify(() => bar.opened, 3000)
        const green = findChild(bar.contentItem, "swatch_green")
        for (let i = 0; i < 10 && !green.activeFocus; ++i)
            keyClick(Qt.Key_Tab)
        verify(green.activeFocus, "Tab reaches the colours")
        keyClick(Qt.Key_Space)
        tryCompare(annotations, "count", before + 1)
        const marks = annotations.highlightsForBlock(0)
        verify(marks.some(m => m.start === 0 && m.end === "Azerbaijan’s".length && m.color === "green"), JSON.stringify(marks))
        tryVerify(() => !bar.visible, 3000)
        tryVerify(() => r.view.activeFocus, 3000)
        verify(annotations.undo())
        compare(annotations.count, before)
    }

    // Enter on a highlighted word opens the highlight's menu; Tab reaches Remove.
    function test_highlightMenuFromKeyboard() {
        const r = open()
        const annotations = r.page.annotationModel
        const before = annotations.count
        keyClick(Qt.Key_Right, Qt.ShiftModifier)
        keyClick(Qt.Key_H)
        tryCompare(annotations, "count", before + 1)
        tryVerify(() => r.view.activeFocus, 3000)
        keyClick(Qt.Key_Right, Qt.ShiftModifier)
        keyClick(Qt.Key_Return)
        const menu = findChild(r.page, "highlightMenu")
        tryVerify(() => menu.opened, 3000)
        const remove = findChild(menu.contentItem, "removeButton")
        for (let i = 0; i < 12 && !remove.activeFocus; ++i)
            keyClick(Qt.Key_Tab)
        verify(remove.activeFocus, "Tab reaches Remove")
        keyClick(Qt.Key_Space)
        tryCompare(annotations, "count", before)
        tryVerify(() => r.view.activeFocus, 3000)
    }

    // L looks up the selected word as a tap does: the glossary card, for that word.
    // Ctrl+Right and Ctrl+Left move one selected word through the text, on into the next paragraph and back, so that
    // L looks up any word (Shift+arrows only grow a selection from a paragraph's first word).
    function test_wordCursor() {
        const r = open()
        keyClick(Qt.Key_Right, Qt.ControlModifier)
        compare(r.view.keySelection.block, 0)
        compare(selected(r.view), "Azerbaijan’s")
        keyClick(Qt.Key_Right, Qt.ControlModifier)
        compare(selected(r.view), "Cultural")
        keyClick(Qt.Key_Right, Qt.ShiftModifier)
        compare(selected(r.view), "Cultural Diplomacy")
        keyClick(Qt.Key_Right, Qt.ControlModifier) // from the selection's end: one word again
        compare(selected(r.view), "and")
        keyClick(Qt.Key_Left, Qt.ControlModifier)
        compare(selected(r.view), "Diplomacy")
        let last = ""
        for (let i = 0; i < 20 && r.view.keySelection.block === 0; ++i) {
            last = selected(r.view)
            keyClick(Qt.Key_Right, Qt.ControlModifier)
        }
        compare(last, "Space")
        compare(r.view.keySelection.block, 1) // past the title's last word, the next paragraph's first
        compare(r.view.keySelection.start, 0)
        keyClick(Qt.Key_Left, Qt.ControlModifier)
        compare(r.view.keySelection.block, 0)
        compare(selected(r.view), "Space")
        keyClick(Qt.Key_Right, Qt.ControlModifier)
        keyClick(Qt.Key_Right, Qt.ControlModifier)
        const word = selected(r.view)
        keyClick(Qt.Key_L)
        tryVerify(() => r.page.lookupModel.hasResult, 5000)
        compare(r.page.lookupModel.query, word)
        const popover = findChild(r.page, "glossaryPopover")
        tryVerify(() => popover.opened, 3000)
        popover.close()
    }

    function test_lookupKey() {
        const r = open()
        r.view.goToBlock(1)
        r.view.contentY += 1
        keyClick(Qt.Key_Right, Qt.ShiftModifier) // "In"
        keyClick(Qt.Key_Right, Qt.ShiftModifier) // "In the"
        keyClick(Qt.Key_Right, Qt.ShiftModifier) // "In the three"
        keyClick(Qt.Key_Left, Qt.ShiftModifier)
        keyClick(Qt.Key_Left, Qt.ShiftModifier) // "In" again
        keyClick(Qt.Key_L)
        tryVerify(() => r.page.lookupModel.hasResult, 5000)
        const popover = findChild(r.page, "glossaryPopover")
        tryVerify(() => popover.opened, 3000)
        compare(r.page.lookupModel.start, 0)
        compare(r.page.lookupModel.length, 2)
        popover.close()
    }

    // A theme's quoted sentence: Tab to it, Right chooses its first word, Enter looks it up.
    Component {
        id: themePage
        ThemePage { width: 1280; height: 800; themeId: "sports-diplomacy"; wide: true }
    }
    function findSentence(o) {
        if (o.keyWords !== undefined && o.visible)
            return o
        for (let i = 0; i < o.children.length; ++i) {
            const found = findSentence(o.children[i])
            if (found)
                return found
        }
        return null
    }
    function test_sentenceWordLookup() {
        const page = createTemporaryObject(themePage, this)
        let sentence = null
        tryVerify(() => (sentence = findSentence(page)) !== null, 5000)
        sentence.forceActiveFocus()
        const first = sentence.text.match(/[A-Za-zÇĞİÖŞÜçğıöşü’']+/)[0] // after the number
        keyClick(Qt.Key_Right)
        compare(sentence.keyWord, 0)
        const w = sentence.keyWords[0]
        compare(sentence.text.substr(w.start, w.length), first)
        keyClick(Qt.Key_Return)
        const popover = findChild(page, "glossaryPopover")
        tryVerify(() => popover.opened, 3000)
        popover.close()
    }

    function test_highlightKey() {
        const r = open()
        const annotations = r.page.annotationModel
        const before = annotations.count
        keyClick(Qt.Key_H) // nothing selected: nothing happens
        compare(annotations.count, before)
        keyClick(Qt.Key_Right, Qt.ShiftModifier)
        keyClick(Qt.Key_Right, Qt.ShiftModifier)
        keyClick(Qt.Key_H, Qt.ControlModifier)
        tryCompare(annotations, "count", before + 1)
        const marks = annotations.highlightsForBlock(0)
        verify(marks.some(m => m.start === 0 && m.end === "Azerbaijan’s Cultural".length), JSON.stringify(marks))
        verify(annotations.undo()) // the shared test library stays as it was
        compare(annotations.count, before)
    }
}
