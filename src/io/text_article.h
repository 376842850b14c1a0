// Plain-text articles: one file (or all of standard input) is one article.
#ifndef DYAD_IO_TEXT_ARTICLE_H_
#define DYAD_IO_TEXT_ARTICLE_H_

#include <string>
#include <string_view>

#include "io/article_reader.h"

namespace dyad::io {

// Builds the record for a plain-text article whose bytes are `contents`.
//
// Article::body is `contents` without a leading UTF-8 byte-order mark; the title is the first line
// holding something other than whitespace (trimmed), and title_bytes is the byte offset in body
// where that line ends (before its "\n" or "\r\n"). The date is `options.default_date`.
// Returns a kSkipped record for an empty or whitespace-only text ("empty article") and for
// invalid UTF-8 ("invalid UTF-8 at byte N", N counted from the start of `contents`).
InputRecord MakeTextArticle(std::string contents, std::string id, std::string origin,
                            const ReadOptions& options);

// The article id for a file reached by `relative_path` (relative to the input argument): the path
// without its extension and without a trailing ".gz", e.g. "sub/a.txt.gz" -> "sub/a".
std::string IdFromRelativePath(std::string_view relative_path);

}  // namespace dyad::io

#endif  // DYAD_IO_TEXT_ARTICLE_H_
