// The glossary card shows an entry's three best senses and a More button
// that shows the rest (no sense is capped away: iş keeps "job").
import QtQuick
import QtTest
import Okur
import OkurTest

TestCase {
    name: "GlossaryMore"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: glossaryCard
        GlossaryCard {
            width: 360
            lookup: LookupModel { library: App.library }
        }
    }

    function named(item, name, out) {
        for (let i = 0; i < item.children.length; ++i) {
            const c = item.children[i]
            if (c.objectName === name)
                out.push(c)
            named(c, name, out)
        }
        return out
    }

    function test_moreShowsTheRest() {
        const card = createTemporaryObject(glossaryCard, this)
        card.lookup.lookup("iş", "tr")
        tryVerify(() => card.lookup.hasResult, 30000)
        const buttons = named(card, "moreButton", []).filter(b => b.visible)
        verify(buttons.length > 0, "an entry of iş has more than three senses")
        let all = ""
        for (const more of buttons) {
            const label = named(more.parent, "sensesLabel", [])[0]
            const full = more.parent.senses
            compare(label.text.split("; ").length, 3)
            verify(full.startsWith(label.text), label.text)
            verify(more.text.startsWith("More"))
            more.clicked() // the card may reach below the test window
            compare(label.text, full)
            verify(more.text === "Less")
            all += full + "; "
        }
        verify(all.split("; ").indexOf("job") >= 0, all)
    }
}
