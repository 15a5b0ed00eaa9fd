#pragma once
// The QML engine the app runs in and its shell, made as main() makes them: the page tests make theirs with these.
class QObject;
class QQmlComponent;
class QQmlEngine;
class QSize;

namespace okur::app {

/// Sets up a plain QQmlEngine for the shell: Okur's module on the import path and, for Qt's own dialogs, the
/// variant of each of their files for the style (qml/+Material/FileDialog.qml and the parts it names). A plain
/// engine chooses no file variants: QQmlApplicationEngine's file selector looks for one for every file it loads,
/// a cost on the first frame, and Okur's files have none; without it the file dialog was made of the default
/// style's parts in the Material one's frame (a white folder bar, rows in the system palette's colours).
void setUpEngine(QQmlEngine *engine);

/// Makes the shell (Main.qml's window) from `component`, with the first page: the window paces the engine's
/// asynchronous loads, as QQmlApplicationEngine has it (what a page makes after its first frame, the style's
/// colours), set before the first page is made; so is `size`, when valid, so that the page is made for it (made
/// for the default and then narrowed, a reader laid its bar out twice, and a tap in between went astray). The
/// caller owns the window; null, with the component's errors, when it could not be made.
QObject *createShell(QQmlComponent &component, const QSize &size);

} // namespace okur::app
