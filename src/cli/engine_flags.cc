#include "cli/engine_flags.h"

#include <cstdio>

namespace dyad::cli {

void EngineFlags::Register(CLI::App* app) {
  app->add_option("--data", options.data_dir, "Built-in data directory (default: the one built in)");
  app->add_option("--dict", options.dictionaries,
                  "Your own dictionary file or directory (PETRARCH-2 formats); repeatable");
  app->add_flag("--no-builtin-dict", no_builtin, "Use only the --dict dictionaries");
  app->add_flag("--no-parse", no_parse, "Code by word order only, without the dependency parse");
  app->add_flag("--statements", options.code_statements,
                "Also code verbs of saying as 010 (make statement)");
}

std::unique_ptr<Engine> EngineFlags::Build() {
  options.builtin_dictionaries = !no_builtin;
  options.parse = !no_parse;
  std::vector<std::string> warnings;
  StatusOr<std::unique_ptr<Engine>> engine = Engine::Create(options, &warnings);
  for (const std::string& w : warnings) std::fprintf(stderr, "dyad: warning: %s\n", w.c_str());
  if (!engine.ok()) {
    std::fprintf(stderr, "dyad: %s\n", engine.status().ToString().c_str());
    return nullptr;
  }
  return std::move(engine).value();
}

}  // namespace dyad::cli
