// A trained sentence-boundary model: a linear model (an averaged perceptron, trained by
// SentenceModelTrainer) over the hashed features of boundary_features.h. A candidate gap ends a
// sentence when its score is above zero, or above margin() when the gap is less typical of a
// sentence end: not after final punctuation, or before a lowercase word. The margin keeps the
// model from splitting edited news text on weak evidence.
//
// File format (little-endian): the 8 bytes "DYADSBM1", uint32 bits, float32 margin, uint32
// count, then `count` entries of (uint32 index, float32 weight) for the non-zero weights of a
// table of 2^bits.
//
// Usage:
//   StatusOr<SentenceModel> model = SentenceModel::Load(data + "/text/sentence_model.bin");
//   SplitterOptions options;
//   options.sentence_model = &*model;
//   Splitter splitter(&abbreviations, options);
//
// Thread-safety: immutable after construction; Score is const and safe from many threads.
#ifndef DYAD_TEXT_SENTENCE_MODEL_H_
#define DYAD_TEXT_SENTENCE_MODEL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::text {

class SentenceModel {
 public:
  static constexpr int kMinBits = 10;
  static constexpr int kMaxBits = 24;

  // REQUIRES: kMinBits <= bits <= kMaxBits and weights.size() == 2^bits.
  SentenceModel(int bits, std::vector<float> weights, float margin);

  // Reads a model file. Errors name the file and what is wrong with it.
  static StatusOr<SentenceModel> Load(const std::string& path);
  // Parses the bytes of a model file; `name` is used in messages.
  static StatusOr<SentenceModel> Parse(std::string_view bytes, std::string_view name);
  // The file contents for this model.
  std::string Serialize() const;

  // The weight slot of a feature hash in a table of 2^bits.
  static size_t Slot(uint64_t feature, int bits) {
    return static_cast<size_t>(feature >> (64 - bits));
  }

  // The sum of the weights of `features` (hashes from BoundaryFeatures::Extract).
  float Score(const std::vector<uint64_t>& features) const {
    float sum = 0;
    for (uint64_t f : features) sum += weights_[Slot(f, bits_)];
    return sum;
  }

  int bits() const { return bits_; }
  float margin() const { return margin_; }

 private:
  int bits_;
  float margin_;
  std::vector<float> weights_;
};

}  // namespace dyad::text

#endif  // DYAD_TEXT_SENTENCE_MODEL_H_
