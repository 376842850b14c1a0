#include "io/json_util.h"

#include <charconv>
#include <cmath>

#include "base/string_util.h"
#include "text/utf8.h"

namespace dyad::io {

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  if (text::IsValidUtf8(s)) {
    AppendJsonEscaped(s, out);
  } else {
    AppendJsonEscaped(text::ReplaceInvalidUtf8(s), out);
  }
  out->push_back('"');
}

std::string FormatDouble(double value) {
  char buf[32];
  std::to_chars_result result = std::to_chars(buf, buf + sizeof(buf), value);
  return std::string(buf, result.ptr);
}

void AppendJsonNumber(double value, std::string* out) {
  out->append(std::isfinite(value) ? FormatDouble(value) : "null");
}

}  // namespace dyad::io
