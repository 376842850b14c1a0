#include "io/event_writer.h"

#include <simdjson.h>

#include <cstdio>

#include "base/string_util.h"
#include "gtest/gtest.h"
#include "io/gdelt_row.h"
#include "io/json_util.h"
#include "io/test_files.h"

namespace dyad::io {
namespace {

using testing::MakeSampleResult;

// Runs `format`'s writer over `result` and returns what it wrote.
std::string WriteToString(std::string_view format, const Article& article,
                          const ArticleResult& result) {
  std::FILE* out = std::tmpfile();
  EXPECT_NE(out, nullptr);
  StatusOr<std::unique_ptr<EventWriter>> writer = NewStreamWriter(format, out);
  EXPECT_TRUE(writer.ok()) << writer.status().ToString();
  EXPECT_TRUE((*writer)->Write(article, result).ok());
  EXPECT_TRUE((*writer)->Write(article, result).ok());
  EXPECT_TRUE((*writer)->Finish().ok());
  std::string text;
  std::rewind(out);
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof(buf), out)) > 0) text.append(buf, n);
  std::fclose(out);
  return text;
}

std::string_view Str(simdjson::dom::element element, const char* key) {
  std::string_view value;
  EXPECT_EQ(element[key].get(value), simdjson::SUCCESS) << key;
  return value;
}

TEST(EventToJsonTest, IsParseableAndCarriesEveryField) {
  Article article;
  ArticleResult result;
  MakeSampleResult("doc \"7\"", &article, &result);
  std::string json = EventToJson(article, result, result.events[0]);
  EXPECT_EQ(json.find('\n'), std::string::npos);
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(json).get(doc), simdjson::SUCCESS) << json;
  EXPECT_EQ(Str(doc, "doc_id"), "doc \"7\"");
  EXPECT_EQ(int64_t(doc["sentence_index"]), 1);
  EXPECT_EQ(Str(doc, "sentence"), result.sentences[1].text);
  EXPECT_EQ(Str(doc, "date"), "2021-03-04");
  EXPECT_EQ(Str(doc["source"], "code"), "NORGOVMIL");
  EXPECT_EQ(Str(doc["source"], "text"), "Norland");
  EXPECT_EQ(int64_t(doc["target"]["begin"]), 47);
  EXPECT_EQ(Str(doc, "cameo"), "1121");
  EXPECT_EQ(Str(doc, "root"), "11");
  EXPECT_EQ(int64_t(doc["quad_class"]), 3);
  EXPECT_EQ(double(doc["goldstein"]), -3.4);
  EXPECT_EQ(Str(doc, "plover"), "ACCUSE");
  EXPECT_EQ(Str(doc["evidence"], "text"), "\"sharply\" criticised");
  uint32_t begin = uint32_t(int64_t(doc["evidence"]["begin"]));
  uint32_t end = uint32_t(int64_t(doc["evidence"]["end"]));
  EXPECT_EQ(article.body.substr(begin, end - begin), "\"sharply\" criticised");
  EXPECT_EQ(Str(doc, "rule"), "verb: CRITICI[SZ]E\n(line 2)");
  EXPECT_EQ(simdjson::dom::array(doc["issues"]).size(), 2u);
  EXPECT_EQ(Str(doc, "url"), "https://example.org/a?b=\"c\"");
  EXPECT_EQ(Str(doc, "origin"), "wire.jsonl:3");
}

TEST(EventToJsonTest, EscapesQuotesNewlinesAndControlBytes) {
  Article article;
  ArticleResult result;
  MakeSampleResult("d", &article, &result);
  std::string json = EventToJson(article, result, result.events[0]);
  EXPECT_NE(json.find(R"("text":"\"sharply\" criticised")"), std::string::npos);
  EXPECT_NE(json.find(R"(CRITICI[SZ]E\n(line 2))"), std::string::npos);
  EXPECT_NE(json.find(R"(Estmark\ton Tuesday.\u0001 Zoë)"), std::string::npos);
}

TEST(EventToJsonTest, OmitsEmptyUrlAndKeepsValidJsonForBadBytes) {
  Article article;
  ArticleResult result;
  MakeSampleResult("d", &article, &result);
  article.url.clear();
  result.events[0].rule = "bad \xFF byte";
  result.events[0].goldstein = 10;
  result.events[0].sentence_index = 9;  // No such sentence: the text is empty.
  std::string json = EventToJson(article, result, result.events[0]);
  EXPECT_EQ(json.find("\"url\""), std::string::npos);
  EXPECT_NE(json.find("\"goldstein\":10,"), std::string::npos);
  EXPECT_NE(json.find("\"sentence\":\"\""), std::string::npos);
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  EXPECT_EQ(parser.parse(json).get(doc), simdjson::SUCCESS);
}

TEST(JsonNumberTest, UsesTheShortestExactForm) {
  EXPECT_EQ(FormatDouble(-10), "-10");
  EXPECT_EQ(FormatDouble(3.4), "3.4");
  EXPECT_EQ(FormatDouble(0.1 + 0.2), "0.30000000000000004");
  std::string out;
  AppendJsonNumber(0.0 / 0.0, &out);
  EXPECT_EQ(out, "null");
}

TEST(StreamWriterTest, JsonlWritesOneLinePerEvent) {
  Article article;
  ArticleResult result;
  MakeSampleResult("d", &article, &result);
  std::string text = WriteToString("jsonl", article, result);
  std::string line = EventToJson(article, result, result.events[0]) + "\n";
  EXPECT_EQ(text, line + line);
  EXPECT_EQ(WriteToString("", article, result), line + line);  // jsonl is the default.
}

TEST(StreamWriterTest, NoneWritesNothing) {
  Article article;
  ArticleResult result;
  MakeSampleResult("d", &article, &result);
  EXPECT_EQ(WriteToString("none", article, result), "");
  EXPECT_TRUE(NewStreamWriter("none", nullptr).ok());
}

TEST(StreamWriterTest, RejectsUnknownFormats) {
  StatusOr<std::unique_ptr<EventWriter>> writer = NewStreamWriter("csv", stdout);
  ASSERT_FALSE(writer.ok());
  EXPECT_TRUE(writer.status().IsInvalidArgument());
  EXPECT_NE(writer.status().message().find("'csv'"), std::string::npos);
}

TEST(GdeltTest, HasExactlySixtyOneColumns) {
  Article article;
  ArticleResult result;
  MakeSampleResult("d", &article, &result);
  std::string text = WriteToString("gdelt", article, result);
  std::vector<std::string_view> lines = Split(text, '\n');
  ASSERT_EQ(lines.size(), 3u);  // Two rows and the empty piece after the last newline.
  EXPECT_EQ(Split(lines[0], '\t').size(), 61u);
  EXPECT_EQ(Split(lines[1], '\t').size(), 61u);
  EXPECT_EQ(Split(lines[0], '\t')[0], "1");  // GLOBALEVENTID counts up.
  EXPECT_EQ(Split(lines[1], '\t')[0], "2");
}

TEST(GdeltTest, FillsTheKnownColumns) {
  Article article;
  ArticleResult result;
  MakeSampleResult("d", &article, &result);
  std::string row = GdeltRow(article, result, result.events[0], 42, "20240101120000");
  std::vector<std::string_view> f = Split(row, '\t');
  ASSERT_EQ(f.size(), static_cast<size_t>(kGdeltColumns));
  EXPECT_EQ(f[0], "42");
  EXPECT_EQ(f[1], "20210304");
  EXPECT_EQ(f[2], "202103");
  EXPECT_EQ(f[3], "2021");
  EXPECT_EQ(f[4], "2021.2575");  // 2021 + (3 * 30 + 4) / 365.
  EXPECT_EQ(f[5], "NORGOVMIL");
  EXPECT_EQ(f[6], "NORLAND");
  EXPECT_EQ(f[7], "NOR");
  EXPECT_EQ(f[12], "GOV");
  EXPECT_EQ(f[13], "MIL");
  EXPECT_EQ(f[14], "");
  EXPECT_EQ(f[15], "EST");
  EXPECT_EQ(f[16], "ESTMARK");
  EXPECT_EQ(f[17], "EST");
  EXPECT_EQ(f[22], "");
  EXPECT_EQ(f[25], "0");  // IsRootEvent: not the first sentence.
  EXPECT_EQ(f[26], "1121");
  EXPECT_EQ(f[27], "112");
  EXPECT_EQ(f[28], "11");
  EXPECT_EQ(f[29], "3");
  EXPECT_EQ(f[30], "-3.4");
  EXPECT_EQ(f[31], "1");
  EXPECT_EQ(f[34], "");
  for (int i = 35; i < 59; ++i) EXPECT_EQ(f[i], "") << i;
  EXPECT_EQ(f[59], "20240101120000");
  EXPECT_EQ(f[60], "https://example.org/a?b=\"c\"");
}

TEST(GdeltTest, KeepsRowsOnOneLineAndFallsBackToOrigin) {
  Article article;
  ArticleResult result;
  MakeSampleResult("d", &article, &result);
  article.url.clear();
  result.events[0].source.text = "two\nlines\tand tab";
  result.events[0].date.clear();
  article.date.clear();
  std::string row = GdeltRow(article, result, result.events[0], 1, "20240101120000");
  std::vector<std::string_view> f = Split(row, '\t');
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[6], "TWO LINES AND TAB");
  EXPECT_EQ(f[1], "");
  EXPECT_EQ(f[4], "");
  EXPECT_EQ(f[60], "wire.jsonl:3");
}

TEST(GdeltTest, TimestampIsUtc) { EXPECT_EQ(GdeltTimestamp(86400 + 3661), "19700102010101"); }

}  // namespace
}  // namespace dyad::io
