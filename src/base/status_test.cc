#include "dyad/status.h"

#include <gtest/gtest.h>

#include "base/status_macros.h"

namespace dyad {
namespace {

TEST(StatusTest, DefaultIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "OK");
  EXPECT_EQ(s.message(), "");
}

TEST(StatusTest, ErrorCarriesCodeAndMessage) {
  Status s = Status::InvalidArgument("verbs.txt:3: missing code");
  EXPECT_FALSE(s.ok());
  EXPECT_TRUE(s.IsInvalidArgument());
  EXPECT_FALSE(s.IsNotFound());
  EXPECT_EQ(s.message(), "verbs.txt:3: missing code");
  EXPECT_EQ(s.ToString(), "Invalid argument: verbs.txt:3: missing code");
}

TEST(StatusTest, WithContextPrefixesMessage) {
  EXPECT_EQ(Status::NotFound("x").WithContext("loading").message(), "loading: x");
  EXPECT_TRUE(Status::Ok().WithContext("loading").ok());
}

StatusOr<int> Half(int n) {
  if (n % 2) return Status::InvalidArgument("odd");
  return n / 2;
}

Status UseHalf(int n, int* out) {
  ASSIGN_OR_RETURN(*out, Half(n));
  RETURN_IF_ERROR(Status::Ok());
  return Status::Ok();
}

TEST(StatusOrTest, ValueOrError) {
  EXPECT_EQ(*Half(4), 2);
  EXPECT_FALSE(Half(3).ok());
  int v = 0;
  EXPECT_TRUE(UseHalf(8, &v).ok());
  EXPECT_EQ(v, 4);
  EXPECT_EQ(UseHalf(7, &v).message(), "odd");
}

}  // namespace
}  // namespace dyad
