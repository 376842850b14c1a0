#include "syntax/perceptron.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace dyad::syntax {

Perceptron::Perceptron(int row_bits, int num_classes)
    : row_bits_(row_bits),
      mask_((uint64_t{1} << row_bits) - 1),
      num_classes_(num_classes),
      w_((size_t{1} << row_bits) * num_classes, 0.0f) {}

void Perceptron::Score(std::span<const uint64_t> features, float* scores) const {
  std::fill(scores, scores + num_classes_, 0.0f);
  // Rows are scattered over a large table: prefetch them all before summing.
  for (uint64_t f : features) __builtin_prefetch(Row(f));
  for (uint64_t f : features) {
    const float* row = Row(f);
    for (int c = 0; c < num_classes_; ++c) scores[c] += row[c];
  }
}

void Perceptron::Update(std::span<const uint64_t> features, int gold, int guess) {
  if (gold == guess) return;
  if (u_.empty()) u_.assign(w_.size(), 0.0);
  for (uint64_t f : features) {
    size_t base = (f & mask_) * num_classes_;
    w_[base + gold] += 1.0f;
    u_[base + gold] += static_cast<double>(time_);
    w_[base + guess] -= 1.0f;
    u_[base + guess] -= static_cast<double>(time_);
  }
}

Perceptron Perceptron::Averaged() const {
  Perceptron out;
  out.row_bits_ = row_bits_;
  out.mask_ = mask_;
  out.num_classes_ = num_classes_;
  out.w_ = w_;
  if (!u_.empty()) {
    for (size_t i = 0; i < w_.size(); ++i) {
      out.w_[i] = static_cast<float>(w_[i] - u_[i] / static_cast<double>(time_));
    }
  }
  return out;
}

float Perceptron::RowMax(size_t row) const {
  float m = 0;
  const float* p = &w_[row * num_classes_];
  for (int c = 0; c < num_classes_; ++c) m = std::max(m, std::fabs(p[c]));
  return m;
}

size_t Perceptron::CountRows(float prune) const {
  size_t n = 0;
  for (size_t r = 0; r <= mask_; ++r) n += RowMax(r) >= prune && RowMax(r) > 0;
  return n;
}

void Perceptron::Save(float prune, Writer* out) const {
  float max_abs = 0;
  for (float v : w_) max_abs = std::max(max_abs, std::fabs(v));
  float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  out->U32(static_cast<uint32_t>(row_bits_));
  out->U32(static_cast<uint32_t>(num_classes_));
  out->F32(scale);
  out->Varint(CountRows(prune));
  size_t last = 0;
  for (size_t r = 0; r <= mask_; ++r) {
    float m = RowMax(r);
    if (m < prune || m == 0) continue;
    out->Varint(r - last);  // Gap from the previous stored row: small numbers, short varints.
    last = r;
    for (int c = 0; c < num_classes_; ++c) {
      auto q = static_cast<int16_t>(std::lround(w_[r * num_classes_ + c] / scale));
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
  *this = Perceptron(static_cast<int>(bits), static_cast<int>(classes));
  size_t row = 0;
  for (uint64_t i = 0; i < rows; ++i) {
    uint64_t gap;
    if (!in->Varint(&gap) || gap > mask_ - row) return CorruptModel(file, "row index");
    row += gap;
    for (uint32_t c = 0; c < classes; ++c) {
      uint8_t lo, hi;
      if (!in->U8(&lo) || !in->U8(&hi)) return CorruptModel(file, "weights");
      auto q = static_cast<int16_t>(static_cast<uint16_t>(lo | (hi << 8)));
      w_[row * classes + c] = q * scale;
    }
  }
  return Status::Ok();
}

}  // namespace dyad::syntax
