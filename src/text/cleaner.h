// The clean stage: finds the parts of an article body that are news, and the parts that are not
// (repeated headline lines, photo captions and credits, bylines, share/subscribe boilerplate).
// Nothing is copied: the result is a list of byte spans into the original body.
//
// The body is read as paragraphs separated by blank lines. Within a paragraph, consecutive lines
// that are kept form one block; a line that matches a rule is dropped on its own (and splits the
// paragraph's kept lines around it). A line or block equal to the headline (ignoring ASCII case
// and runs of whitespace) is dropped as "repeated headline". The other rules come from a data
// file (data/text/boilerplate.txt), whose header documents the format.
//
// Usage:
//   StatusOr<Cleaner> cleaner = Cleaner::Load(data_dir + "/text/boilerplate.txt");
//   if (!cleaner.ok()) return cleaner.status();
//   CleanResult result = cleaner->Clean(article.body, article.title_bytes);
#ifndef DYAD_TEXT_CLEANER_H_
#define DYAD_TEXT_CLEANER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/span.h"
#include "dyad/status.h"

namespace dyad::text {

struct DroppedBlock {
  Span span;
  std::string reason;  // "repeated headline", or a rule's reason: "photo credit", "byline" ...
};

struct CleanResult {
  std::vector<Span> blocks;           // Kept blocks (paragraphs or lines), in order.
  std::vector<DroppedBlock> dropped;  // Everything dropped, with the reason, in order.
};

// Immutable after loading; Clean is const and safe for concurrent use by multiple threads.
class Cleaner {
 public:
  // A Cleaner without rules: it drops only repeats of the headline.
  Cleaner() = default;

  // Reads a rule file. Errors name the file and line.
  static StatusOr<Cleaner> Load(const std::string& path);
  // Parses the contents of a rule file; `name` is used in messages.
  static StatusOr<Cleaner> Parse(std::string_view contents, std::string_view name);

  // `body` is Article::body; `title_bytes` is Article::title_bytes: the headline is
  // body[0, title_bytes) and, when not blank, is always the first kept block. Spans exclude the
  // surrounding whitespace of blocks and lines. A `title_bytes` past the end is clamped.
  CleanResult Clean(std::string_view body, uint32_t title_bytes) const;

  size_t rule_count() const { return rules_.size(); }

 private:
  enum class Match : uint8_t { kPrefix, kSuffix, kContains, kExact, kTail, kName };
  struct Rule {
    Match match;
    std::string phrase;  // ASCII-lowercased.
    std::string reason;
  };

  // The reason of the first rule that drops `line` (trimmed), or null.
  const std::string* DropReason(std::string_view line) const;
  static bool Matches(const Rule& rule, std::string_view line, std::string_view lowered);

  std::vector<Rule> rules_;
};

}  // namespace dyad::text

#endif  // DYAD_TEXT_CLEANER_H_
