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

// Returns `s` with each invalid sequence replaced by U+FFFD.
std::string ReplaceInvalidUtf8(std::string_view s);

}  // namespace dyad::text

#endif  // DYAD_TEXT_UTF8_H_
