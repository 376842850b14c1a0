#include "io/date.h"

namespace dyad::io {
namespace {

// Parses `s` as an unsigned decimal made only of digits; -1 when it is anything else.
int ParseDigits(std::string_view s) {
  int value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

}  // namespace

bool IsValidDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  int year = ParseDigits(s.substr(0, 4));
  int month = ParseDigits(s.substr(5, 2));
  int day = ParseDigits(s.substr(8, 2));
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= DaysInMonth(year, month);
}

std::optional<std::string> DateFromTimestamp(std::string_view text) {
  std::string_view date = text.substr(0, 10);
  if (!IsValidDate(date)) return std::nullopt;
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
  return std::string(date);
}

}  // namespace dyad::io
