// dyad: news articles in, coded political events out. See README.md and doc/cli.md.
#include <cstdio>
#include <map>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "dyad/version.h"

int main(int argc, char** argv) {
  CLI::App app{"dyad: codes political events (CAMEO, PLOVER) from news articles"};
  app.set_version_flag("--version", std::string("dyad ") + dyad::kVersion);
  app.require_subcommand(1);
  std::map<CLI::App*, dyad::cli::Runner> runners;
  auto add = [&](const char* name, const char* help, dyad::cli::Runner (*fn)(CLI::App*)) {
    CLI::App* sub = app.add_subcommand(name, help);
    runners[sub] = fn(sub);
  };
  add("code", "Code articles into events", dyad::cli::AddCodeCommand);
  add("explain", "Show how one sentence is coded, step by step", dyad::cli::AddExplainCommand);
  add("eval", "Code a PLOVER gold file and score the events", dyad::cli::AddEvalCommand);
  add("dict", "Check and summarise dictionaries (lint, stats)", dyad::cli::AddDictCommand);
  add("query", "Print the events stored in a dyad database", dyad::cli::AddQueryCommand);
  add("train", "Train the tagger, lemmatiser and parser on a UD treebank",
      dyad::cli::AddTrainCommand);
  add("eval-parse", "Score tagging and parsing on a CoNLL-U file",
      dyad::cli::AddEvalParseCommand);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  for (auto& [sub, run] : runners) {
    if (sub->parsed()) return run();
  }
  return dyad::cli::kExitError;
}
