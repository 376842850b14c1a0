// The per-token values the tagger, lemmatiser and parser read: computed once per token from the
// original text (for capitalization and shape) and the token's lowercased `norm`.
#ifndef DYAD_SYNTAX_WORDS_H_
#define DYAD_SYNTAX_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/clusters.h"
#include "text/token.h"

namespace dyad::syntax {

struct WordInfo {
  std::string_view form;  // The original bytes, text[span].
  std::string_view norm;  // Token::norm: lowercased, quotes and dashes unified.
  uint64_t norm_hash = 0;
  uint64_t form_hash = 0;   // Case-sensitive: tells "Bush" from "bush".
  uint64_t shape_hash = 0;  // Hash of the shape: "Xxxx" -> "Xx", "1,000" -> "d,d".
  uint64_t prefix[4] = {};  // Hashes of the first 1..4 bytes of norm (0 when shorter).
  uint64_t suffix[4] = {};  // Hashes of the last 1..4 bytes of norm.
  uint32_t coarse_cluster = 0;  // WordClusters ids of norm (clusters.h); 0 when unknown.
  uint32_t fine_cluster = 0;
};

// Fills `out` (resized to tokens.size()) from `tokens`, whose spans index `text`, taking cluster
// ids from `clusters` (none when null). The views in `out` point into `text` and `tokens`,
// which must outlive it.
void PrepareWords(std::string_view text, const std::vector<text::Token>& tokens,
                  const WordClusters* clusters, std::vector<WordInfo>* out);

// Builds tokens for pre-tokenized words (e.g. CoNLL-U FORMs): `*text` becomes the forms joined
// by single spaces and `*tokens` one token per form, with norm as the text tokenizer makes it.
void TokensFromForms(const std::vector<std::string>& forms, std::string* text,
                     std::vector<text::Token>* tokens);

// The token-normal form of `form` (lowercase, unified quotes and dashes).
std::string NormalizeForm(std::string_view form);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_WORDS_H_
