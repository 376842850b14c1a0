// Flags shared by every subcommand that builds an Engine (--data, --dict, --no-builtin-dict).
#ifndef DYAD_CLI_ENGINE_FLAGS_H_
#define DYAD_CLI_ENGINE_FLAGS_H_

#include <memory>

#include <CLI/CLI.hpp>

#include "dyad/engine.h"
#include "dyad/options.h"

namespace dyad::cli {

struct EngineFlags {
  Options options;
  bool no_builtin = false;
  bool no_parse = false;

  void Register(CLI::App* app);
  // Builds the engine, printing warnings and errors to stderr. Null on failure.
  std::unique_ptr<Engine> Build();
};

}  // namespace dyad::cli

#endif  // DYAD_CLI_ENGINE_FLAGS_H_
