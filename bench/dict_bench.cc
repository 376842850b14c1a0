// Loading dictionaries at the scale of large real PETRARCH-2 / Phoenix sets (issue 4: "large
// real files must load in under 2 seconds, and every malformed line must be reported").
//
//   build-bench/bench/dict_bench [--benchmark_filter=...]
//   DYAD_BENCH_DICT=DIR    time your own dictionary directory instead of the generated one
//   DYAD_BENCH_KEEP=1      keep the generated directory (its path is printed) instead of deleting it
//
// Before timing, a synthetic dictionary set is written to a temporary directory (see
// dict_corpus.h: ~15,000 verb patterns, ~20,000 actors on ~60,000 lines with dated roles,
// 1,500 agents, discards, issues, and some malformed lines). Each load goes through the public
// API exactly as the CLI's `--dict DIR` does: Engine::Create(Options, &warnings).
//
// Workloads:
//   BM_Load/builtin              `dyad code`: data/dict, tables and syntax models
//   BM_Load/builtin_noparse      the same without the syntax models (dictionaries and tables only)
//   BM_Load/large_only_noparse   `--no-builtin-dict --dict DIR --no-parse`: the large set alone
//   BM_Load/builtin_plus_large   `--dict DIR`: built-in data and the large set, with the models
// Time is wall time of Engine::Create only (UseManualTime), 3 loads each.
// Counters: files, bytes and records read; actors, verbs and patterns in the compiled lexicon;
// warnings returned; malformed = malformed lines reported / malformed lines written;
// peak_rss_mb = the process's VmHWM during the load (reset before each load).
// Before timing, the run checks that every malformed line is reported with its file and line and
// that a generated person codes with the right dated role; otherwise the workload is skipped.
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "dict_corpus.h"
#include "dyad/engine.h"

namespace dyad::bench {
namespace {

namespace fs = std::filesystem;

struct DictSet {
  std::string dir;  // Empty: no user dictionaries.
  size_t files = 0, bytes = 0, records = 0;
  std::vector<MalformedLine> malformed;
  bool generated = false;
};

DictSet g_builtin, g_large;

// Counts the regular files under `dir` and their bytes.
void Measure(const std::string& dir, DictSet* set) {
  set->dir = dir;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    ++set->files;
    set->bytes += e.file_size();
  }
}

void ResetPeakRss() { std::ofstream("/proc/self/clear_refs") << "5"; }

// VmHWM in MB: the peak since the last ResetPeakRss (or since start, if it could not reset).
double PeakRssMb() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmHWM:", 0) == 0) return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return double(usage.ru_maxrss) / 1024.0;
}

// The number after "NAME " in Engine::Summary() ("actors 1234, verbs 567, ...").
double SummaryCount(const std::string& summary, const std::string& name) {
  size_t at = summary.find(name + " ");
  if (at == std::string::npos || (at > 0 && summary[at - 1] != ' ')) return 0;
  return std::strtod(summary.c_str() + at + name.size() + 1, nullptr);
}

struct Config {
  bool builtin;
  bool large;
  bool parse;
};

Options OptionsOf(const Config& c) {
  Options o;
  o.data_dir = DYAD_DATA_DIR;
  o.builtin_dictionaries = c.builtin;
  o.parse = c.parse;
  if (c.large) o.dictionaries.push_back(g_large.dir);
  return o;
}

// "" if each malformed line comes back as a warning naming its file and line; else the first
// that does not.
std::string MissingMalformed(const std::vector<std::string>& warnings, size_t* reported) {
  std::string missing;
  *reported = 0;
  for (const MalformedLine& m : g_large.malformed) {
    std::string where = "/" + m.file + ":" + std::to_string(m.line) + ":";
    bool found = false;
    for (const std::string& w : warnings) found = found || w.find(where) != std::string::npos;
    if (found) {
      ++*reported;
    } else if (missing.empty()) {
      missing = "malformed line not reported: " + m.file + ":" + std::to_string(m.line) + " (" + m.what + ")";
    }
  }
  return missing;
}

// The source code of the first event of `text` dated `date`, or "".
std::string SourceOf(const Engine& engine, const std::string& text, const std::string& date) {
  Article a;
  a.id = "probe";
  a.date = date;
  a.body = text;
  ArticleResult r = engine.Code(a);
  return r.events.empty() ? "" : r.events.front().source.code;
}

// Checks a first, untimed load; returns "" or the reason the workload must not be timed.
std::string Check(const Config& c, const Engine& engine, const std::vector<std::string>& warnings,
                  size_t* reported) {
  *reported = 0;
  if (!c.large || !g_large.generated) return "";
  std::string missing = MissingMalformed(warnings, reported);
  if (!missing.empty()) return missing;
  if (!c.builtin) return "";  // The generated verbs are not English; nothing to code with.
  std::string text = std::string(GeneratedDicts::kProbeName) + " condemned Germany on Monday.";
  std::string in_office = SourceOf(engine, text, "2018-05-02");
  std::string after = SourceOf(engine, text, "2021-05-03");
  if (in_office != "FRAGOV" || after != "FRAELI") {
    return "probe person coded as '" + in_office + "' in 2018 and '" + after +
           "' in 2021 (expected FRAGOV, FRAELI)";
  }
  return "";
}

void BM_Load(benchmark::State& state, Config c) {
  Options options = OptionsOf(c);
  std::vector<std::string> warnings;
  size_t reported = 0;
  std::string summary;
  {
    StatusOr<std::unique_ptr<Engine>> e = Engine::Create(options, &warnings);
    if (!e.ok()) return state.SkipWithError(e.status().ToString().c_str());
    std::string bad = Check(c, **e, warnings, &reported);
    if (!bad.empty()) return state.SkipWithError(bad.c_str());
    summary = (*e)->Summary();
  }
  double peak = 0;
  for (auto _ : state) {
    warnings.clear();
    ResetPeakRss();
    auto start = std::chrono::steady_clock::now();
    StatusOr<std::unique_ptr<Engine>> e = Engine::Create(options, &warnings);
    auto stop = std::chrono::steady_clock::now();
    peak = std::max(peak, PeakRssMb());
    state.SetIterationTime(std::chrono::duration<double>(stop - start).count());
    benchmark::DoNotOptimize(e);
  }
  const DictSet* sets[] = {c.builtin ? &g_builtin : nullptr, c.large ? &g_large : nullptr};
  double files = 0, bytes = 0, records = 0;
  for (const DictSet* s : sets) {
    if (!s) continue;
    files += double(s->files);
    bytes += double(s->bytes);
    records += double(s->records);
  }
  state.counters["files"] = files;
  state.counters["bytes"] = bytes;
  state.counters["gen_records"] = records;
  state.counters["actors"] = SummaryCount(summary, "actors");
  state.counters["verbs"] = SummaryCount(summary, "verbs");
  state.counters["patterns"] = SummaryCount(summary, "patterns");
  state.counters["warnings"] = double(warnings.size());
  state.counters["malformed"] = double(reported);
  state.counters["malformed_written"] = c.large ? double(g_large.malformed.size()) : 0;
  state.counters["peak_rss_mb"] = peak;
  state.SetLabel(summary);
}

// Writes the generated set (or measures DYAD_BENCH_DICT) and prints what it holds.
bool PrepareLarge() {
  if (const char* own = std::getenv("DYAD_BENCH_DICT")) {
    Measure(own, &g_large);
    std::fprintf(stderr, "dict_bench: timing %s: %zu files, %zu bytes\n", own, g_large.files, g_large.bytes);
    return true;
  }
  std::string dir = (fs::temp_directory_path() / ("dyad_dict_bench." + std::to_string(getpid()))).string();
  GeneratedDicts g;
  std::string error;
  auto start = std::chrono::steady_clock::now();
  if (!GenerateDicts(std::string(DYAD_DATA_DIR) + "/dict", dir, DictScale(), &g, &error)) {
    std::fprintf(stderr, "dict_bench: %s\n", error.c_str());
    return false;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  Measure(dir, &g_large);
  g_large.records = g.total_records();
  g_large.malformed = g.malformed;
  g_large.generated = true;
  std::fprintf(stderr, "dict_bench: generated %s in %.2f s\n", dir.c_str(), secs);
  for (const GeneratedFile& f : g.files) {
    std::fprintf(stderr, "  %-28s %9zu bytes %7zu lines %7zu records\n",
                 fs::path(f.path).filename().c_str(), f.bytes, f.lines, f.records);
  }
  std::fprintf(stderr,
               "  verbs %zu, patterns %zu, actors %zu on %zu lines with %zu dated codes, agents %zu, "
               "malformed lines %zu\n",
               g.verbs, g.verb_patterns, g.actors, g.actor_lines, g.dated_codes, g.agents,
               g.malformed.size());
  return true;
}

void RemoveLarge() {
  if (!g_large.generated) return;
  const char* keep = std::getenv("DYAD_BENCH_KEEP");
  if (keep && std::string(keep) == "1") {
    std::fprintf(stderr, "dict_bench: kept %s\n", g_large.dir.c_str());
    return;
  }
  std::error_code ec;
  fs::remove_all(g_large.dir, ec);
}

void Register(const char* name, Config c) {
  benchmark::RegisterBenchmark(name, BM_Load, c)
      ->UseManualTime()
      ->Iterations(3)
      ->Unit(benchmark::kMillisecond);
}

}  // namespace
}  // namespace dyad::bench

int main(int argc, char** argv) {
  using namespace dyad::bench;
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  Measure(std::string(DYAD_DATA_DIR) + "/dict", &g_builtin);
  if (!PrepareLarge()) return 1;
  Register("BM_Load/builtin", {.builtin = true, .large = false, .parse = true});
  Register("BM_Load/builtin_noparse", {.builtin = true, .large = false, .parse = false});
  Register("BM_Load/large_only_noparse", {.builtin = false, .large = true, .parse = false});
  Register("BM_Load/builtin_plus_large", {.builtin = true, .large = true, .parse = true});
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  RemoveLarge();
  return 0;
}
