// Issue 17 #6: the desktop glossary popover never covers the tapped word and
// never leaves the window; invented windows and words with known answers.
import QtQuick
import QtTest
import Okur

TestCase {
    name: "GlossaryPlacement"
    width: 1280
    height: 800
    when: windowShown

    Component {
        id: sheetComponent
        GlossarySheet {
            anchors.fill: parent
            wide: true
            lookup: LookupModel { library: App.library }
        }
    }

    function overlaps(a, b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
    }

    function test_placement_data() {
        return [
            // A word high up: the popover goes below it.
            { tag: "room below", word: Qt.rect(600, 100, 80, 24), w: 380, h: 300, W: 1280, H: 800,
              x: 450, y: 132, height: 300 },
            // A word near the bottom: above it, its bottom 8 px over the word.
            { tag: "flips above", word: Qt.rect(600, 700, 80, 24), w: 380, h: 300, W: 1280, H: 800,
              x: 450, y: 392, height: 300 },
            // Near the right edge: pulled back into the window.
            { tag: "right edge", word: Qt.rect(1240, 100, 30, 24), w: 380, h: 300, W: 1280, H: 800,
              x: 892, y: 132, height: 300 },
            // Near the left edge.
            { tag: "left edge", word: Qt.rect(2, 100, 30, 24), w: 380, h: 300, W: 1280, H: 800,
              x: 8, y: 132, height: 300 },
            // Too tall for either side of a word in the middle of a short window:
            // the roomier side, cut to fit (the card scrolls).
            { tag: "cut to fit below", word: Qt.rect(300, 200, 80, 24), w: 380, h: 500, W: 1280, H: 600,
              x: 150, y: 232, height: 360 },
            { tag: "cut to fit above", word: Qt.rect(300, 380, 80, 24), w: 380, h: 500, W: 1280, H: 600,
              x: 150, y: 8, height: 364 }
        ]
    }
    function test_placement(data) {
        const sheet = createTemporaryObject(sheetComponent, this)
        const p = sheet.placement(data.word, data.w, data.h, data.W, data.H)
        compare(p.x, data.x)
        compare(p.y, data.y)
        compare(p.height, data.height)
        const box = Qt.rect(p.x, p.y, data.w, p.height)
        verify(!overlaps(box, data.word), "covers the word")
        verify(p.x >= 0 && p.y >= 0 && p.x + data.w <= data.W && p.y + p.height <= data.H, "leaves the window")
    }

    // Any word anywhere in the window: the popover is inside and off the word.
    function test_placementNeverCoversOrLeaves() {
        const sheet = createTemporaryObject(sheetComponent, this)
        for (const size of [[1280, 800], [900, 480], [390, 844]]) {
            for (let y = 0; y + 24 <= size[1]; y += 37) {
                for (let x = 0; x + 60 <= size[0]; x += 113) {
                    const word = Qt.rect(x, y, 60, 24)
                    const w = Math.min(380, size[0] - 16)
                    const p = sheet.placement(word, w, 340, size[0], size[1])
                    const box = Qt.rect(p.x, p.y, w, p.height)
                    verify(!overlaps(box, word), "covers " + word + " in " + size)
                    verify(p.x >= 0 && p.y >= 0 && p.x + w <= size[0] && p.y + p.height <= size[1], "leaves " + size)
                    verify(p.height >= Math.min(340, (size[1] - 24) / 2 - 24), "too small at " + word)
                }
            }
        }
    }

    // A word's card opens at its top, whatever the card before it was scrolled to (a scrolled card closed, another
    // word tapped: its word and reading first, not the middle of its senses). On a desktop and on a phone.
    function test_newCardStartsAtTop_data() {
        return [{ tag: "popover", wide: true, frame: "glossaryPopover", scroll: "glossaryPopoverScroll" },
                { tag: "sheet", wide: false, frame: "glossarySheet", scroll: "glossarySheetScroll" }]
    }
    function test_newCardStartsAtTop(data) {
        const sheet = createTemporaryObject(sheetComponent, this, { wide: data.wide })
        const frame = findChild(sheet, data.frame)
        sheet.showAt(Qt.rect(600, 100, 80, 24))
        tryVerify(() => frame.opened, 3000)
        const scroll = findChild(sheet, data.scroll)
        verify(scroll)
        scroll.contentY = 240
        sheet.close()
        tryVerify(() => !frame.visible, 3000)
        sheet.showAt(Qt.rect(600, 300, 80, 24))
        tryVerify(() => frame.opened, 3000)
        compare(scroll.contentY, 0)
        sheet.close()
        tryVerify(() => !frame.visible, 3000)
    }

    // A card cut to the room beside its word keeps its foot (statuses, Save, Close) in view; its senses scroll
    // above it, with a fade while there is more. On a desktop and on a phone.
    Component {
        id: phoneSheet
        GlossarySheet {
            width: 390
            height: 600
            lookup: LookupModel { library: App.library }
        }
    }
    function test_footStaysInView_data() { return test_newCardStartsAtTop_data() }
    function test_footStaysInView(data) {
        const sheet = data.wide ? createTemporaryObject(sheetComponent, this, { wide: true })
                                : createTemporaryObject(phoneSheet, this, { wide: false })
        const frame = findChild(sheet, data.frame)
        sheet.lookup.lookup("bir", "tr") // many senses: taller than the room
        tryVerify(() => sheet.lookup.hasResult, 30000)
        sheet.showAt(Qt.rect(600, 400, 80, 24))
        tryVerify(() => frame.opened, 3000)
        const scroll = findChild(sheet, data.scroll)
        tryVerify(() => scroll.contentHeight > scroll.height + 20, 3000) // cut: it scrolls
        const save = findChild(frame, "saveButton")
        verify(save && save.visible)
        const at = save.mapToItem(sheet, 0, 0)
        const box = frame.contentItem.mapToItem(sheet, 0, 0)
        verify(at.y >= box.y && at.y + save.height <= box.y + frame.contentItem.height + 0.5,
               "Save at y=" + at.y + " outside the card " + box.y + "+" + frame.contentItem.height)
        verify(save.mapToItem(null, 0, 0).y + save.height <= sheet.Window.height, "Save below the window")
        verify(findChild(sheet, data.wide ? "glossaryPopoverMore" : "glossarySheetMore").visible)
        sheet.close()
        tryVerify(() => !frame.visible, 3000)
    }
}
