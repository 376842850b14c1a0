#include "dict/sources.h"

#include <algorithm>
#include <utility>

#include "base/file.h"
#include "text/utf8.h"

namespace dyad::dict {
namespace {

void CheckUtf8(std::string_view contents, std::string_view file, DictionarySources* out) {
  size_t offset = 0;
  if (text::IsValidUtf8(contents, &offset)) return;
  Diagnostic d;
  std::string_view before = contents.substr(0, offset);
  size_t line_start = before.rfind('\n');
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  d.where.file = std::string(file);
  d.where.line = static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1;
  d.where.column = static_cast<int>(offset - line_start) + 1;
  d.message = "invalid UTF-8 (first bad byte; such words can never match)";
  out->diagnostics.push_back(std::move(d));
}

}  // namespace

void AddSource(std::string_view contents, std::string_view file, SourceKind kind,
               DictionarySources* out) {
  out->files.push_back(SourceFile{std::string(file), kind});
  CheckUtf8(contents, file, out);
  std::vector<Diagnostic>* errors = &out->diagnostics;
  switch (kind) {
    case SourceKind::kActors:
      return ReadActors(contents, file, &out->actors, errors);
    case SourceKind::kAgents:
      return ReadAgents(contents, file, &out->agents, errors);
    case SourceKind::kVerbs:
      return ReadVerbs(contents, file, &out->verbs, errors);
    case SourceKind::kDiscards:
      return ReadDiscards(contents, file, &out->discards, errors);
    case SourceKind::kIssues:
      return ReadIssues(contents, file, &out->issues, errors);
    case SourceKind::kUnknown:
      break;
  }
}

Status LoadSourceFile(const std::string& path, DictionarySources* out, SourceKind kind) {
  StatusOr<std::string> contents = ReadFile(path);
  if (!contents.ok()) return contents.status();
  if (kind == SourceKind::kUnknown) kind = GuessKind(path, *contents);
  if (kind == SourceKind::kUnknown) {
    return Status::InvalidArgument(
        path +
        ": cannot tell which kind of dictionary this is; put actors, agents, verb, "
        "discard or issue in its name");
  }
  AddSource(*contents, path, kind, out);
  return Status::Ok();
}

}  // namespace dyad::dict
