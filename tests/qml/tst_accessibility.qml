import QtQuick
import QtQuick.Controls
import QtTest
import Okur
import OkurTest

// Walks every page (and the glossary card, the selection tools, the reading
// menu) on the test library, finds every visible interactive item and fails
// on one a screen reader cannot name, or one that Tab cannot reach.
// Interactive: buttons (AbstractButton), text fields, sliders, other Controls
// that take Tab focus, and items with a TapHandler or a MouseArea. A menu's
// entries are reached with the arrow keys from the menu, an item with a tap
// handler may be reached through the focusable view that handles its keys
// (the reader's blocks, by the reader's selection keys).
TestCase {
    id: test
    name: "Accessibility"
    width: 1280
    height: 800
    when: windowShown
    visible: true

    Component { id: libraryPage; LibraryPage { width: test.width; height: test.height } }
    Component { id: readerPage; ReaderPage { width: test.width; height: test.height; documentId: "cultural-diplomacy-post-soviet" } }
    Component { id: notesPage; NotesPage { width: test.width; height: test.height } }
    Component { id: searchPage; SearchPage { width: test.width; height: test.height } }
    Component { id: themesPage; ThemesPage { width: test.width; height: test.height } }
    Component { id: themePage; ThemePage { width: test.width; height: test.height; themeId: "sports-diplomacy" } }
    Component { id: termsPage; KeyTermsPage { width: test.width; height: test.height; documentId: "cultural-diplomacy-post-soviet" } }
    Component { id: timelinePage; TimelinePage { width: test.width; height: test.height } }
    Component { id: vocabularyPage; VocabularyPage { width: test.width; height: test.height } }

    function cleanup() { App.theme = "system" }

    function isButton(o) { return typeof o.clicked === "function" && o.checkable !== undefined && o.autoRepeat !== undefined }
    // A combo box's own text field takes input only when the box is editable (then it is enabled).
    function isTextField(o) { return o.cursorPosition !== undefined && o.readOnly === false && o.enabled && typeof o.selectAll === "function" }
    function isSlider(o) { return o.stepSize !== undefined && o.snapMode !== undefined && o.policy === undefined && o.handle !== undefined }
    function isTabControl(o) { return o.focusPolicy !== undefined && (o.focusPolicy & Qt.TabFocus) && o.contentItem !== undefined && o.title === undefined }
    function hasTapHandler(o) {
        for (let i = 0; i < o.data.length; ++i) {
            const d = o.data[i]
            if (d && d.tapCount !== undefined && d.enabled)
                return true
        }
        return false
    }
    function isMenuEntry(o) { return o.menu !== undefined && o.subMenu !== undefined }

    // Whether the item shows inside the window: visible, not clipped away by a clipping ancestor.
    function onScreen(o) {
        if (!o.visible || o.width <= 0 || o.height <= 0 || o.opacity === 0)
            return false
        for (let a = o.parent; a; a = a.parent) {
            if (a.opacity === 0)
                return false
            if (a.clip || a.parent === null) {
                const p = o.mapToItem(a, 0, 0)
                if (p.x + o.width <= 0 || p.y + o.height <= 0 || p.x >= a.width || p.y >= a.height)
                    return false
            }
        }
        return true
    }

    function collect(root) {
        const out = []
        const visit = o => {
            if (!o.visible)
                return
            let kind = ""
            if (isButton(o)) kind = isMenuEntry(o) ? "menu entry" : "button"
            else if (isTextField(o)) kind = "text field"
            else if (isSlider(o)) kind = "slider"
            else if (isTabControl(o)) kind = "control"
            else if (hasTapHandler(o)) kind = "tap target"
            else if (o.pressAndHold !== undefined && o.containsMouse !== undefined && o.enabled) kind = "mouse area"
            if (kind !== "" && onScreen(o))
                out.push({ item: kind === "mouse area" ? o.parent : o, kind: kind })
            for (let i = 0; i < o.children.length; ++i)
                visit(o.children[i])
        }
        visit(root)
        return out
    }

    // Every item Tab reaches from the window's first one, forwards until the
    // chain closes; and inside each open popup, where Tab goes round the popup.
    function tabChain(root) {
        const chain = new Set()
        const walk = start => {
            const first = start.nextItemInFocusChain(true)
            let item = first
            for (let i = 0; item && i < 3000; ++i) {
                chain.add(item)
                item = item.nextItemInFocusChain(true)
                if (item === first)
                    break
            }
        }
        walk(root)
        const popups = o => {
            if (!o.visible)
                return
            if (String(o).startsWith("QQuickPopupItem"))
                walk(o)
            for (let i = 0; i < o.children.length; ++i)
                popups(o.children[i])
        }
        popups(root)
        return chain
    }

    function describe(o) {
        const a = TestAccessibility.of(o)
        let path = ""
        for (let p = o; p && path.length < 160; p = p.parent)
            path += (p.objectName || String(p).split("(")[0]) + " < "
        return "'" + (o.text || "") + "' (" + a.name + ", role " + a.role + ") " + path
    }

    // A name, and a role that says what the item is (not none, not a bare client area).
    function named(o, kind) {
        const a = TestAccessibility.of(o)
        if (a.name && a.name.trim() !== "" && a.role !== 0 && a.role !== 0x0A)
            return true
        // A tap target's text may be the child that carries it (a block's paragraph).
        if (kind === "tap target" || kind === "mouse area") {
            for (let i = 0; i < o.children.length; ++i) {
                const c = TestAccessibility.of(o.children[i])
                if (c.name && c.name.trim() !== "" && c.role !== 0 && c.role !== 0x0A)
                    return true
            }
        }
        return false
    }

    function reachable(o, kind, chain) {
        if (kind === "menu entry")
            return true // arrow keys within the open menu
        if (chain.has(o))
            return true
        if (kind === "tap target" || kind === "mouse area") {
            for (let a = o.parent; a; a = a.parent)
                if (chain.has(a) && a.activeFocusOnTab)
                    return true
        }
        return false
    }

    function problemsIn(items, chain) {
        const problems = []
        for (const entry of items) {
            if (!named(entry.item, entry.kind))
                problems.push("no accessible name or role: " + entry.kind + " " + describe(entry.item))
            else if (entry.item.enabled && !reachable(entry.item, entry.kind, chain))
                problems.push("Tab does not reach: " + entry.kind + " " + describe(entry.item))
        }
        return problems
    }

    function check(label) {
        const root = test.parent
        waitForRendering(test)
        TestAccessibility.activate()
        const items = collect(root)
        const problems = problemsIn(items, tabChain(root))
        verify(items.length > 0, label + ": nothing interactive found")
        verify(problems.length === 0, label + ":\n" + problems.join("\n"))
        return items
    }

    // The walk itself: a symbol button without a name, a tap target Tab
    // cannot reach and one without a role are caught; named, focusable ones are not.
    Component {
        id: faulty
        Row {
            Button { objectName: "unnamed"; width: 48; height: 48 }
            Rectangle { objectName: "untabbable"; width: 48; height: 48; Accessible.role: Accessible.Button; Accessible.name: "Open"; TapHandler {} } // i18n: keep (test text)
            Rectangle { objectName: "roleless"; width: 48; height: 48; activeFocusOnTab: true; Accessible.name: "Plain"; TapHandler {} } // i18n: keep (test text)
            Button { objectName: "fine"; text: "Fine"; Accessible.name: text } // i18n: keep (test text)
            Rectangle { objectName: "tabbable"; width: 48; height: 48; activeFocusOnTab: true; Accessible.role: Accessible.Button; Accessible.name: "Go"; TapHandler {} } // i18n: keep (test text)
        }
    }
    function test_walkFindsProblems() {
        const row = createTemporaryObject(faulty, test)
        waitForRendering(test)
        TestAccessibility.activate()
        const items = collect(row)
        compare(items.length, 5)
        const problems = problemsIn(items, tabChain(test.parent))
        compare(problems.length, 3, problems.join("\n"))
        verify(problems[0].startsWith("no accessible name or role: button") && problems[0].includes("unnamed"), problems[0])
        verify(problems[1].startsWith("Tab does not reach: tap target") && problems[1].includes("untabbable"), problems[1])
        verify(problems[2].startsWith("no accessible name or role: tap target") && problems[2].includes("roleless"), problems[2])
    }

    function test_library() {
        const page = createTemporaryObject(libraryPage, test)
        tryVerify(() => findChild(page, "documentList").count === 5, 5000)
        const items = check("library")
        // The walk sees what it should: the five cards and the search button at least.
        verify(items.filter(e => e.item.objectName.startsWith("document_")).length === 5)
        verify(items.some(e => e.item.objectName === "searchButton"))
    }
    // Tab goes in reading order: the toolbar left to right, then the cards top to bottom.
    function test_libraryTabOrderIsReadingOrder() {
        const page = createTemporaryObject(libraryPage, test)
        tryVerify(() => findChild(page, "documentList").count === 5, 5000)
        waitForRendering(test)
        const shown = new Set(collect(page).map(e => e.item))
        const order = []
        const first = test.parent.nextItemInFocusChain(true)
        for (let item = first, i = 0; item && i < 500; ++i) {
            if (shown.has(item))
                order.push(item)
            item = item.nextItemInFocusChain(true)
            if (item === first)
                break
        }
        compare(order.length, shown.size)
        const at = o => o.mapToItem(test, 0, 0)
        for (let i = 1; i < order.length; ++i) {
            const a = at(order[i - 1]), b = at(order[i])
            const sameRow = Math.abs(a.y - b.y) < 8
            verify(sameRow ? b.x > a.x : b.y > a.y,
                   describe(order[i - 1]) + " before " + describe(order[i]))
        }
    }
    // The focus ring shows when Tab brings the focus, in the theme's focus colour, thicker in high contrast.
    function test_focusRingOnTab() {
        for (const theme of ["light", "contrast"]) {
            App.theme = theme
            const page = createTemporaryObject(libraryPage, test)
            tryVerify(() => findChild(page, "documentList").count === 5, 5000)
            const card = findChild(page, "documentList").itemAtIndex(0)
            compare(card.background.border.width, 0)
            for (let i = 0; i < 20 && !card.activeFocus; ++i)
                keyClick(Qt.Key_Tab)
            verify(card.activeFocus, theme + ": Tab reaches the first card")
            verify(card.visualFocus)
            compare(card.background.border.width, Theme.focusRingWidth)
            compare(card.background.border.color, Theme.focusRing)
            page.destroy()
        }
        compare(Theme.focusRingWidth, 3)
    }

    function test_libraryNarrow() {
        test.width = 390; test.height = 844
        const page = createTemporaryObject(libraryPage, test)
        tryVerify(() => findChild(page, "documentList").count === 5, 5000)
        check("narrow library")
        test.width = 1280; test.height = 800
    }
    function test_readingMenu() {
        const page = createTemporaryObject(libraryPage, test)
        mouseClick(findChild(page, "readingSettings"))
        const loader = findChild(page, "readingMenu")
        tryVerify(() => loader.item && loader.item.opened, 3000)
        const items = check("Aa menu")
        verify(items.filter(e => e.kind === "menu entry").length >= 8)
        loader.item.close()
    }
    function test_reader() {
        const page = createTemporaryObject(readerPage, test)
        const view = findChild(page, "blockView")
        tryVerify(() => view.count > 10 && view.renderedBlocks > 0, 5000)
        const items = check("reader")
        verify(items.some(e => e.kind === "tap target"), "the blocks are tap targets")
        // The find bar, opened.
        let bar = findChild(page, "findField")
        while (bar && typeof bar.open !== "function")
            bar = bar.parent
        bar.open(0)
        tryVerify(() => findChild(page, "findField").visible, 3000)
        check("find bar")
    }
    function test_readerNarrowWithDrawer() {
        test.width = 390; test.height = 844
        const page = createTemporaryObject(readerPage, test)
        const view = findChild(page, "blockView")
        tryVerify(() => view.count > 10 && view.renderedBlocks > 0, 5000)
        check("narrow reader")
        const drawer = findChild(page, "sideDrawer")
        drawer.open()
        tryVerify(() => drawer.item.opened, 3000)
        check("contents drawer")
        drawer.item.close()
        test.width = 1280; test.height = 800
    }
    function test_glossaryCard() {
        const page = createTemporaryObject(readerPage, test)
        const view = findChild(page, "blockView")
        tryVerify(() => view.count > 10 && view.renderedBlocks > 0, 5000)
        verify(page.lookupText("diplomacy"))
        tryVerify(() => page.lookupModel.hasResult, 5000)
        const popover = findChild(page, "glossaryPopover")
        tryVerify(() => popover.opened, 3000)
        check("glossary card")
        popover.close()
    }
    function test_glossarySheet() {
        test.width = 390; test.height = 844
        const page = createTemporaryObject(readerPage, test, { wide: false })
        const view = findChild(page, "blockView")
        tryVerify(() => view.count > 10 && view.renderedBlocks > 0, 5000)
        verify(page.lookupText("diplomacy"))
        tryVerify(() => page.lookupModel.hasResult, 5000)
        const sheet = findChild(page, "glossarySheet")
        tryVerify(() => sheet.opened, 3000)
        check("glossary sheet")
        sheet.close()
        test.width = 1280; test.height = 800
    }
    function test_selectionTools() {
        const page = createTemporaryObject(readerPage, test)
        const view = findChild(page, "blockView")
        tryVerify(() => view.count > 10 && view.renderedBlocks > 0, 5000)
        view.forceActiveFocus()
        keyClick(Qt.Key_Right, Qt.ShiftModifier)
        keyClick(Qt.Key_Return)
        const bar = findChild(page, "selectionBar")
        tryVerify(() => bar.opened, 3000)
        check("selection tools")
        bar.close()
    }
    function test_notes() {
        createTemporaryObject(notesPage, test)
        check("notes")
    }
    function test_search() {
        const page = createTemporaryObject(searchPage, test)
        page.search("diplomacy")
        tryVerify(() => findChild(page, "searchResults") === null || findChild(page, "searchResults").count > 0, 5000)
        check("search")
    }
    function test_themes() {
        createTemporaryObject(themesPage, test)
        wait(300)
        check("themes")
    }
    function test_theme() {
        createTemporaryObject(themePage, test)
        wait(300)
        check("theme")
    }
    function test_keyTerms() {
        createTemporaryObject(termsPage, test)
        wait(300)
        check("key terms")
    }
    function test_timeline() {
        createTemporaryObject(timelinePage, test)
        wait(300)
        check("timeline")
    }
    function test_vocabulary() {
        createTemporaryObject(vocabularyPage, test)
        wait(300)
        check("vocabulary")
    }
}
