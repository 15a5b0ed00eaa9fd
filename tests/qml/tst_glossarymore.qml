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

    // The save button's label reads at 4.5:1 on its fill (7:1 in high contrast) in every theme: it was white
    // on the accent, 2.2:1 in dark and 1.4:1 in high contrast.
    function test_saveButtonContrast_data() {
        return ["light", "sepia", "dark", "contrast"].map(t => ({ tag: t, theme: t }))
    }
    function test_saveButtonContrast(data) {
        App.theme = data.theme
        const card = createTemporaryObject(glossaryCard, this)
        card.lookup.lookup("diplomasi", "tr")
        tryVerify(() => card.lookup.hasResult, 30000)
        const save = named(card, "saveButton", [])[0]
        verify(save.enabled)
        const lin = v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        const lum = c => 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
        const a = lum(save.contentItem.color), b = lum(save.background.color)
        const r = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
        verify(r >= (Theme.contrast ? 7 : 4.5), data.theme + ": " + r.toFixed(2) + ":1")
        App.theme = "system"
    }

    // A word inside a term of the field shows the term above and its own morphology below (issue 25): it had
    // shown the term alone, so "diplomasisinin" never showed -si and -nin.
    function test_termKeepsTheTappedWord() {
        const card = createTemporaryObject(glossaryCard, this)
        const text = "yumuşak gücün ve kamu diplomasisinin temellerini"
        card.lookup.lookupAt(text, text.indexOf("diplomasisinin") + 3, "tr", "", -1)
        tryVerify(() => card.lookup.hasResult, 30000)
        compare(card.lookup.term, "kamu diplomasisi")
        const tapped = named(card, "tappedWord", [])[0]
        verify(tapped.visible)
        compare(tapped.text, "diplomasisinin")
        const flow = named(card, "segments", [])[0]
        verify(flow.visible)
        const forms = card.lookup.segments.map(s => s.form)
        compare(forms.join(" "), "diplomasi -si -nin")
        const statusFor = named(card, "statusFor", [])[0]
        verify(statusFor.visible)
        verify(statusFor.text.indexOf("diplomasi") >= 0, statusFor.text)
        // A word alone is its own heading: no second line names it.
        card.lookup.lookup("diplomasisinin", "tr")
        tryVerify(() => card.lookup.term === "" && card.lookup.query === "diplomasisinin", 30000)
        verify(!tapped.visible)
        verify(flow.visible)
        verify(!statusFor.visible)
    }

    // A reference the dictionary makes ("awoke: → awake") is a link; following it shows that word's card. It had
    // been plain text, so "could: → can" led nowhere.
    function test_referenceIsALink() {
        const card = createTemporaryObject(glossaryCard, this)
        card.lookup.lookup("awoke", "en")
        tryVerify(() => card.lookup.hasResult, 30000)
        const labels = named(card, "sensesLabel", []).filter(l => l.visible && l.refers)
        compare(labels.length, 1)
        const label = labels[0]
        compare(label.textFormat, Text.StyledText)
        verify(label.text.indexOf("<a href=\"awake\">awake</a>") >= 0, label.text)
        // The link is the word, encoded: a phrase's spaces come back as written.
        verify(label.text.indexOf("href=\"awake\"") >= 0)
        label.linkActivated(encodeURIComponent("give up"))
        tryVerify(() => card.lookup.query === "give up", 30000)
        card.lookup.lookup("awoke", "en")
        tryVerify(() => card.lookup.query === "awoke", 30000)
        const again = named(card, "sensesLabel", []).filter(l => l.visible && l.refers)[0]
        again.linkActivated("awake")
        tryVerify(() => card.lookup.query === "awake", 30000)
        // awake's own entries refer nowhere: plain text again.
        verify(named(card, "sensesLabel", []).every(l => !l.visible || (!l.refers && l.textFormat === Text.PlainText)))
    }

    // The keys reach a reference too: Tab stops on the senses (the link in bold), a screen reader hears where it
    // leads, Enter follows it. It had been a link for the pointer alone.
    function test_referenceByKeys() {
        const card = createTemporaryObject(glossaryCard, this)
        card.lookup.lookup("awoke", "en")
        tryVerify(() => card.lookup.hasResult, 30000)
        const label = named(card, "sensesLabel", []).filter(l => l.visible && l.refers)[0]
        verify(label.activeFocusOnTab)
        verify(named(card, "sensesLabel", []).every(l => !l.visible || l.refers || !l.activeFocusOnTab))
        compare(label.Accessible.role, Accessible.Link)
        compare(label.Accessible.name, "See awake")
        verify(label.text.indexOf("<b>") < 0)
        label.forceActiveFocus(Qt.TabFocusReason)
        verify(label.text.indexOf("<b><a href=\"awake\">awake</a></b>") >= 0, label.text)
        keyClick(Qt.Key_Return)
        tryVerify(() => card.lookup.query === "awake", 30000)
        // Several references: Tab moves from one to the next before it leaves the senses.
        card.lookup.lookup("met", "en")
        tryVerify(() => card.lookup.query === "met", 30000)
        const two = named(card, "sensesLabel", []).filter(l => l.visible && l.refers && l.targets.length === 2)[0]
        verify(two, "met refers to meet and meta")
        two.forceActiveFocus(Qt.TabFocusReason)
        compare(two.Accessible.name, "See " + two.targets[0])
        keyClick(Qt.Key_Tab)
        verify(two.activeFocus)
        compare(two.Accessible.name, "See " + two.targets[1])
        keyClick(Qt.Key_Backtab)
        compare(two.focusedLink, 0)
        keyClick(Qt.Key_Tab)
        const second = two.targets[1] // the label goes with the card it was on
        keyClick(Qt.Key_Space)
        tryVerify(() => card.lookup.query === second, 30000)
    }

    // More shows a link the first senses lack (saw: "→ see" among the rest); Less takes it away under the keys: the
    // keys move on and Enter follows nothing (it had looked up "undefined" and emptied the card).
    function test_referenceGoneUnderTheKeys() {
        const card = createTemporaryObject(glossaryCard, this)
        card.lookup.lookup("saw", "en")
        tryVerify(() => card.lookup.hasResult, 30000)
        const labels = named(card, "sensesLabel", []).filter(l => l.visible && !l.refers)
        let label = null
        for (const l of labels) {
            l.parent.expanded = true
            if (l.refers) {
                label = l
                break
            }
            l.parent.expanded = false
        }
        verify(label, "an entry of saw refers only among the rest")
        label.forceActiveFocus(Qt.TabFocusReason)
        verify(label.activeFocus)
        label.parent.expanded = false
        verify(!label.refers)
        verify(!label.activeFocus)
        compare(label.focusedLink, 0)
        label.follow()
        compare(card.lookup.query, "saw")
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
            // Every sense, a line for each of the source's sense groups.
            compare(label.text, more.parent.sensesByGroup)
            compare(label.text.split("\n").join("; ").split("; ").sort().join("|"), full.split("; ").sort().join("|"))
            verify(more.text === "Less")
            all += full + "; "
        }
        verify(all.split("; ").indexOf("job") >= 0, all)
    }
}
