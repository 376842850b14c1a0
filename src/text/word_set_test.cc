#include "text/word_set.h"

#include <gtest/gtest.h>

namespace dyad::text {
namespace {

TEST(WordSetTest, ParseSkipsCommentsAndBlankLinesAndLowercases) {
  WordSet set = WordSet::Parse("# prefixes\n\nNon\n  anti  \n#co\n");
  EXPECT_EQ(set.size(), 2u);
  EXPECT_TRUE(set.Contains("non"));
  EXPECT_TRUE(set.Contains("anti"));
  EXPECT_FALSE(set.Contains("co"));
  EXPECT_FALSE(set.Contains("Non"));  // Lookups take lowercased words.
}

TEST(WordSetTest, LoadNamesAMissingFile) {
  StatusOr<WordSet> set = WordSet::Load("/nonexistent/hyphen_prefixes.txt");
  ASSERT_FALSE(set.ok());
  EXPECT_NE(set.status().ToString().find("hyphen_prefixes.txt"), std::string::npos);
}

TEST(WordSetTest, ShippedHyphenPrefixesLoad) {
  StatusOr<WordSet> set = WordSet::Load(std::string(DYAD_DATA_DIR) + "/text/hyphen_prefixes.txt");
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  EXPECT_TRUE(set->Contains("non"));
  EXPECT_TRUE(set->Contains("e"));
  EXPECT_FALSE(set->Contains("war"));
}

}  // namespace
}  // namespace dyad::text
