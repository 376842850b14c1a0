// The dyad binary on good and bad input: every bad record is skipped with a message naming the
// file and line, the others are coded, --strict turns skips into exit status 2, and an
// unreadable input is an error naming it. Inputs are written by the test into a temp dir.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "base/file.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

class CliTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("dyad_cli_" + std::to_string(::getpid()) + "_" +
            testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& contents) {
    std::string path = (dir_ / name).string();
    EXPECT_TRUE(WriteFile(path, contents).ok());
    return path;
  }

  // Runs `dyad ARGS`; stdout and stderr are captured to files.
  RunResult Dyad(const std::string& args) {
    std::string out = (dir_ / "stdout").string(), err = (dir_ / "stderr").string();
    std::string cmd = std::string(DYAD_BINARY) + " " + args + " >" + out + " 2>" + err + " </dev/null";
    int raw = std::system(cmd.c_str());
    RunResult r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = ReadFile(out).value();
    r.err = ReadFile(err).value();
    return r;
  }

  fs::path dir_;
};

constexpr char kGood[] =
    R"({"id":"g1","date":"2019-03-02","title":"Ruritanian army","text":"Israeli troops attacked Palestinian militants in Gaza on Monday."})";

TEST_F(CliTest, BadRecordsAreSkippedWithFileAndLineOthersCoded) {
  std::string bad_utf8 = std::string(R"({"id":"u","text":"Israel )") + "\xff\xfe" + R"( attacked Gaza."})";
  std::string path = Write("mixed.jsonl", std::string(kGood) + "\n" +
                                              "{\"id\":\"broken\", \"text\": \n" +  // line 2
                                              bad_utf8 + "\n" +                        // line 3
                                              "{\"id\":\"nt\"}\n" +                    // line 4
                                              "{\"id\":\"wt\",\"text\":42}\n" +        // line 5
                                              "[1,2]\n" +                              // line 6
                                              std::string(kGood) + "\n");              // line 7
  RunResult r = Dyad("code " + path);
  EXPECT_EQ(r.status, 0) << r.err;
  for (int line : {2, 3, 4, 5, 6}) {
    EXPECT_NE(r.err.find("mixed.jsonl:" + std::to_string(line)), std::string::npos)
        << "line " << line << " not reported:\n" << r.err;
  }
  EXPECT_NE(r.err.find("articles read 7, coded 2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("skipped 5"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"doc_id\":\"g1\""), std::string::npos) << r.out;
}

TEST_F(CliTest, StrictMakesSkipsExitStatusTwo) {
  std::string path = Write("one_bad.jsonl", std::string(kGood) + "\n{oops\n");
  EXPECT_EQ(Dyad("code " + path).status, 0);
  EXPECT_EQ(Dyad("code --strict " + path).status, 2);
}

TEST_F(CliTest, UnreadableInputIsAnErrorNamingIt) {
  std::string good = Write("good.jsonl", std::string(kGood) + "\n");
  RunResult r = Dyad("code " + (dir_ / "missing.jsonl").string() + " " + good);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("missing.jsonl"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("coded 1"), std::string::npos) << "the readable input is still coded:\n" << r.err;
}

TEST_F(CliTest, InvalidDateFlagIsRejected) {
  std::string good = Write("good.jsonl", std::string(kGood) + "\n");
  RunResult r = Dyad("code --date 2018-02-30 " + good);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("2018-02-30"), std::string::npos) << r.err;
}

TEST_F(CliTest, ErrorsFileListsSkippedRecords) {
  std::string path = Write("bad.jsonl", "{\"id\":\"x\"}\n");
  std::string errors = (dir_ / "errors.jsonl").string();
  Dyad("code " + path + " --errors " + errors);
  std::string contents = ReadFile(errors).value();
  EXPECT_NE(contents.find("bad.jsonl:1"), std::string::npos) << contents;
  EXPECT_NE(contents.find("reason"), std::string::npos) << contents;
}

TEST_F(CliTest, PlainTextAndGdeltFormat) {
  std::string path = Write("story.txt",
                           "Israeli troops attack militants\n\nIsraeli troops attacked Palestinian "
                           "militants in Gaza on Monday.\n");
  RunResult r = Dyad("code --format gdelt --date 2019-03-02 " + path);
  ASSERT_EQ(r.status, 0) << r.err;
  ASSERT_FALSE(r.out.empty()) << r.err;
  std::string first = r.out.substr(0, r.out.find('\n'));
  EXPECT_EQ(std::count(first.begin(), first.end(), '\t'), 60) << first;
  EXPECT_NE(first.find("20190302"), std::string::npos) << first;
}

TEST_F(CliTest, DatabaseOutputAndQuery) {
  std::string path = Write("good.jsonl", std::string(kGood) + "\n");
  std::string db = (dir_ / "events.db").string();
  RunResult r = Dyad("code " + path + " --db " + db);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.out.empty()) << "--db alone writes no JSON to stdout";
  RunResult q = Dyad("query --db " + db);
  EXPECT_EQ(q.status, 0) << q.err;
  EXPECT_NE(q.out.find("ISR"), std::string::npos) << q.out;
}

// eval-parse --out writes the analysis as CoNLL-U: per sentence one line per word, ten columns,
// heads inside the sentence and one root.
TEST_F(CliTest, EvalParseWritesTheAnalysisAsConllu) {
  std::string gold = Write("gold.conllu",
                           "# text = Troops left.\n"
                           "1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                           "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                           "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
                           "# text = Ruritania signed the treaty on Monday.\n"
                           "1\tRuritania\tRuritania\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                           "2\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                           "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
                           "4\ttreaty\ttreaty\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                           "5\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_\n"
                           "6\tMonday\tMonday\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
                           "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  std::string out = (dir_ / "system.conllu").string();
  RunResult r = Dyad("eval-parse --conllu " + gold + " --out " + out);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("UAS"), std::string::npos) << r.out;
  std::string text = ReadFile(out).value();
  std::vector<std::vector<std::string>> sentences(1);
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    std::string line = text.substr(start, end - start);
    start = end + 1;
    if (line.empty()) {
      sentences.emplace_back();
    } else {
      sentences.back().push_back(line);
    }
  }
  sentences.pop_back();  // After the final blank line.
  ASSERT_EQ(sentences.size(), 2u) << text;
  EXPECT_EQ(sentences[0].size(), 3u);
  EXPECT_EQ(sentences[1].size(), 7u);
  for (const auto& words : sentences) {
    int roots = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      std::vector<std::string> cols;
      size_t b = 0;
      for (size_t tab; (tab = words[i].find('\t', b)) != std::string::npos; b = tab + 1) {
        cols.push_back(words[i].substr(b, tab - b));
      }
      cols.push_back(words[i].substr(b));
      ASSERT_EQ(cols.size(), 10u) << words[i];
      EXPECT_EQ(cols[0], std::to_string(i + 1));
      int head = std::stoi(cols[6]);
      EXPECT_GE(head, 0);
      EXPECT_LE(head, static_cast<int>(words.size()));
      roots += head == 0;
    }
    EXPECT_EQ(roots, 1);
  }
  EXPECT_NE(text.find("\tsigned\t"), std::string::npos);
}

TEST_F(CliTest, BinaryAndEmptyFilesDoNotCrash) {
  std::string bin;
  for (int i = 0; i < 4096; ++i) bin.push_back(static_cast<char>((i * 7919) & 0xff));
  std::string b = Write("blob.txt", bin);
  std::string e = Write("empty.txt", "");
  std::string n = Write("nul.jsonl", std::string("{\"id\":\"n\",\"text\":\"a\0b\"}\n", 22));
  RunResult r = Dyad("code " + b + " " + e + " " + n);
  EXPECT_LE(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("articles read"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("blob.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("empty.txt"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dyad
