import QtQuick
import QtTest
import Okur

// The side-by-side view of the Turkish article (issue 22) at a phone's and a
// desktop's size: a language switch or two columns, a tap marking the
// counterpart the hand alignment gives, a long press glossing the sentence.
TestCase {
    name: "ParallelPage"
    width: 1280
    height: 844
    when: windowShown
    visible: true

    Component {
        id: pageComponent
        ParallelPage {
            documentId: "kultur-dijital-diplomasi"
        }
    }
    Component {
        id: readerComponent
        ReaderPage { width: 1280; height: 800; documentId: "kultur-dijital-diplomasi" }
    }
    Component {
        id: menuComponent
        ReadingMenu {}
    }

    function open(w, h) {
        const page = createTemporaryObject(pageComponent, this, { width: w, height: h })
        tryVerify(() => page.parallelModel.count > 10 && !page.parallelModel.loading, 20000)
        return page
    }
    // The row whose sentences on `side` begin with `prefix`, brought on screen.
    function rowStarting(page, side, prefix) {
        const model = page.parallelModel
        for (let r = 0; r < model.count; ++r) {
            const sentences = model.data(model.index(r, 0), side === 0 ? ParallelModel.LeftRole : ParallelModel.RightRole)
            for (let i = 0; i < sentences.length; ++i) {
                if (sentences[i].text.startsWith(prefix)) {
                    findChild(page, "parallelList").positionViewAtIndex(r, ListView.Center)
                    waitForRendering(page)
                    return r
                }
            }
        }
        return -1
    }
    function sentence(page, side, row, index) {
        return findChild(page, "sentence_" + side + "_" + row + "_" + index)
    }

    function test_phoneSwitchesLanguage() {
        const page = open(390, 844)
        verify(!page.wide)
        const tabs = findChild(page, "languageSwitch")
        verify(tabs.visible)
        const row = rowStarting(page, 0, "Azerbaycan'ın dış politikada kültür ve dijital")
        verify(row >= 0)
        const turkish = sentence(page, 0, row, 0)
        const english = sentence(page, 1, row, 0)
        verify(turkish.visible)
        verify(!english.visible) // one language at a time
        // Only one column: the Turkish text takes the width.
        verify(turkish.width > page.width * 0.8)
        mouseClick(turkish, 20, 10)
        compare(page.marked.row, row)
        verify(turkish.isMarked)
        verify(english.isCounterpart)
        compare(english.text.substring(0, 37), "It examines Azerbaijan's integration ")
        mouseClick(findChild(page, "rightLanguageTab"))
        tryVerify(() => english.visible)
        verify(!turkish.visible)
        verify(english.isCounterpart) // the mark stays across the switch
    }

    function test_desktopColumnsAndMerge() {
        const page = open(1280, 800)
        verify(page.wide)
        verify(!findChild(page, "languageSwitch").visible)
        const row = rowStarting(page, 1, "Factors such as TÜRKSOY")
        verify(row >= 0)
        const english = sentence(page, 1, row, 0)
        const first = sentence(page, 0, row, 0)
        const second = sentence(page, 0, row, 1)
        verify(english.visible && first.visible && second.visible)
        // Side by side: the English column to the right of the Turkish one, on the same line.
        const l = first.mapToItem(page, 0, 0), r = english.mapToItem(page, 0, 0)
        verify(r.x >= l.x + first.width)
        compare(Math.round(r.y), Math.round(l.y))
        // The English run-on sentence holds two Turkish ones: a tap marks both.
        mouseClick(english, 20, 10)
        verify(english.isMarked)
        verify(first.isCounterpart && second.isCounterpart)
        verify(first.text.startsWith("TÜRKSOY dinamikleri"))
        verify(second.text.startsWith("Geleceğe yönelik senaryolar"))
        // A sentence of another row is not marked.
        verify(!sentence(page, 0, row - 1, 0).isCounterpart)
    }

    function test_longPressGlosses() {
        const page = open(1280, 800)
        const row = rowStarting(page, 0, "Kültür diplomasisi ve dijital diplomasi kavramlarını")
        verify(row >= 0)
        const s = sentence(page, 0, row, 0)
        mousePress(s, 20, 10)
        wait(1000)
        mouseRelease(s, 20, 10)
        const panel = page.glossPanel
        tryVerify(() => panel.opened, 3000)
        tryVerify(() => panel.model.count > 10, 20000)
        // diplomasisi: the stem and the 3rd person possessive (hand gold in tst_parallel).
        compare(panel.model.data(panel.model.index(1, 0), InterlinearModel.SegmentedRole), "diplomasi-si")
        compare(panel.model.data(panel.model.index(1, 0), InterlinearModel.GlossRole), "diplomacy-POSS.3SG")
        verify(panel.model.terms.some(t => t.headword === "yumuşak güç"))
        verify(findChild(panel.contentItem, "glossWord"))
        panel.close()
        // G on a focused sentence glosses it too.
        const other = sentence(page, 1, row, 0)
        other.forceActiveFocus()
        keyClick(Qt.Key_G)
        tryVerify(() => panel.opened, 3000)
        compare(panel.language, "en")
        tryVerify(() => panel.model.count > 10, 20000)
    }

    function test_menuOffersItOnlyWithTwoLanguages() {
        const both = createTemporaryObject(menuComponent, this, { documentId: "kultur-dijital-diplomasi" })
        tryVerify(() => both.parallel.available, 5000)
        tryVerify(() => findChild(both.contentItem, "sideBySideItem") !== null || both.itemAt(0).objectName === "sideBySideItem", 3000)
        const one = createTemporaryObject(menuComponent, this, { documentId: "cultural-diplomacy-post-soviet" })
        wait(100)
        verify(!one.parallel.available)
        for (let i = 0; i < one.count; ++i)
            verify(one.itemAt(i).objectName !== "sideBySideItem")
    }

    // In the reader: G glosses the keyboard selection (a sentence, Shift+Down).
    function test_readerGlossesSelectedSentence() {
        const page = createTemporaryObject(readerComponent, this)
        const view = findChild(page, "blockView")
        tryVerify(() => view.count > 10 && view.renderedBlocks > 0 && view.restored, 5000)
        view.goToBlock(1)
        view.contentY += 1
        view.forceActiveFocus()
        keyClick(Qt.Key_Right, Qt.ShiftModifier)
        compare(view.keySelection.block, 1)
        keyClick(Qt.Key_Down, Qt.ShiftModifier)
        keyClick(Qt.Key_G)
        const panel = findChild(page, "readerInterlinear")
        tryVerify(() => panel.opened, 3000)
        compare(panel.language, "tr")
        verify(panel.text.startsWith("Azerbaycan") && panel.text.includes("ın dış politikada") && panel.text.endsWith("ele almaktadır."), panel.text)
        tryVerify(() => panel.model.count > 20, 20000)
        compare(panel.model.data(panel.model.index(0, 0), InterlinearModel.SegmentedRole), "Azerbaycan-ın")
        compare(panel.model.data(panel.model.index(0, 0), InterlinearModel.GlossRole), "Azerbaijan-GEN")
        panel.close()
    }
}
