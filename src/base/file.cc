#include "base/file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace dyad {
namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

Status ErrnoStatus(const std::string& path, const char* what) {
  return Status::IOError(path + ": cannot " + what + ": " + std::strerror(errno));
}

}  // namespace

StatusOr<std::string> ReadFile(const std::string& path) {
  FilePtr f(std::fopen(path.c_str(), "rb"));
  if (!f) return ErrnoStatus(path, "open");
  std::string contents;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof(buf), f.get())) > 0) contents.append(buf, n);
  if (std::ferror(f.get())) return ErrnoStatus(path, "read");
  return contents;
}

Status WriteFile(const std::string& path, std::string_view contents) {
  FilePtr f(std::fopen(path.c_str(), "wb"));
  if (!f) return ErrnoStatus(path, "create");
  if (std::fwrite(contents.data(), 1, contents.size(), f.get()) != contents.size()) {
    return ErrnoStatus(path, "write");
  }
  return Status::Ok();
}

std::string_view BaseName(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace dyad
