#include "io/test_files.h"

#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <cstring>

#include "base/file.h"
#include "gtest/gtest.h"

namespace dyad::io::testing {
namespace {

int RemoveEntry(const char* path, const struct stat*, int, struct FTW*) { return ::remove(path); }

}  // namespace

TempDir::TempDir() {
  const char* base = std::getenv("TMPDIR");
  std::string pattern = std::string(base != nullptr && *base ? base : "/tmp") + "/dyad_io_XXXXXX";
  char* made = ::mkdtemp(pattern.data());
  EXPECT_NE(made, nullptr) << std::strerror(errno);
  path_ = pattern;
}

TempDir::~TempDir() {
  // FTW_PHYS: remove symbolic links themselves, never what they point to.
  ::nftw(path_.c_str(), RemoveEntry, 16, FTW_DEPTH | FTW_PHYS);
}

std::string TempDir::MakeDir(const std::string& relative) const {
  std::string full = path_;
  size_t start = 0;
  while (start <= relative.size()) {
    size_t slash = relative.find('/', start);
    if (slash == std::string::npos) slash = relative.size();
    full.push_back('/');
    full.append(relative, start, slash - start);
    ::mkdir(full.c_str(), 0755);
    start = slash + 1;
  }
  return full;
}

std::string TempDir::Write(const std::string& relative, std::string_view contents) const {
  size_t slash = relative.rfind('/');
  if (slash != std::string::npos) MakeDir(relative.substr(0, slash));
  std::string full = path_ + "/" + relative;
  EXPECT_TRUE(WriteFile(full, contents).ok()) << full;
  return full;
}

std::string Gzip(std::string_view data) {
  z_stream zs;
  std::memset(&zs, 0, sizeof(zs));
  // 16 + MAX_WBITS asks deflate for a gzip header and trailer.
  EXPECT_EQ(deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::vector<InputRecord> Drain(ArticleReader* reader) {
  std::vector<InputRecord> records;
  InputRecord record;
  while (reader->Next(&record)) records.push_back(record);
  return records;
}

std::vector<InputRecord> ReadInputs(std::vector<std::string> inputs, const ReadOptions& options) {
  StatusOr<std::unique_ptr<ArticleReader>> reader = ArticleReader::Open(std::move(inputs), options);
  EXPECT_TRUE(reader.ok()) << reader.status().ToString();
  if (!reader.ok()) return {};
  return Drain(reader->get());
}

void MakeSampleResult(const std::string& id, Article* article, ArticleResult* result) {
  *article = Article();
  article->id = id;
  article->date = "2021-03-04";
  article->title = "Talks in Valdora";
  article->body = "Talks in Valdora\n\nNorland \"sharply\" criticised Estmark\ton Tuesday.\x01 Zoë";
  article->title_bytes = 16;
  article->url = "https://example.org/a?b=\"c\"";
  article->origin = "wire.jsonl:3";
  *result = ArticleResult();
  result->sentences.push_back({{0, 16}, "Talks in Valdora"});
  result->sentences.push_back({{18, 72}, article->body.substr(18)});
  Event event;
  event.doc_id = id;
  event.sentence_index = 1;
  event.date = article->date;
  event.source = {"NORGOVMIL", "Norland", {18, 25}};
  event.target = {"EST", "Estmark", {47, 54}};
  event.cameo = "1121";
  event.root = "11";
  event.quad_class = 3;
  event.goldstein = -3.4;
  event.plover = "ACCUSE";
  event.evidence = "\"sharply\" criticised";
  event.evidence_span = {26, 46};
  event.issues = {"WATER", "BORDER"};
  event.rule = "verb: CRITICI[SZ]E\n(line 2)";
  result->events.push_back(event);
}

std::string Fixture(const std::string& name) {
  return std::string(DYAD_SOURCE_DIR) + "/tests/testdata/io/" + name;
}

}  // namespace dyad::io::testing
