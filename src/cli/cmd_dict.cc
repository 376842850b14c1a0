// dyad dict lint [PATH...] / dyad dict stats [PATH...]: checks and counts dictionaries in the
// PETRARCH-2 / CAMEO formats (the built-in ones when no path is given).
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "cli/commands.h"
#include "dict/find.h"
#include "dict/lint.h"
#include "dict/sources.h"
#include "dict/stats.h"
#include "engine/data_files.h"

namespace dyad::cli {
namespace {

struct DictFlags {
  std::vector<std::string> paths;
  std::string data;
  std::string word;
};

// Reads every file under `paths`; false (with a message) when one cannot be read at all.
bool LoadAll(const DictFlags& f, dict::DictionarySources* sources) {
  std::vector<std::string> paths = f.paths;
  if (paths.empty()) paths.push_back(engine::ResolveDataDir(f.data) + "/dict");
  for (const std::string& path : paths) {
    auto files = engine::ListDictionaryFiles(path);
    if (!files.ok()) {
      std::fprintf(stderr, "dyad: %s\n", files.status().ToString().c_str());
      return false;
    }
    for (const auto& [file, kind] : *files) {
      Status s = dict::LoadSourceFile(file, sources, kind);
      if (!s.ok()) {
        std::fprintf(stderr, "dyad: %s\n", s.ToString().c_str());
        return false;
      }
    }
  }
  return true;
}

std::unordered_set<std::string> EventCodes(const DictFlags& f) {
  std::unordered_set<std::string> codes;
  Status s = dict::LoadEventCodes(engine::ResolveDataDir(f.data) + "/cameo/codes.tsv", &codes);
  if (!s.ok()) std::fprintf(stderr, "dyad: warning: %s\n", s.ToString().c_str());
  return codes;
}

int Lint(const DictFlags& f) {
  dict::DictionarySources sources;
  if (!LoadAll(f, &sources)) return kExitError;
  std::unordered_set<std::string> codes = EventCodes(f);
  std::vector<dict::Diagnostic> found = sources.diagnostics;
  for (dict::Diagnostic& d : dict::Lint(sources, dict::LintOptions{codes.empty() ? nullptr : &codes})) {
    found.push_back(std::move(d));
  }
  for (const dict::Diagnostic& d : found) std::printf("%s\n", d.ToString().c_str());
  std::fprintf(stderr, "dyad: %zu files, %zu findings\n", sources.files.size(), found.size());
  return found.empty() ? kExitOk : kExitError;
}

int Stats(const DictFlags& f) {
  dict::DictionarySources sources;
  if (!LoadAll(f, &sources)) return kExitError;
  dict::DictStats s = dict::ComputeStats(sources);
  std::printf(
      "files %zu\nactor records %zu\n  countries %zu\n  people %zu\n  IGOs and their heads %zu\n  NGOs %zu\n"
      "  armed groups and their leaders %zu\nactor phrases %zu\ndated codes %zu\nagents %zu\n"
      "agent phrases %zu\nsynsets %zu\nverb blocks %zu\nverbs %zu\nverb forms %zu\npatterns %zu\n"
      "discards %zu\nissues %zu\nevent codes used %zu\n",
      s.files, s.actor_records, s.countries, s.people, s.igos, s.ngos, s.armed_groups,
      s.actor_phrases, s.dated_codes, s.agents, s.agent_phrases,
      s.synsets, s.blocks, s.verbs, s.verb_forms, s.patterns, s.discards, s.issues,
      s.event_codes.size());
  std::unordered_set<std::string> codes = EventCodes(f);
  std::vector<std::string> unused;
  for (const std::string& c : codes) {
    // Two-digit roots are headings of the codebook; coders produce their children.
    if (c.size() > 2 && !s.event_codes.count(c)) unused.push_back(c);
  }
  std::sort(unused.begin(), unused.end());
  std::printf("CAMEO codes with no verb or pattern %zu:", unused.size());
  for (const std::string& c : unused) std::printf(" %s", c.c_str());
  std::printf("\n");
  return kExitOk;
}

int Find(const DictFlags& f) {
  dict::DictionarySources sources;
  if (!LoadAll(f, &sources)) return kExitError;
  std::vector<dict::Finding> found = dict::Find(sources, f.word);
  for (const dict::Finding& x : found) {
    std::printf("%s:%d\t%s\t'%s'\t%s\n", x.where.file.c_str(), x.where.line, x.kind.c_str(),
                x.phrase.c_str(), x.result.c_str());
  }
  if (found.empty()) std::fprintf(stderr, "dyad: no dictionary entry contains '%s'\n", f.word.c_str());
  return found.empty() ? kExitError : kExitOk;
}

}  // namespace

Runner AddDictCommand(CLI::App* app) {
  auto f = std::make_shared<DictFlags>();
  app->require_subcommand(1);
  app->add_option("--data", f->data, "Built-in data directory (for the CAMEO code table)");
  CLI::App* lint = app->add_subcommand("lint", "Report malformed lines, conflicts, unknown codes");
  lint->add_option("paths", f->paths, "Dictionary files or directories (default: built-in)");
  CLI::App* stats = app->add_subcommand("stats", "Count entries by kind; list codes with no pattern");
  stats->add_option("paths", f->paths, "Dictionary files or directories (default: built-in)");
  CLI::App* find = app->add_subcommand("find", "Which entries contain a word or phrase, and why");
  find->add_option("word", f->word, "A word or phrase, e.g. \"White House\"")->required();
  find->add_option("paths", f->paths, "Dictionary files or directories (default: built-in)");
  return [f, lint, find] {
    if (lint->parsed()) return Lint(*f);
    return find->parsed() ? Find(*f) : Stats(*f);
  };
}

}  // namespace dyad::cli
