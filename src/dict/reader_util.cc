#include "dict/reader_util.h"

#include <utility>

#include "base/string_util.h"

namespace dyad::dict::internal {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Offset of the first non-space byte of `s` (s.size() when all are spaces).
size_t FirstNonSpace(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && IsSpace(s[i])) ++i;
  return i;
}

bool IsDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int DigitsValue(std::string_view s) {
  int value = 0;
  for (char c : s) value = value * 10 + (c - '0');
  return value;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// raw.find_first_of(chars), without the per-byte memchr of the library version.
size_t FindAnyOf(std::string_view raw, std::string_view chars) {
  for (size_t i = 0; i < raw.size(); ++i) {
    if (chars.find(raw[i]) != std::string_view::npos) return i;
  }
  return std::string_view::npos;
}

char ClosingFor(char open) { return open == '{' ? '}' : ']'; }

}  // namespace

bool LineReader::Next(SourceLine* line) {
  while (!rest_.empty()) {
    size_t end = rest_.find('\n');
    std::string_view raw = rest_.substr(0, end);
    rest_ = end == std::string_view::npos ? std::string_view() : rest_.substr(end + 1);
    ++number_;
    size_t cut = FindAnyOf(raw, comment_chars_);
    std::string_view body = raw.substr(0, cut);
    size_t start = FirstNonSpace(body);
    std::string_view text = Trim(body.substr(start));
    if (text.empty() || StartsWith(text, "<!--")) continue;
    line->text = text;
    line->comment = cut == std::string_view::npos ? std::string_view() : Trim(raw.substr(cut + 1));
    line->number = number_;
    line->column = static_cast<int>(start) + 1;
    return true;
  }
  return false;
}

void DiagnosticSink::Add(int line, int column, std::string message) {
  Diagnostic d;
  d.where = Location{std::string(file_), line, column};
  d.message = std::move(message);
  out_->push_back(std::move(d));
}

bool SplitLineParts(std::string_view text, LineParts* out, std::string* error, size_t* error_pos) {
  out->groups.clear();
  size_t first = text.find_first_of("{[]}");
  out->head = Trim(text.substr(0, first));
  for (size_t i = first; i < text.size(); ++i) {
    char c = text[i];
    if (IsSpace(c)) continue;
    *error_pos = i;
    if (c == '}' || c == ']') {
      *error = std::string("unexpected '") + c + "'";
      return false;
    }
    if (c != '{' && c != '[') {
      *error = "unexpected text after a closing bracket";
      return false;
    }
    size_t close = text.find_first_of("{[]}", i + 1);
    if (close == std::string_view::npos || text[close] != ClosingFor(c)) {
      *error = std::string("unclosed '") + c + "'";
      return false;
    }
    out->groups.push_back(Group{c, Trim(text.substr(i + 1, close - i - 1)), i});
    i = close;
  }
  return true;
}

bool IsUpperCode(std::string_view s) {
  for (char c : s) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return !s.empty();
}

bool IsEventCode(std::string_view s) {
  return s == "---" || (IsDigits(s) && s.size() >= 2 && s.size() <= 4);
}

bool ParseDate(std::string_view digits, int32_t* date) {
  if (!IsDigits(digits) || (digits.size() != 6 && digits.size() != 8)) return false;
  size_t year_len = digits.size() - 4;
  int year = DigitsValue(digits.substr(0, year_len));
  if (year_len == 2) year += year < 40 ? 2000 : 1900;
  int month = DigitsValue(digits.substr(year_len, 2));
  int day = DigitsValue(digits.substr(year_len + 2, 2));
  if (year == 0 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) {
    return false;
  }
  *date = year * 10000 + month * 100 + day;
  return true;
}

std::string Quoted(std::string_view text) {
  constexpr size_t kMaxShown = 80;
  bool cut = text.size() > kMaxShown;
  if (cut) {
    size_t end = kMaxShown;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    text = text.substr(0, end);
  }
  std::string out = "'";
  out.append(text);
  out += cut ? "...'" : "'";
  return out;
}

std::vector<std::string_view> SplitWhitespace(std::string_view text) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && !IsSpace(text[i])) ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

}  // namespace dyad::dict::internal
