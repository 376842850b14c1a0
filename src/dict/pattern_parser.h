// Parses the pattern lines of a verbs file: "- BEFORE * AFTER [CODE] # comment".
// Internal to dict/ (used by verbs_reader.cc).
#ifndef DYAD_DICT_PATTERN_PARSER_H_
#define DYAD_DICT_PATTERN_PARSER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include "dict/source.h"

namespace dyad::dict::internal {

// Synsets defined so far: lowercase name with the '&' (and without a trailing '_') -> index into
// VerbSource::synsets.
using SynsetIndex = std::unordered_map<std::string, size_t>;

// Lowercases a synset reference or label and drops a trailing '_': "&CURRENCY_" -> "&currency".
std::string SynsetName(std::string_view label);

struct PatternError {
  std::string message;
  size_t pos = std::string_view::npos;  // Offset into the body, or npos for the whole line.
};

// Parses `body` (the pattern line after its '-', comment removed) into out->before, out->after
// and out->code. Tokens: WORD (underscores join consecutive words), &SYNSET, $ (source),
// + (target), {...} (consecutive words, head last), (PREP ...) (a preposition, then words,
// {...}, &SYNSET, $ or +), @REL (the dependency relation of the next group), exactly one '*'
// (the verb), and a final [CODE] (2-4 digits or "---"). Returns false with *error on unbalanced
// or nested brackets, a missing '*' or code, a bad code, a synset not in `synsets`, or an @REL
// that is malformed, inside a group or followed by no group. Linear in the size of `body`.
bool ParsePattern(std::string_view body, const SynsetIndex& synsets, VerbPattern* out,
                  PatternError* error);

}  // namespace dyad::dict::internal

#endif  // DYAD_DICT_PATTERN_PARSER_H_
