// UTF-8 validation at the input boundary. After it, every stage works on bytes.
#ifndef DYAD_TEXT_UTF8_H_
#define DYAD_TEXT_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace dyad::text {

// Returns true when `s` is well-formed UTF-8 (no overlongs, surrogates or code points above
// U+10FFFF). On failure, sets *error_offset (when not null) to the byte offset of the first
// invalid sequence.
bool IsValidUtf8(std::string_view s, size_t* error_offset = nullptr);

// Decodes the well-formed sequence starting at s[pos] (Unicode Table 3-7: no overlongs, no
// surrogates, nothing above U+10FFFF) into *cp and its byte length *len. Returns false, leaving
// both untouched, when the bytes there are not a well-formed sequence. REQUIRES: pos < s.size().
bool DecodeUtf8(std::string_view s, size_t pos, char32_t* cp, uint8_t* len);

// Returns `s` with each invalid sequence replaced by U+FFFD.
std::string ReplaceInvalidUtf8(std::string_view s);

}  // namespace dyad::text

#endif  // DYAD_TEXT_UTF8_H_
