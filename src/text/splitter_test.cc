// Tests of Splitter::Split: one table per sentence-boundary rule. Every table runs twice: with
// the rules alone, and with the shipped sentence model (data/text/sentence_model.bin), which must
// keep the rules' behaviour on edited text.
#include "text/splitter.h"
#include "text/test_abbreviations.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::text {
namespace {

const SentenceModel& ShippedModel() {
  static const SentenceModel* model = [] {
    StatusOr<SentenceModel> loaded =
        SentenceModel::Load(std::string(DYAD_DATA_DIR) + "/text/sentence_model.bin");
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return new SentenceModel(loaded.ok() ? *std::move(loaded) : SentenceModel(10, std::vector<float>(1024), 0));
  }();
  return *model;
}

// Which splitter the current test uses (the test parameter).
bool use_model = false;

Splitter TestSplitter() {
  SplitterOptions options;
  if (use_model) options.sentence_model = &ShippedModel();
  return Splitter(&TestAbbreviations(), options);
}

std::vector<Sentence> SplitAll(std::string_view text) {
  std::vector<Sentence> sentences;
  TestSplitter().Split(text, {0, static_cast<uint32_t>(text.size())}, &sentences);
  return sentences;
}

// The original text of each sentence, joined with " | ".
std::string Sentences(std::string_view text) {
  std::string joined;
  for (const Sentence& sentence : SplitAll(text)) {
    if (!joined.empty()) joined += " | ";
    joined += text.substr(sentence.span.begin, sentence.span.size());
  }
  return joined;
}

struct Case {
  const char* text;
  const char* sentences;
};

void ExpectSentences(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(Sentences(c.text), c.sentences) << c.text;
}

// Parameter: false = rules, true = the shipped model.
class SplitterTest : public testing::TestWithParam<bool> {
 protected:
  void SetUp() override { use_model = GetParam(); }
};

INSTANTIATE_TEST_SUITE_P(RulesAndModel, SplitterTest, testing::Bool(),
                         [](const testing::TestParamInfo<bool>& info) {
                           return info.param ? "Model" : "Rules";
                         });

TEST_P(SplitterTest, FinalPunctuationBeforeCapitalDigitQuoteOrBracket) {
  ExpectSentences({
      {"The talks ended. Both sides left.", "The talks ended. | Both sides left."},
      {"Did they agree? No! They argued.", "Did they agree? | No! | They argued."},
      {"Really?! Yes.", "Really?! | Yes."},
      {"He waited... The door opened.", "He waited... | The door opened."},
      {"Prices rose. 15 people protested.", "Prices rose. | 15 people protested."},
      {"It ended. \"Never again,\" he said.", "It ended. | \"Never again,\" he said."},
      {"It ended. (Nobody came.)", "It ended. | (Nobody came.)"},
      {"The rate is 3.5 now. Fine.", "The rate is 3.5 now. | Fine."},
      {"He fell ill. The visit was cancelled.", "He fell ill. | The visit was cancelled."},
      {"She said no. Then she left.", "She said no. | Then she left."},
  });
}

TEST_P(SplitterTest, NoBoundaryBeforeLowercaseOrWithoutSpace) {
  ExpectSentences({
      {"\"Why?\" he asked.", "\"Why?\" he asked."},
      {"Visit example.com today.", "Visit example.com today."},
      {"It was 5 p.m. on Monday.", "It was 5 p.m. on Monday."},
  });
}

TEST_P(SplitterTest, ClosingQuotesAndBracketsStayWithTheirSentence) {
  ExpectSentences({
      {"He said: \"We will stay.\" Then he left.", "He said: \"We will stay.\" | Then he left."},
      {"She said “it is over.” The crowd cheered.", "She said “it is over.” | The crowd cheered."},
      {"(The vote was close.) Results follow.", "(The vote was close.) | Results follow."},
      {"They asked \"why?\") Later they left.", "They asked \"why?\") | Later they left."},
  });
}

TEST_P(SplitterTest, AbbreviationsTitlesAndInitials) {
  ExpectSentences({
      {"Mr. Smith met Gen. Lee in Paris.", "Mr. Smith met Gen. Lee in Paris."},
      {"Dr. Jones and Sen. Brown spoke. They agreed.",
       "Dr. Jones and Sen. Brown spoke. | They agreed."},
      {"Talks began on Jan. 5 in Geneva.", "Talks began on Jan. 5 in Geneva."},
      {"The U.S. and France agreed.", "The U.S. and France agreed."},
      {"The U.S. Army arrived.", "The U.S. Army arrived."},
      {"Troops went to the U.S. The move angered Iran.",
       "Troops went to the U.S. | The move angered Iran."},
      {"He founded Acme Inc. It grew fast.", "He founded Acme Inc. | It grew fast."},
      {"Acme Inc. Chairman Bob resigned.", "Acme Inc. Chairman Bob resigned."},
      {"It was Sen. The rest is history.", "It was Sen. The rest is history."},
      {"A letter from J. Smith arrived.", "A letter from J. Smith arrived."},
      {"They live at No. 10 now.", "They live at No. 10 now."},
  });
}

TEST_P(SplitterTest, RegionBoundaryEndsASentence) {
  ExpectSentences({
      {"Leaders meet in Geneva for talks", "Leaders meet in Geneva for talks"},
      {"Talks resume in the U.S.", "Talks resume in the U.S."},
      {"", ""},
      {"   \n ", ""},
  });
  const std::string text = "First block ends here\n\nSecond block. Two sentences";
  Splitter splitter = TestSplitter();
  std::vector<Sentence> sentences;
  splitter.Split(text, {0, 21}, &sentences);
  splitter.Split(text, {23, static_cast<uint32_t>(text.size())}, &sentences);
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(text.substr(sentences[0].span.begin, sentences[0].span.size()),
            "First block ends here");
  EXPECT_EQ(text.substr(sentences[2].span.begin, sentences[2].span.size()), "Two sentences");
}

TEST_P(SplitterTest, SentenceSpansAndTokensAgree) {
  const std::string text = "  “We’ll see,” Mr. Macron said. Iran’s reply came later.  ";
  std::vector<Sentence> sentences = SplitAll(text);
  ASSERT_EQ(sentences.size(), 2u);
  for (const Sentence& sentence : sentences) {
    ASSERT_FALSE(sentence.tokens.empty());
    EXPECT_EQ(sentence.span.begin, sentence.tokens.front().span.begin);
    EXPECT_EQ(sentence.span.end, sentence.tokens.back().span.end);
  }
  EXPECT_EQ(sentences[1].tokens[0].norm, "iran");
  EXPECT_EQ(sentences[1].tokens[1].norm, "'s");
}

TEST_P(SplitterTest, LongSentencesAreCutIntoBoundedChunks) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word ";
  std::vector<Sentence> sentences = SplitAll(text);
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(sentences[0].tokens.size(), 400u);
  EXPECT_EQ(sentences[1].tokens.size(), 400u);
  EXPECT_EQ(sentences[2].tokens.size(), 200u);
}

TEST_P(SplitterTest, ArbitraryBytesDoNotBreakSplitting) {
  const char alphabet[] = "Ab1.?!\"' )(\n\xE2\x80\x9D\xC3\x89\xFF";
  uint32_t state = 777;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int i = 0; i < round % 80; ++i) {
      state = state * 1103515245u + 12345u;
      text.push_back(alphabet[(state >> 16) % (sizeof(alphabet) - 1)]);
    }
    size_t tokens = 0;
    for (const Sentence& sentence : SplitAll(text)) {
      ASSERT_FALSE(sentence.tokens.empty());
      ASSERT_LE(sentence.span.end, text.size());
      tokens += sentence.tokens.size();
    }
    std::vector<Token> all;
    Splitter(&TestAbbreviations()).Tokenize(text, {0, static_cast<uint32_t>(text.size())}, &all);
    ASSERT_EQ(tokens, all.size());
  }
}

}  // namespace
}  // namespace dyad::text
