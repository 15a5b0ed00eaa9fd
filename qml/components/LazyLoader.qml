// A Loader of a component file by its URL, made when first needed (make()): its types load then, not with the
// page that holds it. The reader's first frame waits for every type its page names. The file is made of the
// style's controls: the style's colours are made ready first (Theme.needControlsStyle).
import QtQuick
import Okur

Loader {
    /// The component file, as Qt.resolvedUrl gives it in the page that holds this loader.
    required property url file
    /// Its initial properties.
    property var initial: ({})
    function make() {
        if (String(source) !== "")
            return
        Theme.needControlsStyle()
        setSource(file, initial)
    }
}
