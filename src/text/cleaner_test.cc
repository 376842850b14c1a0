#include "text/cleaner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::text {
namespace {

const Cleaner& ShippedCleaner() {
  static const Cleaner* cleaner = [] {
    StatusOr<Cleaner> loaded = Cleaner::Load(std::string(DYAD_DATA_DIR) + "/text/boilerplate.txt");
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return new Cleaner(loaded.ok() ? *std::move(loaded) : Cleaner());
  }();
  return *cleaner;
}

std::string Text(std::string_view body, Span span) {
  return std::string(body.substr(span.begin, span.size()));
}

std::vector<std::string> KeptTexts(std::string_view body, const CleanResult& result) {
  std::vector<std::string> texts;
  for (Span span : result.blocks) texts.push_back(Text(body, span));
  return texts;
}

// Runs the shipped rules on "<headline>\n\n<line>" and returns the reason `line` is dropped for,
// or "" when it is kept.
std::string ReasonFor(const std::string& line) {
  const std::string headline = "Ministers meet in Oslo";
  const std::string body = headline + "\n\n" + line + "\n";
  CleanResult result = ShippedCleaner().Clean(body, static_cast<uint32_t>(headline.size()));
  if (result.dropped.empty()) return "";
  EXPECT_EQ(Text(body, result.dropped[0].span), line);
  return result.dropped[0].reason;
}

TEST(CleanerTest, ShippedRulesDropWhatIsNotNews) {
  struct Case {
    const char* line;
    const char* reason;
  };
  const Case cases[] = {
      {"MINISTERS MEET IN  OSLO", "repeated headline"},
      {"Image: Harbour Press/Jane Roe", "photo credit"},
      {"Photo: Northern Agency", "photo credit"},
      {"Getty Images", "photo credit"},
      {"The two envoys greet each other outside the hall, 12-03-2021. "
       "Image: Harbour Press/HARBOUR PRESS/Wire Images",
       "photo caption"},
      {"Crowds gather near the parliament (Photo: Northern Agency)", "photo caption"},
      {"Delegates arrive at the venue. Photo by Ann Lee/Getty Images", "photo caption"},
      {"By Jane Roe", "byline"},
      {"By JANE ROE, Northern Agency", "byline"},
      {"By Jane Roe and Tom de Vries", "byline"},
      {"(Reporting by Tom Hill; Editing by Ann Lee)", "byline"},
      {"Writing by Sam Park", "byline"},
      {"Share this article", "boilerplate"},
      {"Sign up for our daily newsletter", "boilerplate"},
      {"Follow us on social media", "boilerplate"},
      {"Click here to read the full report", "boilerplate"},
      {"Read more: Oslo talks stall", "boilerplate"},
      {"© 2021 Northern Agency. All rights reserved.", "boilerplate"},
      {"Copyright © Northern Agency", "boilerplate"},
      {"Advertisement", "boilerplate"},
      // News that only looks like the above stays.
      {"By Monday, the envoys had left the city.", ""},
      {"By Tuesday.", ""},
      {"Shares in the shipping firm fell sharply.", ""},
      {"Followers of the movement marched on Sunday.", ""},
      {"The image of the two leaders spread quickly.", ""},
      {"Ministers meet in Oslo again next week.", ""},
      {"Iran refused to subscribe to the plan.", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(ReasonFor(c.line), c.reason) << c.line;
}

TEST(CleanerTest, HeadlineIsTheFirstKeptBlock) {
  const std::string body =
      "Envoys agree on truce\n\nEnvoys agree on truce\n\nThe envoys agreed.\nIt holds.\n";
  CleanResult result = ShippedCleaner().Clean(body, 21);
  ASSERT_EQ(result.blocks.size(), 2u);
  EXPECT_EQ(result.blocks[0], (Span{0, 21}));
  EXPECT_EQ(Text(body, result.blocks[1]), "The envoys agreed.\nIt holds.");
  ASSERT_EQ(result.dropped.size(), 1u);
  EXPECT_EQ(result.dropped[0].reason, "repeated headline");
  EXPECT_EQ(result.dropped[0].span, (Span{23, 44}));
}

TEST(CleanerTest, MultiLineRepeatOfTheHeadlineIsDropped) {
  const std::string body = "Envoys agree on truce\n\nEnvoys agree\non truce\n\nText here.";
  CleanResult result = Cleaner().Clean(body, 21);
  EXPECT_EQ(KeptTexts(body, result),
            (std::vector<std::string>{"Envoys agree on truce", "Text here."}));
  ASSERT_EQ(result.dropped.size(), 1u);
  EXPECT_EQ(Text(body, result.dropped[0].span), "Envoys agree\non truce");
}

TEST(CleanerTest, DroppedLineSplitsItsParagraph) {
  const std::string body =
      "Title\n\nFirst line of news\nsecond line of news\n"
      "Image: Harbour Press/Jane Roe\nthird line of news\n\n  Last paragraph.  \n";
  CleanResult result = ShippedCleaner().Clean(body, 5);
  EXPECT_EQ(KeptTexts(body, result),
            (std::vector<std::string>{"Title", "First line of news\nsecond line of news",
                                      "third line of news", "Last paragraph."}));
  ASSERT_EQ(result.dropped.size(), 1u);
  EXPECT_EQ(Text(body, result.dropped[0].span), "Image: Harbour Press/Jane Roe");
  EXPECT_EQ(result.dropped[0].reason, "photo credit");
}

TEST(CleanerTest, OffsetsSurviveCrLfAndNonAsciiText) {
  const std::string body = "Café talks\r\n\r\nLe président a parlé.\r\nBy Zoë Ná\r\n";
  CleanResult result = ShippedCleaner().Clean(body, 11);
  EXPECT_EQ(KeptTexts(body, result),
            (std::vector<std::string>{"Café talks", "Le président a parlé."}));
  ASSERT_EQ(result.dropped.size(), 1u);
  EXPECT_EQ(Text(body, result.dropped[0].span), "By Zoë Ná");
}

TEST(CleanerTest, LongParagraphsAreNeverDroppedByRules) {
  std::string paragraph = "Click here was the slogan";
  for (int i = 0; i < 70; ++i) paragraph += " and more";
  const std::string body = "T\n\n" + paragraph;
  CleanResult result = ShippedCleaner().Clean(body, 1);
  EXPECT_TRUE(result.dropped.empty());
  EXPECT_EQ(result.blocks.size(), 2u);
}

TEST(CleanerTest, TitleBytesEdgeCases) {
  const std::string body = "Only a body.\n\nSecond paragraph.";
  EXPECT_EQ(KeptTexts(body, Cleaner().Clean(body, 0)),
            (std::vector<std::string>{"Only a body.", "Second paragraph."}));
  EXPECT_EQ(KeptTexts(body, Cleaner().Clean(body, 9999)), (std::vector<std::string>{body}));
  EXPECT_TRUE(Cleaner().Clean("", 0).blocks.empty());
  EXPECT_TRUE(Cleaner().Clean("\n\n  \n", 0).blocks.empty());
}

TEST(CleanerTest, ParseErrorsNameFileAndLine) {
  struct Case {
    const char* contents;
    const char* message_part;
  };
  const Case cases[] = {
      {"# ok\nbyline prefix By\nbyline\n", "rules.txt:3: expected"},
      {"photo middle Image:\n", "rules.txt:1: unknown match \"middle\""},
  };
  for (const Case& c : cases) {
    StatusOr<Cleaner> cleaner = Cleaner::Parse(c.contents, "rules.txt");
    ASSERT_FALSE(cleaner.ok()) << c.contents;
    EXPECT_NE(cleaner.status().message().find(c.message_part), std::string::npos)
        << cleaner.status().message();
  }
  EXPECT_FALSE(Cleaner::Load("/nonexistent/rules.txt").ok());
}

TEST(CleanerTest, ReasonUnderscoresBecomeSpaces) {
  StatusOr<Cleaner> cleaner = Cleaner::Parse("site_furniture exact Menu\n", "rules.txt");
  ASSERT_TRUE(cleaner.ok());
  EXPECT_EQ(cleaner->rule_count(), 1u);
  const std::string body = "Menu\nNews text.";
  CleanResult result = cleaner->Clean(body, 0);
  ASSERT_EQ(result.dropped.size(), 1u);
  EXPECT_EQ(result.dropped[0].reason, "site furniture");
  EXPECT_EQ(KeptTexts(body, result), (std::vector<std::string>{"News text."}));
}

}  // namespace
}  // namespace dyad::text
