// An export's file: named for its format each time (a name left from the last export had written JSON over a
// Markdown file), and a file that is there replaced only once the reader says so.
import QtQuick
import QtTest
import Okur

TestCase {
    name: "ExportDialog"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: exporterComponent
        ExportDialog {
            anchors.fill: parent
            baseName: "okur-notes"
            formats: ({ markdown: ["md", "Markdown (*.md)"], w3c: ["json", "JSON (*.json)"] })
        }
    }
    SignalSpy { id: chosen; signalName: "chosen" }

    function make() {
        const exporter = createTemporaryObject(exporterComponent, this)
        chosen.clear()
        chosen.target = exporter
        return exporter
    }

    function test_nameFollowsTheFormat() {
        const exporter = make()
        const files = findChild(exporter, "exportFiles")
        exporter.open("w3c")
        compare(FileNames.name(files.selectedFile), "okur-notes.json")
        files.close()
        exporter.open("markdown")
        compare(FileNames.name(files.selectedFile), "okur-notes.md")
        compare(files.defaultSuffix, "md")
        files.close()
    }

    function test_aNewFileIsWrittenAtOnce() {
        const exporter = make()
        exporter.format = "w3c"
        const file = FileNames.inFolder(Qt.resolvedUrl("."), "no-such-export-okur-test.json")
        exporter.decide(file)
        compare(chosen.count, 1)
        compare(FileNames.name(chosen.signalArguments[0][0]), "no-such-export-okur-test.json")
        compare(chosen.signalArguments[0][1], "w3c")
    }

    function test_aFileThereIsReplacedOnlyWhenConfirmed() {
        const exporter = make()
        exporter.format = "markdown"
        const there = Qt.resolvedUrl("tst_exportdialog.qml")
        verify(FileNames.exists(there))
        const replace = findChild(exporter, "replaceFile")
        exporter.decide(there)
        tryVerify(() => replace.opened, 2000)
        compare(chosen.count, 0) // asked, not written
        compare(replace.title, "Replace tst_exportdialog.qml?")
        replace.reject()
        tryVerify(() => !replace.visible, 2000)
        compare(chosen.count, 0)
        const files = findChild(exporter, "exportFiles")
        tryVerify(() => files.visible, 2000) // Cancel goes back to the names, to pick another
        files.close()
        exporter.decide(there)
        tryVerify(() => replace.opened, 2000)
        const confirm = findChild(replace, "replaceConfirm")
        verify(confirm !== null)
        mouseClick(confirm)
        tryVerify(() => chosen.count === 1, 2000)
        compare(chosen.signalArguments[0][0], there)
    }

    function test_suffixOnlyWhenNone() {
        compare(FileNames.name(FileNames.withSuffix(Qt.resolvedUrl("notes"), "md")), "notes.md")
        compare(FileNames.name(FileNames.withSuffix(Qt.resolvedUrl("notes.MD"), "md")), "notes.MD")
        compare(FileNames.name(FileNames.withSuffix(Qt.resolvedUrl("words.tsv"), "txt")), "words.tsv")
        compare(FileNames.name(FileNames.withSuffix(Qt.resolvedUrl("notes.markdown"), "md")), "notes.markdown")
    }
}
