#include "base/string_util.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(StringUtilTest, TrimAndSplit) {
  EXPECT_EQ(Trim("  a b \t\n"), "a b");
  EXPECT_EQ(Trim(""), "");
  auto parts = Split("a\t\tb", '\t');
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[1], "");
  EXPECT_EQ(parts[2], "b");
}

TEST(StringUtilTest, AsciiCaseLeavesUtf8Alone) {
  EXPECT_EQ(AsciiLower("USA Ã"), "usa Ã");
  EXPECT_EQ(AsciiUpper("usa"), "USA");
}

TEST(StringUtilTest, JsonEscaping) {
  std::string out;
  AppendJsonEscaped("a\"b\\c\nd\x01é", &out);
  EXPECT_EQ(out, "a\\\"b\\\\c\\nd\\u0001é");
}

}  // namespace
}  // namespace dyad
