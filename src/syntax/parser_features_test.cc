#include "syntax/parser_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "syntax/hash.h"

namespace dyad::syntax {
namespace {

// "troops attacked the town" with tags, and words prepared with the given clusters.
struct Sentence {
  std::string text;
  std::vector<text::Token> tokens;
  std::vector<WordInfo> words;
  std::vector<int> upos = {1, 2, 3, 1}, xpos = {4, 5, 6, 4};
  explicit Sentence(const WordClusters& clusters) {
    TokensFromForms({"troops", "attacked", "the", "town"}, &text, &tokens);
    PrepareWords(text, tokens, &clusters, &words);
  }
  ParseInput Input() const { return {words.data(), upos.data(), xpos.data(), 4}; }
};

std::vector<uint64_t> Moves(const Config& c, const ParseInput& in) {
  std::vector<uint64_t> f(kMaxMoveFeatures);
  f.resize(MoveFeatures(c, in, f.data()));
  return f;
}

std::vector<uint64_t> Labels(const Config& c, const ParseInput& in, int h, int d) {
  std::vector<uint64_t> f(kMaxLabelFeatures);
  f.resize(LabelFeatures(c, in, h, d, f.data()));
  return f;
}

size_t Differences(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t n = 0;
  for (size_t i = 0; i < std::min(a.size(), b.size()); ++i) n += a[i] != b[i];
  return n;
}

TEST(ParserFeaturesTest, ClustersChangeOnlyClusterFeatures) {
  WordClusters none, some;
  some.Set(HashString("town"), 2, 9);
  Sentence plain(none), clustered(some);
  Config c;
  c.Init(4);
  c.Apply(kShift, -1);
  c.Apply(kShift, -1);
  c.Apply(kShift, -1);  // s0 = "the", n0 = "town".
  std::vector<uint64_t> a = Moves(c, plain.Input()), b = Moves(c, clustered.Input());
  ASSERT_EQ(a.size(), b.size());
  EXPECT_LE(a.size(), size_t{kMaxMoveFeatures});
  size_t changed = Differences(a, b);
  EXPECT_GE(changed, 5u);   // n0's cluster alone, with s0, with n1, coarse, with s1.
  EXPECT_LE(changed, 12u);  // Word, tag and structure features are untouched.
}

TEST(ParserFeaturesTest, LabelFeaturesSeeTheSiblingBuiltBefore) {
  WordClusters none;
  Sentence s(none);
  Config one, other;
  for (Config* c : {&one, &other}) {
    c->Init(4);
    c->Apply(kShift, -1);  // Stack [0 1].
    c->Apply(kShift, -1);  // Stack [0 1 2].
  }
  one.Apply(kRight, 3);    // attacked -> the, label 3.
  other.Apply(kRight, 7);  // Same arc, label 7.
  one.Apply(kReduce, -1);
  other.Apply(kReduce, -1);
  // Labelling attacked -> town: the previous right dependent's label differs.
  std::vector<uint64_t> a = Labels(one, s.Input(), 2, 4), b = Labels(other, s.Input(), 2, 4);
  EXPECT_LE(a.size(), size_t{kMaxLabelFeatures});
  EXPECT_GT(Differences(a, b), 0u);
  EXPECT_EQ(Labels(one, s.Input(), 2, 4), a);  // Deterministic.
}

}  // namespace
}  // namespace dyad::syntax
