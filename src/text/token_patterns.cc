#include "text/token_patterns.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <string>

namespace dyad::text {
namespace {

constexpr size_t kMaxLocalPart = 64;
constexpr size_t kMaxDomain = 255;

bool IsAsciiAlnum(char b) {
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
}

bool AlnumAt(std::string_view text, size_t pos) {
  return pos < text.size() && IsAsciiAlnum(text[pos]);
}

bool IsLocalPartByte(char b) {
  return IsAsciiAlnum(b) || b == '.' || b == '_' || b == '%' || b == '+' || b == '-';
}

// Common top-level domains and document, image and archive extensions, lowercase.
constexpr std::string_view kExtensions[] = {
    "avi", "biz", "ca",  "com", "csv", "de",  "doc", "docx", "edu", "exe", "fr",   "gif",
    "gov", "htm", "html", "info", "jpeg", "jpg", "mil", "mov", "mp3", "mp4", "net", "org",
    "pdf", "png", "ppt", "pptx", "rtf", "tif", "txt", "uk",  "wav", "xls", "xlsx", "zip"};

}  // namespace

size_t EmailLength(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  size_t limit = std::min(text.size(), pos + kMaxLocalPart);
  if (std::memchr(text.data() + pos, '@', limit - pos) == nullptr) return 0;  // The usual case.
  size_t at = pos;
  while (at < limit && IsLocalPartByte(text[at])) ++at;
  if (at == pos || at >= text.size() || text[at] != '@' || !AlnumAt(text, at + 1)) return 0;
  size_t end = at + 1;
  limit = std::min(text.size(), at + 1 + kMaxDomain);
  while (end < limit && (IsAsciiAlnum(text[end]) ||
                         ((text[end] == '.' || text[end] == '-') && AlnumAt(text, end + 1)))) {
    ++end;
  }
  return end - pos;
}

size_t EmoticonLength(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  if (pos > 0 && text[pos - 1] != ' ' && text[pos - 1] != '\t' && text[pos - 1] != '\n') return 0;
  char eyes = text[pos];
  if (eyes != ':' && eyes != ';' && eyes != '=') return 0;
  size_t at = pos + 1;
  if (at < text.size() && (text[at] == '-' || text[at] == '\'')) ++at;
  if (at >= text.size()) return 0;
  char mouth = text[at];
  static constexpr std::string_view kMouths = ")(DPpOo/|][3*";
  if (kMouths.find(mouth) == std::string_view::npos) return 0;
  while (at < text.size() && text[at] == mouth) ++at;
  return AlnumAt(text, at) ? 0 : at - pos;
}

size_t ExtensionLength(std::string_view text, size_t pos) {
  std::string lowered;
  size_t at = pos;
  while (at < text.size() && at - pos < 5 && IsAsciiAlnum(text[at])) {
    char b = text[at++];
    lowered.push_back(b >= 'A' && b <= 'Z' ? static_cast<char>(b + ('a' - 'A')) : b);
  }
  if (lowered.size() < 2 || AlnumAt(text, at)) return 0;
  bool known = std::find(std::begin(kExtensions), std::end(kExtensions), lowered) !=
               std::end(kExtensions);
  return known ? lowered.size() : 0;
}

}  // namespace dyad::text
