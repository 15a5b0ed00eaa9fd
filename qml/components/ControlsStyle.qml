// The Material style's colours for the window, bound to the app's theme: every control of the style on every page
// takes them from the window. Its own file, made by the shell once the first frame is shown (or at once when the
// first page uses the style's controls): the library page uses none, and importing the style was a third of what
// the first frame waited for (issue 24).
import QtQuick
import QtQuick.Controls.Material
import Okur

Item {
    id: style
    /// The window whose controls take the colours (the item's own window).
    readonly property QtObject window: style.Window.window
    Binding { target: style.window ? style.window.Material : null; property: "theme"; value: Theme.dark ? Material.Dark : Material.Light }
    Binding { target: style.window ? style.window.Material : null; property: "accent"; value: Theme.accent }
    Binding { target: style.window ? style.window.Material : null; property: "primary"; value: Theme.accent }
    Binding { target: style.window ? style.window.Material : null; property: "background"; value: Theme.background }
    Binding { target: style.window ? style.window.Material : null; property: "foreground"; value: Theme.text }
    Component.onCompleted: Theme.controlsStylePending = false
}
