#include "enrich/cameo_table.h"

#include <gtest/gtest.h>

namespace dyad::enrich {
namespace {

constexpr char kCodes[] =
    "# code root quad goldstein name\n"
    "19\t19\t4\t-10\tFIGHT\n"
    "190\t19\t4\t-10\tUse conventional military force\n"
    "195\t19\t4\t-10\tEmploy aerial weapons\n"
    "010\t01\t1\t0\tMake statement\n";
constexpr char kPlover[] = "19\tASSAULT\n190\tASSAULT\t\tmilitary\n";

TEST(CameoTableTest, FindsCodesAndFallsBackForPlover) {
  StatusOr<CameoTable> t = CameoTable::Parse(kCodes, "codes", kPlover, "plover");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  const CameoCode* c = t->Find("195");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->root, "19");
  EXPECT_EQ(c->quad_class, 4);
  EXPECT_DOUBLE_EQ(c->goldstein, -10);
  EXPECT_EQ(t->Find("10"), nullptr);  // Codes are strings: "10" is not "010".
  ASSERT_NE(t->Plover("195"), nullptr);
  EXPECT_EQ(t->Plover("195")->type, "ASSAULT");   // From its parent 19x row.
  EXPECT_EQ(t->Plover("190")->context, "military");
  EXPECT_EQ(t->Plover("010"), nullptr);           // Statements have no PLOVER type.
}

TEST(CameoTableTest, ErrorsNameFileAndLine) {
  StatusOr<CameoTable> t = CameoTable::Parse("190\t19\t9\t-10\tx\n", "codes.tsv", "", "p");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("codes.tsv:1"), std::string::npos);
  t = CameoTable::Parse("abc\t19\t4\t1\tx\n", "codes.tsv", "", "p");
  EXPECT_NE(t.status().message().find("not a CAMEO code"), std::string::npos);
  t = CameoTable::Parse("190\t19\n", "codes.tsv", "", "p");
  EXPECT_NE(t.status().message().find("expected 5"), std::string::npos);
}

TEST(CameoTableTest, ShippedTablesLoad) {
  std::string dir = DYAD_DATA_DIR;
  StatusOr<CameoTable> t = CameoTable::Load(dir + "/cameo/codes.tsv", dir + "/cameo/plover.tsv");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  for (const char* root : {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                           "13", "14", "15", "16", "17", "18", "19", "20"}) {
    EXPECT_TRUE(t->Contains(root)) << root;
  }
  EXPECT_EQ(t->Plover("0231")->type, "REQUEST");
}

}  // namespace
}  // namespace dyad::enrich
