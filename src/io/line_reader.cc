#include "io/line_reader.h"

#include <cstring>
#include <utility>

namespace dyad::io {
namespace {

constexpr size_t kInitialBytes = 1 << 16;

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

LineReader::LineReader(std::unique_ptr<ByteSource> source, size_t max_line_bytes)
    : source_(std::move(source)), max_line_bytes_(max_line_bytes), buf_(kInitialBytes, '\0') {}

void LineReader::Fill() {
  if (begin_ > 0) {  // Compact: move the unread tail to the front.
    std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    scan_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buf_.size()) buf_.resize(buf_.size() * 2);  // A line longer than the buffer.
  StatusOr<size_t> got = source_->Read(buf_.data() + end_, buf_.size() - end_);
  if (!got.ok()) {
    status_ = got.status();
    eof_ = true;
  } else if (*got == 0) {
    eof_ = true;
  } else {
    end_ += *got;
  }
}

std::string_view LineReader::TakeLine(size_t stop, size_t skip) {
  size_t len = stop - begin_;
  if (len > 0 && buf_[stop - 1] == '\r') --len;
  std::string_view line(buf_.data() + begin_, len);
  line_bytes_ = dropped_ + len;
  overlong_ = line_bytes_ > max_line_bytes_;
  if (overlong_) line = std::string_view();
  dropped_ = 0;
  begin_ = scan_ = stop + skip;
  ++line_number_;
  return line;
}

bool LineReader::Next(std::string_view* line) {
  for (;;) {
    const char* nl = static_cast<const char*>(std::memchr(buf_.data() + scan_, '\n', end_ - scan_));
    if (nl != nullptr) {
      *line = TakeLine(nl - buf_.data(), 1);
      return true;
    }
    scan_ = end_;
    // Keep only the tail of an overlong line (a '\r' there may be its line end).
    if (end_ - begin_ > max_line_bytes_ && end_ - begin_ > 1) {
      dropped_ += end_ - begin_ - 1;
      begin_ = end_ - 1;
    }
    if (eof_) break;
    Fill();
  }
  if (!status_.ok() || (begin_ == end_ && dropped_ == 0)) return false;
  *line = TakeLine(end_, 0);
  return true;
}

int LineReader::PeekNonSpace() {
  size_t i = begin_;
  for (;;) {
    for (; i < end_; ++i) {
      if (!IsAsciiSpace(buf_[i])) return static_cast<unsigned char>(buf_[i]);
    }
    if (eof_) return -1;
    size_t offset = i - begin_;  // Fill() may move the data to the front.
    Fill();
    i = begin_ + offset;
  }
}

Status LineReader::ReadRest(std::string* out, size_t max_bytes) {
  out->append(buf_, begin_, end_ - begin_);
  begin_ = scan_ = end_;
  char chunk[kInitialBytes];
  while (!eof_ && out->size() <= max_bytes) {
    StatusOr<size_t> got = source_->Read(chunk, sizeof(chunk));
    if (!got.ok()) {
      status_ = got.status();
      eof_ = true;
    } else if (*got == 0) {
      eof_ = true;
    } else {
      out->append(chunk, *got);
    }
  }
  return status_;
}

}  // namespace dyad::io
