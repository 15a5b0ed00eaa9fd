// Reading themes: light, dark, sepia and high contrast; "system" follows the platform.
pragma Singleton
import QtQuick
import Okur

QtObject {
    readonly property string name: App.theme === "system" ? (App.systemDark ? "dark" : "light") : App.theme
    readonly property bool dark: name === "dark" || name === "contrast" // a dark page: the style and the highlights follow
    readonly property bool sepia: name === "sepia"
    /// High contrast: white on black with yellow accents, every text and control at least 7:1 (WCAG AAA).
    readonly property bool contrast: name === "contrast"
    /// The keyboard focus ring: the accent, which in every theme stands out at least 3:1 on the background.
    readonly property color focusRing: accent
    readonly property int focusRingWidth: contrast ? 3 : 2

    readonly property color background: contrast ? "#000000" : dark ? "#15161a" : sepia ? "#f4ecd8" : "#fcfbf8"
    readonly property color surface: contrast ? "#1a1a1a" : dark ? "#1e2026" : sepia ? "#ebe0c5" : "#f1efea"
    readonly property color text: contrast ? "#ffffff" : dark ? "#e4e1da" : sepia ? "#3b2e1e" : "#1f1f1c"
    readonly property color secondaryText: contrast ? "#e6e6e6" : dark ? "#a4a09a" : sepia ? "#6e5a3e" : "#6b6862"
    readonly property color accent: contrast ? "#ffd84d" : dark ? "#e0a36c" : sepia ? "#8a4f1e" : "#a34f1f"
    // The fill of an emphasised button: the style labels it in white.
    readonly property color accentFill: contrast ? "#5c3a00" : dark ? "#8a3f14" : sepia ? "#8a4f1e" : "#a34f1f"
    readonly property color divider: contrast ? "#bfbfbf" : dark ? "#2f323a" : sepia ? "#d9caa6" : "#e2ded6"
    // The snackbar is inverted against the page; its action keeps >= 4.5:1 on it (WCAG AA).
    readonly property color snackbarBackground: contrast ? "#ffffff" : dark ? "#e4e1da" : "#2b2a27"
    readonly property color snackbarText: contrast ? "#000000" : dark ? "#1f1f1c" : "#f4f1ea"
    readonly property color snackbarAction: contrast ? "#5c3a00" : dark ? "#8a3f14" : "#f0b27a"
    // Text on an accent-filled button: white on the deep light and sepia
    // accents, near-black on dark's pale one (white on it reads at 2.2:1).
    // Not "onAccent": QML takes a name on* for a signal handler.
    readonly property color textOnAccent: contrast ? "#000000" : dark ? "#15161a" : "#ffffff"
    // The dim behind a modal sheet, drawer or dialog: it always darkens the page.
    readonly property color dim: contrast ? Qt.rgba(0, 0, 0, 0.7) : dark ? Qt.rgba(0, 0, 0, 0.6) : Qt.rgba(0, 0, 0, 0.32)
    readonly property color hover: contrast ? "#2a2a2a" : dark ? "#262930" : sepia ? "#eadfc2" : "#f0ece4"

    /// A highlight colour, translucent enough for the text to stay readable in this theme.
    function highlightColor(name) {
        const a = dark ? 0.34 : 0.42
        switch (name) {
        case "green": return Qt.rgba(0.36, 0.78, 0.50, a)
        case "blue": return Qt.rgba(0.35, 0.63, 0.96, a)
        case "pink": return Qt.rgba(0.96, 0.45, 0.66, a)
        case "purple": return Qt.rgba(0.68, 0.52, 0.96, a)
        default: return Qt.rgba(0.98, 0.82, 0.15, dark ? 0.30 : 0.48)
        }
    }
    /// A highlight colour's name as the reader's language says it (the key stays English).
    function colorName(name) {
        switch (name) {
        case "yellow": return qsTr("Yellow")
        case "green": return qsTr("Green")
        case "blue": return qsTr("Blue")
        case "pink": return qsTr("Pink")
        case "purple": return qsTr("Purple")
        default: return name
        }
    }
    /// The same colour, opaque, for swatches.
    function swatchColor(name) {
        const c = highlightColor(name)
        return Qt.rgba(c.r, c.g, c.b, 1)
    }

    /// Qt upper-cases without the language (Turkish "Çizelgesi" would come
    /// out "ÇIZELGESI"), and a dialog's CANCEL beside a page's "Review" reads
    /// as two apps:
    /// Buttons in every dialog and page keep the case they are written in
    /// (sentence case, as the reader's other labels), never the style's capitals.
    readonly property int buttonCase: Font.MixedCase

    /// True from the shell's start until the style's colours are bound to the window (ControlsStyle). A popup made
    /// of the style's controls before then keeps the style's default colours for good (Qt 6.4 does not pass a
    /// window's later colours on to popups), so a part made in the background waits for it, and a part the reader
    /// asks for calls needControlsStyle() before it is made. False where no shell manages the style (a test's page).
    property bool controlsStylePending: false
    /// Asked of the shell by needControlsStyle(): it completes the style's load at once.
    signal controlsStyleNeeded()
    /// Makes the style's colours ready now, if they are not: on return controlsStylePending is false.
    function needControlsStyle() {
        if (controlsStylePending)
            controlsStyleNeeded()
    }

    readonly property string serif: "DejaVu Serif"
    /// The reader's text face, chosen in Aa: Charis SIL ships with the app
    /// (assets/CMakeLists.txt). The other pages keep the interface's serif.
    /// An interface text size: the design size in pixels, scaled as the system font is (App.textScale), so a
    /// reader who enlarged the system font gets larger labels, buttons and menus, not only larger reading text.
    function px(size) { return Math.round(size * App.textScale) }
    /// The controls' own text (buttons, menus, fields): the style's 14 px, scaled.
    readonly property int controlSize: px(14)

    readonly property string readingFace: App.readingFace === "charis" ? "Charis SIL" : "DejaVu Serif"
    readonly property string sans: "DejaVu Sans"
    readonly property int touchTarget: 48
}
