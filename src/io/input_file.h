// Readers for a single input: one file, or one already-open stream such as standard input.
// ArticleReader::Open() combines them over many inputs and directories.
#ifndef DYAD_IO_INPUT_FILE_H_
#define DYAD_IO_INPUT_FILE_H_

#include <memory>
#include <string>

#include "io/article_reader.h"
#include "io/byte_source.h"

namespace dyad::io {

// Reads the file at `path` (gzip auto-detected): JSON Lines when IsJsonLinesName(path), else one
// plain-text article. `relative` is the path below the input argument (the file name when the
// file was named directly); it gives plain-text ids (IdFromRelativePath) and the prefix of
// JSON Lines records without an id ("sub/news.jsonl:7"). A file that cannot be opened or read
// yields a single kFileError record with origin `path`.
std::unique_ptr<ArticleReader> OpenInputFile(const std::string& path, const std::string& relative,
                                             const ReadOptions& options);

// Reads `source` the way "-" (standard input) is read: JSON Lines when its first non-whitespace
// byte is '{' (origins "-:N", ids default to "stdin:N"), else one plain-text article with id
// "stdin" and origin "-".
std::unique_ptr<ArticleReader> NewStdinReader(std::unique_ptr<ByteSource> source,
                                              const ReadOptions& options);

// A reader that yields exactly `record`.
std::unique_ptr<ArticleReader> NewSingleRecordReader(InputRecord record);

// The kFileError record for input `origin`.
InputRecord FileError(std::string origin, std::string reason);

}  // namespace dyad::io

#endif  // DYAD_IO_INPUT_FILE_H_
