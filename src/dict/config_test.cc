#include "dict/config.h"

#include <gtest/gtest.h>

namespace dyad::dict {
namespace {

TEST(DictionaryConfigTest, NamesFilesWithTheirKinds) {
  constexpr char kConfig[] =
      "[Dictionaries]\n"
      "# the user's own set\n"
      "verbfile_name    = CAMEO.txt\n"
      "actorfile_list   = Countries.actors.txt, /abs/Groups.txt\n"
      "agentfile_name   = agents.txt\n"
      "new_actor_length = 0\n"
      "[Options]\n";
  auto files = ParseDictionaryConfig(kConfig, "/home/me/dicts/PETR_config.ini");
  ASSERT_TRUE(files.ok()) << files.status().ToString();
  ASSERT_EQ(files->size(), 4u);
  EXPECT_EQ((*files)[0].first, "/home/me/dicts/CAMEO.txt");
  EXPECT_EQ((*files)[0].second, SourceKind::kVerbs);
  EXPECT_EQ((*files)[2].first, "/abs/Groups.txt");
  EXPECT_EQ((*files)[2].second, SourceKind::kActors);
  EXPECT_EQ((*files)[3].second, SourceKind::kAgents);
}

TEST(DictionaryConfigTest, BadLinesNameFileAndLine) {
  auto files = ParseDictionaryConfig("[Dictionaries]\nverbfile_name CAMEO.txt\n", "c.ini");
  ASSERT_FALSE(files.ok());
  EXPECT_NE(files.status().message().find("c.ini:2"), std::string::npos);
  EXPECT_TRUE(IsDictionaryConfig("PETR_config.INI"));
  EXPECT_FALSE(IsDictionaryConfig("agents.txt"));
}

}  // namespace
}  // namespace dyad::dict
