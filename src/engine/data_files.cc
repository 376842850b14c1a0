#include "engine/data_files.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "base/file.h"
#include "base/string_util.h"
#include "dict/config.h"

namespace dyad::engine {

namespace fs = std::filesystem;

std::string ResolveDataDir(const std::string& configured) {
  if (!configured.empty()) return configured;
  if (const char* env = std::getenv("DYAD_DATA"); env && *env) return env;
  return DYAD_DATA_DIR;
}

StatusOr<std::vector<std::string>> ListFiles(const std::string& path) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec) return Status::NotFound(path + ": " + ec.message());
  if (fs::is_regular_file(st)) return std::vector<std::string>{path};
  if (!fs::is_directory(st)) return Status::InvalidArgument(path + ": not a file or directory");
  std::vector<std::string> files;
  fs::recursive_directory_iterator it(path, fs::directory_options::none, ec), end;
  if (ec) return Status::IOError(path + ": " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) return Status::IOError(path + ": " + ec.message());
    std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.' || name.back() == '~') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file()) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

StatusOr<std::vector<std::pair<std::string, dict::SourceKind>>> ListDictionaryFiles(
    const std::string& path) {
  if (dict::IsDictionaryConfig(path)) return dict::ReadDictionaryConfig(path);
  StatusOr<std::vector<std::string>> files = ListFiles(path);
  if (!files.ok()) return files.status();
  std::vector<std::pair<std::string, dict::SourceKind>> out;
  for (std::string& f : *files) {
    if (!dict::IsDictionaryConfig(f)) out.emplace_back(std::move(f), dict::SourceKind::kUnknown);
  }
  return out;
}

StatusOr<std::unordered_map<std::string, std::string>> LoadPairs(const std::string& path) {
  StatusOr<std::string> contents = ReadFile(path);
  if (!contents.ok()) return contents.status();
  std::unordered_map<std::string, std::string> pairs;
  int line_no = 0;
  for (std::string_view line : Split(*contents, '\n')) {
    ++line_no;
    line = Trim(line);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() != 2 || Trim(f[0]).empty() || Trim(f[1]).empty()) {
      return Status::InvalidArgument(path + ":" + std::to_string(line_no) +
                                     ": expected two tab-separated columns");
    }
    pairs[std::string(Trim(f[0]))] = std::string(Trim(f[1]));
  }
  return pairs;
}

}  // namespace dyad::engine
