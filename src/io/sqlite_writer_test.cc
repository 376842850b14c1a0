#include "io/sqlite_writer.h"

#include <sqlite3.h>

#include <cstdio>

#include "gtest/gtest.h"
#include "io/db_query.h"
#include "io/event_writer.h"
#include "io/test_files.h"

namespace dyad::io {
namespace {

using testing::MakeSampleResult;
using testing::TempDir;

// Returns the single integer `sql` yields from the database at `path`.
int64_t QueryInt(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK) << sql;
  int64_t value = -1;
  if (sqlite3_step(stmt) == SQLITE_ROW) value = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return value;
}

std::string QueryText(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK) << sql;
  std::string value;
  if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0) != nullptr) {
    value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return value;
}

// Writes articles "a0".."a{n-1}", each with the sample sentences and event.
void WriteArticles(const std::string& path, int n, int batch) {
  StatusOr<std::unique_ptr<EventWriter>> writer = NewSqliteWriter(path, batch);
  ASSERT_TRUE(writer.ok()) << writer.status().ToString();
  for (int i = 0; i < n; ++i) {
    Article article;
    ArticleResult result;
    std::string id = "a";
    id += std::to_string(i);
    MakeSampleResult(id, &article, &result);
    ASSERT_TRUE((*writer)->Write(article, result).ok());
  }
  ASSERT_TRUE((*writer)->Finish().ok());
}

TEST(SqliteWriterTest, StoresArticlesSentencesEventsAndActors) {
  TempDir dir;
  std::string db = dir.path() + "/events.db";
  WriteArticles(db, 5, 2);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM articles"), 5);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM sentences"), 10);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM events"), 5);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM actors"), 10);
  EXPECT_EQ(QueryText(db, "SELECT cameo FROM events WHERE doc_id = 'a3'"), "1121");
  EXPECT_EQ(QueryText(db, "SELECT goldstein FROM events LIMIT 1"), "-3.4");
  EXPECT_EQ(QueryText(db, "SELECT issues FROM events LIMIT 1"), R"(["WATER","BORDER"])");
  EXPECT_EQ(QueryInt(db, "SELECT evidence_end FROM events LIMIT 1"), 46);
  EXPECT_EQ(QueryText(db, "SELECT text FROM sentences WHERE sentence_index = 0 LIMIT 1"),
            "Talks in Valdora");
  EXPECT_EQ(QueryInt(db,
                     "SELECT COUNT(*) FROM actors a JOIN events e ON a.event_id = e.id"
                     " WHERE a.role = 'target' AND a.code = 'EST'"),
            5);
  EXPECT_EQ(QueryText(db, "SELECT content_hash FROM articles LIMIT 1").size(), 16u);
  EXPECT_EQ(QueryText(db, "SELECT value FROM meta WHERE key = 'schema_version'"), "1");
  EXPECT_EQ(QueryText(db, "SELECT value FROM meta WHERE key = 'dyad_version'").empty(), false);
  EXPECT_EQ(QueryText(db, "PRAGMA journal_mode"), "wal");
}

TEST(SqliteWriterTest, RewritingAnArticleReplacesItsRows) {
  TempDir dir;
  std::string db = dir.path() + "/events.db";
  WriteArticles(db, 3, 256);
  WriteArticles(db, 3, 256);  // A second run over the same input.
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM articles"), 3);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM sentences"), 6);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM events"), 3);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM actors"), 6);
}

TEST(SqliteWriterTest, StoresSkippedArticles) {
  TempDir dir;
  std::string db = dir.path() + "/events.db";
  auto writer = NewSqliteWriter(db);
  ASSERT_TRUE(writer.ok());
  Article article;
  article.id = "sports-1";
  ArticleResult result;
  result.skipped_reason = "sport";
  ASSERT_TRUE((*writer)->Write(article, result).ok());
  ASSERT_TRUE((*writer)->Finish().ok());
  EXPECT_EQ(QueryText(db, "SELECT skipped_reason FROM articles WHERE id = 'sports-1'"), "sport");
  EXPECT_EQ(QueryInt(db, "SELECT event_count FROM articles"), 0);
}

TEST(SqliteWriterTest, RefusesAnotherSchemaVersion) {
  TempDir dir;
  std::string db = dir.path() + "/events.db";
  WriteArticles(db, 1, 1);
  sqlite3* handle = nullptr;
  sqlite3_open(db.c_str(), &handle);
  sqlite3_exec(handle, "UPDATE meta SET value = '99' WHERE key = 'schema_version'", nullptr,
               nullptr, nullptr);
  sqlite3_close(handle);
  StatusOr<std::unique_ptr<EventWriter>> writer = NewSqliteWriter(db);
  ASSERT_FALSE(writer.ok());
  EXPECT_NE(writer.status().message().find("schema version '99'"), std::string::npos);
}

TEST(SqliteWriterTest, ErrorsNameTheDatabasePath) {
  std::string db = "/nonexistent/dyad/dir/events.db";
  StatusOr<std::unique_ptr<EventWriter>> writer = NewSqliteWriter(db);
  ASSERT_FALSE(writer.ok());
  EXPECT_EQ(writer.status().message().rfind(db + ": ", 0), 0u) << writer.status().message();
}

TEST(ContentHashTest, IsFnv1a64) {
  EXPECT_EQ(ContentHash(""), "cbf29ce484222325");
  EXPECT_EQ(ContentHash("a"), "af63dc4c8601ec8c");
}

TEST(PrintEventTableTest, PrintsAHeaderTheRowsAndACount) {
  TempDir dir;
  std::string db = dir.path() + "/events.db";
  WriteArticles(db, 3, 256);
  std::FILE* out = std::tmpfile();
  ASSERT_TRUE(PrintEventTable(db, out, 2).ok());
  std::rewind(out);
  std::string text;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof(buf), out)) > 0) text.append(buf, n);
  std::fclose(out);
  EXPECT_EQ(text.rfind("date ", 0), 0u);
  EXPECT_NE(text.find("2021-03-04  a0 "), std::string::npos) << text;
  EXPECT_NE(text.find("NORGOVMIL"), std::string::npos);
  EXPECT_NE(text.find("-3.4"), std::string::npos);
  EXPECT_EQ(text.find("  a2 "), std::string::npos);  // Beyond the limit.
  EXPECT_NE(text.find("(2 of 3 events)"), std::string::npos);
  EXPECT_EQ(text.find('\t'), std::string::npos);
}

TEST(PrintEventTableTest, FailsOnAMissingDatabase) {
  Status status = PrintEventTable("/nonexistent/events.db", stdout, 10);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("/nonexistent/events.db"), std::string::npos);
}

TEST(FitColumnTest, PadsAndCutsOnCharacters) {
  EXPECT_EQ(FitColumn("ab", 4), "ab  ");
  EXPECT_EQ(FitColumn("abcdef", 4), "abc\xE2\x80\xA6");
  EXPECT_EQ(FitColumn("Zoë", 3), "Zoë");
  EXPECT_EQ(FitColumn("ëëëë", 3), "ëë\xE2\x80\xA6");
  EXPECT_EQ(FitColumn("a\nb", 3), "a b");
}

}  // namespace
}  // namespace dyad::io
