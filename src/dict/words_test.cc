// SplitPhrase, the regular inflections, GuessKind and Diagnostic::ToString.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/source_reader.h"

namespace dyad::dict {
namespace {

struct SplitCase {
  const char* text;
  Phrase want;
};

TEST(SplitPhraseTest, Table) {
  const SplitCase cases[] = {
      {"UNITED_STATES_", {"united", "states"}},
      {"U.S._", {"u.s."}},
      {"AL-QAEDA", {"al-qaeda"}},
      {"PEOPLE'S", {"people", "'s"}},
      {"PEOPLE'S_LIBERATION_ARMY", {"people", "'s", "liberation", "army"}},
      {"KURDISTAN_WORKERS'_PARTY", {"kurdistan", "workers'", "party"}},
      {"DIDN'T", {"did", "n't"}},
      {"'S", {"'s"}},
      {"__TWO  WORDS__", {"two", "words"}},
      {"TAB\tSEPARATED", {"tab", "separated"}},
      {"", {}},
      {"___", {}},
      {"\xC3\x89"
       "COLE_NORMALE",
       {"\xC3\xA9"
        "cole",
        "normale"}},                              // ÉCOLE -> école
      {"PEOPLE\xE2\x80\x99S", {"people", "'s"}},  // Typographic apostrophe.
      {"AB\xFF\xFE", {"ab\xFF\xFE"}},             // Invalid bytes kept.
      {"G20", {"g20"}},
  };
  for (const SplitCase& c : cases) {
    EXPECT_EQ(SplitPhrase(c.text), c.want) << c.text;
  }
}

TEST(RegularPluralTest, Table) {
  const std::pair<const char*, const char*> cases[] = {
      {"army", "armies"},        {"day", "days"},    {"attorney", "attorneys"},
      {"church", "churches"},    {"boss", "bosses"}, {"box", "boxes"},
      {"minister", "ministers"}, {"bus", "buses"},   {"ARMY", "ARMIES"},
      {"Rebel", "Rebels"},       {"y", "ys"},        {"", ""},
  };
  for (const auto& [noun, plural] : cases) EXPECT_EQ(RegularPlural(noun), plural) << noun;
}

TEST(RegularVerbFormsTest, Table) {
  const std::pair<const char*, std::vector<std::string>> cases[] = {
      {"attack", {"attacks", "attacked", "attacking"}}, {"agree", {"agrees", "agreed", "agreeing"}},
      {"deny", {"denies", "denied", "denying"}},        {"push", {"pushes", "pushed", "pushing"}},
      {"raise", {"raises", "raised", "raising"}},       {"obey", {"obeys", "obeyed", "obeying"}},
      {"veto", {"vetoes", "vetoed", "vetoing"}},        {"tie", {"ties", "tied", "tying"}},
      {"stop", {"stops", "stoped", "stoping"}},  // No doubling: dictionaries list those.
      {"ATTACK", {"ATTACKS", "ATTACKED", "ATTACKING"}}, {"", {}},
  };
  for (const auto& [verb, forms] : cases) EXPECT_EQ(RegularVerbForms(verb), forms) << verb;
}

TEST(GuessKindTest, FromNameThenContents) {
  EXPECT_EQ(GuessKind("data/Phoenix.Countries.actors.txt", ""), SourceKind::kActors);
  EXPECT_EQ(GuessKind("/x/PETR.AGENTS.txt", ""), SourceKind::kAgents);
  EXPECT_EQ(GuessKind("cameo.verbpatterns.txt", ""), SourceKind::kVerbs);
  EXPECT_EQ(GuessKind("discards.txt", ""), SourceKind::kDiscards);
  EXPECT_EQ(GuessKind("Issues.txt", ""), SourceKind::kIssues);
  EXPECT_EQ(GuessKind("CAMEO.2.0.txt", "# c\n--- MAKE STATEMENT [010] ---\n"), SourceKind::kVerbs);
  EXPECT_EQ(GuessKind("x.txt", "<ISSUE CATEGORY=\"A\">\n"), SourceKind::kIssues);
  EXPECT_EQ(GuessKind("x.txt", "POLICE {} [~POL]\n"), SourceKind::kAgents);
  EXPECT_EQ(GuessKind("x.txt", "ANYTHING [ABC]\n"), SourceKind::kUnknown);
  // The directory does not count, only the file name.
  EXPECT_EQ(GuessKind("actors/x.txt", ""), SourceKind::kUnknown);
}

TEST(SourceKindNameTest, Names) {
  EXPECT_STREQ(SourceKindName(SourceKind::kVerbs), "verbs");
  EXPECT_STREQ(SourceKindName(SourceKind::kUnknown), "unknown");
}

TEST(DiagnosticTest, ToString) {
  Diagnostic d;
  d.where.file = "a.verbs";
  d.where.line = 12;
  d.message = "pattern has no '*'";
  EXPECT_EQ(d.ToString(), "a.verbs:12: pattern has no '*'");
  d.where.column = 7;
  EXPECT_EQ(d.ToString(), "a.verbs:12:7: pattern has no '*'");
  d.severity = Diagnostic::Severity::kWarning;
  EXPECT_EQ(d.ToString(), "a.verbs:12:7: warning: pattern has no '*'");
  d.where.line = 0;
  d.severity = Diagnostic::Severity::kError;
  EXPECT_EQ(d.ToString(), "a.verbs: pattern has no '*'");
}

}  // namespace
}  // namespace dyad::dict
