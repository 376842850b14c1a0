// The syntax stage: part-of-speech tags, lemmas and a labelled dependency tree for a sentence.
//
// Usage:
//   StatusOr<std::unique_ptr<syntax::Analyzer>> a = syntax::Analyzer::Load("data/models/en");
//   if (!a.ok()) return a.status();
//   std::vector<syntax::AnalyzedWord> words;
//   (*a)->Analyze(text, sentence.tokens, &words);   // words[i] describes sentence.tokens[i].
//
// Contract. Each token is one syntactic word (the text tokenizer splits "don't" into "do" and
// "n't" already). `text` is the string the tokens' byte spans index; the analyzer reads the
// original bytes for capitalization and shape and `Token::norm` for word identity. Tags and
// relations follow Universal Dependencies (English EWT): UPOS, Penn XPOS, UD relations with
// subtypes ("nmod:poss"). `head` is 1-based into the sentence; 0 marks the single root.
//
// Thread-safety: immutable after Load; Analyze is const and safe to call from many threads at
// once. Per-call scratch space is thread_local, so steady-state calls allocate only the lemma
// strings (short ones stay in the small-string buffer).
#ifndef DYAD_SYNTAX_ANALYZER_H_
#define DYAD_SYNTAX_ANALYZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "syntax/clusters.h"
#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"
#include "text/token.h"

namespace dyad::syntax {

struct AnalyzedWord {
  std::string_view upos;    // Points into the Analyzer; valid while it lives.
  std::string_view xpos;
  std::string lemma;
  int head = 0;             // 1-based index of the head word; 0 = root.
  std::string_view deprel;  // Empty when parsing was not requested.
};

struct AnalyzeOptions {
  bool lemmatize = true;
  bool parse = true;
};

class Analyzer {
 public:
  // File names inside a model directory.
  static constexpr const char* kTaggerFile = "tagger.bin";
  static constexpr const char* kParserFile = "parser.bin";
  static constexpr const char* kLemmatizerFile = "lemmatizer.bin";
  static constexpr const char* kClustersFile = "clusters.bin";

  // The model directory built into the binary (DYAD_DATA_DIR/models/en).
  static std::string DefaultModelDir();

  // Loads the four model files from `dir`. Errors name the file and why it was refused
  // (missing, corrupt, or built by an incompatible version).
  static StatusOr<std::unique_ptr<Analyzer>> Load(const std::string& dir);

  Analyzer(WordClusters clusters, Tagger tagger, Parser parser, Lemmatizer lemmatizer);
  Analyzer(const Analyzer&) = delete;  // Holds ~150 MB of weights: share it, do not copy it.
  Analyzer& operator=(const Analyzer&) = delete;

  // Fills `*out` (resized to tokens.size()) for one sentence. REQUIRES: token spans lie in
  // `text`. An empty sentence yields no words.
  void Analyze(std::string_view text, const std::vector<text::Token>& tokens,
               std::vector<AnalyzedWord>* out, const AnalyzeOptions& options = {}) const;

  const Tagger& tagger() const { return tagger_; }
  const Parser& parser() const { return parser_; }

 private:
  WordClusters clusters_;
  Tagger tagger_;
  Parser parser_;
  Lemmatizer lemmatizer_;
};

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_ANALYZER_H_
