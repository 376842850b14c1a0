#include "syntax/clusters.h"

#include <gtest/gtest.h>

#include "syntax/hash.h"

namespace dyad::syntax {
namespace {

// A corpus where {cat, dog} and {runs, sleeps} share their contexts, and the two pairs do not.
std::vector<std::vector<std::string>> AnimalCorpus() {
  std::vector<std::vector<std::string>> out;
  for (int i = 0; i < 20; ++i) {
    for (const char* noun : {"cat", "dog"}) {
      for (const char* verb : {"runs", "sleeps"}) {
        out.push_back({"the", noun, verb, "."});
        out.push_back({"a", noun, verb, "today", "."});
      }
    }
  }
  return out;
}

TEST(ClustersTest, WordsWithTheSameContextsShareAClass) {
  ClusterOptions o;
  o.coarse_classes = 2;
  o.fine_classes = 4;
  o.min_count = 1;
  WordClusters c = LearnClusters(AnimalCorpus(), o);
  uint64_t cat = HashString("cat"), dog = HashString("dog");
  uint64_t runs = HashString("runs"), sleeps = HashString("sleeps");
  EXPECT_NE(c.Fine(cat), 0u);
  EXPECT_EQ(c.Fine(cat), c.Fine(dog));
  EXPECT_EQ(c.Fine(runs), c.Fine(sleeps));
  EXPECT_NE(c.Fine(cat), c.Fine(runs));
  EXPECT_EQ(c.Coarse(cat), c.Coarse(dog));
  EXPECT_EQ(c.Fine(HashString("unseen")), 0u);
}

TEST(ClustersTest, RareWordsGetNoClass) {
  ClusterOptions o;
  o.min_count = 3;
  auto corpus = AnimalCorpus();
  corpus.push_back({"the", "axolotl", "runs"});
  WordClusters c = LearnClusters(corpus, o);
  EXPECT_EQ(c.Packed(HashString("axolotl")), 0u);
  EXPECT_NE(c.Packed(HashString("cat")), 0u);
}

TEST(ClustersTest, ExchangeIsDeterministicAndInRange) {
  std::vector<std::vector<int>> s = {{0, 1, 2}, {0, 3, 2}, {4, 1, 2, -1}, {4, 3, 2}};
  std::vector<int> a = ExchangeClusters(s, 5, 3, 4, 5);
  EXPECT_EQ(a, ExchangeClusters(s, 5, 3, 4, 5));
  ASSERT_EQ(a.size(), 5u);
  for (int c : a) EXPECT_TRUE(c >= 0 && c < 3);
  EXPECT_EQ(a[1], a[3]);  // Both between {0, 4} and 2.
}

TEST(ClustersTest, SerializeRoundTripAndRefusals) {
  WordClusters c;
  c.Set(HashString("iran"), 3, 17);
  c.Set(HashString("syria"), 3, 18);
  std::string bytes = c.Serialize();
  StatusOr<WordClusters> back = WordClusters::Deserialize(bytes, "clusters.bin");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->Coarse(HashString("iran")), 3u);
  EXPECT_EQ(back->Fine(HashString("syria")), 18u);
  EXPECT_EQ(back->Serialize(), bytes);
  StatusOr<WordClusters> cut = WordClusters::Deserialize(bytes.substr(0, bytes.size() - 3), "x");
  EXPECT_TRUE(cut.status().IsCorruption());
  std::string other_kind = bytes;
  other_kind[12] = 2;  // Kind: parser.
  EXPECT_NE(WordClusters::Deserialize(other_kind, "x").status().message().find("wrong kind"),
            std::string::npos);
}

}  // namespace
}  // namespace dyad::syntax
