// Small string helpers on UTF-8 bytes.
#ifndef DYAD_BASE_STRING_UTIL_H_
#define DYAD_BASE_STRING_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// Removes ASCII whitespace at both ends.
std::string_view Trim(std::string_view s);

// Splits on `sep`, keeping empty fields.
std::vector<std::string_view> Split(std::string_view s, char sep);

// ASCII-only lowercase and uppercase (bytes >= 0x80 are left alone).
std::string AsciiLower(std::string_view s);
std::string AsciiUpper(std::string_view s);

bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);

// Appends `s` to *out as the body of a JSON string (quotes not included), escaping as RFC 8259
// requires. `s` must be valid UTF-8.
void AppendJsonEscaped(std::string_view s, std::string* out);

}  // namespace dyad

#endif  // DYAD_BASE_STRING_UTIL_H_
