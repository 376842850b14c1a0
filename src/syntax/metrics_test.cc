#include "syntax/metrics.h"

#include <gtest/gtest.h>

namespace dyad::syntax {
namespace {

ConlluSentence Sentence() {
  // "We don't go": We <- go, do <- go, n't <- go, go = root.
  ConlluSentence s;
  s.words = {{"We", "we", "PRON", "PRP", 4, "nsubj"},
             {"do", "do", "AUX", "VBP", 4, "aux"},
             {"n't", "not", "PART", "RB", 4, "advmod"},
             {"go", "go", "VERB", "VB", 0, "root"}};
  s.multiwords = {{2, 3, "don't"}};
  return s;
}

TEST(MetricsTest, GoldDocumentSpansAndTokens) {
  EvalDoc doc;
  uint32_t offset = 0;
  AppendConllu(Sentence(), &offset, &doc);
  EXPECT_EQ(offset, 9u);  // "Wedon'tgo".
  ASSERT_EQ(doc.tokens.size(), 3u);
  EXPECT_EQ(doc.tokens[1], (CharSpan{2, 7}));
  EXPECT_EQ(doc.words[1].span, (CharSpan{2, 4}));  // "do" inside "don't".
  EXPECT_EQ(doc.words[2].span, (CharSpan{4, 7}));
  EXPECT_EQ(doc.words[0].head, 3);
  EXPECT_EQ(doc.words[3].head, -1);
}

TEST(MetricsTest, JoinedCliticsFormOneSurfaceToken) {
  EvalDoc gold, sys;
  uint32_t offset = 0;
  AppendConllu(Sentence(), &offset, &gold);
  // The system's words "We" "do" "n't" "go", "n't" written right after "do".
  struct SysWord {
    CharSpan span;
    const char* form;
    bool clitic;
  };
  const SysWord words[] = {
      {{0, 2}, "We", false}, {{2, 4}, "do", false}, {{4, 7}, "n't", true}, {{7, 9}, "go", false}};
  for (const SysWord& w : words) {
    AppendSystemToken(w.span, w.form, w.clitic, &sys);
    sys.words.push_back(EvalWord{w.span, "", "", "", "", -1});
  }
  sys.sentences = {{0, 9}};
  ASSERT_EQ(sys.tokens.size(), 3u);
  EXPECT_EQ(sys.token_forms[1], "don't");
  EvalResult r = Evaluate(gold, sys);
  EXPECT_EQ(r.tokens.correct, 3u);
  EXPECT_EQ(r.tokens.Value(), 100.0);
  EXPECT_EQ(r.words.correct, 4u);  // Words still align inside the multiword token.
  // With no token before it, a joining word starts a token.
  EvalDoc first;
  AppendSystemToken({0, 3}, "n't", true, &first);
  EXPECT_EQ(first.tokens.size(), 1u);
}

TEST(MetricsTest, HandMadePair) {
  EvalDoc gold, sys;
  uint32_t offset = 0;
  AppendConllu(Sentence(), &offset, &gold);
  sys = gold;
  sys.tokens = {{0, 2}, {2, 4}, {4, 7}, {7, 9}};  // Split "don't": 2 of 4 tokens match 3 gold.
  sys.words[0].upos = "NOUN";                      // One tag wrong.
  sys.words[1].deprel = "aux:pass";                // Subtype only: LAS still right.
  sys.words[2].head = 0;                           // n't attached to We: head and LAS wrong.
  sys.words[3].lemma = "went";
  EvalResult r = Evaluate(gold, sys);
  EXPECT_EQ(r.tokens.gold, 3u);
  EXPECT_EQ(r.tokens.system, 4u);
  EXPECT_EQ(r.tokens.correct, 2u);
  EXPECT_NEAR(r.tokens.Value(), 200.0 * 2 / 7, 1e-9);
  EXPECT_EQ(r.words.correct, 4u);
  EXPECT_EQ(r.sentences.correct, 1u);
  EXPECT_EQ(r.upos.correct, 3u);
  EXPECT_EQ(r.lemmas.correct, 3u);
  EXPECT_EQ(r.uas.correct, 3u);
  EXPECT_EQ(r.las.correct, 3u);
  EXPECT_DOUBLE_EQ(r.las.Value(), 75.0);
}

TEST(MetricsTest, UnalignedWordsCountAgainstBothSides) {
  EvalDoc gold, sys;
  uint32_t offset = 0;
  AppendConllu(Sentence(), &offset, &gold);
  sys = gold;
  sys.words.erase(sys.words.begin() + 1, sys.words.begin() + 3);
  sys.words.insert(sys.words.begin() + 1, EvalWord{{2, 7}, "AUX", "VBP", "do", "aux", 2});
  sys.words[2].head = -1;
  sys.words[0].head = 2;
  EvalResult r = Evaluate(gold, sys);
  EXPECT_EQ(r.words.gold, 4u);
  EXPECT_EQ(r.words.system, 3u);
  EXPECT_EQ(r.words.correct, 2u);
  EXPECT_EQ(r.uas.correct, 2u);  // We -> go and go = root, through the alignment.
}

TEST(MetricsTest, TokenMismatchesGroupedByKind) {
  EvalDoc gold, sys;
  uint32_t offset = 0;
  AppendConllu(Sentence(), &offset, &gold);
  sys.tokens = {{0, 2}, {2, 4}, {4, 7}, {7, 9}};
  std::vector<MismatchKind> kinds = TokenMismatches(gold, sys, 3);
  ASSERT_EQ(kinds.size(), 1u);
  EXPECT_EQ(kinds[0].kind, "contraction");
  EXPECT_EQ(kinds[0].count, 1u);
  EXPECT_EQ(kinds[0].examples, std::vector<std::string>{"don't"});
  sys.token_forms = {"We", "do", "n't", "go"};
  kinds = TokenMismatches(gold, sys, 3);
  EXPECT_EQ(kinds[0].examples, std::vector<std::string>{"don't=>do"});
}

// Former bug: EWT test has a no-break space in one "# text" line; counting it as a character
// shifted every later span and broke the --raw alignment.
TEST(MetricsTest, NonSpaceOffsetsSkipUnicodeSpaces) {
  std::vector<uint32_t> o = NonSpaceOffsets("a\xC2\xA0" "b c\xC3\xA9", 10);
  ASSERT_EQ(o.size(), 9u);
  EXPECT_EQ(o[0], 10u);  // a
  EXPECT_EQ(o[1], 11u);  // NBSP, 2 bytes, adds nothing.
  EXPECT_EQ(o[3], 11u);  // b
  EXPECT_EQ(o[5], 12u);  // c
  EXPECT_EQ(o[8], 15u);  // End: a, b, c and the 2 bytes of e-acute.
}

TEST(MetricsTest, GoldLemmaUnderscoreMatchesAnything) {
  EvalDoc gold, sys;
  uint32_t offset = 0;
  ConlluSentence s = Sentence();
  s.words[0].lemma = "_";
  AppendConllu(s, &offset, &gold);
  sys = gold;
  sys.words[0].lemma = "anything";
  EXPECT_EQ(Evaluate(gold, sys).lemmas.correct, 4u);
}

}  // namespace
}  // namespace dyad::syntax
