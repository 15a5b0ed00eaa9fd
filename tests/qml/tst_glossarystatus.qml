// Issue 22: the glossary card sets the looked-up lemma's status with a tap on
// its buttons or a key (1-4 learning, 5 or K known, I ignored), at a phone's and
// a desktop's size. Each change is checked where it lands: the store, as read
// through another form of the same lemma, the card's buttons, and the tint of
// the tapped word in the text.
import QtQuick
import QtTest
import Okur
import OkurTest
import "tapword.js" as Tap

TestCase {
    id: test
    name: "GlossaryStatus"
    width: 1280
    height: 800
    when: windowShown
    visible: true

    Component {
        id: reader
        ReaderPage { documentId: "kultur-dijital-diplomasi" }
    }
    Component {
        id: otherForm
        LookupModel { library: App.library }
    }

    // The tapped form and another form of its lemma, both in the article.
    readonly property string form: "ülkenin"
    readonly property string other: "ülkelerin"
    readonly property string lemma: "ülke"

    function sizes() {
        return [{ tag: "phone", w: 390, h: 844 }, { tag: "desktop", w: 1280, h: 800 }]
    }

    // The tint under the word at `start` of a block: its status, -1 when untinted.
    function tintAt(item, start) {
        const span = item.statusSpans.find(s => s.start === start)
        return span === undefined ? -1 : span.status
    }
    // The tint drawn over the word at `start`: its status, -1 when none is drawn.
    function drawnTintAt(item, start) {
        const tints = findChild(item, "statusTints")
        return tints ? tints.statusAt(start) : -1
    }
    function button(card, status) {
        return findChild(card, "status" + status)
    }

    function test_statusFromTheCard_data() { return sizes() }
    function test_statusFromTheCard(data) {
        test.width = data.w
        test.height = data.h
        const page = createTemporaryObject(reader, test, { width: data.w, height: data.h })
        const view = findChild(page, "blockView")
        tryVerify(() => view.count > 10 && view.renderedBlocks > 0, 5000)
        const lookup = page.lookupModel
        tryVerify(() => lookup.ready, 30000) // the glossary loads in the background
        verify(Tap.tapWord(view, form))
        tryVerify(() => lookup.hasResult, 5000)
        compare(lookup.lemma, lemma)
        // A sheet on a phone, a popover by the word on a desktop.
        const frame = findChild(page, data.w < 840 ? "glossarySheet" : "glossaryPopover")
        tryVerify(() => frame.opened, 3000)
        const card = findChild(frame, "statusButtons")
        verify(card && card.visible)
        // Each a touch target of at least 44 px each way, and all inside the card (a phone's too).
        for (let status = 1; status <= 6; ++status) {
            const button = findChild(card, "status" + status)
            verify(button.width >= 44 && button.height >= 44, "status" + status + ": " + button.width + "×" + button.height)
            const p = button.mapToItem(card, 0, 0)
            verify(p.x >= 0 && p.x + button.width <= card.width + 0.5, "status" + status + " at x=" + p.x)
        }

        const second = createTemporaryObject(otherForm, test)
        second.lookup(other, "tr")
        tryVerify(() => second.hasResult, 5000)
        compare(second.lemma, lemma)

        const hit = view.model.find(form, 0)
        const item = view.itemAtIndex(hit.block)
        verify(item)
        tryVerify(() => item.statusSpans.length > 0, 30000)
        const before = lookup.status

        function check(status, how) {
            compare(lookup.status, status, how)
            compare(second.status, status, how + ": " + other + " shares " + lemma + "'s status")
            for (let s = 1; s <= 6; ++s)
                compare(button(card, s).checked, s === status, how + ": button " + s)
            // New and learning words are tinted with their level; known and ignored ones are not.
            const tint = status <= 4 ? status : -1
            tryVerify(() => tintAt(item, hit.start) === tint, 5000, how + ": tint " + tintAt(item, hit.start))
            tryVerify(() => drawnTintAt(item, hit.start) === tint, 5000, how + ": drawn " + drawnTintAt(item, hit.start))
        }

        // One tap on each button.
        for (let s = 1; s <= 6; ++s) {
            const b = button(card, s)
            verify(b.visible && b.enabled)
            const p = b.mapToItem(test, b.width / 2, b.height / 2)
            verify(p.x > 0 && p.x < test.width && p.y > 0 && p.y < test.height, "button " + s + " on screen: " + p)
            mouseClick(b)
            check(s, "button " + s)
        }
        // The keys, each a change from the one before.
        const keys = [[Qt.Key_1, 1], [Qt.Key_2, 2], [Qt.Key_3, 3], [Qt.Key_4, 4], [Qt.Key_5, 5],
                      [Qt.Key_I, 6], [Qt.Key_K, 5], [Qt.Key_1, 1]]
        for (const [key, status] of keys) {
            keyClick(key)
            check(status, "key " + String.fromCharCode(key))
        }
        // Set through the other form's card, the open card follows.
        verify(second.setStatus(3))
        check(3, "set from " + other)

        // Closed, the card leaves the keys to the reader: a digit sets nothing.
        frame.close()
        tryVerify(() => !frame.visible, 3000)
        keyClick(Qt.Key_4)
        compare(second.status, 3)
        verify(second.setStatus(before)) // the shared test library stays as it was
        test.width = 1280
        test.height = 800
    }

    // Each key is named where a learner looks for it: the button's tooltip,
    // and its accessible description as a screen reader reads it.
    function test_keysAreDocumented() {
        TestAccessibility.activate()
        const page = createTemporaryObject(reader, test, { width: 1280, height: 800 })
        // The card is made after the reader's first frame.
        tryVerify(() => findChild(page, "statusButtons"), 5000)
        const card = findChild(page, "statusButtons")
        const keys = { 1: ["1"], 2: ["2"], 3: ["3"], 4: ["4"], 5: ["K", "5"], 6: ["I"] }
        for (let s = 1; s <= 6; ++s) {
            const b = button(card, s)
            const told = TestAccessibility.of(b)
            verify(told.name !== "" && b.keyHint.startsWith(told.name), b.keyHint)
            // The keys, besides the name (which holds "Learning 1"'s digit).
            const hint = b.keyHint.slice(told.name.length)
            for (const k of keys[s]) {
                verify(new RegExp("\\b" + k + "\\b").test(hint), b.keyHint)
                verify(new RegExp("\\b" + k + "\\b").test(told.description), told.description)
            }
        }
    }
}
