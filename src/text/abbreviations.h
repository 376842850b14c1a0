// Abbreviations that end in a period but do not end a sentence (Mr., Gen., U.S., Jan.).
// The lists are data files (data/text/abbreviations.txt): one lowercased abbreviation per line,
// with its final period, then an optional tag ("title", "final" or "number"); '#' comments and
// blank lines are skipped. The file's header documents the tags.
#ifndef DYAD_TEXT_ABBREVIATIONS_H_
#define DYAD_TEXT_ABBREVIATIONS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "dyad/status.h"

namespace dyad::text {

// Immutable after loading; safe for concurrent reads.
class Abbreviations {
 public:
  Abbreviations() = default;

  // Reads one file in the format above. Errors name the file and line.
  static StatusOr<Abbreviations> Load(const std::string& path);
  // Parses the contents of such a file; `name` is used in messages.
  static StatusOr<Abbreviations> Parse(std::string_view contents, std::string_view name);

  // Adds one abbreviation such as "gen." (case-insensitive).
  void Add(std::string_view abbreviation);

  // True when `lowered_with_period` (a lowercased word with its final period, e.g. "mr.") is
  // listed.
  bool Contains(std::string_view lowered_with_period) const;
  // True for abbreviations that usually precede a name and never end a sentence (titles:
  // "mr.", "dr.", "gen."). Marked in the file with a trailing " title".
  bool IsTitle(std::string_view lowered_with_period) const;

  // True for abbreviations tagged "final": they may also end a sentence when a common sentence
  // starter follows ("... Acme Inc. The deal").
  bool CanEndSentence(std::string_view lowered_with_period) const;
  // True for abbreviations tagged "number": they are abbreviations only before a number
  // ("No. 10"); elsewhere their period is a full stop ("She said no.").
  bool NeedsNumber(std::string_view lowered_with_period) const;

  size_t size() const { return flags_.size(); }

 private:
  enum Flag : uint8_t { kTitle = 1, kFinal = 2, kNumber = 4 };

  // Hashes std::string and std::string_view alike, so lookups do not allocate.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };

  void AddWithFlags(std::string_view abbreviation, uint8_t flags);
  uint8_t FlagsOf(std::string_view lowered_with_period) const;

  // Lowercased abbreviation -> its Flag bits (0 for a plain abbreviation).
  std::unordered_map<std::string, uint8_t, Hash, std::equal_to<>> flags_;
};

}  // namespace dyad::text

#endif  // DYAD_TEXT_ABBREVIATIONS_H_
