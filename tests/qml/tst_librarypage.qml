import QtQuick
import QtTest
import Okur

TestCase {
    name: "LibraryPage"
    width: 1280
    height: 800
    when: windowShown
    visible: true // what the tests press must be on screen

    Component {
        id: library
        LibraryPage { width: 1280; height: 800 }
    }
    Component {
        id: spinner
        Spinner {}
    }
    Component {
        id: button
        ToolbarButton { text: "Notes"; tip: "All highlights and notes" }
    }
    Component {
        id: learning
        LearningModel { library: App.library }
    }
    Component {
        id: lookupModel
        LookupModel { library: App.library }
    }
    SignalSpy { id: spy }
    function watch(target, signalName) {
        spy.target = null
        spy.signalName = signalName
        spy.target = target
        spy.clear()
    }

    function cardsOf(page) {
        const list = findChild(page, "documentList")
        tryVerify(() => list.count === 5, 5000)
        return list
    }

    function test_listsTheLibrary() {
        const page = createTemporaryObject(library, this)
        const list = cardsOf(page)
        waitForRendering(page)
        compare(list.headerItem.text, "5 documents")
        for (let i = 0; i < list.count; ++i) {
            const card = list.itemAtIndex(i)
            verify(card.title.length > 10)
            // Language, then reading time last: the line the model formats.
            verify(/^(English|Turkish)  ·  .*\d+\smin\sread$/.test(card.details), card.details)
            verify(card.height >= card.contentItem.implicitHeight)
        }
    }

    function test_openingSignals() {
        const page = createTemporaryObject(library, this)
        const list = cardsOf(page)
        waitForRendering(page)
        watch(page, "openDocument")
        mouseClick(list.itemAtIndex(3))
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], list.itemAtIndex(3).documentId)

        watch(page, "openSearch")
        mouseClick(findChild(page, "searchButton"))
        compare(spy.count, 1)

        const signals = ["openThemes", "openNotes", "openVocabulary"]
        for (let i = 0; i < 3; ++i) {
            watch(page, signals[i])
            mouseClick(findChild(page, "section" + i))
            compare(spy.count, 1, signals[i])
        }
    }

    function test_sectionsGoToTheFooterWhenNarrow() {
        const page = createTemporaryObject(library, this)
        cardsOf(page)
        const footer = findChild(page, "footer")
        verify(!footer.active)
        verify(findChild(page, "section0").visible)
        page.width = 390
        verify(footer.active)
        tryVerify(() => footer.height > 40, 2000)
        // The header's copies hide; the footer holds one of each.
        verify(!findChild(page.header, "section0").visible)
        verify(findChild(footer.item, "section2").visible)
    }

    function test_readingMenuIsMadeOnFirstUse() {
        const page = createTemporaryObject(library, this)
        cardsOf(page)
        const loader = findChild(page, "readingMenu")
        verify(!loader.active)
        mouseClick(findChild(page, "readingSettings"))
        tryVerify(() => loader.item && loader.item.opened, 2000)
        // larger, smaller, separator, five themes, separator, face, spacing and margins submenus, justify,
        // mark words to learn, separator, three languages
        compare(loader.item.count, 18)
        loader.item.close()
        tryVerify(() => !loader.item.visible, 2000)
        mouseClick(findChild(page, "readingSettings"))
        tryVerify(() => loader.item.opened, 2000)
        loader.item.close()
    }

    function test_snackbarIsMadeWhenThereIsSomethingToSay() {
        const page = createTemporaryObject(library, this)
        cardsOf(page)
        const snackbar = findChild(page, "snackbar")
        verify(!snackbar.active)
        page.notify("Imported 2 documents")
        verify(snackbar.active)
        compare(snackbar.item.text, "Imported 2 documents")
        tryVerify(() => snackbar.item.opened, 2000)
    }

    function test_spinnerShowsOnlyWhileRunning() {
        const s = createTemporaryObject(spinner, this)
        verify(!s.visible)
        s.running = true
        verify(s.visible)
        const dot = s.children[0]
        const first = dot.opacity
        tryVerify(() => Math.abs(dot.opacity - first) > 0.2, 2000)
        s.running = false
        verify(!s.visible)
    }

    function test_toolbarButton() {
        const b = createTemporaryObject(button, this)
        waitForRendering(b)
        verify(b.width >= Theme.touchTarget && b.height >= Theme.touchTarget)
        compare(b.contentItem.text, "Notes")
        compare(b.font.capitalization, Font.MixedCase)
        compare(b.Accessible.name, "All highlights and notes")
        watch(b, "clicked")
        mouseClick(b)
        compare(spy.count, 1)
    }

    // Issue 22: the card's "N% known" follows a status change made while the
    // library shows, without opening the document again.
    function test_knownShareFollowsStatuses() {
        const doc = "kultur-dijital-diplomasi"
        const reader = createTemporaryObject(learning, this, { documentId: doc })
        tryVerify(() => reader.ready, 30000) // read once: its share is kept for the card
        reader.destroy()
        const page = createTemporaryObject(library, this)
        const list = cardsOf(page)
        let card = null
        for (let i = 0; i < list.count; ++i)
            if (list.itemAtIndex(i).documentId === doc)
                card = list.itemAtIndex(i)
        verify(card)
        const label = findChild(card, "knownShare")
        tryVerify(() => label.visible, 5000)
        const before = card.known
        // "ve", the article's most frequent word (7% of it), moves the share by several points.
        const word = createTemporaryObject(lookupModel, this)
        word.lookup("ve", "tr")
        tryVerify(() => word.hasResult, 30000)
        const status = word.status
        verify(word.setStatus(status === 5 ? 0 : 5))
        tryVerify(() => Math.abs(card.known - before) > 0.05, 5000, "share " + before + " -> " + card.known)
        verify(status === 5 ? card.known < before : card.known > before)
        compare(label.text, Math.round(card.known * 100) + "% known")
        verify(word.setStatus(status)) // the shared test library stays as it was
        tryVerify(() => Math.abs(card.known - before) < 1e-9, 5000)
    }
}
