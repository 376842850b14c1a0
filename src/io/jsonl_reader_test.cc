#include "io/jsonl_reader.h"

#include "gtest/gtest.h"
#include "io/test_files.h"

namespace dyad::io {
namespace {

using Kind = InputRecord::Kind;

std::vector<InputRecord> ReadJsonl(std::string data, const ReadOptions& options = {}) {
  StatusOr<std::unique_ptr<ByteSource>> source = NewStringSource(std::move(data));
  EXPECT_TRUE(source.ok());
  auto reader = NewJsonlReader(std::make_unique<LineReader>(std::move(*source)), "feed.jsonl",
                               "feed.jsonl", options);
  return testing::Drain(reader.get());
}

// Reads a single line that must be skipped, and returns the reason.
std::string SkipReason(std::string line) {
  std::vector<InputRecord> records = ReadJsonl(std::move(line));
  EXPECT_EQ(records.size(), 1u);
  if (records.empty()) return "";
  EXPECT_EQ(records[0].kind, Kind::kSkipped);
  EXPECT_EQ(records[0].origin, "feed.jsonl:1");
  return records[0].reason;
}

TEST(JsonlReaderTest, ReadsAllFieldsAndBuildsTheBody) {
  std::vector<InputRecord> records = ReadJsonl(
      R"({"id":"a1","date":"2021-03-04","title":"Head","text":"Body text.","url":"u","source":"s"})");
  ASSERT_EQ(records.size(), 1u);
  const InputRecord& record = records[0];
  ASSERT_EQ(record.kind, Kind::kArticle);
  EXPECT_EQ(record.origin, "feed.jsonl:1");
  const Article& article = record.article;
  EXPECT_EQ(article.id, "a1");
  EXPECT_EQ(article.date, "2021-03-04");
  EXPECT_EQ(article.title, "Head");
  EXPECT_EQ(article.body, "Head\n\nBody text.");
  EXPECT_EQ(article.title_bytes, 4u);
  EXPECT_EQ(article.url, "u");
  EXPECT_EQ(article.source, "s");
  EXPECT_EQ(article.origin, "feed.jsonl:1");
}

TEST(JsonlReaderTest, DefaultsIdDateAndTitle) {
  ReadOptions options;
  options.default_date = "2000-01-02";
  std::vector<InputRecord> records =
      ReadJsonl("\n  \n{\"text\":\"Only text.\",\"title\":\"\",\"url\":null}\n", options);
  ASSERT_EQ(records.size(), 1u);  // Blank lines are not records.
  const Article& article = records[0].article;
  EXPECT_EQ(article.id, "feed.jsonl:3");
  EXPECT_EQ(article.date, "2000-01-02");
  EXPECT_EQ(article.body, "Only text.");
  EXPECT_EQ(article.title_bytes, 0u);
  EXPECT_EQ(article.url, "");
}

TEST(JsonlReaderTest, KeepsTheDayOfATimestamp) {
  std::vector<InputRecord> records =
      ReadJsonl(R"({"text":"x","date":"2019-07-08T12:30:00+02:00"})");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].article.date, "2019-07-08");
}

TEST(JsonlReaderTest, IgnoresUnknownFieldsOfAnyType) {
  std::vector<InputRecord> records =
      ReadJsonl(R"({"text":"x","places":["a","b"],"score":3.5,"meta":{"k":null},"ok":true})");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].kind, Kind::kArticle);
}

TEST(JsonlReaderTest, KeepsEscapedNulAndUnicodeInStrings) {
  std::vector<InputRecord> records = ReadJsonl(R"({"text":"a\u0000b \u00e9 \ud83d\ude00"})");
  ASSERT_EQ(records.size(), 1u);
  ASSERT_EQ(records[0].kind, Kind::kArticle);
  EXPECT_EQ(records[0].article.body, std::string("a\0b \xC3\xA9 \xF0\x9F\x98\x80", 11));
}

TEST(JsonlReaderTest, SkipsBrokenJson) {
  EXPECT_EQ(SkipReason(R"({"text": "unterminated)").rfind("broken JSON: ", 0), 0u);
  EXPECT_EQ(SkipReason(R"({"text": "x"} trailing)").rfind("broken JSON: ", 0), 0u);
}

TEST(JsonlReaderTest, SkipsInvalidUtf8WithItsOffset) {
  EXPECT_EQ(SkipReason("{\"text\": \"caf\xE9 au lait\"}"), "invalid UTF-8 at byte 13");
}

TEST(JsonlReaderTest, SkipsValuesThatAreNotObjects) {
  EXPECT_EQ(SkipReason(R"(["text", "x"])"), "not a JSON object, got array");
  EXPECT_EQ(SkipReason("42"), "not a JSON object, got number");
}

TEST(JsonlReaderTest, SkipsMissingOrEmptyText) {
  EXPECT_EQ(SkipReason(R"({"title":"No body"})"), "missing field 'text'");
  EXPECT_EQ(SkipReason(R"({"text":""})"), "field 'text' is empty");
  EXPECT_EQ(SkipReason(R"({"text":" \n "})"), "field 'text' is empty");
}

TEST(JsonlReaderTest, SkipsFieldsOfTheWrongType) {
  EXPECT_EQ(SkipReason(R"({"text":12})"), "field 'text' must be a string, got number");
  EXPECT_EQ(SkipReason(R"({"text":null})"), "field 'text' must be a string, got null");
  EXPECT_EQ(SkipReason(R"({"text":"x","id":7})"), "field 'id' must be a string, got number");
  EXPECT_EQ(SkipReason(R"({"text":"x","title":["a"]})"),
            "field 'title' must be a string, got array");
  EXPECT_EQ(SkipReason(R"({"text":"x","date":true})"),
            "field 'date' must be a string, got boolean");
}

TEST(JsonlReaderTest, SkipsImpossibleDates) {
  EXPECT_EQ(SkipReason(R"({"text":"x","date":"2018-02-30"})"), "invalid date '2018-02-30'");
  EXPECT_EQ(SkipReason(R"({"text":"x","date":"yesterday"})"), "invalid date 'yesterday'");
}

TEST(JsonlReaderTest, ReadsGoodRecordsAroundBadOnes) {
  std::string data =
      "{\"id\":\"one\",\"text\":\"First.\"}\n"
      "{broken\n"
      "\n"
      "{\"id\":\"two\",\"text\":\"Second.\"}\n"
      "{\"id\":\"bad\",\"text\":\"\xFF\"}\n"
      "{\"id\":\"three\",\"text\":\"Third.\"}";
  std::vector<InputRecord> records = ReadJsonl(data);
  ASSERT_EQ(records.size(), 5u);
  EXPECT_EQ(records[0].article.id, "one");
  EXPECT_EQ(records[1].kind, Kind::kSkipped);
  EXPECT_EQ(records[1].origin, "feed.jsonl:2");
  EXPECT_EQ(records[2].article.id, "two");
  EXPECT_EQ(records[2].origin, "feed.jsonl:4");
  EXPECT_EQ(records[3].kind, Kind::kSkipped);
  EXPECT_EQ(records[3].origin, "feed.jsonl:5");
  EXPECT_EQ(records[3].reason, "invalid UTF-8 at byte 20");
  EXPECT_EQ(records[4].article.id, "three");
}

TEST(JsonlReaderTest, ReadsAVeryLongRecord) {
  std::string text(5 << 20, 'w');  // 5 MiB of text in one line.
  std::vector<InputRecord> records = ReadJsonl("{\"text\":\"" + text + "\"}\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].article.body.size(), text.size());
}

TEST(JsonlReaderTest, ReportsTruncatedGzipAfterTheRecordsBeforeIt) {
  std::string data;
  for (int i = 0; i < 3000; ++i) {
    data += "{\"id\":\"r" + std::to_string(i) + "\",\"text\":\"Record number " + std::to_string(i) +
            ".\"}\n";
  }
  std::string gz = testing::Gzip(data);
  std::vector<InputRecord> records = ReadJsonl(gz.substr(0, gz.size() * 2 / 3));
  ASSERT_GT(records.size(), 1u);
  const InputRecord& last = records.back();
  EXPECT_EQ(last.kind, Kind::kFileError);
  EXPECT_EQ(last.origin, "feed.jsonl");
  size_t good = records.size() - 1;
  EXPECT_EQ(last.reason, "truncated gzip stream after " + std::to_string(good) + " records");
  for (size_t i = 0; i < good; ++i) {
    ASSERT_EQ(records[i].kind, Kind::kArticle) << i;  // The cut line is not reported as broken.
    EXPECT_EQ(records[i].article.id, "r" + std::to_string(i));
  }
}

// Former bug (bad-input catalogue, "a single 200 MB line"): such a line was parsed whole, with
// several copies in memory. A line over options.max_record_bytes is now skipped unread.
TEST(JsonlReaderTest, SkipsALineLargerThanTheLimit) {
  ReadOptions options;
  options.max_record_bytes = 100;
  std::string big = R"({"id":"big","text":")" + std::string(500, 'a') + R"("})";
  StatusOr<std::unique_ptr<ByteSource>> source =
      NewStringSource(big + "\n" + R"({"id":"small","text":"x"})" + "\n" + big);
  ASSERT_TRUE(source.ok());
  auto reader = NewJsonlReader(std::make_unique<LineReader>(std::move(*source), 100),
                               "feed.jsonl", "feed.jsonl", options);
  std::vector<InputRecord> records = testing::Drain(reader.get());
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].kind, Kind::kSkipped);
  EXPECT_EQ(records[0].origin, "feed.jsonl:1");
  EXPECT_EQ(records[0].reason, "record too large: 522 bytes (limit 100)");
  EXPECT_EQ(records[1].kind, Kind::kArticle);
  EXPECT_EQ(records[1].article.id, "small");
  EXPECT_EQ(records[2].kind, Kind::kSkipped);
  EXPECT_EQ(records[2].origin, "feed.jsonl:3");
}

}  // namespace
}  // namespace dyad::io
