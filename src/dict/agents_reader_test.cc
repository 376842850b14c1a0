#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/source_reader.h"

namespace dyad::dict {
namespace {

struct Result {
  std::vector<AgentEntry> agents;
  std::vector<Diagnostic> errors;
};

Result Read(std::string_view text) {
  Result r;
  ReadAgents(text, "t.agents", &r.agents, &r.errors);
  return r;
}

std::string Errors(const Result& r) {
  std::string out;
  for (const Diagnostic& d : r.errors) out += d.ToString() + "\n";
  return out;
}

struct Case {
  const char* line;
  std::vector<Phrase> phrases;
  const char* code;
  bool prefix;
};

TEST(ReadAgentsTest, Entries) {
  const Case cases[] = {
      {"PRESIDENT [~GOVPRS] # note", {{"president"}, {"presidents"}}, "GOVPRS", false},
      {"FOREIGN_SECRETARY [~GOVFRM]",
       {{"foreign", "secretary"}, {"foreign", "secretaries"}},
       "GOVFRM",
       false},
      {"RIOT_POLICE {} [~COP]", {{"riot", "police"}}, "COP", false},
      {"ATTORNEY_GENERAL {ATTORNEYS_GENERAL ATTORNEY_GENERALS} [~JUD]",
       {{"attorney", "general"}, {"attorneys", "general"}, {"attorney", "generals"}},
       "JUD",
       false},
      {"AID_CHARITY  [NGO~]", {{"aid", "charity"}, {"aid", "charities"}}, "NGO", true},
      {"  WATCHDOG   {WATCHDOGS}   [~NGM]", {{"watchdog"}, {"watchdogs"}}, "NGM", false},
  };
  for (const Case& c : cases) {
    Result r = Read(c.line);
    ASSERT_EQ(Errors(r), "") << c.line;
    ASSERT_EQ(r.agents.size(), 1u) << c.line;
    EXPECT_EQ(r.agents[0].phrases, c.phrases) << c.line;
    EXPECT_EQ(r.agents[0].code, c.code) << c.line;
    EXPECT_EQ(r.agents[0].prefix, c.prefix) << c.line;
  }
}

TEST(ReadAgentsTest, SubstitutionSets) {
  Result r = Read(
      "<!-- sets first -->\n"
      "!PERSON! = MAN, MEN,  WOMAN , WOMEN,, \n"
      "!MINIST! = MINISTER, MINISTRY\n"
      "ASSEMBLY!PERSON! [~LEG]\n"
      "!MINIST!_OF_WATER [~GOVENV]\n"
      "!minist! !person! {} [~GOV]\n");
  ASSERT_EQ(Errors(r), "");
  ASSERT_EQ(r.agents.size(), 3u);
  EXPECT_EQ(r.agents[0].phrases,
            (std::vector<Phrase>{
                {"assemblyman"}, {"assemblymen"}, {"assemblywoman"}, {"assemblywomen"}}));
  EXPECT_EQ(r.agents[1].phrases,
            (std::vector<Phrase>{{"minister", "of", "water"}, {"ministry", "of", "water"}}));
  EXPECT_EQ(r.agents[2].phrases.size(), 8u);  // Cross product, no generated plural.
  EXPECT_EQ(r.agents[2].phrases[1], (Phrase{"minister", "men"}));
}

struct BadCase {
  const char* line;  // Line 2, between two good entries.
  const char* want;
};

TEST(ReadAgentsTest, BadLinesAreReportedAndTheRestIsRead) {
  const BadCase cases[] = {
      {"SHERIFF", "t.agents:2: agent has no [~CODE]"},
      {"SHERIFF [GOV]", "t.agents:2:9: bad agent code [GOV] (expected [~CODE] or [CODE~])"},
      {"SHERIFF [~GOV~]", "t.agents:2:9: bad agent code [~GOV~] (expected [~CODE] or [CODE~])"},
      {"SHERIFF [~gov]", "t.agents:2:9: bad agent code [~gov] (expected [~CODE] or [CODE~])"},
      {"SHERIFF [~]", "t.agents:2:9: bad agent code [~] (expected [~CODE] or [CODE~])"},
      {"SHERIFF [~GOV} ", "t.agents:2:9: unclosed '['"},
      {"SHERIFF {SHERIFFS [~GOV]", "t.agents:2:9: unclosed '{'"},
      {"SHERIFF [~GOV] [~MIL]", "t.agents:2:16: text after the agent code"},
      {"SHERIFF [~GOV] {SHERIFFS}", "t.agents:2:16: text after the agent code"},
      {"SHERIFF {A} {B} [~GOV]", "t.agents:2:13: more than one {...} plural list"},
      {"SHERIFF [~GOV] trailing", "t.agents:2:16: unexpected text after a closing bracket"},
      {"[~GOV]", "t.agents:2: agent line has no phrase"},
      {"DEPUTY!NOBODY! [~GOV]", "t.agents:2: unknown substitution set !NOBODY!"},
      {"DEPUTY!PERSON [~GOV]", "t.agents:2: unclosed '!' marker in 'DEPUTY!PERSON'"},
      {"!P = A, B", "t.agents:2: bad substitution set name '!P' (expected !NAME!)"},
      {"!P! = , ,", "t.agents:2: substitution set !P! has no members"},
  };
  for (const BadCase& c : cases) {
    Result r = Read(std::string("MAYOR [~GOV]\n") + c.line + "\nJUDGE [~JUD]\n");
    EXPECT_EQ(Errors(r), std::string(c.want) + "\n") << c.line;
    ASSERT_EQ(r.agents.size(), 2u) << c.line;
    EXPECT_EQ(r.agents[1].code, "JUD");
  }
}

TEST(ReadAgentsTest, ExpansionsAreCapped) {
  std::string text = "!A! = " + std::string("X,Y,Z,W") + "\n";
  std::string phrase;
  for (int i = 0; i < 40; ++i) phrase += "!A!";
  Result r = Read(text + phrase + " [~GOV]\nOK [~GOV]\n");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("more than 256 expansions"), std::string::npos);
  EXPECT_EQ(r.agents.size(), 1u);
}

TEST(ReadAgentsTest, SetRedefinitionUsesTheLaterOne) {
  Result r = Read("!P! = A\n!P! = B\nX!P! {} [~GOV]\n");
  EXPECT_EQ(Errors(r), "t.agents:2: substitution set !P! is defined twice; using this one\n");
  ASSERT_EQ(r.agents.size(), 1u);
  EXPECT_EQ(r.agents[0].phrases, (std::vector<Phrase>{{"xb"}}));
}

}  // namespace
}  // namespace dyad::dict
