#include "cli/run_summary.h"

#include <cstdio>

namespace dyad::cli {
namespace {

std::string Breakdown(const std::map<std::string, uint64_t>& reasons) {
  std::string out;
  for (const auto& [reason, n] : reasons) {
    out += (out.empty() ? " (" : ", ") + reason + " " + std::to_string(n);
  }
  return out.empty() ? out : out + ")";
}

uint64_t Total(const std::map<std::string, uint64_t>& reasons) {
  uint64_t n = 0;
  for (const auto& [reason, count] : reasons) n += count;
  return n;
}

}  // namespace

std::string RunSummary::Category(const std::string& reason) {
  // Keep the leading words, up to the first detail: a number, a quoted name (other than a
  // field's), "at", or a colon.
  std::string out;
  size_t i = 0;
  while (i < reason.size()) {
    size_t end = reason.find(' ', i);
    if (end == std::string::npos) end = reason.size();
    std::string word = reason.substr(i, end - i);
    // A quoted field name is part of the kind of error ("field 'text' must be a string").
    bool field_name = !word.empty() && word[0] == '\'' &&
                      (out == "field" || (out.size() > 6 && out.ends_with(" field")));
    bool detail = word.empty() || ((word[0] == '\'' || word[0] == '"') && !field_name) ||
                  word == "at" || word.find_first_not_of("0123456789.,") == std::string::npos;
    if (detail) break;
    bool last = word.back() == ':';
    if (last) word.pop_back();
    out += (out.empty() ? "" : " ") + word;
    if (last) break;
    i = end + 1;
  }
  return out.empty() ? reason : out;
}

uint64_t RunSummary::skipped() const { return Total(skipped_); }

std::string RunSummary::ToString(double seconds) const {
  char rate[64];
  std::snprintf(rate, sizeof(rate), "%.2f s, %.0f sentences/s", seconds,
                seconds > 0 ? sentences_ / seconds : 0.0);
  std::string out = "articles read " + std::to_string(read_) + ", coded " + std::to_string(coded_) +
                    ", not coded " + std::to_string(Total(not_coded_)) + Breakdown(not_coded_) +
                    ", skipped " + std::to_string(Total(skipped_)) + Breakdown(skipped_);
  if (file_errors_) out += ", unreadable inputs " + std::to_string(file_errors_);
  out += "; sentences " + std::to_string(sentences_) + ", events " + std::to_string(events_) +
         "; " + rate;
  return out;
}

}  // namespace dyad::cli
