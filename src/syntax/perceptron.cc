#include "syntax/perceptron.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace dyad::syntax {

Perceptron::Perceptron(int row_bits, int num_classes)
    : row_bits_(row_bits), mask_((uint64_t{1} << row_bits) - 1), num_classes_(num_classes) {
  size_t n = (mask_ + 1) * num_classes;
  // calloc, not std::vector: fresh pages stay unmapped until a row is first updated.
  dense_w_.reset(static_cast<float*>(std::calloc(n, sizeof(float))), Free());
  dense_u_.reset(static_cast<double*>(std::calloc(n, sizeof(double))), Free());
  is_touched_.assign(mask_ + 1, false);
}

void Perceptron::InitPacked(int row_bits, int num_classes, size_t rows) {
  row_bits_ = row_bits;
  mask_ = (uint64_t{1} << row_bits) - 1;
  num_classes_ = num_classes;
  index_ = PageArray<uint32_t>(mask_ + 1);             // Zeroed.
  w_ = PageArray<float>((rows + 1) * num_classes);  // Packed row 0 is the all-zero row.
}

void Perceptron::Score(std::span<const uint64_t> features, float* scores) const {
  std::fill(scores, scores + num_classes_, 0.0f);
  if (dense_w_) {
    for (uint64_t f : features) {
      const float* row = dense_w_.get() + (f & mask_) * num_classes_;
      for (int c = 0; c < num_classes_; ++c) scores[c] += row[c];
    }
    return;
  }
  // Rows are scattered over a large table: prefetch them all before summing.
  for (uint64_t f : features) __builtin_prefetch(&index_[f & mask_]);
  for (uint64_t f : features) __builtin_prefetch(PackedRow(f));
  for (uint64_t f : features) {
    const float* row = PackedRow(f);
    for (int c = 0; c < num_classes_; ++c) scores[c] += row[c];
  }
}

void Perceptron::Update(std::span<const uint64_t> features, int gold, int guess) {
  if (gold == guess || !dense_w_) return;
  for (uint64_t f : features) {
    size_t r = f & mask_;
    if (!is_touched_[r]) {
      is_touched_[r] = true;
      touched_.push_back(static_cast<uint32_t>(r));
    }
    size_t base = r * num_classes_;
    dense_w_.get()[base + gold] += 1.0f;
    dense_u_.get()[base + gold] += static_cast<double>(time_);
    dense_w_.get()[base + guess] -= 1.0f;
    dense_u_.get()[base + guess] -= static_cast<double>(time_);
  }
}

Perceptron Perceptron::Averaged() const {
  Perceptron out;
  std::vector<uint32_t> rows = touched_;
  std::sort(rows.begin(), rows.end());
  out.InitPacked(row_bits_, num_classes_, rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    out.index_[rows[i]] = static_cast<uint32_t>(i + 1);
    size_t base = size_t{rows[i]} * num_classes_;
    for (int c = 0; c < num_classes_; ++c) {
      double avg = dense_w_.get()[base + c] - dense_u_.get()[base + c] / time_;
      out.w_[(i + 1) * num_classes_ + c] = static_cast<float>(avg);
    }
  }
  return out;
}

void Perceptron::Save(float prune, Writer* out) const {
  float max_abs = 0;
  for (size_t i = 0; i < w_.size(); ++i) max_abs = std::max(max_abs, std::fabs(w_[i]));
  float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<uint32_t> kept;  // Hash rows, ascending.
  for (size_t r = 0; r < index_.size(); ++r) {
    if (index_[r] == 0) continue;
    const float* row = &w_[index_[r] * num_classes_];
    float m = 0;
    for (int c = 0; c < num_classes_; ++c) m = std::max(m, std::fabs(row[c]));
    if (m > 0 && m >= prune) kept.push_back(static_cast<uint32_t>(r));
  }
  out->U32(static_cast<uint32_t>(row_bits_));
  out->U32(static_cast<uint32_t>(num_classes_));
  out->F32(scale);
  out->Varint(kept.size());
  uint32_t last = 0;
  for (uint32_t r : kept) {
    out->Varint(r - last);  // Gap from the previous stored row: small numbers, short varints.
    last = r;
    for (int c = 0; c < num_classes_; ++c) {
      auto q = static_cast<int16_t>(std::lround(w_[index_[r] * num_classes_ + c] / scale));
      out->U8(static_cast<uint8_t>(q & 0xFF));
      out->U8(static_cast<uint8_t>((q >> 8) & 0xFF));
    }
  }
}

Status Perceptron::Load(Reader* in, int expected_row_bits, std::string_view file) {
  uint32_t bits, classes;
  float scale;
  uint64_t rows;
  if (!in->U32(&bits) || !in->U32(&classes) || !in->F32(&scale) || !in->Varint(&rows)) {
    return CorruptModel(file, "weight table header");
  }
  if (static_cast<int>(bits) != expected_row_bits) {
    return Status::InvalidArgument(std::string(file) + ": hash table has 2^" +
                                   std::to_string(bits) + " rows, this build expects 2^" +
                                   std::to_string(expected_row_bits) + "; retrain the model");
  }
  if (classes == 0 || classes > 4096) return CorruptModel(file, "class count");
  if (rows > (uint64_t{1} << bits)) return CorruptModel(file, "row count");
  *this = Perceptron();
  InitPacked(static_cast<int>(bits), static_cast<int>(classes), rows);
  uint64_t row = 0;
  for (uint64_t i = 0; i < rows; ++i) {
    uint64_t gap;
    if (!in->Varint(&gap) || gap > mask_ - row || (i > 0 && gap == 0)) {
      return CorruptModel(file, "row index");
    }
    row += gap;
    index_[row] = static_cast<uint32_t>(i + 1);
    const char* bytes;
    if (!in->Bytes(2 * size_t{classes}, &bytes)) return CorruptModel(file, "weights");
    float* out = &w_[(i + 1) * classes];
    for (uint32_t c = 0; c < classes; ++c) {
      auto lo = static_cast<uint8_t>(bytes[2 * c]), hi = static_cast<uint8_t>(bytes[2 * c + 1]);
      out[c] = static_cast<int16_t>(static_cast<uint16_t>(lo | (hi << 8))) * scale;
    }
  }
  return Status::Ok();
}

}  // namespace dyad::syntax
