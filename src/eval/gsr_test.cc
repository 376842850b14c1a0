#include "eval/gsr.h"

#include <gtest/gtest.h>

namespace dyad::eval {
namespace {

constexpr char kGold[] = R"([
  {"id": "doc", "event": "DOCUMENT", "comment": "no text: left out"},
  {"id": "a", "text": "Ruritania shelled Freedonia.", "event": "FIGHT",
   "source": [{"code": "RUR"}], "target": [{"code": "FRE"}]},
  {"id": "b", "text": "Ruritania demanded talks.", "event": "DEMAND",
   "source": [{"code": "rurgov"}], "target": ""},
  {"id": "c", "text": "Nothing happened.", "event": "AGREE", "source": [], "target": []}
])";

TEST(GsrTest, ParsesRecordsWithText) {
  StatusOr<std::vector<GoldRecord>> gold = ParseGold(kGold, "gold.json");
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold->size(), 3u);
  EXPECT_EQ((*gold)[0].id, "a");
  EXPECT_EQ((*gold)[1].sources, std::set<std::string>{"RUR"});  // Three letters, uppercased.
  EXPECT_TRUE((*gold)[1].targets.empty());
}

TEST(GsrTest, ScoresLikeTheReferenceScorer) {
  std::vector<GoldRecord> gold = *ParseGold(kGold, "gold.json");
  std::vector<std::vector<ScoredEvent>> events = {
      {{"RURMIL", "FREGOV", "194"}, {"RUR", "FRE", "111"}},  // Right type and triple; one extra.
      {{"FRE", "", "100"}},                                   // Right type, wrong source.
      {},
  };
  Scores s = Score(gold, events);
  EXPECT_EQ(s.records, 3);
  EXPECT_NEAR(s.coverage, 2.0 / 3, 1e-9);
  EXPECT_NEAR(s.top1_type_acc, 2.0 / 3, 1e-9);
  EXPECT_NEAR(s.type_recall, 2.0 / 3, 1e-9);
  EXPECT_NEAR(s.triple_recall, 1.0 / 3, 1e-9);
  EXPECT_NEAR(s.extra_events_per_record, 1.0 / 3, 1e-9);
  EXPECT_NE(s.ToString().find("triple_recall              0.333"), std::string::npos);
}

TEST(GsrTest, RootsMapToTypes) {
  EXPECT_EQ(TypesOfCameo("0231"), std::set<std::string>{"DEMAND"});
  EXPECT_EQ(TypesOfCameo("0874"), (std::set<std::string>{"CONCEDE", "RETREAT"}));
  EXPECT_TRUE(TypesOfCameo("010").empty());
}

TEST(GsrTest, BadFilesAreErrors) {
  EXPECT_FALSE(ParseGold("{\"not\": \"an array\"}", "g").ok());
  StatusOr<std::vector<GoldRecord>> bad = ParseGold("[{", "g.json");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("g.json"), std::string::npos);
}

}  // namespace
}  // namespace dyad::eval
