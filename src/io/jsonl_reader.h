// JSON Lines articles: one JSON object per line, streamed so that files of any size can be read
// in bounded memory.
#ifndef DYAD_IO_JSONL_READER_H_
#define DYAD_IO_JSONL_READER_H_

#include <memory>
#include <string>

#include "io/article_reader.h"
#include "io/line_reader.h"

namespace dyad::io {

// Returns a reader that yields one record per non-blank line of `lines`:
//  - kArticle for an object with a non-empty string "text". Optional string fields "id",
//    "date", "title", "url", "source" fill the article (null counts as absent; other fields are
//    ignored). "date" may be a full ISO 8601 timestamp; only its YYYY-MM-DD part is kept, and
//    articles without one get `options.default_date`. A record without "id" gets the id
//    `id_prefix` + ":" + line number. body is title + "\n\n" + text, or text when the title is
//    empty.
//  - kSkipped, with origin `path` + ":" + line, for invalid UTF-8, broken JSON, a value that is
//    not an object, a missing or empty "text", a field of the wrong type, an impossible date, or
//    a line longer than `options.max_record_bytes` ("record too large: N bytes (limit M)"; it
//    is not held in memory when `lines` was built with that limit as its max_line_bytes, as
//    OpenInputFile and NewStdinReader build it).
//  - one final kFileError with origin `path` when the stream fails, e.g.
//    "truncated gzip stream after 12 records"; the records before it have been returned.
// Blank lines are not records and are passed over silently.
std::unique_ptr<ArticleReader> NewJsonlReader(std::unique_ptr<LineReader> lines, std::string path,
                                              std::string id_prefix, const ReadOptions& options);

}  // namespace dyad::io

#endif  // DYAD_IO_JSONL_READER_H_
