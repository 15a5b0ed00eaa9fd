// "Continue from <device> at <place>" (issue 26): another device's synced
// position is offered in the reader, and a tap goes there.
import QtQuick
import QtTest
import Okur
import OkurTest

TestCase {
    name: "ContinueChip"
    width: 1280
    height: 844
    when: windowShown
    visible: true

    readonly property string doc: "kultur-dijital-diplomasi"

    Component {
        id: reader
        ReaderPage { documentId: "kultur-dijital-diplomasi" }
    }

    function open(width, height) {
        const page = createTemporaryObject(reader, this, { width: width, height: height })
        const view = findChild(page, "blockView")
        tryVerify(() => view.count > 30 && view.renderedBlocks > 0 && view.restored, 5000)
        return page
    }

    function test_tapGoesThere_data() {
        return [{ tag: "phone", width: 390, height: 844, block: 24 },
                { tag: "desktop", width: 1280, height: 800, block: 28 }]
    }
    function test_tapGoesThere(data) {
        verify(TestLibrary.addPositionElsewhere(doc, "tablet-of-ayse", data.block, 0, 0.42))
        const page = open(data.width, data.height)
        const view = findChild(page, "blockView")
        verify(Math.abs(view.topBlock - data.block) >= 2)
        tryVerify(() => findChild(page, "continueChip") !== null, 3000)
        const chip = findChild(page, "continueChip")
        tryVerify(() => chip.visible, 3000)
        compare(chip.text, "Continue from tablet-of-ayse at 42%")
        // Whole on screen, whatever the width.
        const box = chip.mapToItem(page, 0, 0, chip.width, chip.height)
        verify(box.x >= 0 && box.x + box.width <= page.width && box.y >= 0 && box.y + box.height <= page.height,
               JSON.stringify(box))
        mouseClick(chip)
        tryCompare(view, "topBlock", data.block, 3000)
        verify(!chip.visible)
    }

    function test_closeHidesAndUnnamedIsAnotherDevice() {
        verify(TestLibrary.addPositionElsewhere(doc, "", 33, 0, 0.6))
        const page = open(390, 844)
        const view = findChild(page, "blockView")
        tryVerify(() => findChild(page, "continueChip") !== null, 3000)
        const chip = findChild(page, "continueChip")
        tryVerify(() => chip.visible, 3000)
        compare(chip.text, "Continue from another device at 60%")
        const top = view.topBlock
        mouseClick(findChild(page, "continueChipClose"))
        verify(!chip.visible)
        wait(100)
        compare(view.topBlock, top)
    }
}
