#include "text/cleaner.h"

#include <algorithm>
#include <array>
#include <limits>
#include <utility>

#include "base/file.h"
#include "base/status_macros.h"
#include "base/string_util.h"

namespace dyad::text {
namespace {

// Rules look only at lines of at most this many words: a long line is a news paragraph, and a
// loose phrase must not drop one.
constexpr size_t kMaxRuleLineWords = 60;
// A "tail" credit ("Image: Sipa USA/PA Images") is at most this many words after its phrase.
constexpr size_t kMaxTailWords = 8;
// A "name" byline ("By Jane Smith and John Doe, Reuters") is at most this many words.
constexpr size_t kMaxBylineWords = 8;

// Lowercase words that may appear between the capitalized words of a byline.
constexpr std::array<std::string_view, 12> kBylineConnectors = {
    "and", "&", "de", "del", "da", "van", "von", "der", "al", "bin", "la", "le"};

constexpr std::string_view kRepeatedHeadline = "repeated headline";

// Bytes >= 0x80 count as word characters, so a match never ends inside a UTF-8 letter.
bool IsWordByte(char c) {
  unsigned char b = static_cast<unsigned char>(c);
  return b >= 0x80 || (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// True when `phrase` found at s[pos] starts and ends at word boundaries.
bool AtWordBoundaries(std::string_view s, size_t pos, std::string_view phrase) {
  size_t end = pos + phrase.size();
  bool before = pos == 0 || !IsWordByte(s[pos - 1]) || !IsWordByte(phrase.front());
  bool after = end == s.size() || !IsWordByte(s[end]) || !IsWordByte(phrase.back());
  return before && after;
}

// Splits on runs of ASCII whitespace.
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (pos < s.size()) {
    while (pos < s.size() && IsSpace(s[pos])) ++pos;
    size_t start = pos;
    while (pos < s.size() && !IsSpace(s[pos])) ++pos;
    if (pos > start) words.push_back(s.substr(start, pos - start));
  }
  return words;
}

size_t CountWords(std::string_view s, size_t limit) {
  size_t count = 0;
  bool in_word = false;
  for (char c : s) {
    if (IsSpace(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      if (++count > limit) break;
    }
  }
  return count;
}

// True when `phrase` occurs in `s` at word boundaries.
bool ContainsAtWordBoundaries(std::string_view s, std::string_view phrase) {
  for (size_t pos = s.find(phrase); pos != std::string_view::npos; pos = s.find(phrase, pos + 1)) {
    if (AtWordBoundaries(s, pos, phrase)) return true;
  }
  return false;
}

// True when `phrase` occurs in `s` at word boundaries and 1 to kMaxTailWords words follow it.
// Only the last occurrence followed by words matters, as any earlier one has more words after
// it; looking from the right keeps this linear on long lines.
bool HasShortTail(std::string_view s, std::string_view phrase) {
  for (size_t pos = s.rfind(phrase); pos != std::string_view::npos;
       pos = pos == 0 ? std::string_view::npos : s.rfind(phrase, pos - 1)) {
    if (!AtWordBoundaries(s, pos, phrase)) continue;
    size_t words = CountWords(s.substr(pos + phrase.size()), kMaxTailWords);
    if (words > 0) return words <= kMaxTailWords;
  }
  return false;
}

char AsciiLowerByte(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// Equal ignoring ASCII case and treating every whitespace run as one space; allocates nothing.
bool SameText(std::string_view a, std::string_view b) {
  a = Trim(a);
  b = Trim(b);
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (IsSpace(a[i]) && IsSpace(b[j])) {
      while (i < a.size() && IsSpace(a[i])) ++i;
      while (j < b.size() && IsSpace(b[j])) ++j;
    } else if (AsciiLowerByte(a[i]) == AsciiLowerByte(b[j])) {
      ++i;
      ++j;
    } else {
      return false;
    }
  }
  return i == a.size() && j == b.size();
}

// True for "Jane Smith", "JANE SMITH, Reuters", "Jane Smith and John de Vries".
bool IsNameList(std::string_view rest) {
  if (rest.empty() || rest.back() == '.' || rest.back() == '!' || rest.back() == '?') return false;
  std::vector<std::string_view> words = Words(rest);
  if (words.empty() || words.size() > kMaxBylineWords) return false;
  for (size_t i = 0; i < words.size(); ++i) {
    unsigned char first = static_cast<unsigned char>(words[i][0]);
    bool capital = (first >= 'A' && first <= 'Z') || first >= 0x80;
    std::string_view bare = words[i].substr(0, words[i].find_last_not_of(",;") + 1);
    bool connector = i > 0 && std::find(kBylineConnectors.begin(), kBylineConnectors.end(), bare) !=
                                  kBylineConnectors.end();
    if (!capital && !connector) return false;
  }
  return true;
}

Span SpanIn(std::string_view body, std::string_view part) {
  auto begin = static_cast<uint32_t>(part.data() - body.data());
  return {begin, begin + static_cast<uint32_t>(part.size())};
}

// Collects the kept lines of one paragraph into blocks and records drops, in body order.
class ResultBuilder {
 public:
  ResultBuilder(std::string_view body, std::string_view headline, CleanResult* result)
      : body_(body), headline_(headline), result_(result) {}

  void Keep(std::string_view line) {
    Span span = SpanIn(body_, line);
    if (run_.empty()) run_.begin = span.begin;
    run_.end = span.end;
  }

  void Drop(std::string_view line, std::string_view reason) {
    Flush();
    result_->dropped.push_back({SpanIn(body_, line), std::string(reason)});
  }

  // Ends the current run of kept lines (at a blank line, a dropped line or the end).
  void Flush() {
    if (run_.empty()) return;
    std::string_view text = body_.substr(run_.begin, run_.size());
    if (!headline_.empty() && SameText(text, headline_)) {
      result_->dropped.push_back({run_, std::string(kRepeatedHeadline)});
    } else {
      result_->blocks.push_back(run_);
    }
    run_ = Span();
  }

 private:
  std::string_view body_;
  std::string_view headline_;
  CleanResult* result_;
  Span run_;
};

}  // namespace

StatusOr<Cleaner> Cleaner::Load(const std::string& path) {
  ASSIGN_OR_RETURN(std::string contents, ReadFile(path));
  return Parse(contents, path);
}

StatusOr<Cleaner> Cleaner::Parse(std::string_view contents, std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, Match>, 6> kMatches = {
      {{"prefix", Match::kPrefix},
       {"suffix", Match::kSuffix},
       {"contains", Match::kContains},
       {"exact", Match::kExact},
       {"tail", Match::kTail},
       {"name", Match::kName}}};
  Cleaner cleaner;
  size_t line_number = 0;
  for (std::string_view raw : Split(contents, '\n')) {
    ++line_number;
    std::string_view line = Trim(raw);
    if (line.empty() || line[0] == '#') continue;
    std::string where = std::string(name) + ":" + std::to_string(line_number) + ": ";
    std::vector<std::string_view> words = Words(line);
    if (words.size() < 3) {
      return Status::InvalidArgument(where + "expected \"<reason> <match> <phrase>\"");
    }
    auto match = std::find_if(kMatches.begin(), kMatches.end(),
                              [&](const auto& m) { return m.first == words[1]; });
    if (match == kMatches.end()) {
      return Status::InvalidArgument(where + "unknown match \"" + std::string(words[1]) +
                                     "\" (expected prefix, suffix, contains, exact, tail or name)");
    }
    Rule rule{match->second, AsciiLower(Trim(line.substr(words[2].data() - line.data()))),
              std::string(words[0])};
    std::replace(rule.reason.begin(), rule.reason.end(), '_', ' ');
    cleaner.rules_.push_back(std::move(rule));
  }
  return cleaner;
}

CleanResult Cleaner::Clean(std::string_view body, uint32_t title_bytes) const {
  body = body.substr(0, std::min<size_t>(body.size(), std::numeric_limits<uint32_t>::max()));
  size_t title_end = std::min<size_t>(title_bytes, body.size());
  std::string_view headline = Trim(body.substr(0, title_end));
  CleanResult result;
  if (!headline.empty()) result.blocks.push_back(SpanIn(body, headline));
  ResultBuilder builder(body, headline, &result);
  size_t pos = title_end;
  while (pos < body.size()) {
    size_t newline = std::min(body.find('\n', pos), body.size());
    std::string_view line = Trim(body.substr(pos, newline - pos));
    pos = newline + 1;
    if (line.empty()) {
      builder.Flush();
    } else if (!headline.empty() && SameText(line, headline)) {
      builder.Drop(line, kRepeatedHeadline);
    } else if (const std::string* reason = DropReason(line)) {
      builder.Drop(line, *reason);
    } else {
      builder.Keep(line);
    }
  }
  builder.Flush();
  return result;
}

const std::string* Cleaner::DropReason(std::string_view line) const {
  if (rules_.empty() || CountWords(line, kMaxRuleLineWords) > kMaxRuleLineWords) return nullptr;
  std::string lowered = AsciiLower(line);
  for (const Rule& rule : rules_) {
    if (Matches(rule, line, lowered)) return &rule.reason;
  }
  return nullptr;
}

bool Cleaner::Matches(const Rule& rule, std::string_view line, std::string_view lowered) {
  const std::string& p = rule.phrase;
  switch (rule.match) {
    case Match::kExact:
      return lowered == p;
    case Match::kPrefix:
      return StartsWith(lowered, p) && AtWordBoundaries(lowered, 0, p);
    case Match::kSuffix:
      return EndsWith(lowered, p) && AtWordBoundaries(lowered, lowered.size() - p.size(), p);
    case Match::kName:
      return StartsWith(lowered, p) && AtWordBoundaries(lowered, 0, p) &&
             IsNameList(Trim(line.substr(p.size())));
    case Match::kContains:
      return ContainsAtWordBoundaries(lowered, p);
    case Match::kTail:
      return HasShortTail(lowered, p);
  }
  return false;
}

}  // namespace dyad::text
