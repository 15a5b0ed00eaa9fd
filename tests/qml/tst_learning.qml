import QtQuick
import QtTest
import Okur

// Issue 22 in the reader: new and learning words tinted (never names or
// numbers), "Mark the rest of this page as known", and the statistics page,
// at a phone's and a desktop's size.
TestCase {
    name: "Learning"
    width: 1280
    height: 844
    when: windowShown
    visible: true

    Component {
        id: reader
        ReaderPage { documentId: "kultur-dijital-diplomasi" }
    }
    Component {
        id: statistics
        StatisticsPage {}
    }

    function sizes() {
        return [{ tag: "phone", w: 390, h: 844 }, { tag: "desktop", w: 1280, h: 800 }]
    }

    function delegateWith(view, needle) {
        for (let i = 0; i < view.count; ++i) {
            const item = view.itemAtIndex(i)
            if (item && item.kind === "paragraph" && item.text.indexOf(needle) >= 0)
                return item
        }
        return null
    }

    function test_1_tint_data() { return sizes() }
    function test_1_tint(data) {
        const page = createTemporaryObject(reader, this, { width: data.w, height: data.h, wide: data.w >= 900 })
        const view = findChild(page, "blockView")
        tryVerify(() => view.count > 10, 5000)
        verify(view.model.markWords) // a Turkish text for an English interface
        tryVerify(() => view.renderedBlocks > 0, 5000)
        tryVerify(() => delegateWith(view, "Azerbaycan") !== null, 5000)
        // The glossary loads in the background; then the words get their spans.
        const item = delegateWith(view, "Azerbaycan")
        verify(item)
        tryVerify(() => item.statusSpans.length > 5, 30000)
        const text = item.text
        for (const s of item.statusSpans) {
            const word = text.substr(s.start, s.length)
            verify(!/[0-9]/.test(word), word)
            verify(word.indexOf("Azerbaycan") < 0, word) // a proper name
            verify(s.status >= 0 && s.status <= 4, word)
        }
        // Each span is drawn over its own word, inside the text's column.
        const tints = findChild(item, "statusTints")
        verify(tints)
        for (const s of item.statusSpans) {
            compare(tints.statusAt(s.start), s.status, text.substr(s.start, s.length))
            const rects = tints.rectsAt(s.start)
            verify(rects.length >= 1)
            for (const r of rects) {
                verify(r.x >= 0 && r.x + r.width <= tints.width + 1, "tint inside the text's column")
                verify(r.y >= 0 && r.y + r.height <= tints.height + 1, "tint inside the text's height")
                verify(r.width > 0 && r.height > 0)
            }
        }
        // The article's English abstract is not its language: none of its words is a word to learn.
        const row = item.index
        let english = null
        for (let i = 0; i < view.count && english === null; ++i) {
            view.positionViewAtIndex(i, ListView.Beginning)
            const other = view.itemAtIndex(i)
            if (other && other.kind === "paragraph" && other.language === "en")
                english = other
        }
        verify(english, "an English paragraph in the Turkish article")
        verify(english.text.length > 200)
        compare(english.statusSpans.length, 0)
        view.positionViewAtIndex(row, ListView.Beginning)
        tryVerify(() => view.itemAtIndex(row) !== null, 5000)
        const back = view.itemAtIndex(row)
        // The setting turns the tint off.
        App.markWords = false
        tryCompare(back, "statusSpans", [])
        App.markWords = true
        tryVerify(() => back.statusSpans.length > 5, 5000)
    }

    function test_2_markPageKnown() {
        const page = createTemporaryObject(reader, this, { width: 390, height: 844 })
        const view = findChild(page, "blockView")
        tryVerify(() => view.count > 10, 5000)
        tryVerify(() => delegateWith(view, "Azerbaycan") !== null, 5000)
        const item = delegateWith(view, "Azerbaycan")
        tryVerify(() => item.statusSpans.length > 5, 30000)
        const before = item.statusSpans.length
        const learning = findChild(page, "learnButton").learning
        tryVerify(() => learning.ready, 20000)
        const knownBefore = learning.knownTokens
        const last = view.indexAt(view.width / 2, view.contentY + view.height - 1)
        verify(view.model.markNewAsKnown(view.topBlock, last >= 0 ? last : view.topBlock) > 0)
        // Every new word in view is known now: no tint left on the page's new words.
        tryVerify(() => item.statusSpans.filter(s => s.status === 0).length === 0, 5000)
        verify(item.statusSpans.length < before)
        tryVerify(() => learning.knownTokens > knownBefore, 20000)
        verify(learning.tokenShare > 0 && learning.tokenShare <= 1)
    }

    SignalSpy { id: statisticsSpy; signalName: "openStatistics" }

    // The learning button opens its panel (made on first use, from its own file): the share known, the page
    // button, the words to learn, and the statistics.
    function test_4_panel() {
        const page = createTemporaryObject(reader, this, { width: 390, height: 844 })
        const view = findChild(page, "blockView")
        tryVerify(() => view.count > 10, 5000)
        const button = findChild(page, "learnButton")
        tryVerify(() => button.learning.ready, 20000)
        // At 390 px the bar's every button fits: the share shows as "✓62%", and the reading menu stays on screen.
        verify(/^✓\d+%$/.test(button.text), button.text)
        const menu = findChild(page, "readingSettings")
        verify(menu, "the reading menu's button")
        verify(menu.mapToItem(page, menu.width, 0).x <= page.width, "the reading menu's button is on screen")
        const loader = findChild(page, "learnPanelLoader")
        verify(loader && !loader.item) // not made with the reader
        mouseClick(button)
        tryVerify(() => loader.item && loader.item.opened, 3000)
        const popup = loader.item
        const share = findChild(popup.contentItem, "knownShare")
        verify(share && /^\d+% of the words and \d+% of the lemmas/.test(share.text), share ? share.text : "")
        verify(findChild(popup.contentItem, "markPageKnown"))
        tryVerify(() => findChild(popup.contentItem, "wordsToLearn").count > 0, 5000)
        statisticsSpy.target = page
        statisticsSpy.clear()
        mouseClick(findChild(popup.contentItem, "statisticsButton"))
        compare(statisticsSpy.count, 1)
        tryVerify(() => !popup.visible, 3000)
        // Opened again, the same panel.
        mouseClick(button)
        tryVerify(() => popup.opened, 3000)
        compare(loader.item, popup)
        popup.close()
    }

    function test_3_statistics_data() { return sizes() }
    function test_3_statistics(data) {
        const page = createTemporaryObject(statistics, this, { width: data.w, height: data.h })
        waitForRendering(page)
        const known = findChild(page, "knownFigure"), streak = findChild(page, "streakFigure")
        verify(known && streak)
        // The page before marked words known: the figure counts them.
        verify(page.statsModel.knownLemmas > 0)
        compare(page.statsModel.days.length, data.w < 600 ? 14 : 30)
        compare(page.statsModel.days[page.statsModel.days.length - 1].knownLemmas, page.statsModel.knownLemmas)
        // Two columns of figures on a phone, four in a row on a desktop.
        if (data.w < 600)
            verify(streak.mapToItem(page, 0, 0).y > known.mapToItem(page, 0, 0).y)
        else
            compare(streak.mapToItem(page, 0, 0).y, known.mapToItem(page, 0, 0).y)
        const chart = findChild(page, "learningChart")
        verify(chart)
        verify(chart.width > 200)
        const p = chart.mapToItem(page, 0, 0)
        verify(p.x >= 0 && p.x + chart.width <= page.width)
        // Logged reading reaches the figures and the streak.
        // (The readers the tests before made logged their seconds too: two minutes more, whatever they were.)
        const minutes = page.statsModel.readingMinutes
        const words = page.statsModel.wordsRead
        verify(page.statsModel.logReading("kultur-dijital-diplomasi", 120, 0.0, 0.1))
        compare(page.statsModel.streak, 1)
        compare(page.statsModel.readingMinutes, minutes + 2)
        verify(page.statsModel.wordsRead > words)
    }

    // The reader logs its reading as it goes: the words passed since the last log (the start had been bound to
    // the place, so none ever counted), and no more than a fast reader passes in the time (a jump is no reading).
    function test_5_readingLog() {
        const page = createTemporaryObject(reader, this, { width: 1280, height: 800 })
        const view = findChild(page, "blockView")
        tryVerify(() => view.count > 10 && view.renderedBlocks > 0, 5000)
        const log = findChild(page, "readingLog")
        verify(log)
        tryVerify(() => log.running, 5000)
        const stats = createTemporaryObject(statsComponent, this)
        stats.refresh()
        const minutes = stats.readingMinutes, words = stats.wordsRead
        // A minute of reading from the top, a few pages down.
        log.begin()
        log.since -= 60000
        view.goToBlock(12)
        tryVerify(() => view.topBlock >= 12, 5000)
        const passed = view.progress - log.from
        verify(passed > 0.01, passed)
        log.log()
        stats.refresh()
        // A minute and the seconds this test took.
        verify(stats.readingMinutes === minutes + 1 || stats.readingMinutes === minutes + 2, stats.readingMinutes)
        const read = stats.wordsRead - words
        verify(read > 0, read)
        verify(read <= 8 * 75, read)
        compare(log.from, view.progress) // the next stretch starts here
        // A jump far into the text in ten seconds counts at most what ten seconds read.
        log.since -= 10000
        view.goToBlock(view.count - 2)
        tryVerify(() => view.topBlock >= view.count - 10, 5000)
        log.log()
        stats.refresh()
        verify(stats.wordsRead - words - read <= 80, stats.wordsRead - words - read)
        // Three hours asleep with the reader open: a log holds a minute and a little, not three hours.
        const before = stats.readingMinutes
        log.since -= 3 * 3600 * 1000
        log.log()
        stats.refresh()
        verify(stats.readingMinutes - before <= 2, stats.readingMinutes - before)
    }
    Component {
        id: statsComponent
        StatsModel { library: App.library }
    }
}
