// Tests of the surface patterns in token_patterns.h, each on its own.
#include "text/token_patterns.h"

#include <gtest/gtest.h>

namespace dyad::text {
namespace {

TEST(TokenPatternsTest, EmailLength) {
  EXPECT_EQ(EmailLength("jane.doe@example.com wrote", 0), 20u);
  EXPECT_EQ(EmailLength("Rice@ENRON.", 0), 10u);  // The final period is not part of it.
  EXPECT_EQ(EmailLength("mail bob@x.org", 5), 9u);
  EXPECT_EQ(EmailLength("mail bob@x.org", 0), 0u);  // A space before the '@'.
  EXPECT_EQ(EmailLength("price @ 5", 0), 0u);
  EXPECT_EQ(EmailLength("a@", 0), 0u);
  EXPECT_EQ(EmailLength("", 0), 0u);
}

TEST(TokenPatternsTest, EmoticonLength) {
  EXPECT_EQ(EmoticonLength(":) fine", 0), 2u);
  EXPECT_EQ(EmoticonLength("nice :-( sad", 5), 3u);
  EXPECT_EQ(EmoticonLength("ok ;D", 3), 2u);
  EXPECT_EQ(EmoticonLength("lol :)))", 4), 4u);
  EXPECT_EQ(EmoticonLength("Note:Do this", 4), 0u);  // No space before it.
  EXPECT_EQ(EmoticonLength("see :Pakistan", 4), 0u);  // A letter follows.
  EXPECT_EQ(EmoticonLength("a : b", 2), 0u);
  EXPECT_EQ(EmoticonLength(":", 0), 0u);
}

TEST(TokenPatternsTest, ExtensionLength) {
  EXPECT_EQ(ExtensionLength("com and", 0), 3u);
  EXPECT_EQ(ExtensionLength("PDF", 0), 3u);
  EXPECT_EQ(ExtensionLength("xlsx)", 0), 4u);
  EXPECT_EQ(ExtensionLength("compound", 0), 0u);  // The letters continue.
  EXPECT_EQ(ExtensionLength("The", 0), 0u);
  EXPECT_EQ(ExtensionLength("s", 0), 0u);
}

}  // namespace
}  // namespace dyad::text
