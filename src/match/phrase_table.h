// Longest-match lookup of word sequences over a token stream.
//
// Every dictionary kind (actors, agents, verb forms, discards, issues) compiles into one of these:
// phrases are keyed by their first word, and the candidates under a key are kept longest first,
// so the first candidate that matches at a position is the longest one.
//
// Usage:
//   PhraseTable table;
//   table.Add({"united", "states"}, 7);
//   table.Finalize();
//   PhraseTable::Match m = table.LongestAt(tokens, i);   // m.length == 0: nothing starts at i.
//
// Add/Finalize are not thread-safe; after Finalize the table is immutable and safe for concurrent
// lookups.
#ifndef DYAD_MATCH_PHRASE_TABLE_H_
#define DYAD_MATCH_PHRASE_TABLE_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/token.h"

namespace dyad::match {

// Heterogeneous hashing so lookups take a string_view without building a std::string.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class PhraseTable {
 public:
  struct Match {
    uint32_t length = 0;   // Tokens matched; 0 when nothing matched.
    uint32_t payload = 0;  // What the caller stored with the phrase.
  };

  // Adds `words` (non-empty, lowercased). A phrase added twice keeps its first payload and
  // Add returns false, so callers can report the duplicate.
  bool Add(const std::vector<std::string>& words, uint32_t payload);

  // Orders candidates longest first. REQUIRES: called once, after the last Add.
  void Finalize();

  // The longest phrase that starts at tokens[i] (the tokens' `norm` must equal the words).
  Match LongestAt(const std::vector<text::Token>& tokens, size_t i) const;

  // Every phrase starting at tokens[i], longest first (for callers that need a fallback).
  void AllAt(const std::vector<text::Token>& tokens, size_t i, std::vector<Match>* out) const;

  // True when some phrase starts with `word` (cheap pre-check).
  bool HasFirstWord(std::string_view word) const;

  size_t size() const { return size_; }

 private:
  struct Candidate {
    std::vector<std::string> rest;  // Words after the first.
    uint32_t payload;
  };
  static bool RestMatches(const Candidate& c, const std::vector<text::Token>& tokens, size_t i);

  std::unordered_map<std::string, std::vector<Candidate>, StringHash, std::equal_to<>> by_first_;
  size_t size_ = 0;
};

}  // namespace dyad::match

#endif  // DYAD_MATCH_PHRASE_TABLE_H_
