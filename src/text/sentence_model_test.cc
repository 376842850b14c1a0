// Tests of SentenceModel (file format), SentenceModelTrainer (it learns) and the shipped model
// (web-text boundaries the rules miss).
#include "text/sentence_model.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/sentence_model_trainer.h"
#include "text/splitter.h"
#include "text/test_abbreviations.h"

namespace dyad::text {
namespace {

std::string Sentences(const SentenceModel& model, std::string_view text) {
  SplitterOptions options;
  options.sentence_model = &model;
  std::vector<Sentence> sentences;
  Splitter(&TestAbbreviations(), options)
      .Split(text, {0, static_cast<uint32_t>(text.size())}, &sentences);
  std::string joined;
  for (const Sentence& s : sentences) {
    if (!joined.empty()) joined += " | ";
    joined += text.substr(s.span.begin, s.span.size());
  }
  return joined;
}

TEST(SentenceModelTest, SerializeAndParseRoundTrip) {
  std::vector<float> weights(1 << 10, 0.0f);
  weights[3] = 1.5f;
  weights[1000] = -2.25f;
  SentenceModel model(10, weights, 4.0f);
  StatusOr<SentenceModel> parsed = SentenceModel::Parse(model.Serialize(), "mem");
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ(parsed->bits(), 10);
  EXPECT_EQ(parsed->margin(), 4.0f);
  EXPECT_EQ(model.Serialize().size(), 20u + 2 * 8u);  // Only non-zero weights are stored.
  // A feature hash whose top 10 bits are 3 lands on weights[3].
  uint64_t slot3 = uint64_t{3} << 54;
  EXPECT_EQ(parsed->Score({slot3, slot3}), 3.0f);
}

TEST(SentenceModelTest, CorruptFilesAreRefusedWithTheirName) {
  std::string good = SentenceModel(10, std::vector<float>(1 << 10, 1.0f), 0).Serialize();
  std::string bad_magic = good;
  bad_magic[0] = 'X';
  std::string truncated = good.substr(0, good.size() - 3);
  std::string bad_index = SentenceModel(10, std::vector<float>(1 << 10, 0.0f), 0).Serialize();
  bad_index[16] = 1;  // count = 1 ...
  bad_index += std::string("\xff\xff\x00\x00\x00\x00\x80\x3f", 8);  // ... at index 65535.
  for (const std::string& bytes : {std::string(), bad_magic, truncated, bad_index}) {
    StatusOr<SentenceModel> parsed = SentenceModel::Parse(bytes, "model.bin");
    ASSERT_FALSE(parsed.ok());
    EXPECT_NE(parsed.status().ToString().find("model.bin"), std::string::npos);
  }
  EXPECT_FALSE(SentenceModel::Load("/nonexistent/model.bin").ok());
}

TEST(SentenceModelTrainerTest, LearnsABoundaryWithoutPunctuation) {
  // Sentences that end without punctuation before "Thanks", and capitalized words that do not
  // start a sentence ("Red Cross").
  SentenceModelTrainer trainer(&TestAbbreviations(), nullptr, 12);
  for (int i = 0; i < 30; ++i) {
    trainer.AddParagraph("Please send the file today Thanks for your help", {26});
    trainer.AddParagraph("We met the Red Cross team today Thanks again", {31});
    trainer.AddParagraph("The Red Cross sent food to the town. It arrived late", {36});
  }
  EXPECT_EQ(trainer.unreachable(), 0u);
  SentenceModel model = trainer.Train(5, 1, 0.0f);
  EXPECT_EQ(Sentences(model, "Call the office today Thanks a lot"),
            "Call the office today | Thanks a lot");
  EXPECT_EQ(Sentences(model, "We saw the Red Cross convoy"), "We saw the Red Cross convoy");
  // Training is deterministic.
  EXPECT_EQ(trainer.Train(5, 1, 0.0f).Serialize(), model.Serialize());
}

TEST(SentenceModelTest, ShippedModelFindsWebTextBoundaries) {
  StatusOr<SentenceModel> model =
      SentenceModel::Load(std::string(DYAD_DATA_DIR) + "/text/sentence_model.bin");
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_EQ(Sentences(*model, "Great food and friendly staff :) We will come back soon."),
            "Great food and friendly staff :) | We will come back soon.");
  EXPECT_EQ(Sentences(*model, "The meeting is moved to Friday. please tell the others."),
            "The meeting is moved to Friday. | please tell the others.");
  EXPECT_EQ(Sentences(*model, "Gen. Lee met Mr. Smith in the U.S. Senate on Jan. 5 at noon."),
            "Gen. Lee met Mr. Smith in the U.S. Senate on Jan. 5 at noon.");
  EXPECT_EQ(Sentences(*model, "President Barack Obama met Prime Minister David Cameron."),
            "President Barack Obama met Prime Minister David Cameron.");
}

}  // namespace
}  // namespace dyad::text
