// Patterns whose groups name a dependency relation ("@obj"): checked on the parse, ignored
// without one.
#include "code/verbs.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "code/hand_parse_testing.h"
#include "match/lexicon_testing.h"

namespace dyad::code {
namespace {

class RelationPatternTest : public ::testing::Test {
 protected:
  void SetUp() override {
    StatusOr<std::unique_ptr<match::Lexicon>> lexicon = match::LexiconFromVerbs(
        "&ARMS\n+ROCKET\n+MORTAR\n"
        "--- FIRE [---] ---\n"
        "FIRE {FIRES FIRED FIRING}\n"
        "- * @obj &ARMS [194]\n"
        "- * @obl (AT +) [190]\n");
    ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
    lexicon_ = std::move(*lexicon);
  }

  // The code of the pattern that matches the verb at token `verb` of `p` ("" for none), on the
  // parse or by word order alone.
  std::string Code(const HandParse& p, uint32_t verb, bool parsed) const {
    WordClasses classes;
    VerbMatcher matcher(lexicon_.get(), &classes);
    text::Sentence s;
    s.tokens = p.tokens;
    std::vector<int32_t> mention_at(p.tokens.size(), -1);
    for (size_t i = 0; i < p.mentions.size(); ++i) {
      mention_at[p.mentions[i].begin] = static_cast<int32_t>(i);
    }
    VerbHit hit{verb, verb + 1, 0, match::VerbFormKind::kPast};
    VerbTree tree{&p.words, verb};
    PatternMatch m = matcher.Match(s, hit, mention_at, p.mentions, 0,
                                   static_cast<uint32_t>(p.tokens.size()),
                                   parsed ? &tree : nullptr);
    return m.pattern ? m.pattern->code : "";
  }

  std::unique_ptr<match::Lexicon> lexicon_;
};

TEST_F(RelationPatternTest, ObjectFoundThroughQuantityAndCoordination) {
  HandParse p("they/2/nsubj fired/0/root dozens/2/obj of/6/case heavy/6/amod rockets/3/nmod "
              "and/8/cc mortars/6/conj",
              {});
  EXPECT_EQ(Code(p, 1, true), "194");
}

TEST_F(RelationPatternTest, AModifierOfTheObjectIsNotTheObject) {
  HandParse p("he/2/nsubj fired/0/root the/5/det rocket/5/compound commander/2/obj", {});
  EXPECT_EQ(Code(p, 1, true), "");
  EXPECT_EQ(Code(p, 1, false), "194");  // Word order alone cannot tell.
}

TEST_F(RelationPatternTest, AGroupInAnotherClauseDoesNotMatch) {
  // "fired the man who aimed at Israel": "at Israel" belongs to the relative clause.
  HandParse p("they/2/nsubj fired/0/root the/4/det man/2/obj who/6/nsubj aimed/4/acl:relcl "
              "at/8/case israel/6/obl",
              {{7, 8}});
  EXPECT_EQ(Code(p, 1, true), "");
  EXPECT_EQ(Code(p, 1, false), "190");
}

TEST_F(RelationPatternTest, RelationNamesItsSubtypes) {
  HandParse p("troops/2/nsubj fired/0/root at/4/case israel/2/obl:arg", {{3, 4}});
  EXPECT_EQ(Code(p, 1, true), "190");
}

TEST_F(RelationPatternTest, ObjectBeyondTheWordOrderReach) {
  // Nine words between the verb and its object: too far for word order, not for the parse.
  HandParse p("they/2/nsubj fired/0/root on/4/case tuesday/2/obl ,/2/punct and/2/cc "
              "again/2/advmod late/10/advmod on/10/case sunday/2/obl ,/2/punct rockets/2/obj",
              {});
  EXPECT_EQ(Code(p, 1, true), "194");
  EXPECT_EQ(Code(p, 1, false), "");
}

}  // namespace
}  // namespace dyad::code
