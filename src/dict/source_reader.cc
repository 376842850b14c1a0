// GuessKind, SourceKindName and Diagnostic::ToString. The readers themselves are in
// actors_reader.cc, agents_reader.cc, verbs_reader.cc, discards_reader.cc and issues_reader.cc.
#include "dict/source_reader.h"

#include <string>

#include "base/file.h"
#include "base/string_util.h"
#include "dict/reader_util.h"

namespace dyad::dict {
namespace {

SourceKind KindFromName(std::string_view file_name) {
  std::string name = AsciiLower(BaseName(file_name));
  if (name.find("agent") != std::string::npos) return SourceKind::kAgents;
  if (name.find("actor") != std::string::npos) return SourceKind::kActors;
  if (name.find("verb") != std::string::npos) return SourceKind::kVerbs;
  if (name.find("discard") != std::string::npos) return SourceKind::kDiscards;
  if (name.find("issue") != std::string::npos) return SourceKind::kIssues;
  return SourceKind::kUnknown;
}

SourceKind KindFromLine(std::string_view text) {
  if (text.size() >= 6 && StartsWith(text, "---") && EndsWith(text, "---")) {
    return SourceKind::kVerbs;
  }
  if (StartsWith(text, "<ISSUE") || StartsWith(text, "</ISSUE")) return SourceKind::kIssues;
  if (text.find("[~") != std::string_view::npos || text.find("~]") != std::string_view::npos) {
    return SourceKind::kAgents;
  }
  return SourceKind::kUnknown;
}

}  // namespace

SourceKind GuessKind(std::string_view file_name, std::string_view contents) {
  SourceKind kind = KindFromName(file_name);
  internal::LineReader lines(contents, "#");
  internal::SourceLine line;
  while (kind == SourceKind::kUnknown && lines.Next(&line)) kind = KindFromLine(line.text);
  return kind;
}

const char* SourceKindName(SourceKind kind) {
  switch (kind) {
    case SourceKind::kActors:
      return "actors";
    case SourceKind::kAgents:
      return "agents";
    case SourceKind::kVerbs:
      return "verbs";
    case SourceKind::kDiscards:
      return "discards";
    case SourceKind::kIssues:
      return "issues";
    case SourceKind::kUnknown:
      break;
  }
  return "unknown";
}

std::string Diagnostic::ToString() const {
  std::string out = where.file;
  if (where.line > 0) out.append(":").append(std::to_string(where.line));
  if (where.line > 0 && where.column > 0) out.append(":").append(std::to_string(where.column));
  out += ": ";
  if (is_warning()) out += "warning: ";
  out += message;
  return out;
}

}  // namespace dyad::dict
