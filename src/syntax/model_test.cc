// Trains all three models on tests/testdata/syntax/tiny.conllu and checks that they learn it,
// survive a save/load round trip, and that damaged or mismatched files are refused by name.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "base/file.h"
#include "syntax/analyzer.h"
#include "syntax/trainer.h"
#include "syntax/words.h"

namespace dyad::syntax {
namespace {

std::string Tiny() { return std::string(DYAD_SOURCE_DIR) + "/tests/testdata/syntax/tiny.conllu"; }

class ModelTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string((std::filesystem::temp_directory_path() / ("dyad_syntax_model_test_" + std::to_string(::getpid()))).string());
    TrainOptions o;
    o.train_file = o.dev_file = Tiny();
    o.out_dir = *dir_;
    o.tagger_epochs = 5;
    o.parser_epochs = 8;
    o.folds = 1;
    o.prune = 0.0f;
    report_ = new StatusOr<TrainReport>(Train(o));
  }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(*dir_);
    delete dir_;
    delete report_;
  }

  static std::vector<AnalyzedWord> Analyze(const Analyzer& a, std::vector<std::string> forms) {
    std::string text;
    std::vector<text::Token> tokens;
    TokensFromForms(forms, &text, &tokens);
    std::vector<AnalyzedWord> out;
    a.Analyze(text, tokens, &out);
    return out;
  }

  static std::string* dir_;
  static StatusOr<TrainReport>* report_;
};

std::string* ModelTest::dir_ = nullptr;
StatusOr<TrainReport>* ModelTest::report_ = nullptr;

TEST_F(ModelTest, TrainerLearnsTheTinyTreebank) {
  ASSERT_TRUE(report_->ok()) << report_->status().ToString();
  EXPECT_GT((*report_)->dev_upos, 95.0);
  EXPECT_GT((*report_)->dev_uas, 90.0);
}

TEST_F(ModelTest, LoadedModelAnalyzesASentence) {
  ASSERT_TRUE(report_->ok());
  StatusOr<std::unique_ptr<Analyzer>> a = Analyzer::Load(*dir_);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  std::vector<AnalyzedWord> w = Analyze(**a, {"The", "army", "attacked", "the", "town", "."});
  ASSERT_EQ(w.size(), 6u);
  EXPECT_EQ(w[0].upos, "DET");
  EXPECT_EQ(w[2].upos, "VERB");
  EXPECT_EQ(w[2].lemma, "attack");
  EXPECT_EQ(w[0].lemma, "the");
  EXPECT_EQ(w[2].head, 0);
  EXPECT_EQ(w[2].deprel, "root");
  EXPECT_EQ(w[1].head, 3);
  EXPECT_EQ(w[4].head, 3);
  int roots = 0;
  for (const AnalyzedWord& x : w) roots += x.head == 0;
  EXPECT_EQ(roots, 1);
  EXPECT_TRUE(Analyze(**a, {}).empty());
}

TEST_F(ModelTest, SaveLoadRoundTripIsExact) {
  ASSERT_TRUE(report_->ok());
  std::string path = *dir_ + "/" + Analyzer::kParserFile;
  StatusOr<std::string> bytes = ReadFile(path);
  ASSERT_TRUE(bytes.ok());
  StatusOr<Parser> p = Parser::Deserialize(*bytes, path);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->Serialize(0.0f), *bytes);
}

TEST_F(ModelTest, RefusesCorruptAndMismatchedFiles) {
  ASSERT_TRUE(report_->ok());
  std::string path = *dir_ + "/" + Analyzer::kTaggerFile;
  std::string bytes = *ReadFile(path);
  StatusOr<Tagger> cut = Tagger::Deserialize(bytes.substr(0, bytes.size() / 2), path);
  ASSERT_FALSE(cut.ok());
  EXPECT_TRUE(cut.status().IsCorruption());
  EXPECT_NE(cut.status().message().find(path), std::string::npos);
  std::string bad_version = bytes;
  bad_version[8] = 99;  // Format version.
  StatusOr<Tagger> v = Tagger::Deserialize(bad_version, path);
  ASSERT_FALSE(v.ok());
  EXPECT_NE(v.status().message().find("format version"), std::string::npos);
  std::string bad_templates = bytes;
  bad_templates[16] = 77;  // Feature-template version.
  EXPECT_NE(Tagger::Deserialize(bad_templates, path).status().message().find("feature-template"),
            std::string::npos);
  EXPECT_FALSE(Parser::Deserialize(bytes, path).ok());  // A tagger is not a parser.
  EXPECT_FALSE(Tagger::Deserialize("nonsense", path).ok());
  EXPECT_TRUE(Analyzer::Load(*dir_ + "/missing").status().IsIOError() ||
              Analyzer::Load(*dir_ + "/missing").status().IsNotFound());
}

}  // namespace
}  // namespace dyad::syntax
