// The one emphasised action of a view, filled with the theme's accent. The
// style writes its label in white whatever the accent, so the fill is the
// theme's darker accent, which keeps the label readable (tst_contrast).
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Okur

Button {
    highlighted: true
    Accessible.name: text
    font.capitalization: Theme.buttonCase
    Material.accent: Theme.accentFill
    Material.primary: Theme.accentFill
}
