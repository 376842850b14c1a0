// The account of a `dyad code` run: every record read ends up coded, discarded or skipped, and
// the summary says how many of each and why.
#ifndef DYAD_CLI_RUN_SUMMARY_H_
#define DYAD_CLI_RUN_SUMMARY_H_

#include <cstdint>
#include <map>
#include <string>

namespace dyad::cli {

class RunSummary {
 public:
  void Coded(size_t sentences, size_t events) {
    ++read_;
    ++coded_;
    sentences_ += sentences;
    events_ += events;
  }
  // An article read but not coded as a whole (a discard phrase, invalid text).
  void NotCoded(const std::string& reason) {
    ++read_;
    ++not_coded_[Category(reason)];
  }
  // A record that could not be read.
  void Skipped(const std::string& reason) {
    ++read_;
    ++skipped_[Category(reason)];
  }
  void FileError() { ++file_errors_; }

  uint64_t skipped() const;
  uint64_t file_errors() const { return file_errors_; }

  // "articles read 3, coded 2, not coded 0, skipped 1 (missing field 'text' 1); sentences 40,
  //  events 7; 0.01 s, 4000 sentences/s"
  std::string ToString(double seconds) const;

  // The reason without its details ("invalid UTF-8 at byte 17" -> "invalid UTF-8"), keeping a
  // field's name ("field 'text' must be a string").
  static std::string Category(const std::string& reason);

 private:
  uint64_t read_ = 0, coded_ = 0, sentences_ = 0, events_ = 0, file_errors_ = 0;
  std::map<std::string, uint64_t> not_coded_, skipped_;
};

}  // namespace dyad::cli

#endif  // DYAD_CLI_RUN_SUMMARY_H_
