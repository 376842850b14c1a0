#include "dyad_process.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <fstream>
#include <sstream>

namespace dyad::testing {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Runs in the child between fork and exec: only async-signal-safe calls.
void Redirect(const char* path, int fd, int flags) {
  int opened = ::open(path, flags, 0644);
  if (opened < 0) ::_exit(126);
  ::dup2(opened, fd);
  ::close(opened);
}

}  // namespace

pid_t StartProcess(const std::string& binary, const std::vector<std::string>& args,
                   const std::string& dir, const std::string& stdin_path) {
  std::vector<std::string> argv_strings = {binary};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);
  const std::string out = dir + "/stdout", err = dir + "/stderr";
  pid_t pid = ::fork();
  if (pid == 0) {
    Redirect(stdin_path.c_str(), STDIN_FILENO, O_RDONLY);
    Redirect(out.c_str(), STDOUT_FILENO, O_WRONLY | O_CREAT | O_TRUNC);
    Redirect(err.c_str(), STDERR_FILENO, O_WRONLY | O_CREAT | O_TRUNC);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  return pid;
}

ProcessResult WaitProcess(pid_t pid, const std::string& dir) {
  ProcessResult r;
  if (pid < 0) return r;
  auto start = std::chrono::steady_clock::now();
  int status = 0;
  struct rusage usage = {};
  while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (WIFEXITED(status)) r.exit_status = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  r.max_rss_mb = usage.ru_maxrss / 1024;  // Linux reports KiB.
  r.out = Slurp(dir + "/stdout");
  r.err = Slurp(dir + "/stderr");
  return r;
}

ProcessResult RunProcess(const std::string& binary, const std::vector<std::string>& args,
                         const std::string& dir, const std::string& stdin_path) {
  auto start = std::chrono::steady_clock::now();
  ProcessResult r = WaitProcess(StartProcess(binary, args, dir, stdin_path), dir);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

}  // namespace dyad::testing
