import QtQuick
import QtTest
import Okur
import "tapword.js" as Tap

TestCase {
    name: "ReaderPage"
    width: 390
    height: 844
    when: windowShown
    visible: true // what the tests press must be on screen

    Component {
        id: reader
        ReaderPage {
            width: 390
            height: 844
            documentId: "cultural-diplomacy-post-soviet"
        }
    }

    function viewOf(page) {
        return findChild(page, "blockView")
    }

    function test_showsBlocksAndRestoresPosition() {
        let page = createTemporaryObject(reader, this)
        let view = viewOf(page)
        verify(view)
        tryVerify(() => view.count > 10, 5000)
        tryVerify(() => view.renderedBlocks > 0, 5000)
        tryVerify(() => view.restored, 5000)
        view.goToBlock(12)
        view.contentY += 30
        tryCompare(view, "topBlock", 12)
        wait(600) // the position is saved after scrolling settles
        page.destroy()
        wait(50)

        page = createTemporaryObject(reader, this)
        view = viewOf(page)
        tryVerify(() => view.restored, 5000)
        compare(view.topBlock, 12)
        verify(view.progress > 0.2)
    }

    function test_narrowWindowUsesDrawer() {
        const page = createTemporaryObject(reader, this, { wide: false })
        waitForRendering(page)
        const view = viewOf(page)
        tryVerify(() => view.count > 0, 5000)
        // No panel beside the text: the reading flow takes the whole width.
        compare(view.width, page.width)
        verify(!findChild(page, "sidePanel").active)
        const drawer = findChild(page, "sideDrawer")
        verify(drawer.item)
        mouseClick(findChild(page, "contentsButton"))
        tryVerify(() => drawer.item.opened, 3000)
        const toc = findChild(drawer.item.contentItem, "tocList")
        verify(toc)
        tryVerify(() => toc.count > 5, 3000)
        drawer.item.close()
        tryVerify(() => !drawer.item.visible, 3000)
    }

    function test_wideWindowHasPanelAndNoDrawer() {
        const page = createTemporaryObject(reader, this, { wide: true })
        const view = viewOf(page)
        tryVerify(() => view.count > 0, 5000)
        const panel = findChild(page, "sidePanel")
        verify(panel.item)
        verify(!findChild(page, "sideDrawer").item)
        // The panel stands beside the text.
        tryVerify(() => panel.width > 50 && view.width + panel.width <= page.width, 3000)
        tryVerify(() => findChild(panel.item, "tocList").count > 5, 3000)
        // Blocks beyond the screen are made once it has been shown.
        tryVerify(() => view.cacheBuffer > 0, 3000)
    }

    function test_lookupOfATextSpan() {
        const page = createTemporaryObject(reader, this, { documentId: "kultur-dijital-diplomasi" })
        const view = viewOf(page)
        tryVerify(() => view.count > 10, 5000)
        verify(Tap.tapWord(view, "diplomasisinin"))
        tryVerify(() => page.lookupModel.hasResult, 5000)
        compare(page.lookupModel.lemma, "kamu diplomasisi")
        verify(page.lookupModel.count > 0)
        tryVerify(() => view.markedBlock >= 0, 2000)

        // The tap path: the block reports the word under a point.
        const block = view.itemAtIndex(view.markedBlock)
        const label = findChild(block, "blockText")
        const pos = block.positionAt(label.x + 4, label.y + 8)
        verify(pos >= 0 && pos < 3)
    }

    function test_dragSelectsAndHighlights() {
        const page = createTemporaryObject(reader, this, { documentId: "cultural-diplomacy-post-soviet" })
        const view = viewOf(page)
        tryVerify(() => view.count > 10 && view.restored, 5000)
        view.goToBlock(1)
        waitForRendering(view)
        const block = view.itemAtIndex(1)
        const label = findChild(block, "blockText")
        const tools = findChild(page, "annotationTools")
        const before = page.annotationModel.count
        // A selection of the first words opens the toolbar (see tst_blockdelegate on drags).
        block.selStart = 0
        block.selEnd = 20
        block.finishSelection()
        compare(tools.block, 1)
        verify(tools.selectedText.length > 5)
        const id = tools.highlight("blue")
        verify(id !== "")
        compare(page.annotationModel.count, before + 1)
        compare(block.highlights.length, 1)
        verify(block.selStart < 0) // the selection is gone once highlighted
        // Tapping the highlight offers its menu, not the glossary.
        compare(page.annotationModel.highlightAt(1, 3), id)
        page.annotationModel.undo()
        compare(page.annotationModel.count, before)
    }
}
