// A Loader of a component file by its URL, made when first needed (make()): its types load then, not with the
// page that holds it. The reader's first frame waits for every type its page names.
import QtQuick

Loader {
    /// The component file, as Qt.resolvedUrl gives it in the page that holds this loader.
    required property url file
    /// Its initial properties.
    property var initial: ({})
    function make() {
        if (String(source) === "")
            setSource(file, initial)
    }
}
