import QtQuick
import QtTest
import Okur

TestCase {
    name: "ReaderPage"
    width: 390
    height: 844
    when: windowShown

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
        // The side panel is hidden: the reading flow takes the whole width.
        compare(view.width, page.width)
    }

    function test_tappingAWordLooksItUp() {
        const page = createTemporaryObject(reader, this, { documentId: "kultur-dijital-diplomasi" })
        const view = viewOf(page)
        tryVerify(() => view.count > 10, 5000)
        verify(page.lookupText("diplomasisinin"))
        tryVerify(() => page.lookupModel.hasResult, 5000)
        compare(page.lookupModel.lemma, "kamu diplomasisi")
        verify(page.lookupModel.count > 0)
        tryVerify(() => view.markedBlock >= 0, 2000)

        // A real tap on a block's text looks up the word under the finger.
        const block = view.itemAtIndex(view.markedBlock)
        const label = findChild(block, "blockText")
        mouseClick(label, 5, 5)
        tryVerify(() => page.lookupModel.query !== "kamu diplomasisi" && page.lookupModel.hasResult, 3000)
    }
}
