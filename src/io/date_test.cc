#include "io/date.h"

#include "gtest/gtest.h"

namespace dyad::io {
namespace {

TEST(IsValidDateTest, AcceptsRealDays) {
  for (const char* date : {"2021-03-04", "2020-02-29", "2000-02-29", "1999-12-31", "0001-01-01"}) {
    EXPECT_TRUE(IsValidDate(date)) << date;
  }
}

TEST(IsValidDateTest, RejectsImpossibleOrMalformedDates) {
  for (const char* date : {"2018-02-30", "2019-02-29", "1900-02-29", "2021-13-01", "2021-00-10",
                           "2021-04-31", "2021-01-00", "0000-01-01", "2021-3-04", "2021/03/04",
                           "20210304", "2021-03-04T10:00:00", "", "abcd-ef-gh", "2021-03-0x"}) {
    EXPECT_FALSE(IsValidDate(date)) << date;
  }
}

TEST(DateFromTimestampTest, KeepsTheDayOfAnIsoTimestamp) {
  EXPECT_EQ(DateFromTimestamp("2018-05-04"), "2018-05-04");
  EXPECT_EQ(DateFromTimestamp("2018-05-04T10:00:00Z"), "2018-05-04");
  EXPECT_EQ(DateFromTimestamp("2018-05-04 10:00"), "2018-05-04");
  EXPECT_EQ(DateFromTimestamp("2018-05-04T23:59:59+02:00"), "2018-05-04");
}

TEST(DateFromTimestampTest, RejectsImpossibleDaysAndTrailingJunk) {
  EXPECT_EQ(DateFromTimestamp("2018-02-30T00:00:00Z"), std::nullopt);
  EXPECT_EQ(DateFromTimestamp("2018-05-04x"), std::nullopt);
  EXPECT_EQ(DateFromTimestamp("2018-05"), std::nullopt);
  EXPECT_EQ(DateFromTimestamp("May 4, 2018"), std::nullopt);
}

}  // namespace
}  // namespace dyad::io
