// Byte streams the readers pull from: files, file descriptors (standard input) and memory, with
// gzip decompressed on the fly when the data starts with the gzip magic bytes.
//
// Usage:
//   StatusOr<std::unique_ptr<ByteSource>> source = OpenFileSource("news.jsonl.gz");
//   char buf[4096];
//   StatusOr<size_t> n = (*source)->Read(buf, sizeof(buf));  // 0 at the end.
#ifndef DYAD_IO_BYTE_SOURCE_H_
#define DYAD_IO_BYTE_SOURCE_H_

#include <cstddef>
#include <memory>
#include <string>

#include "dyad/status.h"

namespace dyad::io {

// A forward-only stream of bytes. Not thread-safe.
class ByteSource {
 public:
  virtual ~ByteSource() = default;

  // Reads up to `n` bytes into `buf` and returns how many were read: at least one, or 0 at the
  // end of the stream. Errors are kIOError (the system failed), or kCorruption for bad gzip
  // data; a gzip stream that stops before its end gives kCorruption "truncated gzip stream".
  // Messages do not name the stream: the caller knows it. REQUIRES: n > 0.
  virtual StatusOr<size_t> Read(char* buf, size_t n) = 0;
};

// Opens the file at `path` for reading (gzip auto-detected). Errors name `path`'s problem as
// "cannot open: <system reason>".
StatusOr<std::unique_ptr<ByteSource>> OpenFileSource(const std::string& path);

// Reads file descriptor `fd`, e.g. STDIN_FILENO (gzip auto-detected). Does not close `fd`.
StatusOr<std::unique_ptr<ByteSource>> OpenFdSource(int fd);

// Reads `data` (gzip auto-detected). For tests and for replaying bytes already read.
StatusOr<std::unique_ptr<ByteSource>> NewStringSource(std::string data);

// Wraps `raw` so that gzip data is decompressed and anything else passes through unchanged.
// Reads the first bytes of `raw` to decide, so it can fail with `raw`'s read error.
StatusOr<std::unique_ptr<ByteSource>> AutoDecompress(std::unique_ptr<ByteSource> raw);

}  // namespace dyad::io

#endif  // DYAD_IO_BYTE_SOURCE_H_
