// A multi-class averaged perceptron over hashed features.
//
// A feature is a 64-bit hash (see hash.h). Its low `row_bits` bits pick a row of the weight
// table; a row holds one float per class, so scoring a feature touches one contiguous row.
// Collisions are accepted: with 2^20+ rows they cost little and keep memory fixed.
//
// Training uses the averaging trick of Daume (2006): besides the weights w we keep
// u = sum of (update time * delta); the averaged weights are w - u / time.
//
// Thread-safety: Score is const and safe to call concurrently; training calls are not.
#ifndef DYAD_SYNTAX_PERCEPTRON_H_
#define DYAD_SYNTAX_PERCEPTRON_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "syntax/binary_io.h"

namespace dyad::syntax {

class Perceptron {
 public:
  Perceptron() = default;
  Perceptron(int row_bits, int num_classes);

  int num_classes() const { return num_classes_; }
  int row_bits() const { return row_bits_; }

  // scores[c] = sum of the weights of `features` for class c. `scores` has num_classes() slots.
  void Score(std::span<const uint64_t> features, float* scores) const;

  // Training: adds +1 to `gold` and -1 to `guess` for each feature (no-op when equal).
  void Update(std::span<const uint64_t> features, int gold, int guess);
  // Advances the averaging clock; call once per training instance.
  void Tick() { ++time_; }
  // A copy holding the averaged weights, without training state.
  Perceptron Averaged() const;

  // Serialization: rows whose largest |weight| is below `prune` are dropped; weights are
  // stored as int16 with one scale per table.
  void Save(float prune, Writer* out) const;
  // Reads a table; `expected_row_bits` must match the stored size.
  Status Load(Reader* in, int expected_row_bits, std::string_view file);

  // Nonzero rows (after pruning at `prune`), for reporting.
  size_t CountRows(float prune) const;

 private:
  float* Row(uint64_t feature) { return &w_[(feature & mask_) * num_classes_]; }
  const float* Row(uint64_t feature) const { return &w_[(feature & mask_) * num_classes_]; }
  float RowMax(size_t row) const;

  int row_bits_ = 0;
  uint64_t mask_ = 0;
  int num_classes_ = 0;
  std::vector<float> w_;
  std::vector<double> u_;  // Training only.
  int64_t time_ = 1;
};

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_PERCEPTRON_H_
