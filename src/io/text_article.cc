#include "io/text_article.h"

#include <utility>

#include "base/string_util.h"
#include "text/utf8.h"

namespace dyad::io {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

InputRecord Skipped(std::string origin, std::string reason) {
  InputRecord record;
  record.kind = InputRecord::Kind::kSkipped;
  record.origin = std::move(origin);
  record.reason = std::move(reason);
  return record;
}

// Finds the first line with non-whitespace content; sets *title and returns where it ends.
uint32_t FindTitle(std::string_view body, std::string* title) {
  size_t start = 0;
  while (start < body.size()) {
    size_t nl = body.find('\n', start);
    size_t stop = nl == std::string_view::npos ? body.size() : nl;
    std::string_view line = body.substr(start, stop - start);
    if (!Trim(line).empty()) {
      *title = std::string(Trim(line));
      if (!line.empty() && line.back() == '\r') --stop;
      return static_cast<uint32_t>(stop);
    }
    start = stop + 1;
  }
  return 0;
}

}  // namespace

InputRecord MakeTextArticle(std::string contents, std::string id, std::string origin,
                            const ReadOptions& options) {
  if (Trim(contents).empty()) return Skipped(std::move(origin), "empty article");
  size_t bad = 0;
  if (!text::IsValidUtf8(contents, &bad)) {
    return Skipped(std::move(origin), "invalid UTF-8 at byte " + std::to_string(bad));
  }
  if (StartsWith(contents, kByteOrderMark)) contents.erase(0, kByteOrderMark.size());
  if (Trim(contents).empty()) return Skipped(std::move(origin), "empty article");

  InputRecord record;
  record.kind = InputRecord::Kind::kArticle;
  record.origin = origin;
  Article& article = record.article;
  article.id = std::move(id);
  article.date = options.default_date;
  article.origin = std::move(origin);
  article.body = std::move(contents);
  article.title_bytes = FindTitle(article.body, &article.title);
  return record;
}

std::string IdFromRelativePath(std::string_view path) {
  if (EndsWith(path, ".gz")) path.remove_suffix(3);
  size_t slash = path.rfind('/');
  size_t name_start = slash == std::string_view::npos ? 0 : slash + 1;
  size_t dot = path.rfind('.');
  // A leading dot (".profile") starts the name rather than an extension.
  if (dot != std::string_view::npos && dot > name_start) path = path.substr(0, dot);
  return std::string(path);
}

}  // namespace dyad::io
