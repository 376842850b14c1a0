// The features of a candidate sentence boundary, shared by the sentence model (sentence_model.h)
// and its trainer, so that training and splitting cannot disagree.
//
// A candidate is the gap after token i of a region. It is scored only when a sentence can
// plausibly end there (IsCandidate): whitespace follows the token, the token is not a title
// ("Mr.", "Gen.") or an initial ("J."), and the next token is not a lowercase word unless the
// token is final punctuation, a word with its own period or a symbol (an emoticon). Everything else is never a boundary, which also keeps splitting fast: in running
// text most gaps are between two lowercase words.
//
// A possessive apostrophe ("the ministers' meeting") never ends a sentence either.
//
// Features (hashed to 64 bits; the model folds them into its weight table) look at two tokens on
// each side of the gap: lowercased forms, shapes ("Xx", "X.X.", "d,d", "x"), flags (final
// punctuation, own period, listed abbreviation, capitalized, quote, bracket ...), their pairs and
// triples, the length of the sentence so far, how many of its words are lowercase (prose or a
// signature line?) and the distance to the end of the region.
#ifndef DYAD_TEXT_BOUNDARY_FEATURES_H_
#define DYAD_TEXT_BOUNDARY_FEATURES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/abbreviations.h"
#include "text/token.h"

namespace dyad::text {

// Not thread-safe (holds per-region scratch); cheap to construct, one per Split call.
class BoundaryFeatures {
 public:
  // Computes per-token descriptors of `tokens`, whose spans index `text`. `tokens` and
  // `abbreviations` must outlive this object.
  BoundaryFeatures(std::string_view text, const std::vector<Token>& tokens,
                   const Abbreviations& abbreviations);

  // True when the model should score the gap after tokens[i]. REQUIRES: i + 1 < tokens.size().
  bool IsCandidate(size_t i) const;

  // Replaces *out with the feature hashes of the gap after tokens[i], for a sentence that began
  // at tokens[begin]. REQUIRES: begin <= i.
  void Extract(size_t i, size_t begin, std::vector<uint64_t>* out) const;

  // True when tokens[i] is final punctuation (. ! ? ...), or a quote or closing bracket written
  // right after it (`."`, `?)`).
  bool AfterFinalPunctuation(size_t i) const;

  // True for a word that starts with a lowercase letter.
  bool LowercaseWordAt(size_t i) const;

  // True for a token that carries its own period ("etc.", "U.S."): the rules, not the model,
  // decide whether it ends a sentence (splitter.cc rule 2).
  bool HasOwnPeriod(size_t i) const;

 private:
  struct Info {
    uint64_t norm = 0;   // Hash of Token::norm.
    uint64_t shape = 0;  // Hash of the shape of the original bytes.
    uint32_t flags = 0;  // Flag bits (boundary_features.cc).
  };
  const Info& At(ptrdiff_t i) const;

  const std::vector<Token>& tokens_;
  std::vector<Info> infos_;
  std::vector<uint32_t> lower_before_;  // lower_before_[i]: lowercase words in tokens[0, i).
  Info before_, after_;  // Stand-ins for the positions outside the region.
};

}  // namespace dyad::text

#endif  // DYAD_TEXT_BOUNDARY_FEATURES_H_
