#include "syntax/analyzer.h"

#include "syntax/page_array.h"
#include "base/status_macros.h"

namespace dyad::syntax {
namespace {

// Reused across calls on the same thread, so Analyze does not reallocate its working arrays.
struct Scratch {
  std::vector<WordInfo> words;
  std::vector<int> upos, xpos;
  Config config;
};

template <typename T>
StatusOr<T> LoadPart(const std::string& dir, const char* name) {
  std::string path = dir + "/" + name;
  ASSIGN_OR_RETURN(PageArray<char> data, ReadModelFile(path));
  return T::Deserialize(std::string_view(data.data(), data.size()), path);
}

}  // namespace

std::string Analyzer::DefaultModelDir() { return std::string(DYAD_DATA_DIR) + "/models/en"; }

Analyzer::Analyzer(WordClusters clusters, Tagger tagger, Parser parser, Lemmatizer lemmatizer)
    : clusters_(std::move(clusters)),
      tagger_(std::move(tagger)), parser_(std::move(parser)), lemmatizer_(std::move(lemmatizer)) {}

StatusOr<std::unique_ptr<Analyzer>> Analyzer::Load(const std::string& dir) {
  ASSIGN_OR_RETURN(WordClusters clusters, LoadPart<WordClusters>(dir, kClustersFile));
  ASSIGN_OR_RETURN(Tagger tagger, LoadPart<Tagger>(dir, kTaggerFile));
  ASSIGN_OR_RETURN(Parser parser, LoadPart<Parser>(dir, kParserFile));
  ASSIGN_OR_RETURN(Lemmatizer lemmatizer, LoadPart<Lemmatizer>(dir, kLemmatizerFile));
  return std::make_unique<Analyzer>(std::move(clusters), std::move(tagger), std::move(parser), std::move(lemmatizer));
}

void Analyzer::Analyze(std::string_view text, const std::vector<text::Token>& tokens,
                       std::vector<AnalyzedWord>* out, const AnalyzeOptions& options) const {
  thread_local Scratch s;
  out->resize(tokens.size());
  if (tokens.empty()) return;
  PrepareWords(text, tokens, &clusters_, &s.words);
  tagger_.Tag(s.words, &s.upos, &s.xpos);
  for (size_t i = 0; i < tokens.size(); ++i) {
    AnalyzedWord& w = (*out)[i];
    w.upos = tagger_.upos().Name(s.upos[i]);
    w.xpos = tagger_.xpos().Name(s.xpos[i]);
    if (options.lemmatize) w.lemma = lemmatizer_.Lemmatize(s.words[i].form, s.words[i].norm, w.upos);
  }
  if (!options.parse) return;
  ParseInput in{s.words.data(), s.upos.data(), s.xpos.data(), static_cast<int>(tokens.size())};
  parser_.Parse(in, &s.config);
  for (size_t i = 0; i < tokens.size(); ++i) {
    (*out)[i].head = s.config.head[i + 1];
    (*out)[i].deprel = parser_.labels().Name(s.config.label[i + 1]);
  }
}

}  // namespace dyad::syntax
