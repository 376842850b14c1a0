// Tokens and sentences: the output of the split stage, the input of every later stage.
#ifndef DYAD_TEXT_TOKEN_H_
#define DYAD_TEXT_TOKEN_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/span.h"

namespace dyad::text {

enum class TokenKind : uint8_t {
  kWord,    // Letters, possibly with inner apostrophes, hyphens, dots (U.S.) or digits (G20).
  kNumber,  // 12, 3.5, 1,000, 24-04-2018, 2018.
  kPunct,   // . , ; : ! ? ( ) [ ] and dashes.
  kQuote,   // " ' and their typographic forms.
  kSymbol,  // Anything else: %, $, @, emoji ...
};

struct Token {
  Span span;         // Byte offsets into the article body.
  std::string norm;  // Lowercased (Unicode-aware); typographic quotes and dashes unified to ASCII.
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;  // The first letter is uppercase in the original text.
  bool all_caps = false;     // Two or more letters, none lowercase ("US", "NATO", "U.S.").
  // A clitic split off the word before it with no space between ("'s", "'m", "n't"): the two
  // tokens are one surface token, which Universal Dependencies writes as a multiword token.
  bool clitic = false;
};

struct Sentence {
  Span span;                  // From the first token's begin to the last token's end.
  std::vector<Token> tokens;  // Never empty.
};

}  // namespace dyad::text

#endif  // DYAD_TEXT_TOKEN_H_
