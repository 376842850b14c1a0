#include "syntax/lemmatizer.h"

#include <gtest/gtest.h>

namespace dyad::syntax {
namespace {

TEST(LemmatizerTest, DerivesAndAppliesRules) {
  Lemmatizer::Rule r = Lemmatizer::DeriveRule("Studies", "studies", "study");
  EXPECT_TRUE(r.lowercase);
  EXPECT_EQ(r.strip, 3);
  EXPECT_EQ(r.append, "y");
  EXPECT_EQ(Lemmatizer::ApplyRule(r, "Flies", "flies"), "fly");
  Lemmatizer::Rule keep = Lemmatizer::DeriveRule("Paris", "paris", "Paris");
  EXPECT_FALSE(keep.lowercase);
  EXPECT_EQ(Lemmatizer::ApplyRule(keep, "Rome", "rome"), "Rome");
  // A rule that strips more than the word has leaves the word alone.
  EXPECT_EQ(Lemmatizer::ApplyRule({true, 9, "x"}, "Ab", "ab"), "ab");
}

Lemmatizer Build() {
  Lemmatizer::Builder b;
  for (const char* w : {"attacks", "talks", "leaders", "troops"}) {
    std::string lemma(w);
    lemma.pop_back();
    b.Add(w, w, "NOUN", lemma);
  }
  b.Add("went", "went", "VERB", "go");
  b.Add("The", "the", "DET", "the");
  b.Add("the", "the", "DET", "the");
  b.Add("the", "the", "DET", "the");
  return b.Build();
}

TEST(LemmatizerTest, SuffixRulesGeneraliseAndExceptionsWin) {
  Lemmatizer l = Build();
  EXPECT_EQ(l.Lemmatize("bombs", "bombs", "NOUN"), "bomb");  // Unseen: suffix rule.
  EXPECT_EQ(l.Lemmatize("Went", "went", "VERB"), "go");      // Irregular: exception.
  EXPECT_EQ(l.Lemmatize("The", "the", "DET"), "the");
  EXPECT_EQ(l.Lemmatize("xyz", "xyz", "INTJ"), "xyz");       // Unknown tag: the form.
}

TEST(LemmatizerTest, SerializationRoundTrip) {
  Lemmatizer l = Build();
  StatusOr<Lemmatizer> back = Lemmatizer::Deserialize(l.Serialize(), "lemmas.bin");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->Lemmatize("bombs", "bombs", "NOUN"), "bomb");
  EXPECT_EQ(back->Lemmatize("went", "went", "VERB"), "go");
  std::string data = l.Serialize();
  data.resize(data.size() - 3);
  StatusOr<Lemmatizer> cut = Lemmatizer::Deserialize(data, "lemmas.bin");
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.status().message().find("lemmas.bin"), std::string::npos);
}

}  // namespace
}  // namespace dyad::syntax
