#include "io/dir_walk.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <utility>

#include "base/string_util.h"

namespace dyad::io {
namespace {

using DirId = std::pair<dev_t, ino_t>;

std::string_view WithoutGz(std::string_view name) {
  if (EndsWith(name, ".gz")) name.remove_suffix(3);
  return name;
}

std::string Join(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

std::string SystemReason(const char* what) {
  return std::string("cannot ") + what + ": " + std::strerror(errno);
}

// Returns the sorted visible names in `dir`, or sets *error.
std::vector<std::string> ListNames(const std::string& dir, std::string* error) {
  std::vector<std::string> names;
  DIR* handle = ::opendir(dir.c_str());
  if (handle == nullptr) {
    *error = SystemReason("list directory");
    return names;
  }
  errno = 0;
  while (const dirent* entry = ::readdir(handle)) {
    if (entry->d_name[0] != '.') names.emplace_back(entry->d_name);
    errno = 0;
  }
  if (errno != 0) *error = SystemReason("list directory");
  ::closedir(handle);
  std::sort(names.begin(), names.end());
  return names;
}

void Walk(const std::string& dir, const std::string& relative, std::set<DirId>* visited,
          std::vector<WalkEntry>* out) {
  std::string error;
  std::vector<std::string> names = ListNames(dir, &error);
  if (!error.empty()) out->push_back({dir, relative, error});
  for (const std::string& name : names) {
    WalkEntry entry{Join(dir, name), relative.empty() ? name : relative + "/" + name, ""};
    struct stat info;
    if (::stat(entry.path.c_str(), &info) != 0) {  // Also a link whose target is gone.
      entry.error = SystemReason("open");
      out->push_back(std::move(entry));
    } else if (S_ISDIR(info.st_mode)) {
      if (visited->insert({info.st_dev, info.st_ino}).second) {
        Walk(entry.path, entry.relative, visited, out);
      }
    } else if (S_ISREG(info.st_mode) && HasArticleExtension(name)) {
      out->push_back(std::move(entry));
    }
  }
}

}  // namespace

bool IsJsonLinesName(std::string_view name) {
  name = WithoutGz(name);
  return EndsWith(name, ".jsonl") || EndsWith(name, ".ndjson") || EndsWith(name, ".json");
}

bool HasArticleExtension(std::string_view name) {
  std::string_view bare = WithoutGz(name);
  return IsJsonLinesName(name) || EndsWith(bare, ".txt") || EndsWith(bare, ".text");
}

std::vector<WalkEntry> WalkDirectory(const std::string& root) {
  std::vector<WalkEntry> out;
  std::set<DirId> visited;
  struct stat info;
  if (::stat(root.c_str(), &info) != 0) {
    out.push_back({root, "", SystemReason("open")});
    return out;
  }
  visited.insert({info.st_dev, info.st_ino});
  Walk(root, "", &visited, &out);
  return out;
}

}  // namespace dyad::io
