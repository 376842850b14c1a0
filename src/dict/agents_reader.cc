// ReadAgents: "PHRASE {PLURALS} [~CODE]" entries and "!NAME! = a, b" substitution sets.
#include <string>
#include <unordered_map>
#include <utility>

#include "base/string_util.h"
#include "dict/reader_util.h"
#include "dict/source_reader.h"

namespace dyad::dict {
namespace {

using internal::Group;
using internal::LineParts;
using internal::Quoted;
using internal::SourceLine;

// Substitution sets by uppercase name (without the '!'s).
using SetMap = std::unordered_map<std::string, std::vector<std::string>>;

// Replaces each "!NAME!" of `text` by every member of its set (the cross product when there are
// several markers). Returns false with *error on an unknown or unclosed marker, or too many
// expansions.
bool ExpandMarkers(std::string_view text, const SetMap& sets, std::vector<std::string>* out,
                   std::string* error) {
  std::vector<std::string> results = {""};
  size_t i = 0;
  while (i < text.size()) {
    size_t open = text.find('!', i);
    for (std::string& r : results) r.append(text.substr(i, open - i));
    if (open == std::string_view::npos) break;
    size_t close = text.find('!', open + 1);
    if (close == std::string_view::npos) {
      *error = "unclosed '!' marker in " + Quoted(text);
      return false;
    }
    std::string name = AsciiUpper(text.substr(open + 1, close - open - 1));
    auto set = sets.find(name);
    if (set == sets.end()) {
      *error = "unknown substitution set !" + name + "!";
      return false;
    }
    if (results.size() * set->second.size() > kMaxExpansions) {
      *error = "more than " + std::to_string(kMaxExpansions) + " expansions of " + Quoted(text);
      return false;
    }
    std::vector<std::string> next;
    next.reserve(results.size() * set->second.size());
    for (std::string& r : results) {
      for (size_t k = 0; k < set->second.size(); ++k) {
        // The last member takes `r` itself, so a one-member set copies nothing.
        next.push_back(k + 1 == set->second.size() ? std::move(r) : r);
        next.back() += set->second[k];
      }
    }
    results = std::move(next);
    i = close + 1;
  }
  *out = std::move(results);
  return true;
}

class AgentsParser {
 public:
  AgentsParser(std::string_view file, std::vector<AgentEntry>* out, std::vector<Diagnostic>* errors)
      : sink_(file, errors), out_(out) {}

  void Line(const SourceLine& line) {
    if (line.text[0] == '!' && line.text.find('=') != std::string_view::npos) {
      DefineSet(line);
    } else {
      ReadEntry(line);
    }
  }

 private:
  // "!NAME! = a, b, c": spaces inside members are dropped, empty members skipped.
  void DefineSet(const SourceLine& line) {
    size_t eq = line.text.find('=');
    std::string_view marker = Trim(line.text.substr(0, eq));
    if (marker.size() < 3 || marker.back() != '!' || marker.find('!', 1) != marker.size() - 1) {
      sink_.Error(line.number,
                  "bad substitution set name " + Quoted(marker) + " (expected !NAME!)");
      return;
    }
    std::string name = AsciiUpper(marker.substr(1, marker.size() - 2));
    std::vector<std::string> members;
    for (std::string_view item : Split(line.text.substr(eq + 1), ',')) {
      std::string member;
      for (char c : item) {
        if (c != ' ' && c != '\t') member += c;
      }
      if (!member.empty()) members.push_back(std::move(member));
    }
    if (members.empty()) {
      sink_.Error(line.number, "substitution set !" + name + "! has no members");
      return;
    }
    if (sets_.count(name) != 0) {
      sink_.Error(line.number, "substitution set !" + name + "! is defined twice; using this one");
    }
    sets_[name] = std::move(members);
  }

  // Parses the code group into *entry; false (reported) when it is missing or malformed.
  bool ReadCode(const SourceLine& line, const LineParts& parts, AgentEntry* entry) {
    const Group* code = nullptr;
    for (const Group& g : parts.groups) {
      int column = internal::ColumnOf(line, g.pos);
      if (code != nullptr) {
        sink_.Add(line.number, column, "text after the agent code");
        return false;
      }
      if (g.open == '[') code = &g;
      if (g.open == '{' && &g != &parts.groups[0]) {
        sink_.Add(line.number, column, "more than one {...} plural list");
        return false;
      }
    }
    if (code == nullptr) {
      sink_.Error(line.number, "agent has no [~CODE]");
      return false;
    }
    std::string_view inside = code->inside;
    entry->prefix = !inside.empty() && inside.back() == '~';
    bool suffix = !inside.empty() && inside.front() == '~';
    entry->code = std::string(
        inside.substr(suffix ? 1 : 0, inside.size() - (suffix ? 1 : 0) - (entry->prefix ? 1 : 0)));
    if (suffix == entry->prefix || !internal::IsUpperCode(entry->code)) {
      sink_.Add(line.number, internal::ColumnOf(line, code->pos),
                "bad agent code [" + std::string(inside) + "] (expected [~CODE] or [CODE~])");
      return false;
    }
    return true;
  }

  // Adds the phrases of `text` (after "!NAME!" expansion) to entry->phrases.
  bool AddPhrases(const SourceLine& line, std::string_view text, AgentEntry* entry) {
    std::vector<std::string> texts;
    std::string error;
    if (!ExpandMarkers(text, sets_, &texts, &error)) {
      sink_.Error(line.number, error);
      return false;
    }
    for (const std::string& t : texts) {
      Phrase phrase = SplitPhrase(t);
      if (!phrase.empty()) entry->phrases.push_back(std::move(phrase));
    }
    return true;
  }

  void ReadEntry(const SourceLine& line) {
    LineParts parts;
    std::string error;
    size_t pos = 0;
    if (!internal::SplitLineParts(line.text, &parts, &error, &pos)) {
      sink_.Add(line.number, internal::ColumnOf(line, pos), error);
      return;
    }
    AgentEntry entry;
    entry.where = sink_.At(line.number);
    if (!ReadCode(line, parts, &entry) || !AddPhrases(line, parts.head, &entry)) return;
    if (entry.phrases.empty()) {
      sink_.Error(line.number, "agent line has no phrase");
      return;
    }
    bool braces = !parts.groups.empty() && parts.groups[0].open == '{';
    if (braces) {
      for (std::string_view plural : internal::SplitWhitespace(parts.groups[0].inside)) {
        if (!AddPhrases(line, plural, &entry)) return;
      }
    } else if (parts.head.find('!') == std::string_view::npos) {
      Phrase plural = entry.phrases[0];
      plural.back() = RegularPlural(plural.back());
      entry.phrases.push_back(std::move(plural));
    }
    out_->push_back(std::move(entry));
  }

  internal::DiagnosticSink sink_;
  std::vector<AgentEntry>* out_;
  SetMap sets_;
};

}  // namespace

void ReadAgents(std::string_view contents, std::string_view file, std::vector<AgentEntry>* out,
                std::vector<Diagnostic>* errors) {
  AgentsParser parser(file, out, errors);
  internal::LineReader lines(contents, "#");
  SourceLine line;
  while (lines.Next(&line)) parser.Line(line);
}

}  // namespace dyad::dict
