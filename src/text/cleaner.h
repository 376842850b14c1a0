// The clean stage: finds the parts of an article body that are news, and the parts that are not
// (repeated headline lines, photo captions and credits, bylines, share/subscribe boilerplate).
// Nothing is copied: the result is a list of byte spans into the original body.
#ifndef DYAD_TEXT_CLEANER_H_
#define DYAD_TEXT_CLEANER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/span.h"

namespace dyad::text {

struct DroppedBlock {
  Span span;
  std::string reason;  // "repeated headline", "photo credit", "byline", "boilerplate".
};

struct CleanResult {
  std::vector<Span> blocks;            // Kept blocks (paragraphs or lines), in order.
  std::vector<DroppedBlock> dropped;   // Everything dropped, with the reason.
};

// `body` is Article::body; `title_bytes` is Article::title_bytes (the headline is body[0,
// title_bytes) and is always kept as the first block when non-empty). Thread-safe.
CleanResult Clean(std::string_view body, uint32_t title_bytes);

}  // namespace dyad::text

#endif  // DYAD_TEXT_CLEANER_H_
