import QtQuick
import QtTest
import Okur

// The key facts of a theme page and the timeline page, at phone size.
TestCase {
    name: "ThemeViews"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: themePage
        ThemePage { width: 390; height: 844; themeId: "sports-diplomacy" }
    }
    Component {
        id: timelinePage
        TimelinePage { width: 390; height: 844 }
    }
    Component {
        id: themesPage
        ThemesPage { width: 390; height: 844 }
    }
    Component {
        id: diasporaTimeline
        TimelinePage { width: 390; height: 844; themeId: "diaspora" }
    }
    SignalSpy { id: spy }
    function watch(target, signalName) {
        spy.target = null
        spy.signalName = signalName
        spy.target = target
        spy.clear()
    }
    function factsOf(page) {
        const list = findChild(page, "keyFacts")
        verify(list)
        tryVerify(() => list.visible, 30000)
        const out = []
        for (let i = 0; i < list.children.length; ++i)
            if (list.children[i].objectName === "keyFact" && list.children[i].visible)
                out.push(list.children[i])
        return out
    }

    function test_keyFactsAreCountedCitedAndOpen() {
        const page = createTemporaryObject(themePage, this)
        const facts = factsOf(page)
        verify(facts.length >= 3)
        let games = null // named in the first seed, counted by hand
        for (const f of facts) {
            verify(f.count >= 1)
            verify(f.sentence.indexOf(f.text) >= 0, f.text)
            verify(f.width <= page.width) // fits the phone
            if (f.text === "European Games")
                games = f
        }
        verify(games)
        waitForRendering(page)
        watch(page, "openPassage")
        mouseClick(games)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], games.documentId)
        compare(spy.signalArguments[0][1], games.block)
        compare(spy.signalArguments[0][3], games.sentence.length)
    }

    function test_timelineFiltersAndOpens() {
        const page = createTemporaryObject(timelinePage, this)
        const list = findChild(page, "timelineList")
        tryVerify(() => list.count > 10, 30000)
        const all = list.count
        waitForRendering(page)
        // Filter by theme through its menu, as a reader would.
        const themes = findChild(page, "themeFilter")
        const diaspora = themes.indexOfValue("diaspora")
        verify(diaspora > 0)
        themes.currentIndex = diaspora
        themes.activated(diaspora)
        tryVerify(() => list.count > 0 && list.count < all)
        compare(themes.currentValue, "diaspora") // the menu keeps the choice as the list changes
        for (let i = 0; i < list.count; ++i) {
            const e = list.itemAtIndex(i)
            if (!e)
                continue
            verify(e.themes.indexOf("diaspora") >= 0)
            if (i > 0 && list.itemAtIndex(i - 1))
                verify(list.itemAtIndex(i - 1).year <= e.year)
        }
        const documents = findChild(page, "documentFilter")
        const doc = documents.indexOfValue("diaspora-soft-power-2023-2024")
        verify(doc > 0)
        documents.currentIndex = doc
        documents.activated(doc)
        for (let i = 0; i < list.count; ++i)
            if (list.itemAtIndex(i))
                compare(list.itemAtIndex(i).documentId, "diaspora-soft-power-2023-2024")
        compare(themes.currentValue, "diaspora")
        compare(documents.currentValue, "diaspora-soft-power-2023-2024")
        // Back to everything.
        themes.currentIndex = 0
        themes.activated(0)
        documents.currentIndex = 0
        documents.activated(0)
        compare(list.count, all)
        waitForRendering(page)
        const first = list.itemAtIndex(0)
        verify(first.newYear)
        verify(first.text.indexOf(first.date) >= 0)
        watch(page, "openPassage")
        mouseClick(first, first.width - 30, first.height / 2)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], first.documentId)
        compare(spy.signalArguments[0][2], first.start)
    }

    function test_timelineOpensFromThemes() {
        const themes = createTemporaryObject(themesPage, this)
        waitForRendering(themes)
        watch(themes, "openTimeline")
        mouseClick(findChild(themes, "timelineButton"))
        compare(spy.count, 1)
        const theme = createTemporaryObject(themePage, this)
        waitForRendering(theme)
        watch(theme, "openTimeline")
        mouseClick(findChild(theme, "timelineButton"))
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "sports-diplomacy")
        // Opened for a theme, the timeline starts narrowed to it, its menu showing it.
        const page = createTemporaryObject(diasporaTimeline, this)
        const list = findChild(page, "timelineList")
        tryVerify(() => list.count > 0, 30000)
        compare(findChild(page, "themeFilter").currentValue, "diaspora")
        for (let i = 0; i < list.count; ++i)
            if (list.itemAtIndex(i))
                verify(list.itemAtIndex(i).themes.indexOf("diaspora") >= 0)
    }
}
