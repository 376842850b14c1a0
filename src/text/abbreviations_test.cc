#include "text/abbreviations.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::text {
namespace {

TEST(AbbreviationsTest, ParsesEntriesTagsAndComments) {
  StatusOr<Abbreviations> abbreviations = Abbreviations::Parse(
      "# comment\n\nmr. title\ninc. final\nno. number\n  jan.  \n", "test.txt");
  ASSERT_TRUE(abbreviations.ok()) << abbreviations.status().ToString();
  EXPECT_EQ(abbreviations->size(), 4u);
  EXPECT_TRUE(abbreviations->Contains("mr."));
  EXPECT_TRUE(abbreviations->IsTitle("mr."));
  EXPECT_FALSE(abbreviations->CanEndSentence("mr."));
  EXPECT_TRUE(abbreviations->CanEndSentence("inc."));
  EXPECT_FALSE(abbreviations->IsTitle("inc."));
  EXPECT_TRUE(abbreviations->NeedsNumber("no."));
  EXPECT_TRUE(abbreviations->Contains("jan."));
  EXPECT_FALSE(abbreviations->IsTitle("jan."));
  EXPECT_FALSE(abbreviations->Contains("jan"));
  EXPECT_FALSE(abbreviations->Contains("feb."));
}

TEST(AbbreviationsTest, AddIsCaseInsensitive) {
  Abbreviations abbreviations;
  abbreviations.Add("Corp.");
  EXPECT_TRUE(abbreviations.Contains("corp."));
  EXPECT_FALSE(abbreviations.IsTitle("corp."));
}

TEST(AbbreviationsTest, ErrorsNameFileAndLine) {
  struct Case {
    const char* contents;
    const char* message_part;
  };
  const Case cases[] = {
      {"mr. title\nmr\n", "abbr.txt:2: abbreviation \"mr\" must end with a period"},
      {"# x\n.\n", "abbr.txt:2:"},
      {"gen. rank\n", "abbr.txt:1: unknown tag \"rank\""},
  };
  for (const Case& c : cases) {
    StatusOr<Abbreviations> abbreviations = Abbreviations::Parse(c.contents, "abbr.txt");
    ASSERT_FALSE(abbreviations.ok()) << c.contents;
    EXPECT_TRUE(abbreviations.status().IsInvalidArgument());
    EXPECT_NE(abbreviations.status().message().find(c.message_part), std::string::npos)
        << abbreviations.status().message();
  }
}

TEST(AbbreviationsTest, LoadsShippedList) {
  StatusOr<Abbreviations> abbreviations =
      Abbreviations::Load(std::string(DYAD_DATA_DIR) + "/text/abbreviations.txt");
  ASSERT_TRUE(abbreviations.ok()) << abbreviations.status().ToString();
  EXPECT_GE(abbreviations->size(), 100u);
  for (const char* title : {"mr.", "mrs.", "dr.", "gen.", "lt.", "sen.", "gov.", "rev."}) {
    EXPECT_TRUE(abbreviations->IsTitle(title)) << title;
  }
  for (const char* plain : {"jan.", "sept.", "u.s.", "u.n.", "e.u.", "inc.", "etc.", "e.g."}) {
    EXPECT_TRUE(abbreviations->Contains(plain)) << plain;
    EXPECT_FALSE(abbreviations->IsTitle(plain)) << plain;
  }
  EXPECT_TRUE(abbreviations->CanEndSentence("u.s."));
  EXPECT_TRUE(abbreviations->CanEndSentence("inc."));
  EXPECT_TRUE(abbreviations->NeedsNumber("no."));
  // Ordinary English words stay out of the list: "He fell ill." ends a sentence.
  EXPECT_FALSE(abbreviations->Contains("ill."));
}

TEST(AbbreviationsTest, LoadMissingFileFails) {
  StatusOr<Abbreviations> abbreviations = Abbreviations::Load("/nonexistent/abbr.txt");
  EXPECT_FALSE(abbreviations.ok());
}

}  // namespace
}  // namespace dyad::text
