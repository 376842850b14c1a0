// A set of lowercased words read from a data file, such as the prefixes that keep their hyphen
// (data/text/hyphen_prefixes.txt). One entry per line; '#' starts a comment line; blank lines
// are skipped; entries are lowercased (ASCII) on reading.
#ifndef DYAD_TEXT_WORD_SET_H_
#define DYAD_TEXT_WORD_SET_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "dyad/status.h"

namespace dyad::text {

// Immutable after loading; safe for concurrent reads.
class WordSet {
 public:
  WordSet() = default;

  // Reads the file at `path`. Errors name the file.
  static StatusOr<WordSet> Load(const std::string& path);
  // Parses the contents of such a file. Never fails; `contents` may be empty.
  static WordSet Parse(std::string_view contents);

  void Add(std::string_view word);
  // True when `lowered` (already lowercased) is in the set. Does not allocate.
  bool Contains(std::string_view lowered) const { return words_.find(lowered) != words_.end(); }
  size_t size() const { return words_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
};

}  // namespace dyad::text

#endif  // DYAD_TEXT_WORD_SET_H_
