import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtTest
import Okur

// WCAG 2 contrast of the theme's colour pairs, in every theme: text on its
// backgrounds at least 4.5:1 (AA), 7:1 (AAA) in high contrast; the focus ring
// at least 3:1 against the page (non-text contrast); the text of an accent
// button, as the style draws it, at least 4.5:1.
TestCase {
    name: "Contrast"

    function cleanup() { App.theme = "system" }

    // WCAG 2.1 relative luminance and contrast ratio.
    function luminance(c) {
        const lin = v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
    }
    function ratio(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    // The formula against the ratios WCAG's own examples give.
    function test_formula_data() {
        return [
            { tag: "black on white", a: "#000000", b: "#ffffff", expected: 21 },
            { tag: "#777 on white", a: "#777777", b: "#ffffff", expected: 4.48 },
            { tag: "same colour", a: "#336699", b: "#336699", expected: 1 },
            { tag: "#595959 on white", a: "#595959", b: "#ffffff", expected: 7.0 }
        ]
    }
    function test_formula(data) {
        fuzzyCompare(ratio(Qt.color(data.a), Qt.color(data.b)), data.expected, 0.01)
    }

    Component {
        id: accentButton
        Item {
            // As Main.qml sets the style up.
            Material.theme: Theme.dark ? Material.Dark : Material.Light
            Material.accent: Theme.accent
            Material.primary: Theme.accent
            Material.background: Theme.background
            Material.foreground: Theme.text
            property alias button: button
            AccentButton { id: button; text: "Good" } // i18n: keep (test text)
        }
    }

    function test_pairs_data() {
        return ["light", "sepia", "dark", "contrast"].map(t => ({ tag: t, theme: t }))
    }
    function test_pairs(data) {
        App.theme = data.theme
        compare(Theme.name, data.theme)
        const least = Theme.contrast ? 7 : 4.5
        const pairs = [
            ["text", "background"], ["secondaryText", "background"], ["accent", "background"],
            ["text", "surface"], ["secondaryText", "surface"], ["accent", "surface"],
            ["text", "hover"], ["secondaryText", "hover"],
            ["snackbarText", "snackbarBackground"], ["snackbarAction", "snackbarBackground"]
        ]
        for (const p of pairs) {
            const r = ratio(Theme[p[0]], Theme[p[1]])
            verify(r >= least, data.theme + ": " + p[0] + " on " + p[1] + " is " + r.toFixed(2) + ":1, below " + least)
        }
        verify(ratio(Theme.focusRing, Theme.background) >= (Theme.contrast ? 7 : 3), data.theme + ": focus ring")
        verify(ratio(Theme.focusRing, Theme.surface) >= 3, data.theme + ": focus ring on surface")

        const holder = createTemporaryObject(accentButton, this)
        const b = holder.button
        const r = ratio(b.contentItem.color, b.background.color)
        verify(r >= least, data.theme + ": accent button text " + b.contentItem.color + " on " + b.background.color
               + " is " + r.toFixed(2) + ":1")
    }
}
