// A greedy arc-eager dependency parser with labels (transition.h explains the moves).
//
// Design. Each step scores the four moves with an averaged perceptron over hashed Zhang & Nivre
// (2011) features and applies the best legal one. When the move builds an arc, a second
// perceptron picks its label at once, so later features can see the labels built so far
// (label sets, s0's label). Splitting the move and label decisions keeps the move table 4 floats
// wide, which is what lets it have 2^22 rows (few collisions) and still be small and fast.
//
// Training (Goldberg & Nivre 2012): at each step the dynamic oracle tells which moves lose no
// reachable gold arc. If the model's best move is not among them, the model is updated towards
// the best-scoring correct move. After the first epoch the parser follows its own prediction
// (with probability 0.9; a seeded std::mt19937 decides), so it learns to recover from its own
// mistakes instead of only from gold histories. Labels are learnt on arcs that are correct.
//
// Thread-safety: Parse is const and safe for concurrent use; it writes only into the caller's
// Config and output vectors.
#ifndef DYAD_SYNTAX_PARSER_H_
#define DYAD_SYNTAX_PARSER_H_

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "syntax/parser_features.h"
#include "syntax/perceptron.h"
#include "syntax/transition.h"
#include "syntax/vocab.h"

namespace dyad::syntax {

class Parser {
 public:
  static constexpr int kMoveRowBits = 24;
  static constexpr int kLabelRowBits = 20;
  static constexpr uint32_t kTemplateVersion = 5;  // Bump when parser_features.cc changes.

  Parser() = default;
  // An untrained parser over the given labels (at most 64; one must be "root").
  explicit Parser(Vocab labels);

  // Parses `in`; `c` is scratch space. On return c->head[i] and c->label[i] (1 <= i <= n) hold
  // each word's head (0 = root) and label id; exactly one word hangs from the root.
  void Parse(const ParseInput& in, Config* c) const;

  // One training pass over a sentence. `gold_head` (projective) and `gold_label` are indexed by
  // word (entry 0 unused). Returns the number of move errors.
  int Train(const ParseInput& in, const std::vector<int>& gold_head,
            const std::vector<int>& gold_label, bool explore, std::mt19937* rng, Config* c);

  Parser Averaged() const;
  const Vocab& labels() const { return label_names_; }

  std::string Serialize(float prune) const;
  static StatusOr<Parser> Deserialize(std::string_view data, std::string_view file);

 private:
  int BestMove(const Config& c, const float* scores) const;
  int PredictLabel(const Config& c, const ParseInput& in, int h, int d) const;
  // Attaches words left headless when the buffer empties.
  void Finish(const ParseInput& in, Config* c) const;

  Vocab label_names_;
  int root_label_ = -1;
  Perceptron moves_;
  Perceptron labeller_;
};

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_PARSER_H_
