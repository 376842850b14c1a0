#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/source_reader.h"

namespace dyad::dict {
namespace {

struct Result {
  std::vector<ActorEntry> actors;
  std::vector<Diagnostic> errors;
};

Result Read(std::string_view text) {
  Result r;
  ReadActors(text, "t.actors", &r.actors, &r.errors);
  return r;
}

std::string Errors(const Result& r) {
  std::string out;
  for (const Diagnostic& d : r.errors) out += d.ToString() + "\n";
  return out;
}

TEST(ReadActorsTest, RecordWithSynonymsAndDatedCodes) {
  Result r = Read(
      "BRAVO_LAND_  [BRV]  ; CountryInfo\n"
      "+BRAVONIAN_\n"
      "TESSA_MOOR_  ; a person\n"
      "+T._MOOR_\n"
      "\t[BRVGOV 450703-470121]\n"
      "    [BRVELI <19000101]\n"
      "\t[BRVOPP >20200101]\n"
      "\t[BRVELI]\n");
  ASSERT_EQ(Errors(r), "");
  ASSERT_EQ(r.actors.size(), 2u);
  const ActorEntry& land = r.actors[0];
  EXPECT_EQ(land.phrases, (std::vector<Phrase>{{"bravo", "land"}, {"bravonian"}}));
  EXPECT_EQ(land.default_code, "BRV");
  EXPECT_TRUE(land.dated.empty());
  EXPECT_EQ(land.where.line, 1);
  const ActorEntry& tessa = r.actors[1];
  EXPECT_EQ(tessa.where.line, 3);
  EXPECT_EQ(tessa.phrases, (std::vector<Phrase>{{"tessa", "moor"}, {"t.", "moor"}}));
  EXPECT_EQ(tessa.default_code, "BRVELI");
  ASSERT_EQ(tessa.dated.size(), 3u);
  EXPECT_EQ(tessa.dated[0].code, "BRVGOV");
  EXPECT_EQ(tessa.dated[0].from, 19450703);
  EXPECT_EQ(tessa.dated[0].to, 19470121);
  EXPECT_EQ(tessa.dated[1].from, kNoDate);
  EXPECT_EQ(tessa.dated[1].to, 19000101);
  EXPECT_EQ(tessa.dated[2].from, 20200101);
  EXPECT_EQ(tessa.dated[2].to, kEndOfTime);
}

struct DateCase {
  const char* restriction;
  int32_t from;
  int32_t to;
};

TEST(ReadActorsTest, DateForms) {
  const DateCase cases[] = {
      {"[X 000101-391231]", 20000101, 20391231},      // 00-39 -> 20xx.
      {"[X 400101-991231]", 19400101, 19991231},      // 40-99 -> 19xx.
      {"[X 18970101-450703]", 18970101, 19450703},    // Mixed widths.
      {"[X 20000229-20000229]", 20000229, 20000229},  // Leap day.
      {"[X 120101 - 120131]", 20120101, 20120131},    // Spaces around the dash.
      {"[X\t<120101]", kNoDate, 20120101},           {"[X >120101]", 20120101, kEndOfTime},
  };
  for (const DateCase& c : cases) {
    Result r = Read(std::string("A_\n ") + c.restriction + "\n");
    ASSERT_EQ(Errors(r), "") << c.restriction;
    ASSERT_EQ(r.actors.size(), 1u);
    ASSERT_EQ(r.actors[0].dated.size(), 1u);
    EXPECT_EQ(r.actors[0].dated[0].from, c.from) << c.restriction;
    EXPECT_EQ(r.actors[0].dated[0].to, c.to) << c.restriction;
  }
}

struct BadCase {
  const char* line;  // Inserted as line 2, in a record that has another good code.
  const char* want;  // The whole diagnostic.
};

TEST(ReadActorsTest, BadCodeLinesAreReportedAndTheRestIsRead) {
  const BadCase cases[] = {
      {"\t[USAGOV 170230-210120]", "t.actors:2:2: bad date '170230' in [USAGOV 170230-210120]"},
      {"\t[USAGOV 171301-180101]", "t.actors:2:2: bad date '171301' in [USAGOV 171301-180101]"},
      {"\t[USAGOV 19000229-19000301]",
       "t.actors:2:2: bad date '19000229' in [USAGOV 19000229-19000301]"},
      {"\t[USAGOV 1701-1801]", "t.actors:2:2: bad date '1701' in [USAGOV 1701-1801]"},
      {"\t[USAGOV 180101-170101]",
       "t.actors:2:2: date range ends before it starts in [USAGOV 180101-170101]"},
      {"\t[USAGOV 180101]",
       "t.actors:2:2: bad date restriction '180101' in [USAGOV 180101] (expected <DATE, >DATE or "
       "DATE-DATE)"},
      {"\t[usagov]", "t.actors:2:2: bad actor code 'usagov' in [usagov] (expected A-Z and 0-9)"},
      {"\t[]", "t.actors:2:2: empty code in []"},
      {"\t[USAGOV 180101-190101", "t.actors:2:2: unclosed '['"},
      {"\t[USAGOV] junk", "t.actors:2:11: unexpected text after a closing bracket"},
      {"\t{USAGOV}", "t.actors:2: actor line has no phrase"},
      {"+X_ {USAGOV}", "t.actors:2:5: unexpected '{' in an actors file"},
      {"\t[USA]", "t.actors:2:2: second default code [USA] (the actor already has [USAELI])"},
      {"+", "t.actors:2: empty synonym"},
  };
  for (const BadCase& c : cases) {
    Result r = Read(std::string("SOME_ONE_ [USAELI]\n") + c.line + "\nNEXT_ [ABC]\n");
    EXPECT_EQ(Errors(r), std::string(c.want) + "\n") << c.line;
    ASSERT_EQ(r.actors.size(), 2u) << c.line;
    EXPECT_EQ(r.actors[0].default_code, "USAELI");
    EXPECT_EQ(r.actors[1].default_code, "ABC");
  }
}

TEST(ReadActorsTest, RecordProblems) {
  Result r = Read(
      "\t[ORPHAN]\n"
      "+ORPHAN_SYNONYM_\n"
      "NO_CODE_\n"
      "+STILL_NO_CODE_\n"
      "ONLY_BAD_CODES_\n"
      "  [XYZ 999999-999999]\n"
      "GOOD_ [GOOD]\n");
  EXPECT_EQ(Errors(r),
            "t.actors:1: code line with no actor before it\n"
            "t.actors:2: synonym with no actor before it\n"
            "t.actors:3: actor 'no_code' has no code\n"
            "t.actors:6:3: bad date '999999' in [XYZ 999999-999999]\n");
  ASSERT_EQ(r.actors.size(), 1u);
  EXPECT_EQ(r.actors[0].phrases[0], (Phrase{"good"}));
}

TEST(ReadActorsTest, SeveralCodesOnThePhraseLine) {
  Result r = Read("KAI_VOSS_ [DEUELI] [DEUGOV 20050101-20091231]\n+K._VOSS_ [DEUGOV >20200101]\n");
  ASSERT_EQ(Errors(r), "");
  ASSERT_EQ(r.actors.size(), 1u);
  EXPECT_EQ(r.actors[0].default_code, "DEUELI");
  EXPECT_EQ(r.actors[0].dated.size(), 2u);
  EXPECT_EQ(r.actors[0].phrases.size(), 2u);
}

TEST(ReadActorsTest, CrlfCommentsAndBlankLines) {
  Result r = Read(
      "# header\r\n\r\n   \r\nNORTH_ISLE_  [NIS] # trailing\r\n+N._ISLE_ ; why\r\n"
      "<!-- an XML-ish comment line -->\r\n");
  ASSERT_EQ(Errors(r), "");
  ASSERT_EQ(r.actors.size(), 1u);
  EXPECT_EQ(r.actors[0].where.line, 4);
  EXPECT_EQ(r.actors[0].phrases, (std::vector<Phrase>{{"north", "isle"}, {"n.", "isle"}}));
  EXPECT_EQ(r.actors[0].default_code, "NIS");
}

TEST(ReadActorsTest, AppendsToExistingEntries) {
  std::vector<ActorEntry> actors(1);
  std::vector<Diagnostic> errors;
  ReadActors("A_ [AAA]\n", "t", &actors, &errors);
  EXPECT_EQ(actors.size(), 2u);
}

}  // namespace
}  // namespace dyad::dict
