#include "dict/config.h"

#include "base/file.h"
#include "base/string_util.h"

namespace dyad::dict {
namespace {

SourceKind KindOfKey(std::string_view key) {
  std::string k = AsciiLower(key);
  if (StartsWith(k, "verb")) return SourceKind::kVerbs;
  if (StartsWith(k, "actor")) return SourceKind::kActors;
  if (StartsWith(k, "agent")) return SourceKind::kAgents;
  if (StartsWith(k, "discard")) return SourceKind::kDiscards;
  if (StartsWith(k, "issue")) return SourceKind::kIssues;
  return SourceKind::kUnknown;
}

std::string Directory(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? "" : std::string(path.substr(0, slash + 1));
}

}  // namespace

bool IsDictionaryConfig(std::string_view path) {
  std::string p = AsciiLower(path);
  return EndsWith(p, ".ini") || EndsWith(p, ".cfg") || EndsWith(p, ".conf");
}

StatusOr<std::vector<std::pair<std::string, SourceKind>>> ParseDictionaryConfig(
    std::string_view contents, std::string_view path) {
  std::vector<std::pair<std::string, SourceKind>> files;
  std::string dir = Directory(path);
  int line_no = 0;
  for (std::string_view line : Split(contents, '\n')) {
    ++line_no;
    line = Trim(line);
    if (line.empty() || line[0] == '#' || line[0] == ';' || line[0] == '[') continue;
    size_t eq = line.find('=');
    if (eq == std::string_view::npos) {
      return Status::InvalidArgument(std::string(path) + ":" + std::to_string(line_no) +
                                     ": expected 'key = value'");
    }
    SourceKind kind = KindOfKey(Trim(line.substr(0, eq)));
    if (kind == SourceKind::kUnknown) continue;
    for (std::string_view name : Split(line.substr(eq + 1), ',')) {
      name = Trim(name);
      if (name.empty()) continue;
      std::string file = name[0] == '/' ? std::string(name) : dir + std::string(name);
      files.emplace_back(std::move(file), kind);
    }
  }
  return files;
}

StatusOr<std::vector<std::pair<std::string, SourceKind>>> ReadDictionaryConfig(
    const std::string& path) {
  StatusOr<std::string> contents = ReadFile(path);
  if (!contents.ok()) return contents.status();
  return ParseDictionaryConfig(*contents, path);
}

}  // namespace dyad::dict
