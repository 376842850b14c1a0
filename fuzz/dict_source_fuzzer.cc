// Fuzzes the dictionary-source parser: the same bytes are read as each kind of dictionary file
// (actors, agents, verbs, discards, issues) into one DictionarySources, which is then linted
// against the built-in CAMEO code table and counted.
//
// Checks: reading never fails or crashes; every diagnostic names the file and a line inside the
// input; lint diagnostics do too.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "dict/lint.h"
#include "dict/source_reader.h"
#include "dict/sources.h"
#include "dict/stats.h"
#include "fuzz/fuzz_check.h"

namespace {

using dyad::dict::Diagnostic;
using dyad::dict::SourceKind;

const std::unordered_set<std::string>& KnownCodes() {
  static const auto* codes = [] {
    auto* c = new std::unordered_set<std::string>;
    FUZZ_CHECK(dyad::dict::LoadEventCodes(DYAD_DATA_DIR "/cameo/codes.tsv", c).ok());
    return c;
  }();
  return *codes;
}

void CheckDiagnostics(const std::vector<Diagnostic>& diagnostics, int lines) {
  for (const Diagnostic& d : diagnostics) {
    FUZZ_CHECK(d.where.file == "fuzz.txt");
    FUZZ_CHECK(d.where.line >= 0 && d.where.line <= lines);
    FUZZ_CHECK(!d.message.empty());
    FUZZ_CHECK(!d.ToString().empty());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view contents(reinterpret_cast<const char*>(data), size);
  int lines = 1;
  for (char c : contents) lines += c == '\n';

  dyad::dict::GuessKind("fuzz.txt", contents);
  dyad::dict::DictionarySources sources;
  for (SourceKind kind : {SourceKind::kActors, SourceKind::kAgents, SourceKind::kVerbs,
                          SourceKind::kDiscards, SourceKind::kIssues}) {
    dyad::dict::AddSource(contents, "fuzz.txt", kind, &sources);
  }
  CheckDiagnostics(sources.diagnostics, lines);

  dyad::dict::LintOptions options;
  options.known_event_codes = &KnownCodes();
  CheckDiagnostics(dyad::dict::Lint(sources, options), lines);
  dyad::dict::DictStats stats = dyad::dict::ComputeStats(sources);
  FUZZ_CHECK(stats.event_codes.count("---") == 0);
  return 0;
}
