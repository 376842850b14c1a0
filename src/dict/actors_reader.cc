// ReadActors: records of a primary phrase, '+' synonyms, and "[CODE]" / dated code lines.
#include <string>
#include <utility>

#include "dict/reader_util.h"
#include "dict/source_reader.h"

namespace dyad::dict {
namespace {

using internal::Group;
using internal::LineParts;
using internal::Quoted;
using internal::SourceLine;

std::string Bracketed(std::string_view inside) {
  std::string out = "[";
  out.append(inside);
  out += ']';
  return out;
}

// `text` without spaces or tabs.
std::string WithoutSpaces(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\t') out += c;
  }
  return out;
}

// Parses the dates of a restriction ("450703-470121", "<20170120", ">170120") into *code.
bool ParseDates(const std::string& dates, std::string_view inside, DatedCode* code,
                std::string* error) {
  auto parse = [&](std::string_view digits, int32_t* date) {
    if (internal::ParseDate(digits, date)) return true;
    *error = "bad date " + Quoted(digits) + " in " + Bracketed(inside);
    return false;
  };
  if (dates[0] == '<') return parse(std::string_view(dates).substr(1), &code->to);
  if (dates[0] == '>') return parse(std::string_view(dates).substr(1), &code->from);
  size_t dash = dates.find('-');
  if (dash == std::string::npos) {
    *error = "bad date restriction " + Quoted(dates) + " in " + Bracketed(inside) +
             " (expected <DATE, >DATE or DATE-DATE)";
    return false;
  }
  std::string_view view(dates);
  if (!parse(view.substr(0, dash), &code->from) || !parse(view.substr(dash + 1), &code->to)) {
    return false;
  }
  if (code->from > code->to) {
    *error = "date range ends before it starts in " + Bracketed(inside);
    return false;
  }
  return true;
}

// Parses the inside of "[CODE]" or "[CODE restriction]". Sets *dated when there is a restriction.
bool ParseCodeGroup(std::string_view inside, DatedCode* code, bool* dated, std::string* error) {
  size_t space = inside.find_first_of(" \t");
  code->code = std::string(inside.substr(0, space));
  if (!internal::IsUpperCode(code->code)) {
    *error = code->code.empty() ? "empty code in " + Bracketed(inside)
                                : "bad actor code " + Quoted(code->code) + " in " +
                                      Bracketed(inside) + " (expected A-Z and 0-9)";
    return false;
  }
  std::string dates = space == std::string_view::npos ? "" : WithoutSpaces(inside.substr(space));
  *dated = !dates.empty();
  return dates.empty() || ParseDates(dates, inside, code, error);
}

class ActorsParser {
 public:
  ActorsParser(std::string_view file, std::vector<ActorEntry>* out, std::vector<Diagnostic>* errors)
      : sink_(file, errors), out_(out) {}

  void Line(const SourceLine& line) {
    char first = line.text[0];
    if (first == '[' || first == '+') {
      if (!open_) {
        sink_.Error(line.number, first == '[' ? "code line with no actor before it"
                                              : "synonym with no actor before it");
        return;
      }
      ReadPhraseLine(line, first == '+' ? 1 : 0, /*primary=*/false);
      return;
    }
    Finish();
    current_ = ActorEntry{};
    current_.where = sink_.At(line.number);
    open_ = true;
    saw_code_ = false;
    ReadPhraseLine(line, 0, /*primary=*/true);
  }

  // Emits the record being read, if any.
  void Finish() {
    if (!open_) return;
    open_ = false;
    if (current_.phrases.empty()) return;
    if (current_.default_code.empty() && current_.dated.empty()) {
      if (!saw_code_) {
        sink_.Error(current_.where.line,
                    "actor " + Quoted(Joined(current_.phrases[0])) + " has no code");
      }
      return;
    }
    out_->push_back(std::move(current_));
  }

 private:
  static std::string Joined(const Phrase& phrase) {
    std::string out;
    for (const std::string& w : phrase) {
      if (!out.empty()) out += '_';
      out += w;
    }
    return out;
  }

  // Reads "PHRASE [CODE]...", "+PHRASE [CODE]..." or "[CODE ...]..." (from offset `skip`).
  void ReadPhraseLine(const SourceLine& line, size_t skip, bool primary) {
    LineParts parts;
    std::string error;
    size_t pos = 0;
    if (!internal::SplitLineParts(line.text.substr(skip), &parts, &error, &pos)) {
      sink_.Add(line.number, internal::ColumnOf(line, skip + pos), error);
      return;
    }
    if (line.text[0] != '[') {
      Phrase phrase = SplitPhrase(parts.head);
      if (phrase.empty()) {
        sink_.Error(line.number, primary ? "actor line has no phrase" : "empty synonym");
        return;
      }
      if (primary || !current_.phrases.empty()) current_.phrases.push_back(std::move(phrase));
    }
    for (const Group& group : parts.groups) AddCode(line, skip, group);
  }

  void AddCode(const SourceLine& line, size_t skip, const Group& group) {
    saw_code_ = true;
    int column = internal::ColumnOf(line, skip + group.pos);
    if (group.open != '[') {
      sink_.Add(line.number, column, "unexpected '{' in an actors file");
      return;
    }
    DatedCode code;
    bool dated = false;
    std::string error;
    if (!ParseCodeGroup(group.inside, &code, &dated, &error)) {
      sink_.Add(line.number, column, error);
    } else if (dated) {
      current_.dated.push_back(std::move(code));
    } else if (!current_.default_code.empty() && current_.default_code != code.code) {
      sink_.Add(line.number, column,
                "second default code " + Bracketed(code.code) + " (the actor already has " +
                    Bracketed(current_.default_code) + ")");
    } else {
      current_.default_code = code.code;
    }
  }

  internal::DiagnosticSink sink_;
  std::vector<ActorEntry>* out_;
  ActorEntry current_;
  bool open_ = false;      // A record has been started and not emitted.
  bool saw_code_ = false;  // The record had a "[...]" group, valid or not.
};

}  // namespace

void ReadActors(std::string_view contents, std::string_view file, std::vector<ActorEntry>* out,
                std::vector<Diagnostic>* errors) {
  ActorsParser parser(file, out, errors);
  internal::LineReader lines(contents, "#;");
  SourceLine line;
  while (lines.Next(&line)) parser.Line(line);
  parser.Finish();
}

}  // namespace dyad::dict
