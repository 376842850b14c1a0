// ReadDiscards and ReadIssues.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/source_reader.h"

namespace dyad::dict {
namespace {

std::string Errors(const std::vector<Diagnostic>& errors) {
  std::string out;
  for (const Diagnostic& d : errors) out += d.ToString() + "\n";
  return out;
}

TEST(ReadDiscardsTest, Entries) {
  std::vector<DiscardEntry> out;
  std::vector<Diagnostic> errors;
  ReadDiscards("+MARATHON_RUN  # note\nWATER POLO\nTOUR_DE_\n\n+CUP_FINAL_\r\n", "d", &out,
               &errors);
  ASSERT_EQ(Errors(errors), "");
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[0].phrase, (Phrase{"marathon", "run"}));
  EXPECT_TRUE(out[0].whole_article);
  EXPECT_FALSE(out[0].whole_word);
  EXPECT_EQ(out[1].phrase, (Phrase{"water", "polo"}));
  EXPECT_FALSE(out[1].whole_article);
  EXPECT_EQ(out[2].phrase, (Phrase{"tour", "de"}));
  EXPECT_TRUE(out[2].whole_word);
  EXPECT_TRUE(out[3].whole_article);
  EXPECT_TRUE(out[3].whole_word);
  EXPECT_EQ(out[3].where.line, 5);
}

TEST(ReadDiscardsTest, BadLines) {
  std::vector<DiscardEntry> out;
  std::vector<Diagnostic> errors;
  ReadDiscards("A\n+  # nothing\nPOLO [XYZ]\n+B {C}\n_\nD\n", "d", &out, &errors);
  EXPECT_EQ(Errors(errors),
            "d:2: empty discard phrase\n"
            "d:3:6: unexpected '[' (discard lines take no code)\n"
            "d:4:4: unexpected '{' (discard lines take no code)\n"
            "d:5: empty discard phrase\n");
  EXPECT_EQ(out.size(), 2u);
}

struct IssueCase {
  const char* line;
  std::vector<Phrase> phrases;
  const char* code;
  bool ignore;
};

TEST(ReadIssuesTest, Expansions) {
  const IssueCase cases[] = {
      {"refugee [REFUGEES]", {{"refugee"}}, "REFUGEES", false},
      {"n:refugee [REFUGEES]", {{"refugee"}, {"refugees"}}, "REFUGEES", false},
      {"v:massacre [ATROCITY]",
       {{"massacre"}, {"massacres"}, {"massacred"}, {"massacring"}},
       "ATROCITY",
       false},
      {"al+zarqawi network [TERROR_GROUP]",
       {{"al", "zarqawi", "network"}, {"al-zarqawi", "network"}},
       "TERROR_GROUP",
       false},
      {"war n:crime [ATROCITY]", {{"war", "crime"}, {"war", "crimes"}}, "ATROCITY", false},
      {"n:crime against n:body [X1]",
       {{"crime", "against", "body"},
        {"crime", "against", "bodies"},
        {"crimes", "against", "body"},
        {"crimes", "against", "bodies"}},
       "X1",
       false},
      {"N:Army [MIL]", {{"army"}, {"armies"}}, "MIL", false},
      {"~Evacuation Day", {{"evacuation", "day"}}, "", true},
      {"~~Old n:Town", {{"old", "town"}, {"old", "towns"}}, "", true},
      {"St. Kilda's Day [X]", {{"st.", "kilda", "'s", "day"}}, "X", false},
  };
  for (const IssueCase& c : cases) {
    std::vector<IssueEntry> out;
    std::vector<Diagnostic> errors;
    ReadIssues(std::string("<ISSUE CATEGORY=\"T\">\n") + c.line + "  # note\n</ISSUE>\n", "i", &out,
               &errors);
    ASSERT_EQ(Errors(errors), "") << c.line;
    ASSERT_EQ(out.size(), 1u) << c.line;
    EXPECT_EQ(out[0].phrases, c.phrases) << c.line;
    EXPECT_EQ(out[0].code, c.code) << c.line;
    EXPECT_EQ(out[0].ignore, c.ignore) << c.line;
    EXPECT_EQ(out[0].where.line, 2) << c.line;
  }
}

TEST(ReadIssuesTest, BadLinesAreReportedAndTheRestIsRead) {
  std::vector<IssueEntry> out;
  std::vector<Diagnostic> errors;
  std::string many;
  for (int i = 0; i < 10; ++i) many += "v:x ";
  ReadIssues(
      "<ISSUE CATEGORY=\"X\">\n"
      "n:flood\n"
      "q:flood [FLOOD]\n"
      "n:flood [flood]\n"
      "~storm [FLOOD]\n"
      "[FLOOD]\n"
      "flood [FLOOD] [RAIN]\n"
      "flood [FLOOD\n" +
          many +
          "[MANY]\n"
          "n:flood [FLOOD]\n"
          "</ISSUE\n",
      "i", &out, &errors);
  EXPECT_EQ(Errors(errors),
            "i:2: expected PHRASE [CODE]\n"
            "i:3: unknown expansion 'q:' (expected n: or v:)\n"
            "i:4:9: bad issue code 'flood' (expected A-Z, 0-9 and _)\n"
            "i:5: an ignore (~) line takes no code\n"
            "i:6: issue line has no phrase\n"
            "i:7: expected PHRASE [CODE]\n"
            "i:8:7: unclosed '['\n"
            "i:9: more than 256 expansions of 'v:x v:x v:x v:x v:x v:x v:x v:x v:x v:x'\n"
            "i:11: unclosed tag '</ISSUE'\n");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].where.line, 10);
}

}  // namespace
}  // namespace dyad::dict
