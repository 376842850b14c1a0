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
  index_ = PageArray<uint32_t>(mask_ + 1);            // Zeroed.
  w_ = PageArray<int16_t>((rows + 1) * num_classes);  // Packed row 0 is the all-zero row.
}

void Perceptron::Score(std::span<const uint64_t> features, float* scores) const {
  if (dense_w_) {
    std::fill(scores, scores + num_classes_, 0.0f);
    for (uint64_t f : features) {
      const float* row = dense_w_.get() + (f & mask_) * num_classes_;
      for (int c = 0; c < num_classes_; ++c) scores[c] += row[c];
    }
    return;
  }
  if (direct()) {
    ScoreDirect(features, scores);
    return;
  }
  // Rows are scattered over a large table: prefetch them all before summing.
  for (uint64_t f : features) __builtin_prefetch(&index_[f & mask_]);
  for (uint64_t f : features) {
    const int16_t* row = PackedRow(f);
    for (int c = 0; c < num_classes_; c += 32) __builtin_prefetch(row + c);
  }
  int32_t sum[kMaxClasses];
  std::fill(sum, sum + num_classes_, 0);
  for (uint64_t f : features) {
    const int16_t* row = PackedRow(f);
    for (int c = 0; c < num_classes_; ++c) sum[c] += row[c];
  }
  for (int c = 0; c < num_classes_; ++c) scores[c] = sum[c] * scale_;
}

void Perceptron::ScoreDirect(std::span<const uint64_t> features, float* scores) const {
  for (uint64_t f : features) __builtin_prefetch(&direct_[(f & mask_) * num_classes_]);
  int32_t sum[kDirectMaxClasses] = {};
  for (uint64_t f : features) {
    const int16_t* row = &direct_[(f & mask_) * num_classes_];
    for (int c = 0; c < num_classes_; ++c) sum[c] += row[c];
  }
  for (int c = 0; c < num_classes_; ++c) scores[c] = sum[c] * scale_;
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
  std::vector<float> avg(rows.size() * num_classes_);
  float max_abs = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    size_t base = size_t{rows[i]} * num_classes_;
    for (int c = 0; c < num_classes_; ++c) {
      double a = dense_w_.get()[base + c] - dense_u_.get()[base + c] / time_;
      avg[i * num_classes_ + c] = static_cast<float>(a);
      max_abs = std::max(max_abs, std::fabs(avg[i * num_classes_ + c]));
    }
  }
  out.InitPacked(row_bits_, num_classes_, rows.size());
  out.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  for (size_t i = 0; i < rows.size(); ++i) {
    out.index_[rows[i]] = static_cast<uint32_t>(i + 1);
    for (int c = 0; c < num_classes_; ++c) {
      out.w_[(i + 1) * num_classes_ + c] =
          static_cast<int16_t>(std::lround(avg[i * num_classes_ + c] / out.scale_));
    }
  }
  return out;
}

void Perceptron::Kept(float prune, std::vector<uint32_t>* rows,
                      std::vector<int16_t>* weights) const {
  for (size_t r = 0; r <= mask_; ++r) {
    const int16_t* q = direct() ? &direct_[r * num_classes_]
                       : index_[r] ? &w_[index_[r] * num_classes_]
                                   : nullptr;
    if (q == nullptr) continue;
    int m = 0;
    for (int c = 0; c < num_classes_; ++c) m = std::max(m, std::abs(int{q[c]}));
    if (m == 0 || m * scale_ < prune) continue;
    rows->push_back(static_cast<uint32_t>(r));
    weights->insert(weights->end(), q, q + num_classes_);
  }
}

void Perceptron::Save(float prune, Writer* out) const {
  std::vector<uint32_t> kept;  // Hash rows, ascending.
  std::vector<int16_t> q;      // num_classes_ per kept row.
  Kept(prune, &kept, &q);
  out->U32(static_cast<uint32_t>(row_bits_));
  out->U32(static_cast<uint32_t>(num_classes_));
  out->F32(scale_);
  out->Varint(kept.size());
  uint32_t last = 0;
  for (size_t i = 0; i < kept.size(); ++i) {
    out->Varint(kept[i] - last);  // Gap from the previous stored row: small numbers, short varints.
    last = kept[i];
    for (int c = 0; c < num_classes_; ++c) {
      auto v = static_cast<uint16_t>(q[i * num_classes_ + c]);
      out->U8(static_cast<uint8_t>(v & 0xFF));
      out->U8(static_cast<uint8_t>(v >> 8));
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
  if (classes == 0 || classes > kMaxClasses) return CorruptModel(file, "class count");
  if (rows > (uint64_t{1} << bits)) return CorruptModel(file, "row count");
  *this = Perceptron();
  bool direct = classes <= kDirectMaxClasses;
  if (direct) {
    row_bits_ = static_cast<int>(bits);
    mask_ = (uint64_t{1} << bits) - 1;
    num_classes_ = static_cast<int>(classes);
    direct_ = PageArray<int16_t>((mask_ + 1) * classes);  // Zeroed.
  } else {
    InitPacked(static_cast<int>(bits), static_cast<int>(classes), rows);
  }
  scale_ = scale;
  uint64_t row = 0;
  for (uint64_t i = 0; i < rows; ++i) {
    uint64_t gap;
    if (!in->Varint(&gap) || gap > mask_ - row || (i > 0 && gap == 0)) {
      return CorruptModel(file, "row index");
    }
    row += gap;
    const char* bytes;
    if (!in->Bytes(2 * size_t{classes}, &bytes)) return CorruptModel(file, "weights");
    if (!direct) index_[row] = static_cast<uint32_t>(i + 1);
    for (uint32_t c = 0; c < classes; ++c) {
      auto lo = static_cast<uint8_t>(bytes[2 * c]), hi = static_cast<uint8_t>(bytes[2 * c + 1]);
      auto q = static_cast<int16_t>(static_cast<uint16_t>(lo | (hi << 8)));
      (direct ? direct_[row * classes + c] : w_[(i + 1) * classes + c]) = q;
    }
  }
  return Status::Ok();
}

}  // namespace dyad::syntax
