#include "syntax/page_array.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace dyad::syntax {
namespace internal {

constexpr size_t kHugePage = size_t{2} << 20;

void* AllocatePages(size_t bytes) {
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  // Advisory: without huge pages the array is the same, only slower to fill.
  if (bytes >= kHugePage) madvise(p, bytes, MADV_HUGEPAGE);
  return p;
}

void FreePages(void* p, size_t bytes) {
  if (p) munmap(p, bytes);
}

}  // namespace internal

StatusOr<PageArray<char>> ReadModelFile(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IOError(path + ": cannot open: " + std::strerror(errno));
  struct stat st {};
  if (fstat(fd, &st) != 0 || st.st_size <= 0) {
    close(fd);
    return Status::IOError(path + ": cannot read its size or it is empty");
  }
  PageArray<char> data(static_cast<size_t>(st.st_size));
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = read(fd, data.data() + done, data.size() - done);
    if (n <= 0) {
      close(fd);
      return Status::IOError(path + ": read failed: " + (n < 0 ? std::strerror(errno) : "EOF"));
    }
    done += static_cast<size_t>(n);
  }
  close(fd);
  return data;
}

}  // namespace dyad::syntax
