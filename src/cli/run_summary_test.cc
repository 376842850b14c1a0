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
  s.NotCoded("discarded: 'premier league'");
  s.FileError();
  EXPECT_EQ(s.skipped(), 3u);
  std::string line = s.ToString(2.0);
  EXPECT_NE(line.find("articles read 6, coded 2"), std::string::npos) << line;
  EXPECT_NE(line.find("not coded 1 (discarded 1)"), std::string::npos) << line;
  EXPECT_NE(line.find("skipped 3 (invalid UTF-8 2, missing field 1)"), std::string::npos) << line;
  EXPECT_NE(line.find("unreadable inputs 1"), std::string::npos) << line;
  EXPECT_NE(line.find("sentences 15, events 3"), std::string::npos) << line;
  EXPECT_NE(line.find("8 sentences/s"), std::string::npos) << line;
}

}  // namespace
}  // namespace dyad::cli
