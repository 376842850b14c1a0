#include "text/sentence_model_trainer.h"

#include <utility>
#include <numeric>
#include <random>

#include "text/boundary_features.h"
#include "text/tokenizer.h"

namespace dyad::text {

SentenceModelTrainer::SentenceModelTrainer(const Abbreviations* abbreviations,
                                           const WordSet* hyphen_prefixes, int bits)
    : abbreviations_(abbreviations), hyphen_prefixes_(hyphen_prefixes), bits_(bits) {}

void SentenceModelTrainer::AddParagraph(std::string_view text,
                                        const std::vector<uint32_t>& ends) {
  std::vector<Token> tokens;
  TokenizeRegion(text, {0, static_cast<uint32_t>(text.size())}, *abbreviations_,
                 hyphen_prefixes_, &tokens);
  BoundaryFeatures features(text, tokens, *abbreviations_);
  std::vector<uint64_t> hashes;
  size_t begin = 0;
  size_t next_end = 0;
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    while (next_end < ends.size() && ends[next_end] < tokens[i].span.end) ++next_end;
    bool ends_here = next_end < ends.size() && ends[next_end] == tokens[i].span.end;
    if (!features.IsCandidate(i) || features.HasOwnPeriod(i)) {
      unreachable_ += ends_here;
    } else {
      features.Extract(i, begin, &hashes);
      Example& e = examples_.emplace_back();
      e.ends = ends_here;
      for (uint64_t h : hashes) e.slots.push_back(static_cast<uint32_t>(SentenceModel::Slot(h, bits_)));
    }
    if (ends_here) begin = i + 1;
  }
}

SentenceModel SentenceModelTrainer::Train(int epochs, uint32_t seed, float margin) const {
  size_t size = size_t{1} << bits_;
  std::vector<float> weights(size, 0.0f);
  std::vector<double> totals(size, 0.0);  // Sum over updates of step * change.
  std::vector<size_t> order(examples_.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(seed);
  double step = 1;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    for (size_t k : order) {
      const Example& e = examples_[k];
      float score = 0;
      for (uint32_t s : e.slots) score += weights[s];
      if ((score > 0) != e.ends) {
        float y = e.ends ? 1.0f : -1.0f;
        for (uint32_t s : e.slots) {
          weights[s] += y;
          totals[s] += step * y;
        }
      }
      ++step;
    }
  }
  for (size_t s = 0; s < size; ++s) {
    weights[s] = static_cast<float>(weights[s] - totals[s] / step);
  }
  return SentenceModel(bits_, std::move(weights), margin);
}

}  // namespace dyad::text
