// Helpers shared by the dictionary readers: line iteration with comments split off, the
// "{...}" / "[...]" groups of an entry line, code and date checks, and diagnostics for one file.
// Internal to dict/; nothing here is part of the module's API.
#ifndef DYAD_DICT_READER_UTIL_H_
#define DYAD_DICT_READER_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dict/source.h"

namespace dyad::dict::internal {

// One non-blank line of a dictionary file, with its comment split off.
struct SourceLine {
  std::string_view text;     // Trimmed, without the comment and the line end.
  std::string_view comment;  // Trimmed text after the comment character ("" when none).
  int number = 0;            // 1-based line number.
  int column = 1;            // 1-based byte column of text[0] in the raw line.
};

// Walks the lines of `contents` ("\n" or "\r\n" endings), skipping lines that are blank once the
// comment is removed and lines that start with "<!--". Views point into `contents`.
class LineReader {
 public:
  // Each byte of `comment_chars` starts a comment that runs to the end of the line.
  LineReader(std::string_view contents, std::string_view comment_chars)
      : rest_(contents), comment_chars_(comment_chars) {}

  // Fills *line with the next line worth reading; returns false at the end of the input.
  bool Next(SourceLine* line);

 private:
  std::string_view rest_;
  std::string_view comment_chars_;
  int number_ = 0;
};

// Appends diagnostics for one file to a caller's vector.
class DiagnosticSink {
 public:
  DiagnosticSink(std::string_view file, std::vector<Diagnostic>* out) : file_(file), out_(out) {}

  void Error(int line, std::string message) { Add(line, 0, std::move(message)); }
  // `column` is 1-based; 0 means the whole line.
  void Add(int line, int column, std::string message);
  Location At(int line) const { return Location{std::string(file_), line, 0}; }

 private:
  std::string_view file_;
  std::vector<Diagnostic>* out_;
};

// A "{...}" or "[...]" group of an entry line.
struct Group {
  char open = '[';          // '{' or '['.
  std::string_view inside;  // Between the brackets, trimmed.
  size_t pos = 0;           // Offset of the opening bracket in the line text.
};

// An entry line split into the text before its first group and the groups that follow.
struct LineParts {
  std::string_view head;  // Trimmed.
  std::vector<Group> groups;
};

// Splits `text` ("PHRASE {A B} [CODE]"). Returns false, with *error and the offending offset in
// *error_pos, on a stray closing bracket, an unclosed or nested group, or text after a group.
bool SplitLineParts(std::string_view text, LineParts* out, std::string* error, size_t* error_pos);

// True for a non-empty run of 'A'-'Z' and '0'-'9' (actor and agent codes).
bool IsUpperCode(std::string_view s);
// True for 2 to 4 digits ("010", "0231") or the null code "---".
bool IsEventCode(std::string_view s);

// Parses YYMMDD (years 00-39 are 20xx, 40-99 are 19xx) or YYYYMMDD into a YYYYMMDD integer.
// Returns false when `digits` is not such a string or not a real calendar date.
bool ParseDate(std::string_view digits, int32_t* date);

// "'text'", for messages; text past 80 bytes is cut (at a UTF-8 boundary) and ends in "...".
std::string Quoted(std::string_view text);

// Splits on runs of spaces and tabs; no empty fields.
std::vector<std::string_view> SplitWhitespace(std::string_view text);

// The 1-based byte column, in the raw line, of offset `pos` of `line.text`.
inline int ColumnOf(const SourceLine& line, size_t pos) {
  return line.column + static_cast<int>(pos);
}

}  // namespace dyad::dict::internal

#endif  // DYAD_DICT_READER_UTIL_H_
