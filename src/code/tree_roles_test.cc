#include "code/tree_roles.h"

#include <gtest/gtest.h>

#include "code/hand_parse_testing.h"

namespace dyad::code {
namespace {

using Parse = HandParse;

TEST(TreeRolesTest, SubjectAndObject) {
  // Israel attacked Gaza .
  Parse p("israel/2/nsubj attacked/0/root gaza/2/obj ./2/punct", {{0, 1}, {2, 3}});
  TreeRoles r = p.Roles(1);
  EXPECT_EQ(r.source, 0);
  EXPECT_EQ(r.target, 1);
}

TEST(TreeRolesTest, PassiveWithAgent) {
  // Gaza was attacked by Israel
  Parse p("gaza/3/nsubj:pass was/3/aux:pass attacked/0/root by/5/case israel/3/obl:agent",
          {{0, 1}, {4, 5}});
  TreeRoles r = p.Roles(2);
  EXPECT_EQ(r.source, 1);
  EXPECT_EQ(r.target, 0);
}

TEST(TreeRolesTest, PassiveByItsDependentsNotItsForm) {
  // Exports would be hit / Israel hit Gaza
  Parse passive("exports/4/nsubj:pass would/4/aux be/4/aux:pass hit/0/root", {});
  EXPECT_TRUE(TreeReader(&passive.words, &passive.mentions, &passive.tokens).Passive(3));
  Parse active("israel/2/nsubj hit/0/root gaza/2/obj", {{0, 1}, {2, 3}});
  EXPECT_FALSE(TreeReader(&active.words, &active.mentions, &active.tokens).Passive(1));
}

TEST(TreeRolesTest, SubjectWithoutActorLeavesNoSource) {
  // In Berlin , the report criticised Russia
  Parse p("in/2/case berlin/6/obl ,/6/punct the/5/det report/6/nsubj criticised/0/root "
          "russia/6/obj",
          {{1, 2}, {6, 7}});
  p.SetUpos(4, "NOUN");
  TreeRoles r = p.Roles(5);
  EXPECT_EQ(r.source, -1) << r.how;
  EXPECT_TRUE(r.subject_not_actor);
  EXPECT_EQ(r.target, 1);
}

TEST(TreeRolesTest, SubjectWithAnActorDeepInItsPhraseIsNotRuledOut) {
  // the man living in Kyiv criticised Russia: "Kyiv" is too deep to be the subject, but the
  // subject's phrase holds it, so word order may still look for one.
  Parse p("the/2/det man/6/nsubj living/2/acl in/5/case kyiv/3/obl criticised/0/root "
          "russia/6/obj",
          {{4, 5}, {6, 7}});
  p.SetUpos(1, "NOUN");
  TreeRoles r = p.Roles(5);
  EXPECT_EQ(r.source, -1) << r.how;
  EXPECT_FALSE(r.subject_not_actor);
}

TEST(TreeRolesTest, ObjectControlMakesTheObjectTheSubject) {
  // Macron urged Trump to keep troops
  Parse p("macron/2/nsubj urged/0/root trump/2/obj to/5/mark keep/2/xcomp troops/5/obj",
          {{0, 1}, {2, 3}});
  EXPECT_EQ(p.Roles(1).target, 1);
  EXPECT_EQ(p.Roles(4).source, 1) << p.Roles(4).how;
}

TEST(TreeRolesTest, SubjectControlAndConjunction) {
  // Iran wants to meet and talks
  Parse p("iran/2/nsubj wants/0/root to/4/mark meet/2/xcomp and/6/cc negotiate/2/conj",
          {{0, 1}});
  EXPECT_EQ(p.Roles(3).source, 0);
  EXPECT_EQ(p.Roles(5).source, 0);
}

TEST(TreeRolesTest, RelativeClauseAndObliqueTarget) {
  // Hamas , which fired rockets at Israel
  Parse p("hamas/0/root ,/4/punct which/4/nsubj fired/1/acl:relcl rockets/4/obj at/7/case "
          "israel/4/obl",
          {{0, 1}, {6, 7}});
  TreeRoles r = p.Roles(3);
  EXPECT_EQ(r.source, 0) << r.how;
  EXPECT_EQ(r.target, 1) << r.how;
}

TEST(TreeRolesTest, NounStandsForTheActorInside) {
  // the forces of Russia shelled Kharkiv
  Parse p("the/2/det forces/5/nsubj of/4/case russia/2/nmod shelled/0/root kharkiv/5/obj",
          {{3, 4}, {5, 6}});
  TreeRoles r = p.Roles(4);
  EXPECT_EQ(r.source, 0);
  EXPECT_EQ(r.target, 1);
}

TEST(TreeRolesTest, PlaceObliqueWithoutActorIsNoTarget) {
  Parse p("israel/2/nsubj struck/0/root in/4/case march/2/obl", {{0, 1}});
  EXPECT_EQ(p.Roles(1).target, -1);
}

TEST(TreeRolesTest, PronounSubjectOfReportedSpeechIsTheSpeaker) {
  // Syria says it is willing to withdraw troops
  Parse p("syria/2/nsubj says/0/root it/5/nsubj is/5/cop willing/2/ccomp to/7/mark "
          "withdraw/5/xcomp troops/7/obj",
          {{0, 1}});
  p.words[2].upos = "PRON";
  TreeRoles r = p.Roles(6);
  EXPECT_EQ(r.source, 0) << r.how;
}

TEST(TreeRolesTest, RelativePronounObjectIsTheAntecedent) {
  // Israel , which Hezbollah threatened , condemned Iran
  Parse p("israel/7/nsubj ,/5/punct which/5/obj hezbollah/5/nsubj threatened/1/acl:relcl "
          ",/5/punct condemned/0/root iran/7/obj",
          {{0, 1}, {3, 4}, {7, 8}});
  TreeRoles r = p.Roles(4);
  EXPECT_EQ(r.source, 1) << r.how;
  EXPECT_EQ(r.target, 0) << r.how;
}

TEST(TreeRolesTest, RelativeSubjectParsedAsConjunctIsTheAntecedent) {
  // Iran condemned Israel , which attacked Syria
  Parse p("iran/2/nsubj condemned/0/root israel/2/obj ,/6/punct which/6/nsubj attacked/2/conj "
          "syria/6/obj",
          {{0, 1}, {2, 3}, {6, 7}});
  TreeRoles r = p.Roles(5);
  EXPECT_EQ(r.source, 1) << r.how;
  EXPECT_EQ(r.target, 2) << r.how;
}

TEST(TreeRolesTest, BareRoleModifyingTheObjectIsNoTarget) {
  // Britain promised military aid to Mozambique
  Parse p("britain/2/nsubj promised/0/root military/4/amod aid/2/obj to/6/case mozambique/2/obl",
          {{0, 1}, {2, 3}, {5, 6}});
  p.mentions[1].role_only = true;
  TreeRoles r = p.Roles(1);
  EXPECT_EQ(r.target, 2) << r.how;
}

}  // namespace
}  // namespace dyad::code
