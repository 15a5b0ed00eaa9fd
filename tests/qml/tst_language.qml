import QtQuick
import QtTest
import Okur

// The interface language: the Turkish translation is loaded and applied at once
// (titles, plurals, the model-made card details and dates), and English comes back.
TestCase {
    name: "Language"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: library
        LibraryPage { width: 390; height: 844 }
    }

    function cardsOf(page) {
        const list = findChild(page, "documentList")
        tryVerify(() => list.count === 5, 5000)
        return list
    }
    function details(list) {
        let all = []
        for (let i = 0; i < list.count; ++i)
            all.push(list.itemAtIndex(i).details)
        return all
    }

    function cleanup() { App.language = "en" }

    function test_turkishAndBack() {
        App.language = "en"
        const page = createTemporaryObject(library, this)
        const list = cardsOf(page)
        compare(page.title, "Library")
        compare(list.headerItem.text, "5 documents")

        App.language = "tr"
        compare(App.language, "tr")
        compare(page.title, "Kitaplık")
        compare(list.headerItem.text, "5 belge")
        tryVerify(() => details(list).every(d => /^(İngilizce|Türkçe)  ·  .*\d+\sdk\sokuma$/.test(d)), 2000,
                  details(list).join("\n"))
        // Turkish short dates are day.month.year (10.07.2024), never US month/day.
        verify(details(list).some(d => /\b\d{1,2}\.\d{2}\.\d{4}\b/.test(d)), details(list).join("\n"))
        verify(!details(list).some(d => /\d+\/\d+\/\d+/.test(d)), details(list).join("\n"))
        compare(Qt.locale().name, "tr_TR")
        // Qt's upper case knows no Turkish i/İ: Turkish button labels keep their case.
        compare(Theme.buttonCase, Font.MixedCase)

        App.language = "en"
        compare(page.title, "Library")
        compare(list.headerItem.text, "5 documents")
        compare(Theme.buttonCase, Font.MixedCase) // sentence case in every language (issue 17 #12)
        tryVerify(() => details(list).every(d => /^(English|Turkish)  ·  .*\d+\smin\sread$/.test(d)), 2000,
                  details(list).join("\n"))
    }

    function test_unknownLanguageChangesNothing() {
        App.language = "tr"
        App.language = "klingon"
        compare(App.language, "tr")
        App.language = "en"
        compare(App.language, "en")
    }

    function test_chosenFromTheReadingMenu() {
        App.language = "en"
        const page = createTemporaryObject(library, this)
        cardsOf(page)
        waitForRendering(page)
        const settings = findChild(page, "readingSettings")
        mouseClick(settings)
        const loader = findChild(settings, "readingMenu")
        tryVerify(() => loader.item && loader.item.opened, 2000)
        const turkish = findChild(loader.item.contentItem, "language_tr")
        verify(turkish)
        // Each entry, in order: its name, or its kind (a separator, an unnamed entry).
        const order = m => {
            const out = []
            for (let i = 0; i < m.count; ++i) {
                const item = m.itemAt(i)
                out.push(item.objectName !== "" ? item.objectName : String(item).replace(/[_(].*/, ""))
            }
            return out.join(" ")
        }
        const before = order(loader.item)
        mouseClick(turkish)
        compare(App.language, "tr")
        // The menu keeps its groups in their order in the new language (made again, its radio groups went to its end).
        compare(order(loader.item), before)
        compare(page.title, "Kitaplık")
        compare(settings.tip, "Okuma ayarları")
        // Longer Turkish entries widen the menu instead of being cut off (the style's menu is 200 px).
        const menu = loader.item
        mouseClick(settings)
        tryVerify(() => menu.opened, 2000)
        compare(menu.itemAt(0).text, "Daha büyük yazı (Ctrl+=)")
        for (let i = 0; i < menu.count; ++i)
            verify(menu.itemAt(i).implicitWidth <= menu.availableWidth + 0.5, menu.itemAt(i).text)
        verify(menu.x + menu.width <= page.width)
        menu.close()
    }
}
