// Runs the built dyad binary as a child process for the bad-input and resume tests: output
// captured to files, the exit status or signal, and the child's peak resident memory.
#ifndef DYAD_TESTS_BAD_INPUT_DYAD_PROCESS_H_
#define DYAD_TESTS_BAD_INPUT_DYAD_PROCESS_H_

#include <sys/types.h>

#include <string>
#include <vector>

namespace dyad::testing {

struct ProcessResult {
  int exit_status = -1;  // The exit status, or -1 when the child was killed by a signal.
  int signal = 0;        // The signal that ended the child, or 0.
  std::string out, err;  // What it wrote to stdout and stderr.
  long max_rss_mb = 0;   // Peak resident set size of the child, in MiB.
  double seconds = 0;    // Wall time.
};

// Starts `binary` with `args`; stdin from `stdin_path`, stdout and stderr to
// `dir`/stdout and `dir`/stderr. Returns the child's pid (-1 when fork failed).
pid_t StartProcess(const std::string& binary, const std::vector<std::string>& args,
                   const std::string& dir, const std::string& stdin_path = "/dev/null");

// Waits for the child `pid` started by StartProcess with the same `dir` and collects its result.
ProcessResult WaitProcess(pid_t pid, const std::string& dir);

// StartProcess, then WaitProcess.
ProcessResult RunProcess(const std::string& binary, const std::vector<std::string>& args,
                         const std::string& dir, const std::string& stdin_path = "/dev/null");

}  // namespace dyad::testing

#endif  // DYAD_TESTS_BAD_INPUT_DYAD_PROCESS_H_
