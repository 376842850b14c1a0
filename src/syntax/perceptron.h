// A multi-class averaged perceptron over hashed features.
//
// A feature is a 64-bit hash (see hash.h). Its low `row_bits` bits pick a row of the weight
// table; a row holds one float per class, so scoring a feature touches one contiguous row.
// Collisions are accepted: with 2^20+ rows they cost little and keep memory fixed.
//
// Three states. A trainable table is dense (calloc'd, so only rows that get updated ever take
// memory) and keeps, besides the weights w, u = sum of (update time * delta): the averaged
// weights are w - u / time (Daume 2006). Averaged() produces a packed, read-only table: only
// nonzero rows, plus an index of 4 bytes per hash row (0 = the all-zero row). Read-only weights
// are int16 with one float scale per table (the file stores them so too), which halves the
// memory traffic of scoring; scores are summed in int32 and scaled once. Load() produces the
// packed table too, except for narrow tables (at most kDirectMaxClasses classes, i.e. the
// parser's move table): those are loaded direct, every hash row holding its weights in place,
// so scoring a feature costs one memory access instead of two (index, then row). Scoring is
// memory-bound, so both choices are what keep tagging + parsing fast.
//
// Thread-safety: Score is const and safe to call concurrently; training calls are not.
#ifndef DYAD_SYNTAX_PERCEPTRON_H_
#define DYAD_SYNTAX_PERCEPTRON_H_

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "syntax/binary_io.h"
#include "syntax/page_array.h"

namespace dyad::syntax {

class Perceptron {
 public:
  static constexpr int kDirectMaxClasses = 4;
  static constexpr int kMaxClasses = 256;  // Of a read-only table.

  Perceptron() = default;
  // A trainable table of 2^row_bits rows.
  Perceptron(int row_bits, int num_classes);

  int num_classes() const { return num_classes_; }
  int row_bits() const { return row_bits_; }

  // scores[c] = sum of the weights of `features` for class c. `scores` has num_classes() slots.
  void Score(std::span<const uint64_t> features, float* scores) const;

  // Training (REQUIRES: trainable): +1 to `gold` and -1 to `guess` for each feature.
  void Update(std::span<const uint64_t> features, int gold, int guess);
  // Advances the averaging clock; call once per training instance.
  void Tick() { ++time_; }
  // The averaged weights as a packed table.
  Perceptron Averaged() const;

  // Writes a packed table (REQUIRES: packed). Rows whose largest |weight| is below `prune` are
  // dropped; weights are stored as int16 with one scale per table.
  void Save(float prune, Writer* out) const;
  // Reads a packed table; `expected_row_bits` must match the stored size.
  Status Load(Reader* in, int expected_row_bits, std::string_view file);

  bool direct() const { return !direct_.empty(); }

 private:
  struct Free {
    void operator()(void* p) const { std::free(p); }
  };

  const int16_t* PackedRow(uint64_t feature) const {
    return &w_[index_[feature & mask_] * num_classes_];
  }
  void InitPacked(int row_bits, int num_classes, size_t rows);
  void ScoreDirect(std::span<const uint64_t> features, float* scores) const;
  // The rows to save (ascending) with their int16 weights, from either read-only layout.
  void Kept(float prune, std::vector<uint32_t>* rows, std::vector<int16_t>* weights) const;

  int row_bits_ = 0;
  uint64_t mask_ = 0;
  int num_classes_ = 0;
  float scale_ = 1.0f;  // A read-only weight is its int16 value times scale_.
  // Packed state.
  PageArray<uint32_t> index_;
  PageArray<int16_t> w_;
  // Direct state: (mask_ + 1) * num_classes_ weights.
  PageArray<int16_t> direct_;
  // Trainable state.
  std::shared_ptr<float> dense_w_;   // (mask_ + 1) * num_classes_ floats.
  std::shared_ptr<double> dense_u_;
  std::vector<uint32_t> touched_;    // Rows updated at least once.
  std::vector<bool> is_touched_;
  int64_t time_ = 1;
};

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_PERCEPTRON_H_
