#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/source_reader.h"

namespace dyad::dict {
namespace {

struct Result {
  VerbSource verbs;
  std::vector<Diagnostic> errors;
};

Result Read(std::string_view text) {
  Result r;
  ReadVerbs(text, "t.verbs", &r.verbs, &r.errors);
  return r;
}

std::string Errors(const Result& r) {
  std::string out;
  for (const Diagnostic& d : r.errors) out += d.ToString() + "\n";
  return out;
}

// "{a b}", "(with {x y})", "$", "&aid" ... separated by spaces.
std::string Show(const std::vector<PatternGroup>& groups) {
  std::string out;
  for (const PatternGroup& g : groups) {
    if (!out.empty()) out += " ";
    if (!g.relation.empty()) out += "@" + g.relation + " ";
    std::string items;
    for (const PatternItem& item : g.items) items += (items.empty() ? "" : " ") + item.text;
    if (g.prepositional) {
      out += "(" + items + (g.consecutive ? " ~)" : ")");
    } else {
      out += g.consecutive ? "{" + items + "}" : items;
    }
  }
  return out;
}

std::string Show(const VerbPattern& p) {
  std::string before = Show(p.before);
  std::string after = Show(p.after);
  return (before.empty() ? "" : before + " ") + "*" + (after.empty() ? "" : " " + after) + " [" +
         p.code + "]";
}

TEST(ReadVerbsTest, SynsetsWithAndWithoutPlurals) {
  Result r = Read(
      "&VESSEL\n+SHIP\n+CARGO_FERRY\n+CREW_\n"
      "&MONEY_\n+CASH\n+HARD_CURRENCY\n");
  ASSERT_EQ(Errors(r), "");
  ASSERT_EQ(r.verbs.synsets.size(), 2u);
  EXPECT_EQ(r.verbs.synsets[0].name, "&vessel");
  EXPECT_EQ(r.verbs.synsets[0].members,
            (std::vector<Phrase>{
                {"ship"}, {"ships"}, {"cargo", "ferry"}, {"cargo", "ferries"}, {"crew"}}));
  EXPECT_EQ(r.verbs.synsets[1].name, "&money");
  EXPECT_EQ(r.verbs.synsets[1].members, (std::vector<Phrase>{{"cash"}, {"hard", "currency"}}));
  EXPECT_EQ(r.verbs.synsets[0].where.line, 1);
}

TEST(ReadVerbsTest, BlockHeaders) {
  Result r = Read(
      "--- PRAISE  [051] ---\nHAIL\n"
      "--- MENTION ---\nNOTE\n"
      "--- REMARK [---] ---\nREMARK\n"
      "--- NO TRAILER [0214]\nSEEK\n");
  ASSERT_EQ(Errors(r), "");
  ASSERT_EQ(r.verbs.blocks.size(), 4u);
  EXPECT_EQ(r.verbs.blocks[0].description, "PRAISE");
  EXPECT_EQ(r.verbs.blocks[0].code, "051");
  EXPECT_EQ(r.verbs.blocks[1].code, "---");
  EXPECT_EQ(r.verbs.blocks[2].code, "---");
  EXPECT_EQ(r.verbs.blocks[3].code, "0214");
  EXPECT_EQ(r.verbs.blocks[3].description, "NO TRAILER");
  EXPECT_EQ(r.verbs.blocks[2].verbs[0].forms[0], (Phrase{"remark"}));
}

struct VerbCase {
  const char* line;
  std::vector<Phrase> forms;
  int head;
  const char* code;
};

TEST(ReadVerbsTest, VerbLines) {
  const VerbCase cases[] = {
      {"ACCUSE", {{"accuse"}, {"accuses"}, {"accused"}, {"accusing"}}, 0, ""},
      {"DENY [016]", {{"deny"}, {"denies"}, {"denied"}, {"denying"}}, 0, "016"},
      {"FLEE {FLEES FLED FLEEING} [---]", {{"flee"}, {"flees"}, {"fled"}, {"fleeing"}}, 0, "---"},
      {"SPEAK {SPOKE}", {{"speak"}, {"spoke"}}, 0, ""},
      {"+SEAL_OFF",
       {{"seal", "off"}, {"seals", "off"}, {"sealed", "off"}, {"sealing", "off"}},
       0,
       ""},
      {"+BREAK_WITH {+BROKE_WITH +BREAKS_WITH}",
       {{"break", "with"}, {"broke", "with"}, {"breaks", "with"}},
       0,
       ""},
      {"PHONE_+TAP {PHONE_+TAPS PHONE_TAPPED} [1711]",
       {{"phone", "tap"}, {"phone", "taps"}, {"phone", "tapped"}},
       1,
       "1711"},
      {"COUNTER_+ATTACK",
       {{"counter", "attack"},
        {"counter", "attacks"},
        {"counter", "attacked"},
        {"counter", "attacking"}},
       1,
       ""},
      {"BEEF_UP {}", {{"beef", "up"}}, 0, ""},
  };
  for (const VerbCase& c : cases) {
    Result r = Read(std::string("--- B [010] ---\n") + c.line + "\n");
    ASSERT_EQ(Errors(r), "") << c.line;
    ASSERT_EQ(r.verbs.blocks[0].verbs.size(), 1u) << c.line;
    const VerbEntry& v = r.verbs.blocks[0].verbs[0];
    EXPECT_EQ(v.forms, c.forms) << c.line;
    EXPECT_EQ(v.head, c.head) << c.line;
    EXPECT_EQ(v.code, c.code) << c.line;
    EXPECT_EQ(v.where.line, 2);
  }
}

struct PatternCase {
  const char* line;
  const char* shown;  // Show(pattern).
};

TEST(ReadVerbsTest, Patterns) {
  const PatternCase cases[] = {
      {"- * + [010]", "* + [010]"},
      {"- $ * + [0231]", "$ * + [0231]"},
      {"- * (FOR AID) [021]", "* (for aid) [021]"},
      {"- * (FOR {FINANCIAL AID}) [0211]", "* (for financial aid ~) [0211]"},
      {"- * {MILITARY AID} (TO +) [0332]", "* {military aid} (to +) [0332]"},
      {"-*(WITH +)[040]", "* (with +) [040]"},
      {"- {PEACE PLAN} * [---]", "{peace plan} * [---]"},
      {"- * &MONEY (TO +) [071]", "* &money (to +) [071]"},
      {"- * (ON &MONEY) [071]", "* (on &money) [071]"},
      {"- * UNITED_NATIONS [040]", "* {united nations} [040]"},
      {"- * [040]", "* [040]"},
      {"- * @OBJ &MONEY (TO +) [071]", "* @obj &money (to +) [071]"},
      {"- * @obl:agent (BY $) @obj {MILITARY AID} [071]",
       "* @obl:agent (by $) @obj {military aid} [071]"},
      {"- @nsubj $ * @iobj + [071]", "@nsubj $ * @iobj + [071]"},
      {"- * @obj UNITED_NATIONS [040]", "* @obj {united nations} [040]"},
  };
  for (const PatternCase& c : cases) {
    Result r = Read(std::string("&MONEY\n+CASH\n--- B [010] ---\nDO\n") + c.line + "  # why\n");
    ASSERT_EQ(Errors(r), "") << c.line;
    ASSERT_EQ(r.verbs.blocks[0].patterns.size(), 1u) << c.line;
    const VerbPattern& p = r.verbs.blocks[0].patterns[0];
    EXPECT_EQ(Show(p), c.shown) << c.line;
    EXPECT_EQ(p.comment, "why");
    EXPECT_EQ(p.where.line, 5);
  }
}

TEST(ReadVerbsTest, PatternItemKinds) {
  Result r = Read("&A\n+X\n--- B [010] ---\nDO\n- $ * &A + WORD [010]\n");
  ASSERT_EQ(Errors(r), "");
  const VerbPattern& p = r.verbs.blocks[0].patterns[0];
  ASSERT_EQ(p.before.size(), 1u);
  EXPECT_EQ(p.before[0].items[0].kind, PatternItem::Kind::kSource);
  ASSERT_EQ(p.after.size(), 3u);
  EXPECT_EQ(p.after[0].items[0].kind, PatternItem::Kind::kSynset);
  EXPECT_EQ(p.after[1].items[0].kind, PatternItem::Kind::kTarget);
  EXPECT_EQ(p.after[2].items[0].kind, PatternItem::Kind::kWord);
}

struct BadCase {
  const char* line;  // Line 4, after a synset (lines 1-2) and a block header (line 3).
  const char* want;
};

TEST(ReadVerbsTest, BadLinesAreReportedAndTheRestIsRead) {
  const BadCase cases[] = {
      {"- + [010]", "t.verbs:4: pattern has no '*'"},
      {"- * +", "t.verbs:4: pattern has no [CODE]"},
      {"- * + # [010]", "t.verbs:4: pattern has no [CODE]"},
      {"- * + [10a]", "t.verbs:4:7: bad event code '10a' (expected 2-4 digits or ---)"},
      {"- * + [01234]", "t.verbs:4:7: bad event code '01234' (expected 2-4 digits or ---)"},
      {"- * + [010", "t.verbs:4:7: unclosed '['"},
      {"- * + [010] +", "t.verbs:4:12: text after the pattern's code"},
      {"- * &NOPE [010]", "t.verbs:4:5: unknown synset &nope (synsets must be defined before use)"},
      {"- * {MASS RALLY [010]", "t.verbs:4:5: unclosed '{'"},
      {"- * MASS RALLY} [010]", "t.verbs:4:15: unexpected '}'"},
      {"- * (AGAINST + [010]", "t.verbs:4:5: unclosed '('"},
      {"- * AGAINST +) [010]", "t.verbs:4:14: unexpected ')'"},
      {"- * (AT (HOME)) [010]", "t.verbs:4:9: nested '('"},
      {"- * {A {B}} [010]", "t.verbs:4:8: '{' inside '{'"},
      {"- * {} [010]", "t.verbs:4:5: empty '{}'"},
      {"- * (AGAINST) [010]", "t.verbs:4:5: '(' needs a preposition and a noun"},
      {"- * ($ AGAINST) [010]", "t.verbs:4:6: '(' must start with a preposition"},
      {"- * + * [010]", "t.verbs:4:7: more than one '*'"},
      {"- {A *} [010]", "t.verbs:4:6: '*' inside a group"},
      {"- * % + [010]", "t.verbs:4:5: unsupported token '%'"},
      {"- * ] [010]", "t.verbs:4:5: unexpected ']'"},
      {"- * @OBJ [010]", "t.verbs:4:5: '@obj' names no group"},
      {"- @NSUBJ * + [010]", "t.verbs:4:3: '@nsubj' names no group"},
      {"- * @OBJ @IOBJ + [010]", "t.verbs:4:5: '@obj' names no group"},
      {"- * (AT @OBJ +) [010]", "t.verbs:4:9: '@' inside a group"},
      {"- * @ + [010]", "t.verbs:4:5: bad relation '@' (expected @rel or @rel:subtype)"},
      {"- * @OBL:: + [010]", "t.verbs:4:5: bad relation '@OBL::' (expected @rel or @rel:subtype)"},
      {"- * @O2 + [010]", "t.verbs:4:5: bad relation '@O2' (expected @rel or @rel:subtype)"},
      {"- * +'S [010]", "t.verbs:4:5: unsupported token '+'S'"},
      {"JUMP {JUMPS JUMPED", "t.verbs:4:6: unclosed '{'"},
      {"JUMP [01x]", "t.verbs:4:6: bad event code '01x' (expected 2-4 digits or ---)"},
      {"JUMP [010] {JUMPS}", "t.verbs:4: expected VERB {FORMS} [CODE]"},
      {"+JUMP_+OVER", "t.verbs:4: more than one '+' in '+JUMP_+OVER'"},
      {"JU+MP", "t.verbs:4: '+' must start a word in 'JU+MP'"},
      {"JUMP_+OVER {+JUMPS_OVER}",
       "t.verbs:4: form '+JUMPS_OVER' marks a different word as the verb than the base"},
      {"JUMP_+OVER {JUMPED}", "t.verbs:4: form 'JUMPED' has no word where the base has its verb"},
      {"&9!", "t.verbs:4: bad synset label '&9!' (expected &NAME)"},
      {"&MONEY", "t.verbs:4: synset &money is defined twice; adding to the first"},
  };
  for (const BadCase& c : cases) {
    Result r =
        Read(std::string("&MONEY\n+CASH\n--- B [010] ---\n") + c.line + "\nDO\n- * + [011]\n");
    EXPECT_EQ(Errors(r), std::string(c.want) + "\n") << c.line;
    ASSERT_EQ(r.verbs.blocks.size(), 1u) << c.line;
    ASSERT_EQ(r.verbs.blocks[0].verbs.size(), 1u) << c.line;
    EXPECT_EQ(r.verbs.blocks[0].verbs[0].forms[0], (Phrase{"do"})) << c.line;
    ASSERT_EQ(r.verbs.blocks[0].patterns.size(), 1u) << c.line;
    EXPECT_EQ(r.verbs.blocks[0].patterns[0].code, "011") << c.line;
  }
}

TEST(ReadVerbsTest, ProblemsOutsideBlocks) {
  Result r = Read(
      "EARLY\n"
      "- * + [010]\n"
      "&SET\n"
      "+MEMBER $\n"
      "+\n"
      "--- B [01] ---\n"
      "--- BAD [ABC] ---\n"
      "LATE\n"
      "--- TWO [010] [020] ---\n");
  EXPECT_EQ(Errors(r),
            "t.verbs:1: verb before any '--- ... ---' block\n"
            "t.verbs:2: pattern before any '--- ... ---' block\n"
            "t.verbs:4: a synset member may only contain words: 'MEMBER $'\n"
            "t.verbs:5: empty synset member\n"
            "t.verbs:7:9: bad event code 'ABC' (expected 2-4 digits or ---)\n"
            "t.verbs:9: a block header takes one [CODE]\n");
  // A bad header still starts a block (with the null code), so LATE is not added to "B".
  ASSERT_EQ(r.verbs.blocks.size(), 3u);
  EXPECT_TRUE(r.verbs.blocks[0].verbs.empty());
  EXPECT_EQ(r.verbs.blocks[1].code, "---");
  EXPECT_EQ(r.verbs.blocks[1].verbs.size(), 1u);
}

TEST(ReadVerbsTest, SynsetMustBeDefinedBeforeUse) {
  Result r = Read(
      "--- B [010] ---\nDO\n- * &LATER [011]\n&LATER\n+X\n--- C ---\nGO\n"
      "- * &LATER [012]\n");
  EXPECT_EQ(Errors(r), "t.verbs:3:5: unknown synset &later (synsets must be defined before use)\n");
  EXPECT_EQ(r.verbs.blocks[1].patterns.size(), 1u);
}

TEST(ReadVerbsTest, SynsetsOfAnEarlierFileAreVisible) {
  VerbSource verbs;
  std::vector<Diagnostic> errors;
  ReadVerbs("&SHARED_\n+THING\n", "a.verbs", &verbs, &errors);
  ReadVerbs("- * + [010]\n--- B [010] ---\nDO\n- * &SHARED [011]\n", "b.verbs", &verbs, &errors);
  ASSERT_EQ(errors.size(), 1u);
  // A new file does not continue the previous file's block.
  EXPECT_EQ(errors[0].ToString(), "b.verbs:1: pattern before any '--- ... ---' block");
  EXPECT_EQ(verbs.blocks[0].patterns.size(), 1u);
}

TEST(ReadVerbsTest, Transformations) {
  Result r = Read("~ a (a b ATTACK) SAY = a b 138  # comment\n--- B ---\nDO\n");
  ASSERT_EQ(Errors(r), "");
  ASSERT_EQ(r.verbs.transformations.size(), 1u);
  EXPECT_EQ(r.verbs.transformations[0].text, "~ a (a b ATTACK) SAY = a b 138");
  EXPECT_EQ(r.verbs.transformations[0].where.line, 1);
}

TEST(ReadVerbsTest, PlusLineAfterABlockIsAVerb) {
  Result r = Read("&S\n+A\n--- B ---\n+WALK_OUT\n");
  ASSERT_EQ(Errors(r), "");
  EXPECT_EQ(r.verbs.synsets[0].members.size(), 2u);
  ASSERT_EQ(r.verbs.blocks[0].verbs.size(), 1u);
  EXPECT_EQ(r.verbs.blocks[0].verbs[0].forms[2], (Phrase{"walked", "out"}));
}

}  // namespace
}  // namespace dyad::dict
