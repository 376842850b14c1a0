#include "syntax/conllu.h"

#include <gtest/gtest.h>

namespace dyad::syntax {
namespace {

constexpr char kDoc[] =
    "# newdoc id = d1\n"
    "# text = We don't.\n"
    "1\tWe\twe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\tSpaceAfter=No\n"
    "3.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t2:conj\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# text = Hi\n"
    "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n";

TEST(ConlluTest, ReadsWordsCommentsAndMultiwordTokens) {
  StatusOr<std::vector<ConlluSentence>> s = ParseConllu(kDoc, "doc.conllu");
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->size(), 2u);
  const ConlluSentence& first = (*s)[0];
  EXPECT_EQ(first.text, "We don't.");
  EXPECT_TRUE(first.new_paragraph);
  ASSERT_EQ(first.words.size(), 4u);  // The empty node 3.1 is skipped.
  EXPECT_EQ(first.words[2].form, "n't");
  EXPECT_EQ(first.words[2].lemma, "not");
  EXPECT_EQ(first.words[2].head, 2);
  EXPECT_EQ(first.words[3].deprel, "punct");
  ASSERT_EQ(first.multiwords.size(), 1u);
  EXPECT_EQ(first.multiwords[0].first, 2);
  EXPECT_EQ(first.multiwords[0].last, 3);
  EXPECT_EQ(first.multiwords[0].form, "don't");
  EXPECT_FALSE((*s)[1].new_paragraph);
  EXPECT_EQ((*s)[1].words[0].upos, "INTJ");
}

TEST(ConlluTest, ToleratesCrlfAndMissingFinalBlankLine) {
  StatusOr<std::vector<ConlluSentence>> s =
      ParseConllu("1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\r\n", "x");
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s->size(), 1u);
  EXPECT_EQ((*s)[0].words[0].deprel, "root");
}

TEST(ConlluTest, ErrorsNameFileAndLine) {
  StatusOr<std::vector<ConlluSentence>> s = ParseConllu("# c\n1\tHi\tonly three\n", "bad.conllu");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("bad.conllu:2:"), std::string::npos);
  s = ParseConllu("2\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n", "seq.conllu");
  EXPECT_FALSE(s.ok());
  s = ParseConllu("1\tHi\thi\tINTJ\tUH\t_\t7\troot\t_\t_\n", "head.conllu");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("HEAD"), std::string::npos);
}

TEST(ConlluTest, UniversalRelationDropsSubtype) {
  EXPECT_EQ(UniversalRelation("nmod:poss"), "nmod");
  EXPECT_EQ(UniversalRelation("obj"), "obj");
}

}  // namespace
}  // namespace dyad::syntax
