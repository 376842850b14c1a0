// A synthetic dictionary set at the scale of large real PETRARCH-2 / Phoenix dictionaries, for
// bench/dict_bench.cc.
//
// Usage:
//   dyad::bench::DictScale scale;                       // ~15,000 patterns, 20,000 actors ...
//   dyad::bench::GeneratedDicts g = dyad::bench::GenerateDicts("data/dict", "/tmp/d", scale);
//   // Load g.dir with Options::dictionaries; every g.malformed line must come back as a warning.
//
// The files are made by varying dyad's own dictionaries under `source_dir` (verb blocks with
// renamed verbs and synsets, agent and issue phrases with added modifiers, person names
// recombined from the given names and surnames of the leaders file) so they use the whole
// syntax of each format the way real files do. None of their phrases is one of dyad's own, so
// loading them next to the built-in dictionaries adds entries instead of conflicting ones.
// A few lines of each file are malformed on purpose; `malformed` lists where they are.
//
// Generation is deterministic: the same scale gives the same bytes.
#ifndef DYAD_BENCH_DICT_CORPUS_H_
#define DYAD_BENCH_DICT_CORPUS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace dyad::bench {

// How much to generate. The defaults are the size of the Phoenix dictionary set.
struct DictScale {
  size_t verb_patterns = 15000;  // Whole blocks are written until at least this many patterns.
  size_t people = 16000;         // Persons with dated roles.
  size_t groups = 4000;          // Organisations and armed groups with a default code.
  size_t agents = 1500;
  size_t discards = 800;
  size_t issues = 600;
};

// One generated file.
struct GeneratedFile {
  std::string path;
  size_t bytes = 0;
  size_t lines = 0;    // All lines, comments and blanks included.
  size_t records = 0;  // Actors, agents, verbs + patterns, discards or issue lines.
};

// Where a line was written malformed on purpose: "basename:line" and why.
struct MalformedLine {
  std::string file;  // Base name, as warnings end their path with it.
  size_t line = 0;
  std::string what;
};

struct GeneratedDicts {
  std::string dir;
  std::vector<GeneratedFile> files;
  std::vector<MalformedLine> malformed;
  size_t verb_patterns = 0;
  size_t verbs = 0;
  size_t actors = 0;
  size_t actor_lines = 0;  // Phrase and code lines of the actors files.
  size_t dated_codes = 0;
  size_t agents = 0;

  // A person written first, for checking that the files were loaded: "Quentin Zarkovsky" is
  // FRAGOV from 2015-01-01 to 2019-12-31 and FRAELI from 2020-01-01 on.
  static constexpr const char* kProbeName = "Quentin Zarkovsky";

  size_t total_bytes() const;
  size_t total_records() const;
};

// Writes the dictionary files into `out_dir` (created if needed) from the files of
// `source_dir` (dyad's data/dict). Returns false with *error set if a file cannot be read or
// written.
bool GenerateDicts(const std::string& source_dir, const std::string& out_dir,
                   const DictScale& scale, GeneratedDicts* out, std::string* error);

}  // namespace dyad::bench

#endif  // DYAD_BENCH_DICT_CORPUS_H_
