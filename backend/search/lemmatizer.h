#pragma once
#include "tokenizer/tokens.h"

#include <memory>

namespace okur::glossary {
class Glossary;
}

namespace okur::search {

/// A lemmatizer backed by the glossary's morphology. With no language it
/// takes whichever of Turkish and English reads the word better; with
/// tokenizer::kEnglishVerb, the English reading as a verb's -ing or past form.
tokenizer::Lemmatizer glossaryLemmatizer(const std::shared_ptr<const glossary::Glossary> &glossary);

} // namespace okur::search
