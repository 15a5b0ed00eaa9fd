// The pages' stack: the template's, with the slide and fade between pages the Material style's has, without
// loading the style: the library page uses none of its controls, and importing it was a third of what the first
// frame waited for (issue 24).
import QtQuick
import QtQuick.Templates as T

T.StackView {
    id: control

    // The page coming in slides from half a width away and fades in; the page going out the other way.
    readonly property real shift: (mirrored ? -0.5 : 0.5) * width
    component Slide: Transition {
        id: slide
        property real fromX: 0
        property real toX: 0
        property real fromOpacity: 0
        property real toOpacity: 1
        NumberAnimation { property: "x"; from: slide.fromX; to: slide.toX; duration: 200; easing.type: Easing.OutCubic }
        NumberAnimation {
            property: "opacity"
            from: slide.fromOpacity
            to: slide.toOpacity
            duration: 200
            easing.type: Easing.OutCubic
        }
    }
    pushEnter: Slide { fromX: control.shift }
    pushExit: Slide { toX: -control.shift; fromOpacity: 1; toOpacity: 0 }
    popEnter: Slide { fromX: -control.shift }
    popExit: Slide { toX: control.shift; fromOpacity: 1; toOpacity: 0 }
    replaceEnter: Slide { fromX: control.shift }
    replaceExit: Slide { toX: -control.shift; fromOpacity: 1; toOpacity: 0 }
}
