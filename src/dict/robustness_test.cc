// The readers on hostile input: random bytes, mutated fixtures, pathological lines, and a
// multi-megabyte dictionary that must read in well under a second.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "base/file.h"
#include "dict/lint.h"
#include "dict/sources.h"
#include "dict/stats.h"

namespace dyad::dict {
namespace {

constexpr SourceKind kKinds[] = {SourceKind::kActors, SourceKind::kAgents, SourceKind::kVerbs,
                                 SourceKind::kDiscards, SourceKind::kIssues};

// Reads `text` as every kind, then lints and counts the result; must not crash.
void ReadAsEveryKind(std::string_view text) {
  DictionarySources sources;
  for (SourceKind kind : kKinds) AddSource(text, "fuzz", kind, &sources);
  Lint(sources, LintOptions{});
  ComputeStats(sources);
  GuessKind("fuzz", text);
}

std::string RandomText(std::mt19937* rng, size_t size) {
  static constexpr char kSyntax[] = "[]{}()!~+-*$&_#;<>:'=,. \t\n\r\nAZaz09n:v:---";
  std::string out;
  for (size_t i = 0; i < size; ++i) {
    unsigned r = (*rng)() % 100;
    if (r < 60) {
      out += kSyntax[(*rng)() % (sizeof(kSyntax) - 1)];
    } else if (r < 90) {
      out += static_cast<char>('A' + (*rng)() % 26);
    } else {
      out += static_cast<char>((*rng)() % 256);
    }
  }
  return out;
}

TEST(RobustnessTest, RandomBytes) {
  std::mt19937 rng(20240611);
  for (int i = 0; i < 2000; ++i) ReadAsEveryKind(RandomText(&rng, rng() % 300));
}

TEST(RobustnessTest, MutatedFixtures) {
  const std::string dir = std::string(DYAD_SOURCE_DIR) + "/tests/testdata/dict/";
  std::mt19937 rng(7);
  for (const char* name : {"sample.actors.txt", "sample.agents.txt", "sample.verbs.txt",
                           "sample.issues.txt", "broken.verbs.txt"}) {
    StatusOr<std::string> text = ReadFile(dir + name);
    ASSERT_TRUE(text.ok());
    for (int i = 0; i < 300; ++i) {
      std::string mutated = *text;
      for (int k = 0; k < 4; ++k) {
        mutated[rng() % mutated.size()] = static_cast<char>(rng() % 256);
      }
      ReadAsEveryKind(mutated);
    }
  }
}

TEST(RobustnessTest, PathologicalLines) {
  const std::string big(1 << 20, '{');
  ReadAsEveryKind(big);
  ReadAsEveryKind("--- X ---\nDO\n- *" + std::string(1 << 20, '(') + " [010]\n");
  ReadAsEveryKind("!A! = X,Y\n" + std::string(1 << 16, '!') + " [~GOV]\n");
  std::string many_markers = "!A! = X,Y\n";
  for (int i = 0; i < 10000; ++i) many_markers += "!A!";
  ReadAsEveryKind(many_markers + " [~GOV]\n");
  std::string one_member = "!A! = X\n";
  for (int i = 0; i < 200000; ++i) one_member += "!A!";
  ReadAsEveryKind(one_member + " [~GOV]\n");
  std::string plain_words;
  for (int i = 0; i < 200000; ++i) plain_words += "word ";
  ReadAsEveryKind(plain_words + "[X]\n");
  std::string many_words;
  for (int i = 0; i < 10000; ++i) many_words += "v:a+b ";
  ReadAsEveryKind(many_words + "[X]\n");
  ReadAsEveryKind("A_\n" + std::string(100000, '\t') + "[AB 999999-000000]\n");
  ReadAsEveryKind(std::string(1 << 16, '\n') + std::string(1 << 16, '\r'));
  ReadAsEveryKind(std::string("\0\0[\0]\0", 7));
}

// About `bytes` of a realistic mix of every kind, one string per kind.
std::vector<std::string> BigDictionaries(size_t bytes) {
  std::vector<std::string> texts(5);
  size_t total = 0;
  for (int i = 0; total < bytes; ++i) {
    std::string n = std::to_string(i);
    texts[0] += "PERSON_" + n + "_  ; note\n+ALIAS_" + n +
                "_\n\t[ABCGOV 990101-051231]\n"
                "\t[ABCELI >20060101]\nPLACE_" +
                n + "_ [DEF]\n";
    texts[1] += "OFFICIAL_" + n + " [~GOV] # note\nGUARD_" + n + " {GUARDS_" + n + "} [~MIL]\n";
    texts[2] += "--- BLOCK " + n + " [010] ---\nSAY_" + n + "\nTELL_" + n +
                " {TELLS TOLD TELLING} [020]\n- * + (ABOUT {PEACE TALKS}) [0231] # x\n"
                "- $ * (WITH +) [040]\n";
    texts[3] += "+SPORTS_EVENT_" + n + "  # note\nMATCH_" + n + "_\n";
    texts[4] += "n:issue" + n + " v:act" + n + " [CODE_" + n + "]\n~ignore " + n + "\n";
    total = 0;
    for (const std::string& t : texts) total += t.size();
  }
  return texts;
}

// Speed is measured by bench/, not asserted here: this checks that a large real-sized set of
// dictionaries reads completely and cleanly.
TEST(RobustnessTest, FiveMegabytesReadCompletely) {
  std::vector<std::string> texts = BigDictionaries(5 << 20);
  size_t total = 0;
  for (const std::string& t : texts) total += t.size();
  ASSERT_GT(total, 4u << 20);
  DictionarySources sources;
  for (size_t i = 0; i < texts.size(); ++i) AddSource(texts[i], "big", kKinds[i], &sources);
  EXPECT_TRUE(sources.diagnostics.empty()) << sources.diagnostics[0].ToString();
  EXPECT_GT(ComputeStats(sources).patterns, 10000u);
}

}  // namespace
}  // namespace dyad::dict
