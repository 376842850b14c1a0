// How Lexicon classifies verb forms, which decides where the coder accepts them as verbs.
#include "match/lexicon.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "match/lexicon_testing.h"

namespace dyad::match {
namespace {

// A lexicon of four verb blocks: two past headwords, a regular base and an irregular one.
class VerbFormsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    StatusOr<std::unique_ptr<Lexicon>> lexicon = LexiconFromVerbs(
        "--- DEMAND [100] ---\n"
        "DEMANDED {DEMANDS DEMANDING DEMAND}\n"
        "--- ATTACK [190] ---\n"
        "ATTACK\n"
        "--- FLEE [---] ---\n"
        "FLEE {FLEES FLED FLEEING}\n"
        "--- HOPE [013] ---\n"
        "HOPED {HOPES HOPING HOPE}\n");
    ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
    lexicon_ = std::move(*lexicon);
  }

  // Whether `word` is a verb form, and of which kind.
  bool KindOf(const std::string& word, VerbFormKind* kind) const {
    text::Token t;
    t.norm = word;
    PhraseTable::Match m = lexicon_->verb_forms().LongestAt({t}, 0);
    if (m.length == 0) return false;
    *kind = Lexicon::FormKind(m.payload);
    return true;
  }

  std::unique_ptr<Lexicon> lexicon_;
};

TEST_F(VerbFormsTest, PresentFormsOfAPastHeadwordAreNounLike) {
  VerbFormKind kind;
  ASSERT_TRUE(KindOf("demand", &kind));
  EXPECT_EQ(kind, VerbFormKind::kNounlike);
  ASSERT_TRUE(KindOf("demands", &kind));
  EXPECT_EQ(kind, VerbFormKind::kNounlike);
  ASSERT_TRUE(KindOf("demanded", &kind));
  EXPECT_EQ(kind, VerbFormKind::kPast);
  ASSERT_TRUE(KindOf("demanding", &kind));
  EXPECT_EQ(kind, VerbFormKind::kGerund);
}

// "hoped" and "hopes" have the same length (the "e" is the stem's): "high hopes" is a noun.
TEST_F(VerbFormsTest, PresentFormAsLongAsThePastHeadwordIsNounLike) {
  VerbFormKind kind;
  ASSERT_TRUE(KindOf("hopes", &kind));
  EXPECT_EQ(kind, VerbFormKind::kNounlike);
  ASSERT_TRUE(KindOf("hoped", &kind));
  EXPECT_EQ(kind, VerbFormKind::kPast);
}

TEST_F(VerbFormsTest, BaseHeadwordsKeepTheirKinds) {
  VerbFormKind kind;
  ASSERT_TRUE(KindOf("attack", &kind));
  EXPECT_EQ(kind, VerbFormKind::kBase);
  ASSERT_TRUE(KindOf("attacks", &kind));
  EXPECT_EQ(kind, VerbFormKind::kThirdPerson);
  ASSERT_TRUE(KindOf("flees", &kind));
  EXPECT_EQ(kind, VerbFormKind::kThirdPerson);
  ASSERT_TRUE(KindOf("fled", &kind));
  EXPECT_EQ(kind, VerbFormKind::kPast);
}

}  // namespace
}  // namespace dyad::match
