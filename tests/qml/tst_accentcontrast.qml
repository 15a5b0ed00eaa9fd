// Issue 17 #7: text on accent buttons reads at >= 4.5:1 (WCAG 2 AA) in every
// theme, from the colours the style gives the button; the dim behind modal layers darkens.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtTest
import Okur

TestCase {
    id: test
    name: "AccentContrast"
    when: windowShown
    width: 300
    height: 200

    function cleanup() { App.theme = "system" }

    // Relative luminance and contrast ratio as WCAG 2 defines them.
    function channel(c) { return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4) }
    function luminance(r, g, b) { return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b) }
    function ratio(a, b) { return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) }

    // Declared as the app declares its highlighted buttons (ReviewDialog, VocabularyPage).
    Component {
        id: buttonComponent
        Button {
            text: "Show meaning Good"
            font.pixelSize: 18
            font.weight: Font.Bold
            highlighted: true
            Material.accent: Theme.accent
            Material.primary: Theme.accent
            // Qt 6.4's Material labels a highlighted button in its theme's text colour once a foreground is set:
            // the opposite theme's is the one that reads on the accent.
            Material.foreground: Theme.textOnAccent
            Material.theme: Theme.dark ? Material.Light : Material.Dark
        }
    }

    function test_accentButtonText_data() {
        return [{ tag: "light", theme: "light" }, { tag: "sepia", theme: "sepia" }, { tag: "dark", theme: "dark" }]
    }
    function test_accentButtonText(data) {
        App.theme = data.theme
        const button = createTemporaryObject(buttonComponent, test, { x: 10, y: 10 })
        // The colours the style resolved for this button: its label's and its fill's.
        const text = button.contentItem.color, fill = button.background.color
        verify(fill.a > 0.99, "the fill is opaque")
        // A translucent label is seen composed over the fill.
        const over = (t, f) => text.a * t + (1 - text.a) * f
        const measured = ratio(luminance(over(text.r, fill.r), over(text.g, fill.g), over(text.b, fill.b)),
                               luminance(fill.r, fill.g, fill.b))
        verify(measured >= 4.5, data.theme + ": text " + text + " on " + fill + " reads at " + measured.toFixed(2) + ":1")
        // Theme.textOnAccent, for what the app draws itself on the accent, reads as well.
        const on = Theme.textOnAccent
        verify(ratio(luminance(on.r, on.g, on.b), luminance(fill.r, fill.g, fill.b)) >= 4.5, "Theme.textOnAccent on the accent " + fill)
        // The fill is the theme's accent: the measurement is of the real pair.
        const a = Theme.accent
        verify(Math.abs(luminance(fill.r, fill.g, fill.b) - luminance(a.r, a.g, a.b)) < 0.05,
               "fill " + fill + " is not the accent " + a)
    }

    function test_dimDarkens_data() {
        return [{ tag: "light", theme: "light" }, { tag: "sepia", theme: "sepia" }, { tag: "dark", theme: "dark" }]
    }
    function test_dimDarkens(data) {
        App.theme = data.theme
        const d = Theme.dim, bg = Theme.background
        // The dim laid over the page, as the overlay composes it.
        const r = (1 - d.a) * bg.r + d.a * d.r, g = (1 - d.a) * bg.g + d.a * d.g, b = (1 - d.a) * bg.b + d.a * d.b
        const before = luminance(bg.r, bg.g, bg.b), after = luminance(r, g, b)
        verify(after < before, data.theme + ": the dim brightens the page (" + before + " -> " + after + ")")
        // Clearly darker (a third of its light gone at least): a page behind a sheet reads as set aside.
        verify(after <= before * 0.67, data.theme + ": the dim darkens only to " + (after / before).toFixed(2))
    }

    Component {
        id: vocabularyPage
        VocabularyPage { width: 390; height: 844 }
    }
    // The page's Review button as the page makes it: its label reads on the accent while words are due (4.5:1), and
    // with none due it is a disabled control that still shows (it was the page's own colour: invisible).
    function test_reviewButton_data() {
        return [{ tag: "light", theme: "light" }, { tag: "sepia", theme: "sepia" }, { tag: "dark", theme: "dark" }]
    }
    function test_reviewButton(data) {
        App.theme = data.theme
        const page = createTemporaryObject(vocabularyPage, test)
        const button = findChild(page, "reviewButton")
        verify(button)
        const over = (top, under) => Qt.rgba(top.a * top.r + (1 - top.a) * under.r, top.a * top.g + (1 - top.a) * under.g,
                                             top.a * top.b + (1 - top.a) * under.b, 1)
        const fill = over(button.background.color, Theme.background)
        const text = over(button.contentItem.color, fill)
        const measured = ratio(luminance(text.r, text.g, text.b), luminance(fill.r, fill.g, fill.b))
        const wanted = button.enabled ? 4.5 : 2
        verify(measured >= wanted, data.theme + (button.enabled ? " enabled" : " disabled") + ": label " + text +
               " on " + fill + " reads at " + measured.toFixed(2) + ":1")
    }

    Component {
        id: notesPage
        NotesPage { width: 390; height: 844 }
    }
    // A field's placeholder reads at 4.5:1 on the page (the style's hint colour read at 2.6:1).
    function test_placeholder_data() {
        return [{ tag: "light", theme: "light" }, { tag: "sepia", theme: "sepia" }, { tag: "dark", theme: "dark" },
                { tag: "contrast", theme: "contrast" }]
    }
    function test_placeholder(data) {
        App.theme = data.theme
        const page = createTemporaryObject(notesPage, test)
        const field = findChild(page, "notesSearch")
        verify(field)
        const c = field.placeholderTextColor, bg = Theme.background
        const measured = ratio(luminance(c.r, c.g, c.b), luminance(bg.r, bg.g, bg.b))
        verify(measured >= 4.5, data.theme + ": placeholder " + c + " on " + bg + " reads at " + measured.toFixed(2) + ":1")
    }
}
