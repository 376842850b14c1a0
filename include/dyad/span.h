// Byte spans into an article's text.
#ifndef DYAD_SPAN_H_
#define DYAD_SPAN_H_

#include <cstdint>

namespace dyad {

// A half-open range [begin, end) of BYTE offsets into the text it refers to (never code points).
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace dyad

#endif  // DYAD_SPAN_H_
