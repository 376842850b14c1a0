#include "cli/run_summary.h"

#include <gtest/gtest.h>

namespace dyad::cli {
namespace {

TEST(RunSummaryTest, AccountsForEveryRecord) {
  RunSummary s;
  s.Coded(10, 3);
  s.Coded(5, 0);
  s.Skipped("invalid UTF-8 at byte 17");
  s.Skipped("invalid UTF-8 at byte 2");
  s.Skipped("missing field 'text'");
  s.Skipped("field 'date' must be a string");
  s.NotCoded("discarded: 'premier league'");
  s.FileError();
  EXPECT_EQ(s.skipped(), 4u);
  std::string line = s.ToString(2.0);
  EXPECT_NE(line.find("articles read 7, coded 2"), std::string::npos) << line;
  EXPECT_NE(line.find("not coded 1 (discarded 1)"), std::string::npos) << line;
  EXPECT_NE(line.find("skipped 4 ("), std::string::npos) << line;
  EXPECT_NE(line.find("invalid UTF-8 2"), std::string::npos) << line;
  EXPECT_NE(line.find("missing field 'text' 1"), std::string::npos) << line;
  EXPECT_NE(line.find("field 'date' must be a string 1"), std::string::npos) << line;
  EXPECT_NE(line.find("unreadable inputs 1"), std::string::npos) << line;
  EXPECT_NE(line.find("sentences 15, events 3"), std::string::npos) << line;
  EXPECT_NE(line.find("8 sentences/s"), std::string::npos) << line;
}

TEST(RunSummaryTest, CategoriesKeepFieldNamesAndDropDetails) {
  EXPECT_EQ(RunSummary::Category("field 'text' must be a string"), "field 'text' must be a string");
  EXPECT_EQ(RunSummary::Category("invalid UTF-8 at byte 17"), "invalid UTF-8");
  EXPECT_EQ(RunSummary::Category("cannot open 'a.txt': no such file"), "cannot open");
  EXPECT_EQ(RunSummary::Category("record too large: 12 MB"), "record too large");
}

}  // namespace
}  // namespace dyad::cli
