// A quoted sentence that can be read with the glossary: tap a word to look
// it up (Turkish or English), or use the link to read it in place.
import QtQuick
import QtQuick.Controls
import Okur

Text {
    id: sentence
    required property string language
    signal wordTapped(int position, rect area)

    textFormat: Text.PlainText
    wrapMode: Text.Wrap
    font.family: Theme.serif
    font.pixelSize: App.readingSize - 1
    lineHeight: 1.35
    color: Theme.text
    // Read out, and a stop in the Tab order; the link beside it opens it in the reader, where keys select and look up.
    activeFocusOnTab: true
    Accessible.role: Accessible.Paragraph
    Accessible.name: text
    FocusRing {}

    TapHandler {
        onTapped: eventPoint => {
            const p = eventPoint.position
            const pos = TextGeometry.positionAt(sentence.text, sentence.font, sentence.width, sentence.lineHeight, p.x, p.y)
            if (pos < 0)
                return
            const r = TextGeometry.rectsFor(sentence.text, sentence.font, sentence.width, sentence.lineHeight, pos, 1)[0]
            sentence.wordTapped(pos, Qt.rect(r.x, r.y, r.width, r.height))
        }
    }
}
