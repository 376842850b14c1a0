// Scoring tagging, lemmatisation and parsing as the CoNLL 2018 shared task does
// (https://universaldependencies.org/conll18/evaluation.html).
//
// Gold and system words are aligned by their spans over the document's non-whitespace
// characters, so the scores stay meaningful when the system tokenized the raw text itself.
// Every metric is an F1 over aligned words: with gold tokenization precision, recall and F1
// are all the same accuracy. Specifics:
//   - LAS compares the universal part of DEPREL only ("nmod" for "nmod:poss"), as the 2018
//     script does; UAS compares heads, which must align as well.
//   - Lemmas: a gold lemma "_" matches anything.
//   - Words inside a multiword token get sub-spans when their forms spell the token ("do" +
//     "n't" = "don't"); otherwise each gets the whole token's span (simpler than the script's
//     LCS alignment inside such tokens; English EWT has almost none).
#ifndef DYAD_SYNTAX_METRICS_H_
#define DYAD_SYNTAX_METRICS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/conllu.h"

namespace dyad::syntax {

// Half-open span over the document's non-whitespace characters (bytes).
struct CharSpan {
  uint32_t begin = 0, end = 0;
  friend bool operator==(const CharSpan&, const CharSpan&) = default;
};

struct EvalWord {
  CharSpan span;
  std::string upos, xpos, lemma, deprel;
  int head = -1;  // Index into EvalDoc::words of the head; -1 for the root.
};

struct EvalDoc {
  std::vector<CharSpan> sentences;
  std::vector<CharSpan> tokens;
  std::vector<std::string> token_forms;  // Parallel to `tokens` (optional for systems).
  std::vector<EvalWord> words;
};

struct F1 {
  size_t gold = 0, system = 0, correct = 0;
  double Precision() const { return system ? 100.0 * correct / system : 0; }
  double Recall() const { return gold ? 100.0 * correct / gold : 0; }
  double Value() const { return gold + system ? 200.0 * correct / (gold + system) : 0; }
};

struct EvalResult {
  F1 sentences, tokens, words, upos, xpos, lemmas, uas, las;
};

// For each byte position of `text` (and its end), `start` plus the number of non-whitespace
// bytes before it. Whitespace is Unicode-aware (a no-break space counts as space), as in the
// 2018 script, which strips characters for which Python's isspace() holds.
std::vector<uint32_t> NonSpaceOffsets(std::string_view text, uint32_t start);

// Appends a CoNLL-U sentence's words and tokens to `doc`. `*offset` is the running count of
// non-whitespace characters in the document and is advanced.
void AppendConllu(const ConlluSentence& s, uint32_t* offset, EvalDoc* doc);

// Appends the surface token of one system word to `doc` (tokens and token_forms). When
// `joins_previous` (the caller saw a clitic written with no space after its host: "do" + "n't"),
// the word extends the last token instead (if there is one), so the two words form one multiword token as in UD, and the
// Tokens metric compares surface tokens as the 2018 script does. The word itself is appended by
// the caller, with `span` as its span.
void AppendSystemToken(CharSpan span, std::string_view form, bool joins_previous, EvalDoc* doc);

EvalResult Evaluate(const EvalDoc& gold, const EvalDoc& system);

// Gold tokens that no system token matches, grouped by kind ("contraction", "hyphenated",
// "punctuation", "number", "url/email", "abbreviation", "other"), most frequent kind first,
// each with up to `examples` examples "gold=>system" (the system token overlapping the gold
// token's start, when the system has token_forms). A gold piece of a word the system kept
// whole with a hyphen ("wheel" of "wheel-chair") counts as "hyphenated".
struct MismatchKind {
  std::string kind;
  size_t count = 0;
  std::vector<std::string> examples;
};
std::vector<MismatchKind> TokenMismatches(const EvalDoc& gold, const EvalDoc& system,
                                          size_t examples);

// The table eval-parse prints, one metric per line: Tokens, Sentences and Words when `raw`, the
// tagging and parsing metrics when `syntax`.
std::string FormatResult(const EvalResult& r, bool raw, bool syntax = true);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_METRICS_H_
