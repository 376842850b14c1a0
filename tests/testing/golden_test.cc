// Golden tests of whole sentences: each tests/golden/*.test file is coded with the built-in
// data and its events are compared with the expected ones.
//
// File format:
//   # comment lines describe the case
//   date: 2018-04-24            (optional)
//   <the article text: a headline line, a blank line, then body lines; or just sentences>
//   ----
//   SOURCE TARGET CAMEO         (one expected event per line; "-" for no target)
// An empty expectation means the text must code no event at all.
//
// DYAD_REWRITE_GOLDEN=1 rewrites each file's expectation with what dyad codes now, for review.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/engine.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

struct GoldenCase {
  std::string path;
  std::string header;  // Comment and date lines, kept when rewriting.
  std::string date;
  std::string text;
  std::vector<std::string> expected;  // "SRC TGT CAMEO", sorted.
};

GoldenCase ReadCase(const std::string& path) {
  GoldenCase c;
  c.path = path;
  std::ifstream in(path);
  std::string line;
  bool body = false, after = false;
  while (std::getline(in, line)) {
    if (line == "----") {
      after = true;
      continue;
    }
    if (after) {
      if (!line.empty()) c.expected.push_back(line);
    } else if (!body && (line.empty() || line[0] == '#' || line.rfind("date:", 0) == 0)) {
      c.header += line + "\n";
      if (line.rfind("date:", 0) == 0) c.date = line.substr(line.find_first_not_of(' ', 5));
    } else {
      body = true;
      c.text += line + "\n";
    }
  }
  std::sort(c.expected.begin(), c.expected.end());
  return c;
}

std::vector<std::string> Actual(const Engine& engine, const GoldenCase& c) {
  Article a;
  a.id = fs::path(c.path).stem().string();
  a.date = c.date;
  a.body = c.text;
  std::vector<std::string> out;
  for (const Event& e : engine.Code(a).events) {
    out.push_back(e.source.code + " " + (e.target.code.empty() ? "-" : e.target.code) + " " + e.cameo);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string Join(const std::vector<std::string>& lines) {
  std::string s;
  for (const std::string& l : lines) s += "  " + l + "\n";
  return s.empty() ? "  (no events)\n" : s;
}

class GoldenTest : public testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    Options options;
    options.data_dir = DYAD_DATA_DIR;
    StatusOr<std::unique_ptr<Engine>> e = Engine::Create(options, nullptr);
    ASSERT_TRUE(e.ok()) << e.status().ToString();
    engine_ = std::move(e).value().release();
  }
  static void TearDownTestSuite() { delete engine_; }
  static Engine* engine_;
};
Engine* GoldenTest::engine_ = nullptr;

TEST_P(GoldenTest, CodesAsExpected) {
  ASSERT_NE(engine_, nullptr);
  GoldenCase c = ReadCase(GetParam());
  std::vector<std::string> actual = Actual(*engine_, c);
  if (const char* rw = std::getenv("DYAD_REWRITE_GOLDEN"); rw && std::string(rw) == "1") {
    std::ofstream out(c.path);
    out << c.header << c.text << "----\n";
    for (const std::string& l : actual) out << l << "\n";
    return;
  }
  EXPECT_EQ(actual, c.expected) << c.path << "\n" << c.text << "expected:\n"
                                << Join(c.expected) << "coded:\n" << Join(actual)
                                << engine_->Explain(c.text, c.date);
}

std::vector<std::string> GoldenFiles() {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(std::string(DYAD_SOURCE_DIR) + "/tests/golden")) {
    if (entry.path().extension() == ".test") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string CaseName(const testing::TestParamInfo<std::string>& info) {
  std::string name = fs::path(info.param).stem().string();
  for (char& ch : name) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Golden, GoldenTest, testing::ValuesIn(GoldenFiles()), CaseName);

}  // namespace
}  // namespace dyad
