#include "dict/find.h"

#include <gtest/gtest.h>

namespace dyad::dict {
namespace {

TEST(FindTest, ReportsEveryKindWithWhatItCodes) {
  DictionarySources s;
  AddSource("RURITANIA_ [RUR]\n+RURITANIAN_\n\nPRINCE_RUDOLF_\n\t[RURGOV 20100101-20151231]\n",
            "t.actors", SourceKind::kActors, &s);
  AddSource("RURITANIAN_GUARD {} [~MIL]\n", "t.agents", SourceKind::kAgents, &s);
  AddSource("--- ATTACK [190] ---\nATTACK\n- * (ON RURITANIA) [195]\n", "t.verbs",
            SourceKind::kVerbs, &s);
  AddSource("+RURITANIAN CUP\n", "t.discards", SourceKind::kDiscards, &s);
  ASSERT_TRUE(s.diagnostics.empty()) << s.diagnostics[0].ToString();

  std::vector<Finding> found = Find(s, "Ruritanian");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].kind, "actor");
  EXPECT_EQ(found[0].result, "RUR");
  EXPECT_EQ(found[0].where.line, 1);
  EXPECT_EQ(found[1].kind, "agent");
  EXPECT_EQ(found[1].result, "~MIL");
  EXPECT_EQ(found[2].kind, "discard");
  EXPECT_EQ(found[2].result, "whole article");

  found = Find(s, "prince rudolf");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].result, "RURGOV 20100101-20151231");

  found = Find(s, "ATTACKED");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, "verb");
  EXPECT_EQ(found[0].result, "ATTACK [190]");

  found = Find(s, "ruritania");
  ASSERT_EQ(found.size(), 2u);  // The actor and the pattern word; "ruritanian" is another word.
  EXPECT_EQ(found[1].kind, "pattern");
  EXPECT_EQ(found[1].result, "[195] in ATTACK [190]");
}

TEST(FindTest, NothingForUnknownWords) {
  DictionarySources s;
  AddSource("RURITANIA_ [RUR]\n", "t.actors", SourceKind::kActors, &s);
  EXPECT_TRUE(Find(s, "freedonia").empty());
  EXPECT_TRUE(Find(s, "").empty());
}

}  // namespace
}  // namespace dyad::dict
