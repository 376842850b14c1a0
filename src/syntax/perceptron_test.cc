#include "syntax/perceptron.h"

#include <gtest/gtest.h>

#include <cmath>

#include "syntax/hash.h"

namespace dyad::syntax {
namespace {

// Trains `classes` classes, each announced by its own feature, for a few rounds.
Perceptron TrainToy(int classes) {
  Perceptron p(12, classes);
  for (int round = 0; round < 5; ++round) {
    for (int c = 0; c < classes; ++c) {
      uint64_t f[2] = {Feature(1, c), Feature(2, 0)};
      float scores[Perceptron::kMaxClasses];
      p.Score(f, scores);
      int guess = 0;
      for (int k = 1; k < classes; ++k) guess = scores[k] > scores[guess] ? k : guess;
      p.Update(f, c, guess);
      p.Tick();
    }
  }
  return p.Averaged();
}

Perceptron SaveAndLoad(const Perceptron& p, std::string* bytes) {
  Writer w;
  p.Save(0.0f, &w);
  *bytes = w.data();
  Reader r(*bytes);
  Perceptron out;
  EXPECT_TRUE(out.Load(&r, 12, "toy").ok());
  EXPECT_TRUE(r.AtEnd());
  return out;
}

// Narrow tables load direct, wide ones packed; both score exactly as the averaged table did
// (weights are int16 in both) and save back to the same bytes.
TEST(PerceptronTest, LoadedLayoutsScoreLikeTheAveragedTable) {
  for (int classes : {4, 40}) {
    Perceptron averaged = TrainToy(classes);
    std::string bytes;
    Perceptron loaded = SaveAndLoad(averaged, &bytes);
    EXPECT_EQ(loaded.direct(), classes <= Perceptron::kDirectMaxClasses) << classes;
    for (int c = 0; c < classes; ++c) {
      uint64_t f[3] = {Feature(1, c), Feature(2, 0), Feature(3, 7)};
      float want[Perceptron::kMaxClasses], got[Perceptron::kMaxClasses];
      averaged.Score(f, want);
      loaded.Score(f, got);
      int best = 0;
      for (int k = 0; k < classes; ++k) {
        EXPECT_FLOAT_EQ(got[k], want[k]) << classes << " " << k;
        best = got[k] > got[best] ? k : best;
      }
      EXPECT_EQ(best, c);  // The toy data is learnt.
    }
    std::string again;
    SaveAndLoad(loaded, &again);
    EXPECT_EQ(again, bytes);
  }
}

TEST(PerceptronTest, PruneDropsSmallRows) {
  Perceptron averaged = TrainToy(4);
  Writer all, pruned;
  averaged.Save(0.0f, &all);
  averaged.Save(1e6f, &pruned);
  EXPECT_LT(pruned.data().size(), all.data().size());
  Reader r(pruned.data());
  Perceptron empty;
  ASSERT_TRUE(empty.Load(&r, 12, "toy").ok());
  float scores[4];
  uint64_t f[1] = {Feature(1, 2)};
  empty.Score(f, scores);
  for (float s : scores) EXPECT_EQ(s, 0.0f);
}

TEST(PerceptronTest, RefusesTooManyClassesAndWrongSize) {
  Perceptron averaged = TrainToy(4);
  Writer w;
  averaged.Save(0.0f, &w);
  Reader wrong_size(w.data());
  Perceptron p;
  Status s = p.Load(&wrong_size, 13, "toy.bin");
  EXPECT_NE(s.message().find("2^12 rows"), std::string::npos) << s.ToString();
  std::string wide = w.data();
  wide[4] = static_cast<char>(Perceptron::kMaxClasses + 1);  // Class count, low byte.
  wide[5] = 1;
  Reader r(wide);
  EXPECT_TRUE(p.Load(&r, 12, "toy.bin").IsCorruption());
}

}  // namespace
}  // namespace dyad::syntax
