// Distributional word clusters learned from unlabeled text, used as features by the tagger and
// the parser (a word seen rarely in the treebank still has a cluster learned from news text).
//
// Algorithm: the predictive exchange algorithm (Uszkoreit & Brants 2008), run on both sides.
// Each word w is described by the counts n(x, w) of its contexts x: the word just before it and
// the word just after it (each restricted to the `num_contexts` most frequent words; the rest
// and the sentence boundaries are one "other" context per side). With a class c(w) per word,
// the class-based model P(x | w) ~ P(c(w) | x) has the log-likelihood, up to constants,
//   F = sum_{x,c} f(N(x, c)) - 2 * sum_c f(N(c)),   f(n) = n log n,
// where N(x, c) = sum of n(x, w) over the words of class c and N(c) their total count. The
// exchange step moves one word to the class that maximises F, which needs only the rows
// N(x, .) of the word's contexts; words are visited in frequency order, for a fixed number of
// passes. Initial classes are the frequency ranks modulo the class count. Nothing is random:
// the result depends only on the corpus and the options.
//
// Two clusterings are learned, a coarse and a fine one, and each word in the vocabulary gets
// both ids (1-based; 0 means "not in the vocabulary").
//
// Usage:
//   ClusterOptions o;
//   WordClusters clusters = LearnClusters(sentences, o);   // sentences of Token::norm strings.
//   uint32_t fine = clusters.Fine(HashString("attack"));
//
// Thread-safety: a WordClusters is immutable after construction or Deserialize; lookups are
// safe from many threads.
#ifndef DYAD_SYNTAX_CLUSTERS_H_
#define DYAD_SYNTAX_CLUSTERS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"
#include "syntax/flat_hash.h"

namespace dyad::syntax {

struct ClusterOptions {
  int coarse_classes = 64;
  int fine_classes = 512;
  int min_count = 3;         // Words seen fewer times get no cluster.
  int num_contexts = 8000;   // Context words per side (by frequency).
  int passes = 10;           // Exchange passes per clustering.
  std::function<void(std::string_view)> log;  // Progress lines; may be empty.
};

class WordClusters {
 public:
  static constexpr uint32_t kTemplateVersion = 1;  // Bump when the meaning of ids changes.

  WordClusters() = default;

  // Cluster ids of the word with norm hash `h` (HashString(Token::norm)); 0 when unknown.
  uint32_t Coarse(uint64_t h) const { return ids_.Find(h) >> 16; }
  uint32_t Fine(uint64_t h) const { return ids_.Find(h) & 0xFFFF; }
  // Both ids at once: coarse << 16 | fine, 0 when unknown.
  uint32_t Packed(uint64_t h) const { return ids_.Find(h); }
  size_t size() const { return ids_.size(); }

  // Adds or replaces a word. REQUIRES: 0 < coarse, fine < 65536.
  void Set(uint64_t h, uint32_t coarse, uint32_t fine) { ids_.Insert(h, coarse << 16 | fine); }

  std::string Serialize() const;
  static StatusOr<WordClusters> Deserialize(std::string_view data, std::string_view file);

 private:
  FlatHashMap ids_;  // Norm hash -> coarse << 16 | fine.
};

// One flat clustering of `words` (ids 0..num_classes-1 per word, in the order of `words`):
// exposed for tests. `sentences` hold indices into `words`, -1 for out-of-vocabulary tokens.
std::vector<int> ExchangeClusters(const std::vector<std::vector<int>>& sentences,
                                  size_t num_words, int num_classes, int num_contexts,
                                  int passes);

// Learns coarse and fine clusters from `sentences` (each a list of Token::norm strings).
WordClusters LearnClusters(const std::vector<std::vector<std::string>>& sentences,
                           const ClusterOptions& options);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_CLUSTERS_H_
