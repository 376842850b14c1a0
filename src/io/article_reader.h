// The read stage: articles from plain-text files, JSON Lines (optionally gzipped), directories
// and standard input, with every record accounted for.
//
// Usage:
//   StatusOr<std::unique_ptr<ArticleReader>> reader = ArticleReader::Open({"news/"}, options);
//   InputRecord record;
//   while ((*reader)->Next(&record)) {
//     if (record.kind == InputRecord::Kind::kArticle) Code(record.article);
//     else Report(record.origin, record.reason);
//   }
//
// Formats, chosen by file name: "*.jsonl", "*.ndjson", "*.json" (each optionally ".gz") are JSON
// Lines ({"id","date","title","text","url","source"}; "text" is required, the rest optional;
// unknown fields are ignored); anything else is plain text whose first non-empty line is the
// headline. Gzip is recognised by its magic bytes whatever the name. "-" reads standard input, as
// JSON Lines when its first non-whitespace byte is '{', else as one text article. Directories are
// walked recursively in sorted order; hidden files and files without an article extension are
// skipped. doc/input_formats.md has the details (ids, titles, dates, skip reasons).
#ifndef DYAD_IO_ARTICLE_READER_H_
#define DYAD_IO_ARTICLE_READER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad::io {

// The default ReadOptions::max_record_bytes: far above any news article, and small enough that
// coding the largest record allowed stays within a few hundred megabytes.
inline constexpr size_t kDefaultMaxRecordBytes = size_t{16} << 20;

struct ReadOptions {
  std::string default_date;  // YYYY-MM-DD for articles that carry none ("" = leave empty).
  // A JSON Lines line or a plain-text article longer than this is skipped as "record too large"
  // without being held in memory, so that memory stays bounded whatever the input.
  size_t max_record_bytes = kDefaultMaxRecordBytes;
};

struct InputRecord {
  enum class Kind {
    kArticle,    // `article` is filled.
    kSkipped,    // A record that could not be read; `reason` says why.
    kFileError,  // A whole input could not be opened or read; `reason` says why.
  };
  Kind kind = Kind::kArticle;
  Article article;
  std::string origin;  // "path:line" for JSON Lines records, "path" for files, "-" for stdin
                       // ("-:line" for JSON Lines on stdin).
  std::string reason;
};

// Not thread-safe; one reader per thread of input.
class ArticleReader {
 public:
  // `inputs` are paths or "-". Fails only when `inputs` is empty; unreadable inputs are reported
  // through Next() as kFileError records so that the others are still read.
  static StatusOr<std::unique_ptr<ArticleReader>> Open(std::vector<std::string> inputs,
                                                       const ReadOptions& options);
  virtual ~ArticleReader() = default;

  // Fills *record with the next article, skipped record or file error. Returns false when every
  // input is exhausted.
  virtual bool Next(InputRecord* record) = 0;
};

}  // namespace dyad::io

#endif  // DYAD_IO_ARTICLE_READER_H_
