#include "dict/lint.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_set>
#include <vector>

#include "dict/sources.h"

namespace dyad::dict {
namespace {

std::vector<std::string> Shown(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) out.push_back(d.ToString());
  return out;
}

std::vector<std::string> LintOf(SourceKind kind, std::string_view text,
                                const LintOptions& options = {}) {
  DictionarySources sources;
  AddSource(text, "f", kind, &sources);
  EXPECT_EQ(Shown(sources.diagnostics), std::vector<std::string>{});
  return Shown(Lint(sources, options));
}

TEST(LintTest, ActorDuplicatesAndConflicts) {
  EXPECT_EQ(LintOf(SourceKind::kActors,
                   "LORA_ [LRA]\n+LORANIAN_\nLORA_ [LRA]\nLORANIAN_ [XYZ]\n+LORANIAN_\n"),
            (std::vector<std::string>{
                "f:3: warning: duplicate actor phrase 'lora' (first at f:1)",
                "f:4: conflicting actor phrase 'loranian': [XYZ] here, [LRA] at f:1",
                "f:4: conflicting actor phrase 'loranian': [XYZ] here, [LRA] at f:1"}));
}

TEST(LintTest, OverlappingDatedCodes) {
  EXPECT_EQ(LintOf(SourceKind::kActors,
                   "ONE_\n"
                   "  [LRAGOV 20000101-20051231]\n"
                   "  [LRAELI 20050101-20101231]\n"  // Overlaps, same country.
                   "  [IGOUNO 20030101-20040101]\n"  // Another prefix: a second role.
                   "  [LRAOPP 20110101-20120101]\n"
                   "TWO_\n"
                   "  [LRAGOV <20000101]\n"
                   "  [LRAGOV >19990101]\n"),
            (std::vector<std::string>{
                "f:1: warning: overlapping dated codes [LRAGOV 20000101-20051231] and "
                "[LRAELI 20050101-20101231]",
                "f:6: warning: overlapping dated codes [LRAGOV <20000101] and "
                "[LRAGOV >19990101]"}));
}

TEST(LintTest, OverlapIsCheckedAgainstTheLatestEndingRange) {
  // The third range starts after the second ends but inside the first.
  EXPECT_EQ(LintOf(SourceKind::kActors,
                   "A_\n [ABCGOV 19900101-20001231]\n [ABCELI 19910101-19920101]\n"
                   " [ABCOPP 19950101-19960101]\n")
                .size(),
            2u);
}

TEST(LintTest, Agents) {
  EXPECT_EQ(LintOf(SourceKind::kAgents,
                   "ENVOY [~GOV]\nENVOYS {} [~GOV]\nENVOY {} [~DIP]\nCHAIR [~GOVX]\n"),
            (std::vector<std::string>{
                "f:2: warning: duplicate agent phrase 'envoys' (first at f:1)",
                "f:3: conflicting agent phrase 'envoy': [~DIP] here, [~GOV] at f:1",
                "f:4: malformed agent code 'GOVX' (expected groups of three, as in GOV "
                "or GOVFRM)"}));
}

TEST(LintTest, VerbsAgainstKnownCodes) {
  std::unordered_set<std::string> codes = {"010", "020", "0211"};
  LintOptions options{&codes};
  EXPECT_EQ(LintOf(SourceKind::kVerbs,
                   "&EMPTY\n&UNUSED\n+THING\n"
                   "--- ASK [020] ---\nREQUEST\nPLEAD [099]\n"
                   "- * (FOR {DEBT RELIEF}) [0211]\n"
                   "- * (FOR {DEBT RELIEF}) [0211]\n"
                   "- * (FOR {DEBT  RELIEF}) [0212]\n"
                   "--- NOTHING [999] ---\n"
                   "--- SAY [010] ---\nREQUEST [---]\n- * (FOR {DEBT RELIEF}) [010]\n",
                   options),
            (std::vector<std::string>{
                "f:1: warning: synset &empty has no members",
                "f:2: warning: synset &unused is never used", "f:6: unknown CAMEO code '099'",
                "f:8: warning: duplicate pattern '* (for debt relief)' (first at f:7)",
                "f:9: unknown CAMEO code '0212'",
                "f:9: conflicting pattern '* (for debt relief)': [0212] here, [0211] at "
                "f:7",
                "f:10: unknown CAMEO code '999'", "f:10: warning: block 'NOTHING' has no verbs",
                "f:12: conflicting verb 'request': [---] here, [020] at f:5"}));
}

TEST(LintTest, ARelationMakesAPatternOfItsOwn) {
  EXPECT_EQ(LintOf(SourceKind::kVerbs,
                   "--- FIRE [---] ---\nFIRE\n- * ROCKETS [194]\n- * @obj ROCKETS [---]\n"
                   "- * @OBJ ROCKETS [190]\n"),
            (std::vector<std::string>{
                "f:5: conflicting pattern '* @obj rockets': [190] here, [---] at f:4"}));
}

TEST(LintTest, NoCodeTableSkipsTheCodeCheck) {
  EXPECT_EQ(LintOf(SourceKind::kVerbs, "--- X [999] ---\nDO\n- * + [998]\n"),
            std::vector<std::string>{});
}

TEST(LintTest, DiscardsAndIssues) {
  EXPECT_EQ(LintOf(SourceKind::kDiscards, "CUP_FINAL\n+CUP_FINAL\nCUP FINAL\n"),
            (std::vector<std::string>{
                "f:2: conflicting discard phrase 'cup final': whole article, stem here, "
                "sentence, stem at f:1",
                "f:3: warning: duplicate discard phrase 'cup final' (first at f:1)"}));
  EXPECT_EQ(LintOf(SourceKind::kIssues, "n:flood [WATER]\nfloods [RAIN]\n~flood\n"),
            (std::vector<std::string>{
                "f:2: conflicting issue phrase 'floods': [RAIN] here, [WATER] at f:1",
                "f:3: conflicting issue phrase 'flood': ~ (ignore) here, [WATER] at f:1"}));
}

TEST(LintTest, SortedByFileLoadOrderThenLine) {
  DictionarySources sources;
  AddSource("ZED_ [ZZZ]\nALF_ [AAA]\n", "z.actors", SourceKind::kActors, &sources);
  AddSource("ALF_ [BBB]\nX [~GOVX]\nZED_ [~GOV]\n", "a.agents", SourceKind::kAgents, &sources);
  AddSource("ZED_ [YYY]\n", "b.actors", SourceKind::kActors, &sources);
  EXPECT_EQ(Shown(Lint(sources, {})),
            (std::vector<std::string>{
                "a.agents:2: malformed agent code 'GOVX' (expected groups of three, as in "
                "GOV or GOVFRM)",
                "b.actors:1: conflicting actor phrase 'zed': [YYY] here, [ZZZ] at "
                "z.actors:1"}));
}

TEST(LintTest, SamplesAreClean) {
  DictionarySources sources;
  const std::string dir = std::string(DYAD_SOURCE_DIR) + "/tests/testdata/dict/";
  for (const char* name : {"sample.actors.txt", "sample.agents.txt", "sample.verbs.txt",
                           "sample.discards.txt", "sample.issues.txt"}) {
    ASSERT_TRUE(LoadSourceFile(dir + name, &sources).ok());
  }
  std::unordered_set<std::string> codes;
  ASSERT_TRUE(LoadEventCodes(std::string(DYAD_SOURCE_DIR) + "/data/cameo/codes.tsv", &codes).ok());
  EXPECT_GT(codes.size(), 200u);
  EXPECT_EQ(codes.count("0211"), 1u);
  EXPECT_EQ(codes.count("#"), 0u);
  EXPECT_EQ(Shown(Lint(sources, LintOptions{&codes})), std::vector<std::string>{});
}

TEST(LoadEventCodesTest, MissingFile) {
  std::unordered_set<std::string> codes;
  EXPECT_TRUE(LoadEventCodes("/nonexistent/codes.tsv", &codes).IsIOError());
}

}  // namespace
}  // namespace dyad::dict
