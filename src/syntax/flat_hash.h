// A map from 64-bit hashes to 32-bit values in one flat open-addressing array.
//
// Why: the tagger and the cluster table look up every token's word hash. std::unordered_map
// costs two dependent cache misses a lookup (bucket, then node); this table costs one, which
// is measurable in tagging + parsing throughput. Keys are hashes already (hash.h), so their
// low bits index the table directly; linear probing, load factor at most 1/2. The key 0 marks
// an empty slot and cannot be stored (Insert ignores it; a word hash of 0 is astronomically
// unlikely and only means the word is treated as unknown).
//
// Thread-safety: Find is const and safe concurrently; Insert is not.
#ifndef DYAD_SYNTAX_FLAT_HASH_H_
#define DYAD_SYNTAX_FLAT_HASH_H_

#include <cstdint>
#include <utility>
#include <vector>

namespace dyad::syntax {

class FlatHashMap {
 public:
  // The value of `key`, or `missing`.
  uint32_t Find(uint64_t key, uint32_t missing = 0) const {
    if (keys_.empty()) return missing;
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (keys_[i] == key) return values_[i];
      if (keys_[i] == 0) return missing;
    }
  }

  // Adds `key` or replaces its value.
  void Insert(uint64_t key, uint32_t value) {
    if (key == 0) return;
    if (2 * (size_ + 1) > keys_.size()) Grow();
    size_t i = key & mask_;
    while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask_;
    size_ += keys_[i] == 0;
    keys_[i] = key;
    values_[i] = value;
  }

  size_t size() const { return size_; }

  // Calls f(key, value) for every entry, in table order.
  template <typename F>
  void ForEach(F f) const {
    for (size_t i = 0; i < keys_.size(); ++i) {
      if (keys_[i] != 0) f(keys_[i], values_[i]);
    }
  }

 private:
  void Grow() {
    std::vector<uint64_t> keys = std::move(keys_);
    std::vector<uint32_t> values = std::move(values_);
    size_t capacity = keys.empty() ? 16 : 2 * keys.size();
    keys_.assign(capacity, 0);
    values_.assign(capacity, 0);
    mask_ = capacity - 1;
    size_ = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
      if (keys[i] != 0) Insert(keys[i], values[i]);
    }
  }

  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_FLAT_HASH_H_
