#include "text/utf8.h"

#include <gtest/gtest.h>

namespace dyad::text {
namespace {

TEST(Utf8Test, AcceptsWellFormedText) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("plain ASCII"));
  EXPECT_TRUE(IsValidUtf8("café, 北京, \xF0\x9F\x91\x8D"));
}

TEST(Utf8Test, RejectsMalformedSequencesWithOffset) {
  struct Case {
    std::string text;
    size_t offset;
  };
  const Case cases[] = {
      {"ab\xFF", 2},            // Never a UTF-8 byte.
      {"a\xC0\xAF", 1},         // Overlong '/'.
      {"\xED\xA0\x80", 0},      // Surrogate.
      {"xy\xE2\x80", 2},        // Truncated.
      {"\xF4\x90\x80\x80", 0},  // Above U+10FFFF.
      {"ok \x80", 3},           // Stray continuation byte.
  };
  for (const Case& c : cases) {
    size_t offset = 99;
    EXPECT_FALSE(IsValidUtf8(c.text, &offset)) << c.text;
    EXPECT_EQ(offset, c.offset) << c.text;
  }
}

TEST(Utf8Test, ReplacesEachInvalidByte) {
  EXPECT_EQ(ReplaceInvalidUtf8("a\xFF"
                               "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(ReplaceInvalidUtf8("é"), "é");
  EXPECT_TRUE(IsValidUtf8(ReplaceInvalidUtf8("\xE2\x80\xC0 x \xF0")));
}

}  // namespace
}  // namespace dyad::text
