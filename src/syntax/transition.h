// The arc-eager transition system (Nivre 2003) and its dynamic oracle (Goldberg & Nivre 2012).
//
// A configuration is a stack, a buffer of word indices and the arcs built so far. Words are
// numbered 1..n; 0 is the artificial root, which starts (and stays) at the bottom of the stack.
//   SHIFT   push the buffer front b.                       REQUIRES: b exists.
//   REDUCE  pop the stack top s.                           REQUIRES: s != 0 and s has a head.
//   LEFT    arc b -> s, pop s.                             REQUIRES: b exists, s != 0, s headless.
//   RIGHT   arc s -> b, push b.                            REQUIRES: b exists, s != 0.
// Parsing ends when the buffer is empty. The root never takes a RIGHT arc: the words left
// headless on the stack at the end are the candidates, and Parser::Finish makes the first of
// them the root's only dependent and hangs the others from it. Deferring the root decision to
// the end (rather than committing to it when the main verb is shifted) scored better on dev,
// and it keeps the UD invariant of a single root.
//
// Cost(m) is the number of gold arcs that applying m makes unreachable; the dynamic oracle's
// correct moves are the least-cost ones. It is exact for projective gold trees, so training
// trees are first made projective by lifting (Projectivize).
#ifndef DYAD_SYNTAX_TRANSITION_H_
#define DYAD_SYNTAX_TRANSITION_H_

#include <cstdint>
#include <vector>

namespace dyad::syntax {

enum Move : int { kShift = 0, kReduce = 1, kLeft = 2, kRight = 3 };
inline constexpr int kNumMoves = 4;

// The state of one parse. Vectors are indexed by word (0 = root) and reused between sentences.
struct Config {
  int n = 0;
  int buffer = 1;  // The buffer is the words buffer..n; empty when buffer > n.
  std::vector<int> stack;
  std::vector<int> head;    // -1 while headless.
  std::vector<int> label;   // -1 while headless.
  std::vector<int> left1, left2, right1, right2;  // Outermost and second-outermost dependents.
  std::vector<int> left_count, right_count;       // Valency.
  std::vector<uint64_t> left_labels, right_labels;  // Bit sets of dependents' label ids (< 64).
  std::vector<uint8_t> in_stack;

  // Resets to the initial configuration of a sentence of `num_words` words.
  void Init(int num_words);
  bool Terminal() const { return buffer > n; }
  int S0() const { return stack.back(); }
  int B0() const { return buffer <= n ? buffer : -1; }

  bool CanApply(Move m) const;
  // REQUIRES: CanApply(m). `lab` is the label of the arc LEFT or RIGHT builds.
  void Apply(Move m, int lab);
  // Adds head -> dep without touching stack or buffer (used when finishing a parse).
  void AddArc(int h, int d, int lab);
};

// The number of reachable gold arcs lost by applying `m` (REQUIRES: c.CanApply(m)).
// `gold_head[d]` is the gold head of word d (entry 0 unused); the tree must be projective.
int Cost(const Config& c, Move m, const std::vector<int>& gold_head);

// True when the tree has no crossing arcs (with the root at position 0).
bool IsProjective(const std::vector<int>& head);
// Makes a tree projective by lifting: while an arc h -> d crosses another, the shortest such
// arc is reattached to h's head. `head[0]` is ignored.
std::vector<int> Projectivize(std::vector<int> head);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_TRANSITION_H_
