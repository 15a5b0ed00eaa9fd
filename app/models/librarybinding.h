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

/// What a model of one document built with the glossary (its key terms, its two languages aligned) follows: it
/// computes again (`recompute`) once the glossary is there and whenever its document, or every document (an
/// empty id), changes.
template <typename Model>
void followDocumentAndGlossary(Model *model, library::Library *library, void (Model::*recompute)())
{
    if (!library) {
        return;
    }
    QObject::connect(library, &library::Library::glossaryReady, model, recompute);
    QObject::connect(&library->store(), &documents::DocumentStore::documentChanged, model,
                     [model, recompute](const QString &id) {
                         if (id.isEmpty() || id == model->documentId()) {
                             (model->*recompute)();
                         }
                     });
}

} // namespace okur::app
