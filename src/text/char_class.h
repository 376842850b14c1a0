// Character classes for the tokenizer: one decode-and-classify step per character, with a table
// lookup for ASCII and utf8proc's Unicode categories for everything else.
//
// Decoding never reads past the end of the given string_view and never fails: a byte that does
// not start a well-formed UTF-8 sequence is returned as one character of length 1, code point
// U+FFFD, class kSymbol. The tokenizer is therefore safe on arbitrary bytes.
#ifndef DYAD_TEXT_CHAR_CLASS_H_
#define DYAD_TEXT_CHAR_CLASS_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::text {

enum class CharClass : uint8_t {
  kSpace,   // Whitespace, controls and invisible separators (ZWSP, BOM, LRM).
  kLetter,  // Unicode letters (L*).
  kDigit,   // Decimal digits (Nd).
  kMark,    // Combining marks, variation selectors, skin tones, soft hyphen: extend a token.
  kJoiner,  // ZERO WIDTH JOINER: glues the next character to the current symbol (emoji).
  kQuote,   // " ' ` and typographic quotes (Pi, Pf, guillemets).
  kDash,    // '-' and Unicode dashes (Pd, minus sign).
  kStop,    // Sentence-final punctuation: . ! ? and the ellipsis.
  kPunct,   // Other punctuation: , ; : ( ) [ ] { } ...
  kSymbol,  // Everything else, including invalid bytes.
};

// One decoded character at a byte position.
struct Char {
  char32_t cp = 0;
  uint8_t len = 1;  // Bytes in the original text (1 for an invalid byte).
  CharClass cls = CharClass::kSymbol;
  bool upper = false;  // An uppercase or titlecase letter.
};

namespace internal {

constexpr CharClass AsciiClass(unsigned char c) {
  if (c <= 0x20 || c == 0x7F) return CharClass::kSpace;
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return CharClass::kLetter;
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  if (c == '"' || c == '\'' || c == '`') return CharClass::kQuote;
  if (c == '-') return CharClass::kDash;
  if (c == '.' || c == '!' || c == '?') return CharClass::kStop;
  if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' ||
      c == '{' || c == '}') {
    return CharClass::kPunct;
  }
  return CharClass::kSymbol;
}

constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> table{};
  for (int c = 0; c < 128; ++c) table[c] = AsciiClass(static_cast<unsigned char>(c));
  return table;
}

inline constexpr std::array<CharClass, 128> kAsciiTable = MakeAsciiTable();

// The slow path of CharAt for bytes >= 0x80.
Char NonAsciiCharAt(std::string_view text, size_t pos);

}  // namespace internal

// Decodes and classifies the character starting at text[pos]. REQUIRES: pos < text.size().
inline Char CharAt(std::string_view text, size_t pos) {
  unsigned char b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) return Char{b, 1, internal::kAsciiTable[b], b >= 'A' && b <= 'Z'};
  return internal::NonAsciiCharAt(text, pos);
}

inline bool IsAlnum(CharClass c) { return c == CharClass::kLetter || c == CharClass::kDigit; }

// Appends the UTF-8 encoding of `cp` (U+FFFD when `cp` is not a scalar value).
void AppendUtf8(char32_t cp, std::string* out);

// Appends the token-normal form of one character: lowercase letters, ASCII ' for apostrophes and
// single quotes, ASCII " for double quotes and guillemets, '-' for dashes and hyphens, "..." for
// the ellipsis, U+FFFD for an invalid byte; anything else unchanged.
void AppendNormalized(const Char& c, std::string* out);

}  // namespace dyad::text

#endif  // DYAD_TEXT_CHAR_CLASS_H_
