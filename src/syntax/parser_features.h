// Feature templates of the parser: the rich non-local set of Zhang & Nivre (2011) for choosing a
// move, and a head-dependent set for labelling a new arc. All features are hashes (hash.h).
#ifndef DYAD_SYNTAX_PARSER_FEATURES_H_
#define DYAD_SYNTAX_PARSER_FEATURES_H_

#include <cstdint>

#include "syntax/transition.h"
#include "syntax/words.h"

namespace dyad::syntax {

// A sentence as the parser reads it: word i (1-based) is words[i - 1] with tags upos[i - 1] and
// xpos[i - 1]. Views only; the arrays outlive the parse.
struct ParseInput {
  const WordInfo* words = nullptr;
  const int* upos = nullptr;
  const int* xpos = nullptr;
  int n = 0;
};

inline constexpr int kMaxMoveFeatures = 112;
inline constexpr int kMaxLabelFeatures = 40;

// Writes the move features of `c` to `out` and returns their number.
int MoveFeatures(const Config& c, const ParseInput& in, uint64_t* out);

// Writes the features for labelling the arc `h` -> `d` (about to be built in `c`) to `out` and
// returns their number.
int LabelFeatures(const Config& c, const ParseInput& in, int h, int d, uint64_t* out);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_PARSER_FEATURES_H_
