// LoadSourceFile and AddSource on the fixtures in tests/testdata/dict, and ComputeStats.
#include "dict/sources.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/stats.h"

namespace dyad::dict {
namespace {

const std::string kDir = std::string(DYAD_SOURCE_DIR) + "/tests/testdata/dict/";

// Diagnostics as strings, with the fixture directory removed from file names.
std::vector<std::string> Shown(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) {
    std::string s = d.ToString();
    if (s.compare(0, kDir.size(), kDir) == 0) s.erase(0, kDir.size());
    out.push_back(s);
  }
  return out;
}

DictionarySources LoadSamples() {
  DictionarySources sources;
  for (const char* name : {"sample.actors.txt", "sample.agents.txt", "sample.verbs.txt",
                           "sample.discards.txt", "sample.issues.txt"}) {
    Status s = LoadSourceFile(kDir + name, &sources);
    EXPECT_TRUE(s.ok()) << s.ToString();
  }
  return sources;
}

TEST(LoadSourceFileTest, SamplesReadCleanly) {
  DictionarySources sources = LoadSamples();
  EXPECT_EQ(Shown(sources.diagnostics), std::vector<std::string>{});
  ASSERT_EQ(sources.files.size(), 5u);
  EXPECT_EQ(sources.files[0].kind, SourceKind::kActors);
  EXPECT_EQ(sources.files[1].kind, SourceKind::kAgents);
  EXPECT_EQ(sources.files[2].kind, SourceKind::kVerbs);
  EXPECT_EQ(sources.files[3].kind, SourceKind::kDiscards);
  EXPECT_EQ(sources.files[4].kind, SourceKind::kIssues);
  EXPECT_EQ(sources.actors[0].where.file, kDir + "sample.actors.txt");
}

TEST(ComputeStatsTest, Samples) {
  DictStats stats = ComputeStats(LoadSamples());
  EXPECT_EQ(stats.files, 5u);
  EXPECT_EQ(stats.actor_records, 5u);
  EXPECT_EQ(stats.actor_phrases, 8u);
  EXPECT_EQ(stats.dated_codes, 5u);
  EXPECT_EQ(stats.countries, 1u);
  EXPECT_EQ(stats.people, 2u);
  EXPECT_EQ(stats.igos, 1u);
  EXPECT_EQ(stats.ngos, 0u);
  EXPECT_EQ(stats.armed_groups, 1u);
  EXPECT_EQ(stats.agents, 6u);
  EXPECT_EQ(stats.agent_phrases, 16u);
  EXPECT_EQ(stats.synsets, 2u);
  EXPECT_EQ(stats.synset_members, 7u);
  EXPECT_EQ(stats.blocks, 3u);
  EXPECT_EQ(stats.verbs, 7u);
  EXPECT_EQ(stats.verb_forms, 28u);
  EXPECT_EQ(stats.patterns, 8u);
  EXPECT_EQ(stats.transformations, 1u);
  EXPECT_EQ(stats.discards, 4u);
  EXPECT_EQ(stats.issues, 7u);
  EXPECT_EQ(stats.issue_phrases, 14u);
  EXPECT_EQ(stats.event_codes,
            (std::set<std::string>{"040", "043", "046", "070", "072", "073", "173", "1721"}));
}

struct BrokenCase {
  const char* name;
  std::vector<std::string> want;
  size_t entries_read;
};

size_t EntriesRead(const DictionarySources& s) {
  size_t verbs = 0;
  for (const VerbBlock& b : s.verbs.blocks) verbs += b.verbs.size() + b.patterns.size();
  return s.actors.size() + s.agents.size() + verbs + s.discards.size() + s.issues.size();
}

TEST(LoadSourceFileTest, BrokenFixturesNameFileAndLine) {
  const BrokenCase cases[] = {
      {"broken.actors.txt",
       {"broken.actors.txt:2: code line with no actor before it",
        "broken.actors.txt:5:2: bad date '170230' in [NRVGOV 170230-210120]",
        "broken.actors.txt:7: actor 'no_code_at_all' has no code",
        "broken.actors.txt:9:11: bad actor code 'nrv' in [nrv] (expected A-Z and 0-9)",
        "broken.actors.txt:11:2: date range ends before it starts in [NRVGOV 20100101-20091231]",
        "broken.actors.txt:12:11: unclosed '['"},
       4},
      {"broken.agents.txt",
       {"broken.agents.txt:1:9: bad agent code [GOV] (expected [~CODE] or [CODE~])",
        "broken.agents.txt:3:11: unclosed '{'",
        "broken.agents.txt:4:16: unexpected text after a closing bracket",
        "broken.agents.txt:5: unknown substitution set !NOBODY!"},
       2},
      {"broken.verbs.txt",
       {"broken.verbs.txt:1: verb before any '--- ... ---' block",
        "broken.verbs.txt:2: pattern before any '--- ... ---' block",
        "broken.verbs.txt:6: pattern has no [CODE]", "broken.verbs.txt:7: pattern has no '*'",
        "broken.verbs.txt:8:5: unknown synset &undefined (synsets must be defined before use)",
        "broken.verbs.txt:9:5: unclosed '{'",
        "broken.verbs.txt:10:7: bad event code '9x9' (expected 2-4 digits or ---)"},
       2},
      {"broken.discards.txt",
       {"broken.discards.txt:2: empty discard phrase",
        "broken.discards.txt:3:6: unexpected '[' (discard lines take no code)"},
       2},
      {"broken.issues.txt",
       {"broken.issues.txt:2: expected PHRASE [CODE]",
        "broken.issues.txt:3: unknown expansion 'q:' (expected n: or v:)",
        "broken.issues.txt:4:9: bad issue code 'flood' (expected A-Z, 0-9 and _)",
        "broken.issues.txt:5: an ignore (~) line takes no code",
        "broken.issues.txt:7: unclosed tag '</ISSUE'"},
       1},
  };
  for (const BrokenCase& c : cases) {
    DictionarySources sources;
    ASSERT_TRUE(LoadSourceFile(kDir + c.name, &sources).ok()) << c.name;
    EXPECT_EQ(Shown(sources.diagnostics), c.want) << c.name;
    EXPECT_EQ(EntriesRead(sources), c.entries_read) << c.name;
  }
}

TEST(LoadSourceFileTest, Failures) {
  DictionarySources sources;
  Status missing = LoadSourceFile(kDir + "no-such.actors.txt", &sources);
  EXPECT_TRUE(missing.IsIOError()) << missing.ToString();
  Status unknown = LoadSourceFile(std::string(DYAD_SOURCE_DIR) + "/CMakeLists.txt", &sources);
  EXPECT_TRUE(unknown.IsInvalidArgument()) << unknown.ToString();
  EXPECT_NE(unknown.message().find("CMakeLists.txt"), std::string::npos);
  EXPECT_TRUE(sources.files.empty());
}

TEST(LoadSourceFileTest, ExplicitKindOverridesTheName) {
  DictionarySources sources;
  ASSERT_TRUE(LoadSourceFile(kDir + "sample.discards.txt", &sources, SourceKind::kIssues).ok());
  EXPECT_TRUE(sources.discards.empty());
  EXPECT_FALSE(sources.diagnostics.empty());  // Discard lines have no [CODE].
}

TEST(AddSourceTest, InvalidUtf8IsReportedOnceAndTheFileIsStillRead) {
  DictionarySources sources;
  AddSource(
      "GOOD_ [AAA]\nBA\xFF"
      "D_ [BBB]\n",
      "x.actors", SourceKind::kActors, &sources);
  ASSERT_EQ(sources.diagnostics.size(), 1u);
  EXPECT_EQ(sources.diagnostics[0].ToString(),
            "x.actors:2:3: invalid UTF-8 (first bad byte; such words can never match)");
  EXPECT_EQ(sources.actors.size(), 2u);
}

}  // namespace
}  // namespace dyad::dict
