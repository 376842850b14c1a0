// The subcommands of the dyad CLI. Each registers its flags on the app and returns the function
// that runs it; the function's return value is the process exit status (doc/cli.md).
#ifndef DYAD_CLI_COMMANDS_H_
#define DYAD_CLI_COMMANDS_H_

#include <functional>

#include <CLI/CLI.hpp>

namespace dyad::cli {

using Runner = std::function<int()>;

// Exit statuses.
inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 1;    // Unusable input, data or output.
inline constexpr int kExitSkipped = 2;  // --strict and a record was skipped.

Runner AddCodeCommand(CLI::App* app);
Runner AddExplainCommand(CLI::App* app);
Runner AddEvalCommand(CLI::App* app);
Runner AddDictCommand(CLI::App* app);
Runner AddQueryCommand(CLI::App* app);
Runner AddTrainCommand(CLI::App* app);
Runner AddEvalParseCommand(CLI::App* app);

}  // namespace dyad::cli

#endif  // DYAD_CLI_COMMANDS_H_
