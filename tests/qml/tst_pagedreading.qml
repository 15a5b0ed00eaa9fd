import QtQuick
import QtTest
import Okur

// Issue 17: the contents follow the section being read; paged reading (Aa, "Page by page") turns whole-line
// pages by keys, taps and swipes, counts them in the section, and keeps the reader's line when the mode changes.
TestCase {
    name: "PagedReading"
    width: 1280
    height: 844
    when: windowShown
    visible: true // what the tests press must be on screen

    Component {
        id: reader
        ReaderPage { documentId: "cultural-diplomacy-post-soviet" }
    }

    function open(w, h) {
        const page = createTemporaryObject(reader, this, { width: w, height: h })
        const view = findChild(page, "blockView")
        tryVerify(() => view.count > 10 && view.renderedBlocks > 0 && view.restored, 5000)
        page.forceActiveFocus()
        view.forceActiveFocus()
        return page
    }
    function cleanup() {
        App.paged = false
    }

    // The headings of the text, from its blocks themselves.
    function headings(view) {
        let out = []
        for (let i = 0; i < view.count; ++i) {
            view.positionViewAtIndex(i, ListView.Contain)
            if (view.itemAtIndex(i).kind === "heading")
                out.push(i)
        }
        return out
    }
    function headingAbove(list, block) {
        let found = -1
        for (let h of list)
            if (h <= block)
                found = h
        return found
    }

    function test_contentsFollowTheSection_data() {
        return [{ tag: "desktop", w: 1280, h: 800 }, { tag: "phone", w: 390, h: 844 }]
    }
    function test_contentsFollowTheSection(data) {
        const page = open(data.w, data.h)
        const view = findChild(page, "blockView")
        let toc
        const drawer = findChild(page, "sideDrawer")
        if (data.w >= 840) {
            const panel = findChild(page, "sidePanel")
            tryVerify(() => panel.item !== null, 3000) // made after the text's first frame
            toc = findChild(panel.item, "tocList")
        } else {
            drawer.item.open()
            tryVerify(() => drawer.item.opened, 3000)
            toc = findChild(drawer.item.contentItem, "tocList")
        }
        tryVerify(() => toc.count > 5, 3000)
        // The list is longer than its room, so that keeping an entry in sight means something.
        // (once the panel's summary, made after the text, has taken its share of the room)
        tryVerify(() => toc.contentHeight > toc.height, 5000, toc.contentHeight + " in " + toc.height)
        if (drawer.item) {
            drawer.item.close()
            tryVerify(() => !drawer.item.visible, 3000)
        }
        const blocks = headings(view)
        verify(blocks.length > 5)
        // Scroll from the last section's heading to the first's with the reader's own keys, checking each stop.
        const last = toc.count - 1
        view.goToBlock(toc.itemAtIndex(last) ? toc.itemAtIndex(last).block : view.count - 1)
        let seen = {}
        for (let step = 0; step < 400 && view.topBlock > 0; ++step) {
            const was = view.contentY
            keyClick(Qt.Key_PageUp)
            verify(view.contentY < was, "step " + step) // the text has the keys, also after the drawer
            const heading = headingAbove(blocks, view.topBlock)
            if (step % 7 !== 0 && seen[heading])
                continue
            const look = drawer.item && [1, 5].includes(Object.keys(seen).length) // the drawer twice: it takes time
            seen[heading] = true
            if (look) {
                drawer.item.open()
                tryVerify(() => drawer.item.opened, 3000)
            }
            // The marked entry is the heading above the top line, and it is in sight in the list.
            tryVerify(() => toc.currentEntry >= 0 && toc.itemAtIndex(toc.currentEntry) !== null
                      && toc.itemAtIndex(toc.currentEntry).block === heading, 2000,
                      "top block " + view.topBlock + " heading " + heading + " entry " + toc.currentEntry)
            const entry = toc.itemAtIndex(toc.currentEntry)
            const y = entry.y - toc.contentY
            tryVerify(() => entry.y - toc.contentY >= -1 && entry.y - toc.contentY + entry.height <= toc.height + 1, 2000,
                      "entry " + toc.currentEntry + " at " + y + " of " + toc.height)
            if (look) {
                drawer.item.close()
                tryVerify(() => !drawer.item.visible, 3000)
            }
        }
        verify(Object.keys(seen).length >= 4, JSON.stringify(seen))
        view.goToBlock(0)
    }

    /// The lines laid out in the view, in reading order, as {block, top, bottom} in content coordinates, from the
    /// text's own layout (each line of each block's label).
    function lines(view) {
        let out = []
        for (let i = 0; i < view.count; ++i) {
            const item = view.itemAtIndex(i)
            if (!item)
                continue
            const label = findChild(item, "blockText")
            const rects = item.rects(0, label.text.length)
            let lastTop = -1
            for (let r of rects) {
                if (Math.abs(r.y - lastTop) < 0.5)
                    continue // a line broken into several rectangles
                lastTop = r.y
                out.push({ block: i, top: item.y + label.y + r.y, bottom: item.y + label.y + r.y + r.height })
            }
        }
        return out
    }
    function firstWholeLine(view) {
        for (let l of lines(view))
            if (l.top >= view.contentY - 0.5)
                return l
        return null
    }
    /// Checks that the page shows no line cut at its bottom, and gives the first line it does not show.
    function checkPage(view, pager) {
        const bottom = view.contentY + pager.cut
        verify(pager.cut <= pager.pageLimit + 0.5 && pager.cut > pager.pageLimit - 3 * App.readingSize * App.lineSpacing,
               "cut at " + pager.cut + " of " + pager.pageLimit)
        let next = null
        for (let l of lines(view)) {
            if (l.bottom <= view.contentY + 0.5)
                continue
            // Any line shown on the page is shown whole: it starts below the top and ends above the cut.
            if (l.top < bottom - 0.5)
                verify(l.bottom <= bottom + 0.5 && l.top >= view.contentY - 0.5,
                       "line of block " + l.block + " at " + l.top + "-" + l.bottom + " on page " + view.contentY + "-" + bottom)
            else if (next === null)
                next = l
        }
        return next
    }
    /// Chooses scroll or pages in the reader's Aa menu, as a reader does.
    function chooseMode(page, name) {
        const settings = findChild(page, "readingSettings")
        mouseClick(settings)
        const loader = findChild(settings, "readingMenu")
        tryVerify(() => loader.item && loader.item.opened, 2000)
        const menu = loader.item
        let entry = null
        for (let i = 0; i < menu.count; ++i)
            if (menu.itemAt(i).subMenu && menu.itemAt(i).subMenu.objectName === "marginsMenu")
                entry = menu.itemAt(i)
        verify(entry)
        mouseClick(entry)
        tryVerify(() => entry.subMenu.opened, 2000)
        const choice = findChild(entry.subMenu.contentItem, name)
        verify(choice)
        mouseClick(choice)
        menu.close()
        tryVerify(() => !menu.visible && !entry.subMenu.visible, 2000)
        findChild(page, "blockView").forceActiveFocus()
    }
    function samePlace(a, b) {
        return a.block === b.block && Math.abs(a.offset - b.offset) < 1e-9
    }

    function test_pages_data() {
        // A desktop window less tall than most: the six pages turned fit in the document.
        return [{ tag: "phone", w: 390, h: 844 }, { tag: "desktop", w: 1280, h: 640 }]
    }
    function test_pages(data) {
        const page = open(data.w, data.h)
        const view = findChild(page, "blockView")
        const pager = findChild(page, "pageTurner")
        verify(!view.paged)
        // A long paragraph, its top line cut by the view's top in scroll mode.
        let block = -1
        for (let i = 2; i < view.count && block < 0; ++i) {
            view.goToBlock(i)
            if (view.itemAtIndex(i).text.length > 600)
                block = i
        }
        verify(block > 0)
        const item = view.itemAtIndex(block)
        view.contentY = item.y + item.height / 3 + 5
        const before = view.here
        const character = Math.round(before.offset * item.text.length)
        const lineTop = item.y + item.lineY(character)
        verify(lineTop < view.contentY)

        // Pages: the same line, now whole, at the top.
        chooseMode(page, "pagedMode")
        verify(App.paged)
        tryVerify(() => view.paged && Math.abs(view.contentY - lineTop) < 1, 2000, "top " + view.contentY + " line " + lineTop)
        verify(samePlace(view.here, before), JSON.stringify(view.here) + " was " + JSON.stringify(before))
        compare(firstWholeLine(view).block, block)
        verify(!view.interactive)
        const number = findChild(pager, "pageNumber")
        verify(number.visible)

        // Forward by each key and by a tap in the right third: each page starts at the line after the last
        // whole line of the one before, and the page number counts on within a section.
        const forward = [[Qt.Key_Space, Qt.NoModifier], [Qt.Key_PageDown, Qt.NoModifier],
                         [Qt.Key_Right, Qt.NoModifier], ["tap", 0], ["swipe", 0], ["wheel", 0]]
        let places = []
        for (let f of forward) {
            tryVerify(() => pager.cut <= pager.pageLimit + 0.5, 1000)
            const next = checkPage(view, pager)
            verify(next !== null)
            const section = page.tocModel.entryForBlock(view.topBlock)
            const n = pager.pageNumber
            verify(pager.pageCount >= n)
            compare(number.text, qsTr("Page %1 of %2").arg(n).arg(pager.pageCount))
            places.push(view.here)
            if (f[0] === "tap") {
                mouseClick(view, view.width * 0.92, view.height / 2)
            } else if (f[0] === "wheel") {
                mouseWheel(view, view.width / 2, view.height / 2, 0, -120)
            } else if (f[0] === "swipe") {
                let touch = touchEvent(view)
                touch.press(0, view, view.width * 0.8, view.height / 2).commit()
                for (let x = 0.75; x > 0.3; x -= 0.05)
                    touch.move(0, view, view.width * x, view.height / 2).commit()
                touch.release(0, view, view.width * 0.3, view.height / 2).commit()
            } else {
                keyClick(f[0], f[1])
            }
            tryVerify(() => !samePlace(view.here, places[places.length - 1]), 1000, "turned by " + f[0])
            const first = firstWholeLine(view)
            compare(first.block, next.block, "by " + f[0])
            fuzzyCompare(first.top, next.top, 1, "by " + f[0])
            // A new section counts from its heading's page: this one, or the one turned from.
            if (page.tocModel.entryForBlock(view.topBlock) === section)
                compare(pager.pageNumber, n + 1, "by " + f[0])
            else
                verify(pager.pageNumber <= 2, "new section, page " + pager.pageNumber)
        }
        // Back by each key and a tap in the left third: the very pages turned from, in turn.
        const backward = [[Qt.Key_PageUp, Qt.NoModifier], [Qt.Key_Left, Qt.NoModifier],
                          [Qt.Key_Space, Qt.ShiftModifier], ["tap", 0], [Qt.Key_Up, Qt.NoModifier],
                          [Qt.Key_PageUp, Qt.NoModifier]]
        for (let b of backward) {
            if (b[0] === "tap")
                mouseClick(view, view.width * 0.08, view.height / 2)
            else
                keyClick(b[0], b[1])
            const back = places.pop()
            tryVerify(() => samePlace(view.here, back), 1000, "back by " + b[0] + ": " + JSON.stringify(view.here)
                      + " expected " + JSON.stringify(back))
        }

        // Further back than the pages turned: whole lines up to this page's first, none lost between.
        const oldFirst = firstWholeLine(view)
        const oldTop = view.contentY
        keyClick(Qt.Key_PageUp)
        tryVerify(() => view.contentY < oldTop - 100, 1000)
        const shownUpTo = checkPage(view, pager)
        verify(shownUpTo.top >= oldFirst.top - 0.5 && shownUpTo.top <= oldFirst.bottom + 0.5 + App.readingSize * 3,
               "the page before ends at " + shownUpTo.top + ", this one began at " + oldFirst.top)

        // A tap on a word in a side third turns the page and looks nothing up; in the middle it looks up.
        const start = view.here
        verify(!page.lookupModel.hasResult)
        mouseClick(view, view.width * 0.85, checkPage(view, pager).top - view.contentY - 30)
        tryVerify(() => !samePlace(view.here, start), 1000)
        wait(50)
        verify(!page.lookupModel.hasResult)
        keyClick(Qt.Key_PageUp)
        tryVerify(() => samePlace(view.here, start), 1000, JSON.stringify(view.here) + " " + JSON.stringify(start) + " " + view.activeFocus)
        const l = lines(view).find(l => l.top > view.contentY + 60)
        const textItem = view.itemAtIndex(l.block)
        // A word on that line in the middle third.
        let p = null
        for (let c = textItem.lineStartAt(l.top - textItem.y + 2); p === null && c < textItem.text.length; ++c) {
            const w = textItem.wordBounds(c)
            if (w.length !== 2)
                continue
            const area = textItem.areaOf(w[0], w[1])
            const q = textItem.mapToItem(view, area.x + area.width / 2, area.y + area.height / 2)
            if (q.x > view.width * 0.4 && q.x < view.width * 0.6 && Math.abs(q.y - (l.top - view.contentY)) < 60)
                p = q
        }
        verify(p !== null)
        mouseClick(view, p.x, p.y)
        tryVerify(() => page.lookupModel.hasResult, 3000)
        verify(samePlace(view.here, start))
        const card = findChild(page, data.w < 840 ? "glossarySheet" : "glossaryPopover")
        tryVerify(() => card.opened, 2000)
        card.close()
        tryVerify(() => !card.visible, 2000)

        // End shows the last page: the text's last line on it, and no page after it; Home the first.
        verify(view.activeFocus) // the text has the keys again once the card closes
        keyClick(Qt.Key_End)
        tryVerify(() => view.topBlock > 0 && view.itemAtIndex(view.count - 1) !== null, 2000)
        const lastLine = lines(view).filter(l => l.block === view.count - 1).pop()
        tryVerify(() => lastLine.bottom <= view.contentY + pager.cut + 0.5 && lastLine.top >= view.contentY - 0.5, 2000,
                  "last line " + lastLine.top + " page " + view.contentY + "+" + pager.cut)
        verify(checkPage(view, pager) === null) // whole lines, and none after them
        const end = view.here
        keyClick(Qt.Key_Space)
        wait(50)
        verify(samePlace(view.here, end))
        keyClick(Qt.Key_Home)
        tryVerify(() => view.here.block === 0 && view.here.offset === 0, 2000)
        compare(pager.pageNumber, 1)
        mouseClick(view, view.width * 0.92, view.height / 2)
        tryVerify(() => view.here.block > 0 || view.here.offset > 0, 2000)
        keyClick(Qt.Key_PageUp)
        keyClick(Qt.Key_PageDown)
        keyClick(Qt.Key_PageUp)
        tryVerify(() => view.here.block === 0 && view.here.offset === 0, 2000)
        view.showPosition(start.block, start.offset)

        // Back to scroll: the line stays at the top, and the flow flicks again.
        chooseMode(page, "scrollMode")
        verify(!App.paged)
        tryVerify(() => !view.paged && view.interactive, 1000)
        wait(100)
        verify(samePlace(view.here, start))
        verify(!number.visible)
        view.goToBlock(0) // the shared test library starts at the start again
        wait(600)
    }
}
