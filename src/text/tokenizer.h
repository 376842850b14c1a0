// The tokenizer behind Splitter::Tokenize (private to the text module).
#ifndef DYAD_TEXT_TOKENIZER_H_
#define DYAD_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "dyad/span.h"
#include "text/abbreviations.h"
#include "text/token.h"

namespace dyad::text {

// Appends the tokens of text[region] to *out. The region is clamped to the text, so any bytes
// and any region are safe. Runs in time linear in the region's size.
void TokenizeRegion(std::string_view text, Span region, const Abbreviations& abbreviations,
                    std::vector<Token>* out);

}  // namespace dyad::text

#endif  // DYAD_TEXT_TOKENIZER_H_
