// Part-of-speech tagging: two greedy left-to-right averaged perceptrons, one for UPOS and one for
// XPOS (the XPOS model also sees the UPOS just chosen for the same word).
//
// Features (tagger.cc): the word (lowercased and as written), its ambiguity class (the UPOS
// tags it had in training, for words seen 3+ times) and those of the next two words, its prefixes and suffixes of 1-4 bytes, its shape, the words
// at -2..+2, the suffixes of the neighbours, the word clusters (clusters.h) of the word and its
// neighbours, and the two previous predicted tags, alone and with the word.
//
// Thread-safety: Tag is const and safe for concurrent use once loaded.
#ifndef DYAD_SYNTAX_TAGGER_H_
#define DYAD_SYNTAX_TAGGER_H_

#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "syntax/flat_hash.h"
#include "syntax/perceptron.h"
#include "syntax/vocab.h"
#include "syntax/words.h"

namespace dyad::syntax {

class Tagger {
 public:
  static constexpr int kRowBits = 20;           // 2^20 rows per weight table.
  static constexpr uint32_t kTemplateVersion = 4;  // Bump when features change.

  Tagger() = default;
  // An untrained tagger over the given tag sets.
  Tagger(Vocab upos, Vocab xpos);

  // Writes one UPOS and one XPOS id per word into `upos` and `xpos` (resized).
  void Tag(const std::vector<WordInfo>& words, std::vector<int>* upos,
           std::vector<int>* xpos) const;

  // Training: tags `words` with the current weights, updating towards the gold ids.
  // Returns the number of UPOS errors.
  int Train(const std::vector<WordInfo>& words, const std::vector<int>& gold_upos,
            const std::vector<int>& gold_xpos);
  // A copy with averaged weights, ready to tag or save.
  Tagger Averaged() const;

  // Sets the ambiguity classes from training data: for each word (`norm_hash`) seen at least
  // `min_count` times, the bit set of its UPOS ids.
  void BuildLexicon(const std::vector<const std::vector<WordInfo>*>& sentences,
                    const std::vector<const std::vector<int>*>& upos, int min_count);

  const Vocab& upos() const { return upos_names_; }
  const Vocab& xpos() const { return xpos_names_; }

  std::string Serialize(float prune) const;
  static StatusOr<Tagger> Deserialize(std::string_view data, std::string_view file);

 private:
  // The static (tag-independent) features of word i; returns how many were written.
  int StaticFeatures(const std::vector<WordInfo>& words, int i, uint64_t* f) const;
  uint64_t AmbiguityAt(const std::vector<WordInfo>& words, int i) const;

  FlatHashMap lexicon_;  // norm_hash -> UPOS bit set.
  Vocab upos_names_;
  Vocab xpos_names_;
  Perceptron upos_model_;
  Perceptron xpos_model_;
};

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_TAGGER_H_
