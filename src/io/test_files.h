// Test helpers for io: temporary directories, gzip, and draining readers.
#ifndef DYAD_IO_TEST_FILES_H_
#define DYAD_IO_TEST_FILES_H_

#include <string>
#include <string_view>
#include <vector>

#include "io/article_reader.h"

namespace dyad::io::testing {

// A fresh directory under $TMPDIR (or /tmp), removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // Writes `contents` to path()/`relative`, creating parent directories; returns the full path.
  std::string Write(const std::string& relative, std::string_view contents) const;
  // Creates directory path()/`relative` (and parents); returns the full path.
  std::string MakeDir(const std::string& relative) const;

 private:
  std::string path_;
};

// `data` compressed as one gzip member.
std::string Gzip(std::string_view data);

// Every record `reader` yields, in order.
std::vector<InputRecord> Drain(ArticleReader* reader);

// Every record read from `inputs`.
std::vector<InputRecord> ReadInputs(std::vector<std::string> inputs,
                                    const ReadOptions& options = {});

// A small coded article with one event whose strings need JSON escaping (quotes, a newline, a
// tab, a control byte and non-ASCII letters), for writer tests. `id` names the article.
void MakeSampleResult(const std::string& id, Article* article, ArticleResult* result);

// The path of a checked-in fixture under tests/testdata/io/.
std::string Fixture(const std::string& name);

}  // namespace dyad::io::testing

#endif  // DYAD_IO_TEST_FILES_H_
