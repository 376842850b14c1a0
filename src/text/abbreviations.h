// Abbreviations that end in a period but do not end a sentence (Mr., Gen., U.S., Jan.).
// The lists are data files (data/text/abbreviations.txt): one lowercased abbreviation per line,
// with its final period, '#' comments.
#ifndef DYAD_TEXT_ABBREVIATIONS_H_
#define DYAD_TEXT_ABBREVIATIONS_H_

#include <string>
#include <string_view>
#include <unordered_set>

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

  // True when `word` (the lowercased token including its final period, e.g. "mr.") is listed.
  bool Contains(std::string_view lowered_with_period) const;
  // True for abbreviations that usually precede a name and never end a sentence (titles:
  // "mr.", "dr.", "gen."). Marked in the file with a trailing " title".
  bool IsTitle(std::string_view lowered_with_period) const;

  size_t size() const { return all_.size(); }

 private:
  std::unordered_set<std::string> all_;
  std::unordered_set<std::string> titles_;
};

}  // namespace dyad::text

#endif  // DYAD_TEXT_ABBREVIATIONS_H_
