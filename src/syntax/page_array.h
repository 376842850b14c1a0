// Large zero-initialised arrays backed by anonymous memory with transparent huge pages.
//
// Why: a loaded model is ~100 MB of weight rows and indices. Filled through ordinary 4 KB
// pages that is ~25,000 page faults, which on virtual machines cost more than the decoding
// itself; 2 MB huge pages cut the faults 500-fold (BM_Load in bench/syntax_bench.cc). Where the
// kernel does not grant huge pages the array still works, just with small pages.
#ifndef DYAD_SYNTAX_PAGE_ARRAY_H_
#define DYAD_SYNTAX_PAGE_ARRAY_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "dyad/status.h"

namespace dyad::syntax {

namespace internal {
// Zeroed memory of at least `bytes`, or nullptr. Release with FreePages(p, bytes).
void* AllocatePages(size_t bytes);
void FreePages(void* p, size_t bytes);
}  // namespace internal

// A fixed-size array of trivially-constructible T. Move-only: copying 100 MB by accident is a
// bug.
template <typename T>
class PageArray {
 public:
  PageArray() = default;
  explicit PageArray(size_t n) : size_(n) {
    if (n) data_ = static_cast<T*>(internal::AllocatePages(n * sizeof(T)));
    if (!data_) size_ = 0;
  }
  ~PageArray() { internal::FreePages(data_, size_ * sizeof(T)); }
  PageArray(PageArray&& o) noexcept
      : data_(std::exchange(o.data_, nullptr)), size_(std::exchange(o.size_, 0)) {}
  PageArray& operator=(PageArray&& o) noexcept {
    std::swap(data_, o.data_);
    std::swap(size_, o.size_);
    return *this;
  }
  PageArray(const PageArray&) = delete;
  PageArray& operator=(const PageArray&) = delete;

  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }
  T* data() { return data_; }
  const T* data() const { return data_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  T* data_ = nullptr;
  size_t size_ = 0;
};

// Reads the whole file at `path` into huge-page-backed memory. Errors name the path.
StatusOr<PageArray<char>> ReadModelFile(const std::string& path);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_PAGE_ARRAY_H_
