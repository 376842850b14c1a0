#include "io/input_file.h"

#include <utility>

#include "io/dir_walk.h"
#include "io/jsonl_reader.h"
#include "io/line_reader.h"
#include "io/text_article.h"

namespace dyad::io {
namespace {

constexpr char kStdinOrigin[] = "-";
constexpr char kStdinId[] = "stdin";

class SingleRecordReader : public ArticleReader {
 public:
  explicit SingleRecordReader(InputRecord record) : record_(std::move(record)) {}
  bool Next(InputRecord* record) override {
    if (done_) return false;
    *record = std::move(record_);
    done_ = true;
    return true;
  }

 private:
  InputRecord record_;
  bool done_ = false;
};

// Reads the rest of `lines` as one plain-text article, or skips it when it is larger than
// options.max_record_bytes (reading no further).
std::unique_ptr<ArticleReader> ReadTextArticle(LineReader* lines, std::string id,
                                               std::string origin, const ReadOptions& options) {
  std::string contents;
  Status status = lines->ReadRest(&contents, options.max_record_bytes);
  if (!status.ok()) return NewSingleRecordReader(FileError(std::move(origin), status.message()));
  if (contents.size() > options.max_record_bytes) {
    InputRecord record;
    record.kind = InputRecord::Kind::kSkipped;
    record.origin = std::move(origin);
    record.reason =
        "record too large: more than " + std::to_string(options.max_record_bytes) + " bytes";
    return NewSingleRecordReader(std::move(record));
  }
  return NewSingleRecordReader(
      MakeTextArticle(std::move(contents), std::move(id), std::move(origin), options));
}

}  // namespace

InputRecord FileError(std::string origin, std::string reason) {
  InputRecord record;
  record.kind = InputRecord::Kind::kFileError;
  record.origin = std::move(origin);
  record.reason = std::move(reason);
  return record;
}

std::unique_ptr<ArticleReader> NewSingleRecordReader(InputRecord record) {
  return std::make_unique<SingleRecordReader>(std::move(record));
}

std::unique_ptr<ArticleReader> OpenInputFile(const std::string& path, const std::string& relative,
                                             const ReadOptions& options) {
  StatusOr<std::unique_ptr<ByteSource>> source = OpenFileSource(path);
  if (!source.ok()) return NewSingleRecordReader(FileError(path, source.status().message()));
  auto lines = std::make_unique<LineReader>(std::move(*source), options.max_record_bytes);
  if (IsJsonLinesName(path)) return NewJsonlReader(std::move(lines), path, relative, options);
  return ReadTextArticle(lines.get(), IdFromRelativePath(relative), path, options);
}

std::unique_ptr<ArticleReader> NewStdinReader(std::unique_ptr<ByteSource> source,
                                              const ReadOptions& options) {
  auto lines = std::make_unique<LineReader>(std::move(source), options.max_record_bytes);
  if (lines->PeekNonSpace() == '{') {
    return NewJsonlReader(std::move(lines), kStdinOrigin, kStdinId, options);
  }
  if (!lines->status().ok()) {
    return NewSingleRecordReader(FileError(kStdinOrigin, lines->status().message()));
  }
  return ReadTextArticle(lines.get(), kStdinId, kStdinOrigin, options);
}

}  // namespace dyad::io
