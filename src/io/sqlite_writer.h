// Helpers of the SQLite writer (NewSqliteWriter is declared in event_writer.h).
#ifndef DYAD_IO_SQLITE_WRITER_H_
#define DYAD_IO_SQLITE_WRITER_H_

#include <string>
#include <string_view>

namespace dyad::io {

// The 64-bit FNV-1a hash of `bytes` as 16 lowercase hex digits: articles.content_hash, which lets
// a re-run tell whether an article's text changed.
std::string ContentHash(std::string_view bytes);

}  // namespace dyad::io

#endif  // DYAD_IO_SQLITE_WRITER_H_
