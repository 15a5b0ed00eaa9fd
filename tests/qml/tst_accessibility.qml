import QtQuick
import QtQuick.Controls
import QtTest
import Okur
import "tapword.js" as Tap
import OkurTest

// Walks every page (and the glossary card, the selection tools, the reading
// menu) on the test library, finds every visible interactive item and fails
// on one a screen reader cannot name, or one that Tab cannot reach (the walk
// is AccessibilityWalk.qml).
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

    AccessibilityWalk { id: walk }

    function check(label) {
        const root = test.parent
        waitForRendering(test)
        TestAccessibility.activate()
        const items = walk.collect(root)
        const problems = walk.problemsIn(items, walk.tabChain(root))
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
        const items = walk.collect(row)
        compare(items.length, 5)
        const problems = walk.problemsIn(items, walk.tabChain(test.parent))
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
        const shown = new Set(walk.collect(page).map(e => e.item))
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
                   walk.describe(order[i - 1]) + " before " + walk.describe(order[i]))
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
        // The find bar, opened (it is made on first use).
        verify(!findChild(page, "findField"))
        page.openFind()
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
        verify(Tap.tapWord(view, "diplomacy"))
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
        verify(Tap.tapWord(view, "diplomacy"))
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
    // With a highlight, so its row and the colour filters are walked too; undone after.
    Component {
        id: annotationModel
        AnnotationModel { library: App.library; documentId: "cultural-diplomacy-post-soviet" }
    }
    function test_notes() {
        const annotations = createTemporaryObject(annotationModel, test)
        verify(annotations.addHighlight(1, 0, 20, "green", "A note") !== "") // i18n: keep (test text)
        const page = createTemporaryObject(notesPage, test)
        wait(300)
        const items = check("notes")
        verify(items.some(e => String(TestAccessibility.of(e.item).description).includes("A note")),
               "the highlight's row is walked")
        page.destroy()
        verify(annotations.undo())
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
