// Splits a ByteSource into lines without holding more than the longest line in memory.
//
// Usage:
//   LineReader lines(std::move(source));
//   std::string_view line;
//   while (lines.Next(&line)) Use(line, lines.line_number());
//   if (!lines.status().ok()) Report(lines.status());
#ifndef DYAD_IO_LINE_READER_H_
#define DYAD_IO_LINE_READER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"
#include "io/byte_source.h"

namespace dyad::io {

// Not thread-safe.
class LineReader {
 public:
  explicit LineReader(std::unique_ptr<ByteSource> source);

  // Sets *line to the next line without its "\n" or "\r\n". The view stays valid until the next
  // call on this reader. A last line without a newline is still returned, unless the stream
  // failed: then the partial line is dropped. Returns false at the end or on error (status()).
  bool Next(std::string_view* line);

  // The 1-based number of the line Next() returned last (0 before the first).
  int64_t line_number() const { return line_number_; }

  // OK, or the error that ended the stream.
  const Status& status() const { return status_; }

  // Returns the first byte that is not ASCII whitespace, without consuming anything; -1 when the
  // stream holds nothing else (or failed).
  int PeekNonSpace();

  // Appends every byte not yet returned to *out (lines not read, with their newlines).
  Status ReadRest(std::string* out);

 private:
  // Reads more bytes after end_, compacting or growing the buffer. Sets eof_ or status_.
  void Fill();

  std::unique_ptr<ByteSource> source_;
  std::string buf_;
  size_t begin_ = 0;  // First byte not yet returned.
  size_t scan_ = 0;   // Bytes in [begin_, scan_) hold no '\n'; avoids rescanning long lines.
  size_t end_ = 0;    // End of valid data.
  bool eof_ = false;
  Status status_;
  int64_t line_number_ = 0;
};

}  // namespace dyad::io

#endif  // DYAD_IO_LINE_READER_H_
