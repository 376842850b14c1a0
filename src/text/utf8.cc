#include "text/utf8.h"

#include <cstdint>

namespace dyad::text {
namespace {

// Length of the well-formed sequence starting at s[i], or 0 when it is not well-formed.
size_t SequenceLength(std::string_view s, size_t i) {
  if (static_cast<uint8_t>(s[i]) < 0x80) return 1;
  char32_t cp;
  uint8_t len;
  return DecodeUtf8(s, i, &cp, &len) ? len : 0;
}

}  // namespace

bool DecodeUtf8(std::string_view s, size_t pos, char32_t* cp, uint8_t* len) {
  const auto byte = [&](size_t k) { return static_cast<uint8_t>(s[pos + k]); };
  uint8_t b0 = byte(0);
  if (b0 < 0x80) {
    *cp = b0;
    *len = 1;
    return true;
  }
  uint8_t n;
  uint8_t lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return false;
  }
  if (s.size() - pos < n) return false;
  if (byte(1) < lo || byte(1) > hi) return false;
  char32_t value = b0 & (0xFF >> (n + 1));
  for (uint8_t k = 1; k < n; ++k) {
    if (k > 1 && (byte(k) < 0x80 || byte(k) > 0xBF)) return false;
    value = (value << 6) | (byte(k) & 0x3F);
  }
  *cp = value;
  *len = n;
  return true;
}

bool IsValidUtf8(std::string_view s, size_t* error_offset) {
  size_t i = 0;
  while (i < s.size()) {
    // Fast path over ASCII.
    if (static_cast<uint8_t>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t n = SequenceLength(s, i);
    if (n == 0) {
      if (error_offset) *error_offset = i;
      return false;
    }
    i += n;
  }
  return true;
}

std::string ReplaceInvalidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t n = SequenceLength(s, i);
    if (n == 0) {
      out.append("\xEF\xBF\xBD");
      ++i;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

}  // namespace dyad::text
