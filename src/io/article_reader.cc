#include "io/article_reader.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <deque>
#include <utility>

#include "base/file.h"
#include "io/dir_walk.h"
#include "io/input_file.h"

namespace dyad::io {
namespace {

// Reads the inputs in order; a directory is expanded into its files when it is reached, so
// errors come out where the input was named.
class MultiInputReader : public ArticleReader {
 public:
  MultiInputReader(std::vector<std::string> inputs, const ReadOptions& options)
      : inputs_(std::move(inputs)), options_(options) {}

  bool Next(InputRecord* record) override {
    for (;;) {
      if (current_ != nullptr && current_->Next(record)) return true;
      current_.reset();
      if (!pending_.empty()) {
        current_ = OpenEntry(pending_.front());
        pending_.pop_front();
      } else if (next_input_ < inputs_.size()) {
        StartInput(inputs_[next_input_++]);
      } else {
        return false;
      }
    }
  }

 private:
  std::unique_ptr<ArticleReader> OpenEntry(const WalkEntry& entry) const {
    if (!entry.error.empty()) return NewSingleRecordReader(FileError(entry.path, entry.error));
    return OpenInputFile(entry.path, entry.relative, options_);
  }

  void StartInput(const std::string& input) {
    if (input == "-") {
      StatusOr<std::unique_ptr<ByteSource>> source = OpenFdSource(STDIN_FILENO);
      current_ = source.ok() ? NewStdinReader(std::move(*source), options_)
                             : NewSingleRecordReader(FileError("-", source.status().message()));
      return;
    }
    struct stat info;
    if (::stat(input.c_str(), &info) != 0) {
      current_ = NewSingleRecordReader(
          FileError(input, std::string("cannot open: ") + std::strerror(errno)));
    } else if (S_ISDIR(info.st_mode)) {
      for (WalkEntry& entry : WalkDirectory(input)) pending_.push_back(std::move(entry));
    } else {
      pending_.push_back({input, std::string(BaseName(input)), ""});
    }
  }

  std::vector<std::string> inputs_;
  ReadOptions options_;
  size_t next_input_ = 0;
  std::deque<WalkEntry> pending_;  // Files of the directory being read.
  std::unique_ptr<ArticleReader> current_;
};

}  // namespace

StatusOr<std::unique_ptr<ArticleReader>> ArticleReader::Open(std::vector<std::string> inputs,
                                                             const ReadOptions& options) {
  if (inputs.empty()) return Status::InvalidArgument("no input files given");
  return std::unique_ptr<ArticleReader>(
      std::make_unique<MultiInputReader>(std::move(inputs), options));
}

}  // namespace dyad::io
