#include "syntax/transition.h"

#include <gtest/gtest.h>

#include "syntax/conllu.h"

namespace dyad::syntax {
namespace {

TEST(TransitionTest, InitialConfiguration) {
  Config c;
  c.Init(3);
  EXPECT_EQ(c.S0(), 0);
  EXPECT_EQ(c.B0(), 1);
  EXPECT_TRUE(c.CanApply(kShift));
  EXPECT_FALSE(c.CanApply(kRight));   // The root gets its dependent in Parser::Finish.
  EXPECT_FALSE(c.CanApply(kReduce));  // The root never leaves the stack.
  EXPECT_FALSE(c.CanApply(kLeft));
}

TEST(TransitionTest, EachMoveHasItsEffect) {
  Config c;
  c.Init(3);
  c.Apply(kShift, -1);  // Stack [0 1], buffer [2 3].
  EXPECT_EQ(c.S0(), 1);
  EXPECT_FALSE(c.CanApply(kReduce));  // 1 is headless.
  c.Apply(kLeft, 5);  // 2 -> 1.
  EXPECT_EQ(c.head[1], 2);
  EXPECT_EQ(c.label[1], 5);
  EXPECT_EQ(c.S0(), 0);
  EXPECT_EQ(c.left1[2], 1);
  EXPECT_EQ(c.left_count[2], 1);
  EXPECT_EQ(c.left_labels[2], uint64_t{1} << 5);
  c.Apply(kShift, -1);  // Push 2.
  EXPECT_EQ(c.S0(), 2);
  EXPECT_TRUE(c.CanApply(kRight));
  c.Apply(kRight, 3);  // 2 -> 3, push 3.
  EXPECT_EQ(c.right1[2], 3);
  EXPECT_TRUE(c.Terminal());
  EXPECT_TRUE(c.CanApply(kReduce));
  c.Apply(kReduce, -1);
  EXPECT_EQ(c.S0(), 2);
}

TEST(TransitionTest, AddArcKeepsOutermostDependents) {
  Config c;
  c.Init(5);
  c.AddArc(3, 2, 1);
  c.AddArc(3, 1, 2);
  c.AddArc(3, 4, 3);
  c.AddArc(3, 5, 4);
  EXPECT_EQ(c.left1[3], 1);
  EXPECT_EQ(c.left2[3], 2);
  EXPECT_EQ(c.right1[3], 5);
  EXPECT_EQ(c.right2[3], 4);
  EXPECT_EQ(c.right_count[3], 2);
  EXPECT_EQ(c.right_labels[3], (uint64_t{1} << 3) | (uint64_t{1} << 4));
}

// Follows the first zero-cost move and returns the heads it builds.
std::vector<int> FollowOracle(const std::vector<int>& gold) {
  Config c;
  c.Init(static_cast<int>(gold.size()) - 1);
  while (!c.Terminal()) {
    int chosen = -1;
    for (int m = 0; m < kNumMoves && chosen < 0; ++m) {
      if (c.CanApply(Move(m)) && Cost(c, Move(m), gold) == 0) chosen = m;
    }
    EXPECT_GE(chosen, 0);
    if (chosen < 0) break;
    c.Apply(Move(chosen), 0);
  }
  for (size_t i = 1; i < c.stack.size(); ++i) {
    if (c.head[c.stack[i]] == -1) c.head[c.stack[i]] = 0;  // As Parser::Finish does.
  }
  return c.head;
}

TEST(TransitionTest, OracleReproducesEveryTinyTreebankTree) {
  auto sentences = ReadConllu(std::string(DYAD_SOURCE_DIR) + "/tests/testdata/syntax/tiny.conllu");
  ASSERT_TRUE(sentences.ok()) << sentences.status().ToString();
  for (const ConlluSentence& s : *sentences) {
    std::vector<int> gold{-1};
    for (const ConlluWord& w : s.words) gold.push_back(w.head);
    ASSERT_TRUE(IsProjective(gold));
    std::vector<int> built = FollowOracle(gold);
    for (size_t i = 1; i < gold.size(); ++i) EXPECT_EQ(built[i], gold[i]) << s.text << " " << i;
  }
}

TEST(TransitionTest, OracleCostsCountLostArcs) {
  // 1 <- 2 -> 3, root -> 2.
  std::vector<int> gold{-1, 2, 0, 2};
  Config c;
  c.Init(3);
  c.Apply(kShift, -1);  // Stack [0 1], b = 2.
  EXPECT_EQ(Cost(c, kLeft, gold), 0);
  EXPECT_EQ(Cost(c, kRight, gold), 2);  // 2 gets the wrong head and cannot head 1.
  EXPECT_EQ(Cost(c, kShift, gold), 1);  // 1 would stay below 2, never its dependent.
}

TEST(TransitionTest, ProjectivizeLiftsCrossingArcs) {
  // 1 -> 3 crosses 0 -> 2 ... : heads {_, 0, 4, 1, 1}: arc 4 -> 2 crosses 1 -> 3.
  std::vector<int> head{-1, 0, 4, 1, 1};
  EXPECT_FALSE(IsProjective(head));
  std::vector<int> fixed = Projectivize(head);
  EXPECT_TRUE(IsProjective(fixed));
  EXPECT_EQ(fixed[2], 1);  // Lifted from 4 to 4's head.
  EXPECT_EQ(fixed[3], 1);
}

}  // namespace
}  // namespace dyad::syntax

namespace dyad::syntax {
namespace {

// Parser::Parse shifts without scoring whenever the root is on top of the stack; that is only
// right while SHIFT is then the one legal move.
TEST(TransitionTest, OnlyShiftIsLegalWhenTheRootIsOnTop) {
  Config c;
  c.Init(3);
  c.Apply(kShift, -1);
  c.Apply(kLeft, 1);  // 2 -> 1 pops 1: the root is on top again, buffer [2 3].
  ASSERT_EQ(c.S0(), 0);
  for (Move m : {kReduce, kLeft, kRight}) EXPECT_FALSE(c.CanApply(m)) << m;
  EXPECT_TRUE(c.CanApply(kShift));
}

}  // namespace
}  // namespace dyad::syntax
