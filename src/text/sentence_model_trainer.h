// Trains a SentenceModel from paragraphs whose sentence ends are known (for example the "# text"
// lines of a Universal Dependencies treebank, see `dyad eval-parse --train-sentences`).
//
// Usage:
//   SentenceModelTrainer trainer(&abbreviations, &hyphen_prefixes);
//   trainer.AddParagraph("Hi all. See you", {7, 15});
//   SentenceModel model = trainer.Train(/*epochs=*/10, /*seed=*/1);
//
// Each paragraph is tokenized as Splitter does; each candidate gap (BoundaryFeatures::IsCandidate)
// not after a word with its own period becomes one example, labelled by whether a gold sentence ends at its left token. The length of
// the sentence so far comes from the gold sentences (teacher forcing). Training is an averaged
// perceptron with a deterministic shuffle, so the same data and seed give the same model.
//
// Not thread-safe.
#ifndef DYAD_TEXT_SENTENCE_MODEL_TRAINER_H_
#define DYAD_TEXT_SENTENCE_MODEL_TRAINER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/abbreviations.h"
#include "text/sentence_model.h"
#include "text/word_set.h"

namespace dyad::text {

class SentenceModelTrainer {
 public:
  // The pointers must outlive the trainer; `hyphen_prefixes` may be null (see SplitterOptions).
  SentenceModelTrainer(const Abbreviations* abbreviations, const WordSet* hyphen_prefixes,
                       int bits = 18);

  // Adds a paragraph whose gold sentences end at the byte offsets `ends` (ascending). The end
  // of the paragraph always ends a sentence and need not be listed.
  void AddParagraph(std::string_view text, const std::vector<uint32_t>& ends);

  // The margin stored in models by default (sentence_model.h), on the scale of averaged
  // perceptron scores; chosen on the English EWT dev split and Reuters news.
  static constexpr float kDefaultMargin = 5.0f;

  SentenceModel Train(int epochs, uint32_t seed, float margin = kDefaultMargin) const;

  size_t examples() const { return examples_.size(); }
  // Gold sentence ends inside a paragraph that the model never scores: gaps that are not
  // candidates, or that follow a word with its own period (left to the abbreviation rules).
  size_t unreachable() const { return unreachable_; }

 private:
  struct Example {
    std::vector<uint32_t> slots;
    bool ends = false;
  };

  const Abbreviations* abbreviations_;
  const WordSet* hyphen_prefixes_;
  int bits_;
  std::vector<Example> examples_;
  size_t unreachable_ = 0;
};

}  // namespace dyad::text

#endif  // DYAD_TEXT_SENTENCE_MODEL_TRAINER_H_
