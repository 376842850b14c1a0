// Patterns whose groups name a dependency relation ("@obj"): checked on the parse, ignored
// without one.
#include "code/verbs.h"

#include <gtest/gtest.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "dict/sources.h"

namespace dyad::code {
namespace {

class RelationPatternTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dict::DictionarySources sources;
    dict::AddSource(
        "&ARMS\n+ROCKET\n+MORTAR\n"
        "--- FIRE [---] ---\n"
        "FIRE {FIRES FIRED FIRING}\n"
        "- * @obj &ARMS [194]\n"
        "- * @obl (AT +) [190]\n",
        "test.verbs", dict::SourceKind::kVerbs, &sources);
    std::vector<dict::Diagnostic> warnings;
    StatusOr<std::unique_ptr<match::Lexicon>> lexicon = match::Lexicon::Build(sources, &warnings);
    ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
    lexicon_ = std::move(*lexicon);
  }

  // Reads "word/head/deprel" per token (heads 1-based) and marks tokens [actor_begin,
  // actor_end) as one actor mention; the verb is token `verb`.
  void Sentence(const std::string& spec, uint32_t verb, uint32_t actor_begin = 0,
                uint32_t actor_end = 0) {
    std::istringstream in(spec);
    std::string item;
    while (in >> item) {
      size_t a = item.find('/'), b = item.rfind('/');
      text::Token t;
      t.norm = item.substr(0, a);
      s_.tokens.push_back(t);
      heads_.push_back(std::stoi(item.substr(a + 1, b - a - 1)));
      rels_.push_back(item.substr(b + 1));
    }
    for (size_t i = 0; i < heads_.size(); ++i) words_.push_back({heads_[i], rels_[i], ""});
    mention_at_.assign(s_.tokens.size(), -1);
    if (actor_end > actor_begin) {
      Mention m;
      m.begin = actor_begin;
      m.end = actor_end;
      mentions_.push_back(m);
      mention_at_[actor_begin] = 0;
    }
    hit_ = VerbHit{verb, verb + 1, 0, match::VerbFormKind::kPast};
  }

  // The code of the pattern that matches ("" for none), on the parse or by word order alone.
  std::string Code(bool parsed) const {
    WordClasses classes;
    VerbMatcher matcher(lexicon_.get(), &classes);
    VerbTree tree{&words_, hit_.begin};
    PatternMatch m = matcher.Match(s_, hit_, mention_at_, mentions_, 0,
                                   static_cast<uint32_t>(s_.tokens.size()),
                                   parsed ? &tree : nullptr);
    return m.pattern ? m.pattern->code : "";
  }

  std::unique_ptr<match::Lexicon> lexicon_;
  text::Sentence s_;
  std::vector<int> heads_;
  std::vector<std::string> rels_;  // Owns the strings the TreeWords point to.
  std::vector<TreeWord> words_;
  std::vector<Mention> mentions_;
  std::vector<int32_t> mention_at_;
  VerbHit hit_;
};

TEST_F(RelationPatternTest, ObjectFoundThroughQuantityAndCoordination) {
  Sentence("they/2/nsubj fired/0/root dozens/2/obj of/6/case heavy/6/amod rockets/3/nmod "
           "and/8/cc mortars/6/conj", 1);
  EXPECT_EQ(Code(true), "194");
}

TEST_F(RelationPatternTest, AModifierOfTheObjectIsNotTheObject) {
  Sentence("he/2/nsubj fired/0/root the/5/det rocket/5/compound commander/2/obj", 1);
  EXPECT_EQ(Code(true), "");
  EXPECT_EQ(Code(false), "194");  // Word order alone cannot tell.
}

TEST_F(RelationPatternTest, AGroupInAnotherClauseDoesNotMatch) {
  // "fired the man who aimed at Israel": "at Israel" belongs to the relative clause.
  Sentence("they/2/nsubj fired/0/root the/4/det man/2/obj who/6/nsubj aimed/4/acl:relcl "
           "at/8/case israel/6/obl", 1, 7, 8);
  EXPECT_EQ(Code(true), "");
  EXPECT_EQ(Code(false), "190");
}

TEST_F(RelationPatternTest, RelationNamesItsSubtypes) {
  Sentence("troops/2/nsubj fired/0/root at/4/case israel/2/obl:arg", 1, 3, 4);
  EXPECT_EQ(Code(true), "190");
}

TEST_F(RelationPatternTest, ObjectBeyondTheWordOrderReach) {
  // Nine words between the verb and its object: too far for word order, not for the parse.
  Sentence("they/2/nsubj fired/0/root on/4/case tuesday/2/obl ,/2/punct and/2/cc again/2/advmod "
           "late/10/advmod on/10/case sunday/2/obl ,/2/punct rockets/2/obj", 1);
  EXPECT_EQ(Code(true), "194");
  EXPECT_EQ(Code(false), "");
}

}  // namespace
}  // namespace dyad::code
