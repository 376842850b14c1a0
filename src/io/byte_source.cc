#include "io/byte_source.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>
#include <vector>

#include "base/status_macros.h"

namespace dyad::io {
namespace {

constexpr size_t kChunkBytes = 1 << 16;
// zlib counts in `unsigned int`; larger requests are served in pieces.
constexpr size_t kMaxZlibRequest = 1 << 30;

Status ErrnoError(const char* what) {
  return Status::IOError(std::string("cannot ") + what + ": " + std::strerror(errno));
}

// Reads a file descriptor, retrying interrupted reads.
class FdSource : public ByteSource {
 public:
  FdSource(int fd, bool owned) : fd_(fd), owned_(owned) {}
  ~FdSource() override {
    if (owned_) ::close(fd_);
  }
  FdSource(const FdSource&) = delete;
  FdSource& operator=(const FdSource&) = delete;

  StatusOr<size_t> Read(char* buf, size_t n) override {
    for (;;) {
      ssize_t got = ::read(fd_, buf, n);
      if (got >= 0) return static_cast<size_t>(got);
      if (errno != EINTR) return ErrnoError("read");
    }
  }

 private:
  int fd_;
  bool owned_;
};

// Serves `prefix` first, then whatever `rest` yields (rest may be null).
class PrefixSource : public ByteSource {
 public:
  PrefixSource(std::string prefix, std::unique_ptr<ByteSource> rest)
      : prefix_(std::move(prefix)), rest_(std::move(rest)) {}

  StatusOr<size_t> Read(char* buf, size_t n) override {
    if (pos_ < prefix_.size()) {
      size_t take = std::min(n, prefix_.size() - pos_);
      std::memcpy(buf, prefix_.data() + pos_, take);
      pos_ += take;
      return take;
    }
    return rest_ ? rest_->Read(buf, n) : StatusOr<size_t>(size_t{0});
  }

 private:
  std::string prefix_;
  size_t pos_ = 0;
  std::unique_ptr<ByteSource> rest_;
};

// Inflates one or more concatenated gzip members (as `cat a.gz b.gz` produces).
class GunzipSource : public ByteSource {
 public:
  explicit GunzipSource(std::unique_ptr<ByteSource> raw) : raw_(std::move(raw)), in_(kChunkBytes) {
    std::memset(&zs_, 0, sizeof(zs_));
    // 16 + MAX_WBITS: expect a gzip header and trailer, not a raw zlib stream.
    init_ok_ = inflateInit2(&zs_, 16 + MAX_WBITS) == Z_OK;
  }
  ~GunzipSource() override { inflateEnd(&zs_); }
  GunzipSource(const GunzipSource&) = delete;
  GunzipSource& operator=(const GunzipSource&) = delete;

  StatusOr<size_t> Read(char* buf, size_t n) override;

 private:
  Status Refill(bool* at_end);

  std::unique_ptr<ByteSource> raw_;
  std::vector<char> in_;
  z_stream zs_;
  bool init_ok_ = false;
  bool member_done_ = false;  // The last member ended; more input starts a new one.
};

Status GunzipSource::Refill(bool* at_end) {
  ASSIGN_OR_RETURN(size_t got, raw_->Read(in_.data(), in_.size()));
  *at_end = got == 0;
  zs_.next_in = reinterpret_cast<Bytef*>(in_.data());
  zs_.avail_in = static_cast<uInt>(got);
  return Status::Ok();
}

StatusOr<size_t> GunzipSource::Read(char* buf, size_t n) {
  if (!init_ok_) return Status::Internal("cannot initialise zlib");
  const uInt want = static_cast<uInt>(std::min(n, kMaxZlibRequest));
  zs_.next_out = reinterpret_cast<Bytef*>(buf);
  zs_.avail_out = want;
  // Loop until some output appears: a call may consume only header bytes.
  while (zs_.avail_out == want) {
    if (zs_.avail_in == 0) {
      bool at_end = false;
      RETURN_IF_ERROR(Refill(&at_end));
      if (at_end) {
        if (member_done_) return size_t{0};
        return Status::Corruption("truncated gzip stream");
      }
    }
    if (member_done_) {
      inflateReset(&zs_);
      member_done_ = false;
    }
    int ret = inflate(&zs_, Z_NO_FLUSH);
    if (ret == Z_STREAM_END) {
      member_done_ = true;
    } else if (ret != Z_OK && ret != Z_BUF_ERROR) {
      return Status::Corruption(std::string("corrupt gzip data: ") +
                                (zs_.msg ? zs_.msg : "unknown zlib error"));
    }
  }
  return static_cast<size_t>(want - zs_.avail_out);
}

bool HasGzipMagic(const std::string& head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
         static_cast<unsigned char>(head[1]) == 0x8b;
}

}  // namespace

StatusOr<std::unique_ptr<ByteSource>> AutoDecompress(std::unique_ptr<ByteSource> raw) {
  // Pipes may deliver one byte at a time, so read until the magic can be judged.
  std::string head;
  char buf[kChunkBytes];
  while (head.size() < 2) {
    ASSIGN_OR_RETURN(size_t got, raw->Read(buf, sizeof(buf)));
    if (got == 0) break;
    head.append(buf, got);
  }
  const bool gzip = HasGzipMagic(head);
  auto replay = std::make_unique<PrefixSource>(std::move(head), std::move(raw));
  if (!gzip) return std::unique_ptr<ByteSource>(std::move(replay));
  return std::unique_ptr<ByteSource>(std::make_unique<GunzipSource>(std::move(replay)));
}

StatusOr<std::unique_ptr<ByteSource>> OpenFileSource(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ErrnoError("open");
  return AutoDecompress(std::make_unique<FdSource>(fd, /*owned=*/true));
}

StatusOr<std::unique_ptr<ByteSource>> OpenFdSource(int fd) {
  return AutoDecompress(std::make_unique<FdSource>(fd, /*owned=*/false));
}

StatusOr<std::unique_ptr<ByteSource>> NewStringSource(std::string data) {
  return AutoDecompress(std::make_unique<PrefixSource>(std::move(data), nullptr));
}

}  // namespace dyad::io
