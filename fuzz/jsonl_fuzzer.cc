// Fuzzes the read stage on arbitrary bytes, as standard input is read ("-": JSON Lines when the
// first non-space byte is '{', else one plain-text article; gzip auto-detected) and as a JSON
// Lines file is read whatever its first byte (with a small record limit, so that the path that
// drops overlong lines is fuzzed too).
//
// Checks: every record is an article, a skipped record with a reason, or a final file error;
// an article has an id, a body of valid UTF-8 and a title_bytes inside its body; a date is
// empty or YYYY-MM-DD.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "fuzz/fuzz_check.h"
#include "io/article_reader.h"
#include "io/byte_source.h"
#include "io/date.h"
#include "io/input_file.h"
#include "io/jsonl_reader.h"
#include "io/line_reader.h"
#include "text/utf8.h"

namespace {

using dyad::io::InputRecord;

void Drain(dyad::io::ArticleReader* reader, const dyad::io::ReadOptions& options) {
  InputRecord record;
  bool saw_file_error = false;
  while (reader->Next(&record)) {
    FUZZ_CHECK(!saw_file_error);  // A file error is the last record of its input.
    FUZZ_CHECK(!record.origin.empty());
    switch (record.kind) {
      case InputRecord::Kind::kArticle: {
        const dyad::Article& a = record.article;
        FUZZ_CHECK(!a.id.empty());
        FUZZ_CHECK(dyad::text::IsValidUtf8(a.body));
        FUZZ_CHECK(a.title_bytes <= a.body.size());
        FUZZ_CHECK(a.date.empty() || dyad::io::IsValidDate(a.date));
        FUZZ_CHECK(a.body.size() <= options.max_record_bytes);
        break;
      }
      case InputRecord::Kind::kSkipped:
        FUZZ_CHECK(!record.reason.empty());
        break;
      case InputRecord::Kind::kFileError:
        FUZZ_CHECK(!record.reason.empty());
        saw_file_error = true;
        break;
    }
  }
  FUZZ_CHECK(!reader->Next(&record));  // Stays at the end.
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  dyad::io::ReadOptions options;
  options.default_date = "2021-06-01";

  auto stdin_source = dyad::io::NewStringSource(bytes);
  FUZZ_CHECK(stdin_source.ok());
  Drain(dyad::io::NewStdinReader(std::move(stdin_source).value(), options).get(), options);

  // As a file, with a record limit small enough that long lines take the overlong path.
  options.max_record_bytes = 64;
  auto file_source = dyad::io::NewStringSource(std::move(bytes));
  FUZZ_CHECK(file_source.ok());
  auto lines = std::make_unique<dyad::io::LineReader>(std::move(file_source).value(),
                                                      options.max_record_bytes);
  Drain(dyad::io::NewJsonlReader(std::move(lines), "fuzz.jsonl", "fuzz", options).get(), options);
  return 0;
}
