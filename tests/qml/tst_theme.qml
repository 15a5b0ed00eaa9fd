import QtQuick
import QtTest
import Okur

TestCase {
    name: "Theme"

    function cleanup() { App.theme = "system" }

    function test_themesDiffer() {
        App.theme = "light"
        const light = Theme.background.toString()
        verify(!Theme.dark)
        App.theme = "dark"
        verify(Theme.dark)
        verify(Theme.background.toString() !== light)
        App.theme = "sepia"
        verify(Theme.sepia)
        verify(Theme.background.toString() !== light)
    }

    function test_systemFollowsPlatform() {
        App.theme = "system"
        compare(Theme.dark, App.systemDark)
    }

    function test_textContrastsWithBackground() {
        for (const t of ["light", "dark", "sepia"]) {
            App.theme = t
            const bg = Theme.background, fg = Theme.text
            const lum = c => 0.299 * c.r + 0.587 * c.g + 0.114 * c.b
            verify(Math.abs(lum(bg) - lum(fg)) > 0.55, t)
        }
    }
}
