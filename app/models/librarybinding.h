#pragma once
#include "library/library.h"

#include <QObject>

namespace okur::app {

/// Disconnects `receiver` from a library and its stores, before a model
/// takes another library (its `library` property).
inline void detachLibrary(QObject *receiver, library::Library *library)
{
    if (!library) {
        return;
    }
    QObject::disconnect(library, nullptr, receiver, nullptr);
    QObject::disconnect(&library->store(), nullptr, receiver, nullptr);
    QObject::disconnect(&library->annotations(), nullptr, receiver, nullptr);
    QObject::disconnect(&library->vocabulary(), nullptr, receiver, nullptr);
    QObject::disconnect(&library->wordStatus(), nullptr, receiver, nullptr);
}

} // namespace okur::app
