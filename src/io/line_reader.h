// Splits a ByteSource into lines without holding more than the longest line in memory, or more
// than about twice `max_line_bytes` when lines are longer than that (they are skipped unkept).
//
// Usage:
//   LineReader lines(std::move(source));
//   std::string_view line;
//   while (lines.Next(&line)) Use(line, lines.line_number());
//   if (!lines.status().ok()) Report(lines.status());
#ifndef DYAD_IO_LINE_READER_H_
#define DYAD_IO_LINE_READER_H_

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"
#include "io/byte_source.h"

namespace dyad::io {

// Not thread-safe.
class LineReader {
 public:
  // Lines longer than `max_line_bytes` (without their line end) are read through but not kept.
  explicit LineReader(std::unique_ptr<ByteSource> source,
                      size_t max_line_bytes = std::numeric_limits<size_t>::max());

  // Sets *line to the next line without its "\n" or "\r\n". The view stays valid until the next
  // call on this reader. A last line without a newline is still returned, unless the stream
  // failed: then the partial line is dropped. Returns false at the end or on error (status()).
  // A line longer than `max_line_bytes` comes back as an empty view with overlong() true.
  bool Next(std::string_view* line);

  // True when the line Next() returned last was longer than `max_line_bytes` and was dropped;
  // line_bytes() is then its length.
  bool overlong() const { return overlong_; }
  // The length in bytes of the line Next() returned last, without its line end.
  uint64_t line_bytes() const { return line_bytes_; }

  // The 1-based number of the line Next() returned last (0 before the first).
  int64_t line_number() const { return line_number_; }

  // OK, or the error that ended the stream.
  const Status& status() const { return status_; }

  // Returns the first byte that is not ASCII whitespace, without consuming anything; -1 when the
  // stream holds nothing else (or failed).
  int PeekNonSpace();

  // Appends every byte not yet returned to *out (lines not read, with their newlines), but
  // stops reading, with an OK status, as soon as *out is longer than `max_bytes`: a caller that
  // finds out->size() > max_bytes knows there was more.
  Status ReadRest(std::string* out, size_t max_bytes = std::numeric_limits<size_t>::max());

 private:
  // Reads more bytes after end_, compacting or growing the buffer. Sets eof_ or status_.
  void Fill();
  // Ends the current line at buf_[stop] (a "\n", or the end of the data), returns it (empty
  // when overlong) and continues reading at stop + `skip`.
  std::string_view TakeLine(size_t stop, size_t skip);

  std::unique_ptr<ByteSource> source_;
  size_t max_line_bytes_;
  std::string buf_;
  size_t begin_ = 0;  // First byte not yet returned.
  size_t scan_ = 0;   // Bytes in [begin_, scan_) hold no '\n'; avoids rescanning long lines.
  size_t end_ = 0;    // End of valid data.
  bool eof_ = false;
  Status status_;
  int64_t line_number_ = 0;
  uint64_t dropped_ = 0;  // Bytes of the current line already dropped because it is overlong.
  uint64_t line_bytes_ = 0;
  bool overlong_ = false;
};

}  // namespace dyad::io

#endif  // DYAD_IO_LINE_READER_H_
