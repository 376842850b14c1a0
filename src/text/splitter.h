// The split stage: tokens with byte spans, grouped into sentences.
//
// Usage:
//   Splitter splitter(&abbreviations);
//   std::vector<Sentence> sentences;
//   splitter.Split(body, block_span, &sentences);   // Appends.
//
// Rules (each tested on its own; splitter.cc and tokenizer.cc document them in full):
// abbreviations from the list do not end sentences (Mr. Gen. U.S. Jan.), except that a non-title
// one able to end a sentence (U.S., Inc.) does before a capitalized common sentence starter
// ("... to the U.S. The"); initials (J. Smith) do not; a closing quote or bracket after . ! ?
// stays with its sentence; numbers keep their inner separators (3.5, 1,000, 24-04-2018, 10:30);
// hyphenated words stay one token (war-torn); possessive 's and n't are separate tokens
// ("Britain" "'s", "did" "n't"); a block boundary always ends a sentence; a headline without
// final punctuation is one sentence; a sentence over 400 tokens is cut into chunks of at most
// 400 tokens. Both calls run in time linear in the region's size.
//
// Options change two things. With `hyphen_prefixes`, hyphenated compounds are split as Universal
// Dependencies (English EWT) splits them ("war-torn" -> "war" "-" "torn"), for the syntax view
// and treebank evaluation. With `sentence_model`, a trained model (sentence_model.h) decides at
// every candidate gap instead of rules 1 and 2 above; titles and initials still never end a
// sentence, and rules 3 and 4 still hold.
#ifndef DYAD_TEXT_SPLITTER_H_
#define DYAD_TEXT_SPLITTER_H_

#include <string_view>
#include <vector>

#include "dyad/span.h"
#include "text/abbreviations.h"
#include "text/sentence_model.h"
#include "text/token.h"
#include "text/word_set.h"

namespace dyad::text {

// The pointed-to objects must outlive the Splitter; null means "off".
struct SplitterOptions {
  // Prefixes that keep their hyphen (data/text/hyphen_prefixes.txt); set: split hyphenated
  // compounds the Universal Dependencies way. Null: "war-torn" stays one token, which is what
  // dictionary phrases expect.
  const WordSet* hyphen_prefixes = nullptr;
  // Set: the trained model (data/text/sentence_model.bin) finds sentence ends. Null: the rules.
  const SentenceModel* sentence_model = nullptr;
};

// Thread-safe: Split is const and keeps no state between calls.
class Splitter {
 public:
  // `abbreviations` must outlive the Splitter.
  explicit Splitter(const Abbreviations* abbreviations, SplitterOptions options = {})
      : abbreviations_(abbreviations), options_(options) {}

  // Tokenizes text[region] and appends its sentences to *out. `text` must be valid UTF-8.
  void Split(std::string_view text, Span region, std::vector<Sentence>* out) const;

  // Tokenizes text[region] without sentence splitting (appends to *out).
  void Tokenize(std::string_view text, Span region, std::vector<Token>* out) const;

 private:
  void SplitByRules(std::vector<Token>& tokens, std::vector<Sentence>* out) const;
  void SplitByModel(std::string_view text, std::vector<Token>& tokens,
                    std::vector<Sentence>* out) const;

  const Abbreviations* abbreviations_;
  SplitterOptions options_;
};

}  // namespace dyad::text

#endif  // DYAD_TEXT_SPLITTER_H_
