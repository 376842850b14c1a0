// The whole pipeline (clean, split, tokenize, match, tag and parse where worth it, code, enrich)
// on real news, through the public API on one thread: what `dyad code` does per article.
//
//   build-bench/bench/pipeline_bench [--benchmark_filter=...]
//   DYAD_BENCH_NEWS=path.jsonl.gz   another corpus (default: the Reuters-21578 JSON Lines)
//
// Workloads: BM_Code/parse (the default engine) and BM_Code/no_parse (word order only, as
// `--no-parse`). The corpus is read into memory once, so reading and decompressing are not timed.
// Counters: articles/s, sentences/s, tokens/s (whitespace-separated words of the bodies) and
// events/s, per CPU second of the one coding thread (so a busy machine does not halve them), and
// peak_rss_mb (the process's ru_maxrss so far). Before timing, the run checks that
// the engine codes events on the corpus at all, so a broken data directory cannot produce a fast
// but meaningless number.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "dyad/engine.h"
#include "io/article_reader.h"

namespace dyad::bench {
namespace {

struct Corpus {
  std::vector<Article> articles;
  size_t words = 0;
};

size_t CountWords(const std::string& text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    words += !space && !in_word;
    in_word = !space;
  }
  return words;
}

const Corpus& GetCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    const char* env = std::getenv("DYAD_BENCH_NEWS");
    std::string path =
        env ? env : std::string(DYAD_SHARED_DIR) + "/data/news/reuters21578.jsonl.gz";
    StatusOr<std::unique_ptr<io::ArticleReader>> reader = io::ArticleReader::Open({path}, {});
    if (!reader.ok()) {
      std::fprintf(stderr, "%s\n", reader.status().ToString().c_str());
      std::exit(1);
    }
    io::InputRecord record;
    while ((*reader)->Next(&record)) {
      if (record.kind != io::InputRecord::Kind::kArticle) continue;
      c->words += CountWords(record.article.body);
      c->articles.push_back(std::move(record.article));
    }
    if (c->articles.empty()) {
      std::fprintf(stderr, "no articles in %s\n", path.c_str());
      std::exit(1);
    }
    return c;
  }();
  return *corpus;
}

void BM_Code(benchmark::State& state, bool parse) {
  const Corpus& corpus = GetCorpus();
  Options options;
  options.parse = parse;
  StatusOr<std::unique_ptr<Engine>> engine = Engine::Create(options, nullptr);
  if (!engine.ok()) return state.SkipWithError(engine.status().ToString().c_str());
  size_t articles = 0, sentences = 0, events = 0, words = 0;
  for (auto _ : state) {
    for (const Article& a : corpus.articles) {
      ArticleResult r = (*engine)->Code(a);
      sentences += r.sentences.size();
      events += r.events.size();
      benchmark::DoNotOptimize(r);
    }
    articles += corpus.articles.size();
    words += corpus.words;
  }
  if (events == 0) return state.SkipWithError("no events coded: is the data directory right?");
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  using benchmark::Counter;
  state.counters["articles/s"] = Counter(double(articles), Counter::kIsRate);
  state.counters["sentences/s"] = Counter(double(sentences), Counter::kIsRate);
  state.counters["tokens/s"] = Counter(double(words), Counter::kIsRate);
  state.counters["events/s"] = Counter(double(events), Counter::kIsRate);
  state.counters["peak_rss_mb"] = double(usage.ru_maxrss) / 1024.0;
}

BENCHMARK_CAPTURE(BM_Code, parse, true)->Unit(benchmark::kSecond)->Iterations(2);
BENCHMARK_CAPTURE(BM_Code, no_parse, false)->Unit(benchmark::kSecond)->Iterations(2);

}  // namespace
}  // namespace dyad::bench

BENCHMARK_MAIN();
