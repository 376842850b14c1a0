#include "io/article_reader.h"

#include <sys/stat.h>
#include <unistd.h>

#include "gtest/gtest.h"
#include "io/dir_walk.h"
#include "io/input_file.h"
#include "io/test_files.h"
#include "io/text_article.h"

namespace dyad::io {
namespace {

using Kind = InputRecord::Kind;
using testing::Fixture;
using testing::Gzip;
using testing::ReadInputs;
using testing::TempDir;

std::vector<std::string> Ids(const std::vector<InputRecord>& records) {
  std::vector<std::string> ids;
  for (const InputRecord& record : records) {
    ids.push_back(record.kind == Kind::kArticle ? record.article.id : "!" + record.origin);
  }
  return ids;
}

TEST(ArticleReaderTest, OpenNeedsAtLeastOneInput) {
  EXPECT_FALSE(ArticleReader::Open({}, ReadOptions()).ok());
}

TEST(ArticleReaderTest, ReadsATextFileWithItsTitle) {
  ReadOptions options;
  options.default_date = "2022-06-01";
  std::string path = Fixture("harbour-talks.txt");
  std::vector<InputRecord> records = ReadInputs({path}, options);
  ASSERT_EQ(records.size(), 1u);
  ASSERT_EQ(records[0].kind, Kind::kArticle);
  const Article& article = records[0].article;
  EXPECT_EQ(article.id, "harbour-talks");
  EXPECT_EQ(article.title, "Harbour talks resume in Valdora");
  // The file starts with a blank line: the title line ends at byte 1 + 31.
  EXPECT_EQ(article.title_bytes, 32u);
  EXPECT_EQ(article.body.substr(1, 31), article.title);
  EXPECT_EQ(article.date, "2022-06-01");
  EXPECT_EQ(article.origin, path);
  EXPECT_EQ(records[0].origin, path);
}

TEST(ArticleReaderTest, ReadsAJsonLinesFixture) {
  std::vector<InputRecord> records = ReadInputs({Fixture("wire.jsonl")});
  EXPECT_EQ(Ids(records), (std::vector<std::string>{"wire-001", "wire-002", "wire.jsonl:4"}));
  EXPECT_EQ(records[1].article.date, "2021-03-05");
  EXPECT_EQ(records[0].article.source, "Example Wire");
}

TEST(ArticleReaderTest, TextTitleEndsBeforeCarriageReturn) {
  InputRecord record = MakeTextArticle("Title here\r\nBody.\r\n", "x", "x.txt", {});
  EXPECT_EQ(record.article.title, "Title here");
  EXPECT_EQ(record.article.title_bytes, 10u);
}

TEST(ArticleReaderTest, TextByteOrderMarkIsDropped) {
  InputRecord record = MakeTextArticle("\xEF\xBB\xBFTitle\nBody.", "x", "x.txt", {});
  EXPECT_EQ(record.article.body, "Title\nBody.");
  EXPECT_EQ(record.article.title_bytes, 5u);
}

TEST(ArticleReaderTest, SkipsEmptyAndInvalidTextFiles) {
  TempDir dir;
  std::string empty = dir.Write("empty.txt", "");
  std::string blank = dir.Write("blank.txt", " \n\t\n");
  std::string bad = dir.Write("bad.txt", "Title\nA body with \xC3\x28 in it.\n");
  std::vector<InputRecord> records = ReadInputs({empty, blank, bad});
  ASSERT_EQ(records.size(), 3u);
  for (const InputRecord& record : records) EXPECT_EQ(record.kind, Kind::kSkipped);
  EXPECT_EQ(records[0].reason, "empty article");
  EXPECT_EQ(records[0].origin, empty);
  EXPECT_EQ(records[1].reason, "empty article");
  EXPECT_EQ(records[2].reason, "invalid UTF-8 at byte 18");
}

// Former bug (bad-input catalogue, "a 100 MB single article"): any text file was read and coded
// whole, and coding takes about 36 bytes of memory per byte of text. Past the limit it is skipped.
TEST(ArticleReaderTest, SkipsATextArticleLargerThanTheLimit) {
  TempDir dir;
  std::string big = dir.Write("big.txt", "Title\n" + std::string(300 << 10, 'w'));
  std::string small = dir.Write("small.txt", "Title\nBody.");
  ReadOptions options;
  options.max_record_bytes = 1000;
  std::vector<InputRecord> records = ReadInputs({big, small}, options);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].kind, Kind::kSkipped);
  EXPECT_EQ(records[0].origin, big);
  EXPECT_EQ(records[0].reason, "record too large: more than 1000 bytes");
  EXPECT_EQ(records[1].kind, Kind::kArticle);
}

TEST(ArticleReaderTest, ReportsMissingAndUnreadablePathsAndGoesOn) {
  TempDir dir;
  std::string good = dir.Write("good.txt", "Good\nText.");
  std::string missing = dir.path() + "/missing.txt";
  std::string not_a_dir = good + "/child.txt";  // A regular file used as a directory.
  std::vector<InputRecord> records = ReadInputs({missing, not_a_dir, good});
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].kind, Kind::kFileError);
  EXPECT_EQ(records[0].origin, missing);
  EXPECT_EQ(records[0].reason, "cannot open: No such file or directory");
  EXPECT_EQ(records[1].kind, Kind::kFileError);
  EXPECT_EQ(records[1].reason, "cannot open: Not a directory");
  EXPECT_EQ(records[2].article.id, "good");
}

TEST(ArticleReaderTest, ReportsAFileWithoutReadPermission) {
  if (::geteuid() == 0) GTEST_SKIP() << "root can read a mode-000 file";
  TempDir dir;
  std::string locked = dir.Write("locked.txt", "Secret\nText.");
  ::chmod(locked.c_str(), 0);
  std::vector<InputRecord> records = ReadInputs({locked});
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].kind, Kind::kFileError);
  EXPECT_EQ(records[0].reason, "cannot open: Permission denied");
}

TEST(ArticleReaderTest, WalksDirectoriesRecursivelyInSortedOrder) {
  TempDir dir;
  dir.Write("news/b.txt", "B\nbody");
  dir.Write("news/a.txt", "A\nbody");
  dir.Write("news/sub/c.text", "C\nbody");
  dir.Write("news/sub/deeper/d.txt.gz", Gzip("D\nbody"));
  dir.Write("news/feed.jsonl", "{\"text\":\"no id\"}\n");
  dir.Write("news/z.ndjson.gz", Gzip("{\"id\":\"zid\",\"text\":\"z\"}\n"));
  dir.Write("news/.hidden.txt", "hidden");
  dir.Write("news/.git/x.txt", "hidden dir");
  dir.Write("news/notes.md", "not an article extension");
  dir.Write("news/image.png", "\x89PNG");
  std::vector<InputRecord> records = ReadInputs({dir.path() + "/news/"});
  EXPECT_EQ(Ids(records),
            (std::vector<std::string>{"a", "b", "feed.jsonl:1", "sub/c", "sub/deeper/d", "zid"}));
  EXPECT_EQ(records[0].article.origin, dir.path() + "/news/a.txt");
}

TEST(ArticleReaderTest, ReadsAnExplicitFileWhateverItsExtension) {
  TempDir dir;
  std::string notes = dir.Write("notes.md", "Notes\nStill an article.");
  std::vector<InputRecord> records = ReadInputs({notes});
  EXPECT_EQ(Ids(records), (std::vector<std::string>{"notes"}));
}

TEST(ArticleReaderTest, DetectsGzipByMagicBytes) {
  TempDir dir;
  std::string hidden_gzip = dir.Write("packed.txt", Gzip("Packed\nbody"));
  std::vector<InputRecord> records = ReadInputs({hidden_gzip});
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].article.body, "Packed\nbody");
}

TEST(ArticleReaderTest, ReadsGzippedJsonLines) {
  TempDir dir;
  std::string path =
      dir.Write("feed.jsonl.gz",
                Gzip("{\"id\":\"g1\",\"text\":\"one\"}\n\n{\"id\":\"g2\",\"text\":\"two\"}\n"));
  std::vector<InputRecord> records = ReadInputs({path});
  EXPECT_EQ(Ids(records), (std::vector<std::string>{"g1", "g2"}));
  EXPECT_EQ(records[1].origin, path + ":3");
}

TEST(ArticleReaderTest, ReportsATruncatedGzipFileAndGoesOn) {
  TempDir dir;
  std::string data;
  for (int i = 0; i < 2000; ++i) data += "{\"text\":\"Article " + std::to_string(i) + ".\"}\n";
  std::string gz = Gzip(data);
  std::string cut = dir.Write("cut.json.gz", gz.substr(0, gz.size() / 2));
  std::string after = dir.Write("after.txt", "After\ntext");
  std::vector<InputRecord> records = ReadInputs({cut, after});
  ASSERT_GE(records.size(), 3u);
  const InputRecord& error = records[records.size() - 2];
  EXPECT_EQ(error.kind, Kind::kFileError);
  EXPECT_EQ(error.origin, cut);
  EXPECT_EQ(error.reason,
            "truncated gzip stream after " + std::to_string(records.size() - 2) + " records");
  EXPECT_EQ(records.back().article.id, "after");
}

TEST(ArticleReaderTest, SurvivesASymlinkLoop) {
  TempDir dir;
  dir.Write("root/a.txt", "A\nbody");
  dir.Write("root/sub/b.txt", "B\nbody");
  ASSERT_EQ(::symlink("..", (dir.path() + "/root/sub/loop").c_str()), 0);
  ASSERT_EQ(::symlink(".", (dir.path() + "/root/self").c_str()), 0);
  std::vector<InputRecord> records = ReadInputs({dir.path() + "/root"});
  EXPECT_EQ(Ids(records), (std::vector<std::string>{"a", "sub/b"}));
}

TEST(ArticleReaderTest, ReportsADanglingSymlinkInAWalk) {
  TempDir dir;
  dir.Write("root/a.txt", "A\nbody");
  ASSERT_EQ(::symlink("nowhere.txt", (dir.path() + "/root/gone.txt").c_str()), 0);
  std::vector<InputRecord> records = ReadInputs({dir.path() + "/root"});
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].article.id, "a");
  EXPECT_EQ(records[1].kind, Kind::kFileError);
  EXPECT_EQ(records[1].origin, dir.path() + "/root/gone.txt");
}

TEST(ArticleReaderTest, IdsDropExtensionsAndGz) {
  EXPECT_EQ(IdFromRelativePath("macron-trump.txt"), "macron-trump");
  EXPECT_EQ(IdFromRelativePath("sub/a.txt.gz"), "sub/a");
  EXPECT_EQ(IdFromRelativePath("v1.2/notes"), "v1.2/notes");
  EXPECT_EQ(IdFromRelativePath(".profile"), ".profile");
}

TEST(ArticleReaderTest, KnowsArticleExtensions) {
  for (const char* name :
       {"a.txt", "a.text", "a.jsonl", "a.ndjson", "a.json", "a.jsonl.gz", "a.txt.gz"}) {
    EXPECT_TRUE(HasArticleExtension(name)) << name;
  }
  for (const char* name : {"a.md", "a.gz", "a.tar.gz", "a.txt.bak", "txt"}) {
    EXPECT_FALSE(HasArticleExtension(name)) << name;
  }
}

std::vector<InputRecord> ReadStdin(std::string data) {
  StatusOr<std::unique_ptr<ByteSource>> source = NewStringSource(std::move(data));
  EXPECT_TRUE(source.ok());
  auto reader = NewStdinReader(std::move(*source), {});
  return testing::Drain(reader.get());
}

TEST(StdinReaderTest, ReadsJsonLinesWhenTheFirstByteIsABrace) {
  std::vector<InputRecord> records =
      ReadStdin("\n  {\"text\":\"one\"}\n{\"id\":\"b\",\"text\":\"two\"}");
  EXPECT_EQ(Ids(records), (std::vector<std::string>{"stdin:2", "b"}));
  EXPECT_EQ(records[0].origin, "-:2");
}

TEST(StdinReaderTest, ReadsGzippedJsonLines) {
  std::vector<InputRecord> records = ReadStdin(Gzip("{\"id\":\"z\",\"text\":\"zipped\"}\n"));
  EXPECT_EQ(Ids(records), (std::vector<std::string>{"z"}));
}

TEST(StdinReaderTest, ReadsOtherwiseOneTextArticle) {
  std::vector<InputRecord> records = ReadStdin("A headline\n\nThe {body} text.\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].article.id, "stdin");
  EXPECT_EQ(records[0].origin, "-");
  EXPECT_EQ(records[0].article.title, "A headline");
  EXPECT_EQ(records[0].article.body, "A headline\n\nThe {body} text.\n");
}

TEST(StdinReaderTest, EmptyInputIsAnEmptyArticle) {
  std::vector<InputRecord> records = ReadStdin("");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].kind, Kind::kSkipped);
  EXPECT_EQ(records[0].reason, "empty article");
}

}  // namespace
}  // namespace dyad::io
