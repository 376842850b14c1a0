// Tagging and parsing throughput on the UD English EWT test set, from gold tokens.
//
//   build/bench/syntax_bench [--benchmark_filter=...]
//   DYAD_BENCH_CONLLU=path.conllu DYAD_BENCH_MODEL=dir  override the corpus and the model.
//
// Workloads: BM_Load (model load), BM_Tag (UPOS+XPOS), BM_TagLemmatize, BM_TagParse
// (tagging + parsing, the figure the 150k tokens/s target is about), BM_Analyze (all).
// Counters: tokens/s and sentences/s; peak_rss_mb is the process's ru_maxrss so far.
// Before timing, the run checks the output against the gold file (UPOS accuracy and UAS
// must be plausible), so a broken model cannot produce a fast but meaningless number.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "syntax/analyzer.h"
#include "syntax/conllu.h"
#include "syntax/words.h"

namespace dyad::syntax {
namespace {

struct Corpus {
  std::vector<std::string> texts;
  std::vector<std::vector<text::Token>> tokens;
  std::vector<ConlluSentence> gold;
  size_t num_tokens = 0;
};

std::string Env(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v ? v : fallback;
}

std::string ModelDir() { return Env("DYAD_BENCH_MODEL", Analyzer::DefaultModelDir()); }

const Corpus& GetCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    std::string path =
        Env("DYAD_BENCH_CONLLU", std::string(DYAD_SHARED_DIR) + "/data/ud-english-ewt/en_ewt-ud-test.conllu");
    StatusOr<std::vector<ConlluSentence>> s = ReadConllu(path);
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.status().ToString().c_str());
      std::exit(1);
    }
    c->gold = std::move(*s);
    for (const ConlluSentence& sentence : c->gold) {
      std::vector<std::string> forms;
      for (const ConlluWord& w : sentence.words) forms.push_back(w.form);
      c->texts.emplace_back();
      c->tokens.emplace_back();
      TokensFromForms(forms, &c->texts.back(), &c->tokens.back());
      c->num_tokens += forms.size();
    }
    return c;
  }();
  return *corpus;
}

const Analyzer& GetAnalyzer() {
  static const Analyzer* analyzer = [] {
    StatusOr<std::unique_ptr<Analyzer>> a = Analyzer::Load(ModelDir());
    if (!a.ok()) {
      std::fprintf(stderr, "%s\n", a.status().ToString().c_str());
      std::exit(1);
    }
    return a->release();
  }();
  return *analyzer;
}

// Refuses to benchmark a model whose output is not plausible.
void CheckCorrectness(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  size_t upos = 0, heads = 0;
  std::vector<AnalyzedWord> out;
  for (size_t i = 0; i < c.tokens.size(); ++i) {
    GetAnalyzer().Analyze(c.texts[i], c.tokens[i], &out);
    for (size_t j = 0; j < out.size(); ++j) {
      upos += out[j].upos == c.gold[i].words[j].upos;
      heads += out[j].head == c.gold[i].words[j].head;
    }
  }
  if (upos < 0.9 * c.num_tokens || heads < 0.75 * c.num_tokens) {
    state.SkipWithError("model output is implausible (UPOS < 90% or UAS < 75%)");
  }
}

void ReportMemory(benchmark::State& state, size_t sentences, size_t tokens) {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["tokens/s"] = benchmark::Counter(double(tokens), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] =
      benchmark::Counter(double(sentences), benchmark::Counter::kIsRate);
  state.counters["peak_rss_mb"] = double(usage.ru_maxrss) / 1024.0;
}

void Run(benchmark::State& state, AnalyzeOptions options) {
  const Corpus& c = GetCorpus();
  const Analyzer& a = GetAnalyzer();
  CheckCorrectness(state);
  std::vector<AnalyzedWord> out;
  size_t sentences = 0, tokens = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < c.tokens.size(); ++i) {
      a.Analyze(c.texts[i], c.tokens[i], &out, options);
      benchmark::DoNotOptimize(out.data());
    }
    sentences += c.tokens.size();
    tokens += c.num_tokens;
  }
  ReportMemory(state, sentences, tokens);
}

void BM_Tag(benchmark::State& state) { Run(state, {.lemmatize = false, .parse = false}); }
void BM_TagLemmatize(benchmark::State& state) { Run(state, {.lemmatize = true, .parse = false}); }
void BM_TagParse(benchmark::State& state) { Run(state, {.lemmatize = false, .parse = true}); }
void BM_Analyze(benchmark::State& state) { Run(state, {.lemmatize = true, .parse = true}); }

void BM_Load(benchmark::State& state) {
  for (auto _ : state) {
    StatusOr<std::unique_ptr<Analyzer>> a = Analyzer::Load(ModelDir());
    if (!a.ok()) state.SkipWithError(a.status().ToString().c_str());
    benchmark::DoNotOptimize(a);
  }
  ReportMemory(state, 0, 0);
}

BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TagLemmatize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TagParse)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad::syntax

BENCHMARK_MAIN();
