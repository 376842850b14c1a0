// The tokenizer behind Splitter::Tokenize (private to the text module).
#ifndef DYAD_TEXT_TOKENIZER_H_
#define DYAD_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "dyad/span.h"
#include "text/abbreviations.h"
#include "text/token.h"
#include "text/word_set.h"

namespace dyad::text {

// Appends the tokens of text[region] to *out. The region is clamped to the text, so any bytes
// and any region are safe. Runs in time linear in the region's size. `hyphen_prefixes` null:
// hyphenated words stay whole; otherwise they are split as Universal Dependencies does, except
// after a listed prefix (see tokenizer.cc).
void TokenizeRegion(std::string_view text, Span region, const Abbreviations& abbreviations,
                    const WordSet* hyphen_prefixes, std::vector<Token>* out);

}  // namespace dyad::text

#endif  // DYAD_TEXT_TOKENIZER_H_
