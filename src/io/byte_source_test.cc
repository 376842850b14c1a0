#include "io/byte_source.h"

#include <algorithm>
#include <cstring>

#include "gtest/gtest.h"
#include "io/line_reader.h"
#include "io/test_files.h"

namespace dyad::io {
namespace {

using testing::Gzip;

// Serves its data one byte per Read, as a slow pipe may.
class TrickleSource : public ByteSource {
 public:
  explicit TrickleSource(std::string data) : data_(std::move(data)) {}
  StatusOr<size_t> Read(char* buf, size_t n) override {
    if (pos_ == data_.size()) return size_t{0};
    buf[0] = data_[pos_++];
    return size_t{1};
  }

 private:
  std::string data_;
  size_t pos_ = 0;
};

std::unique_ptr<ByteSource> Source(std::string data) {
  StatusOr<std::unique_ptr<ByteSource>> source = NewStringSource(std::move(data));
  EXPECT_TRUE(source.ok());
  return std::move(*source);
}

// Reads everything, or returns the error's message prefixed with "ERROR: ".
std::string ReadAllOf(ByteSource* source) {
  std::string out;
  char buf[7];  // Small, to exercise partial reads.
  for (;;) {
    StatusOr<size_t> got = source->Read(buf, sizeof(buf));
    if (!got.ok()) return "ERROR: " + got.status().message();
    if (*got == 0) return out;
    out.append(buf, *got);
  }
}

std::vector<std::string> Lines(std::string data) {
  LineReader reader(Source(std::move(data)));
  std::vector<std::string> lines;
  std::string_view line;
  while (reader.Next(&line)) lines.emplace_back(line);
  EXPECT_TRUE(reader.status().ok());
  return lines;
}

TEST(ByteSourceTest, PassesPlainBytesThrough) {
  auto source = Source("plain text, not gzip");
  EXPECT_EQ(ReadAllOf(source.get()), "plain text, not gzip");
  EXPECT_EQ(ReadAllOf(Source("").get()), "");
  EXPECT_EQ(ReadAllOf(Source("\x1f").get()), "\x1f");
}

TEST(ByteSourceTest, DecompressesGzipAndConcatenatedMembers) {
  EXPECT_EQ(ReadAllOf(Source(Gzip("hello, world\n")).get()), "hello, world\n");
  EXPECT_EQ(ReadAllOf(Source(Gzip("first\n") + Gzip("second\n")).get()), "first\nsecond\n");
}

TEST(ByteSourceTest, DetectsGzipFromASourceThatTrickles) {
  StatusOr<std::unique_ptr<ByteSource>> source =
      AutoDecompress(std::make_unique<TrickleSource>(Gzip("slow pipe")));
  ASSERT_TRUE(source.ok());
  EXPECT_EQ(ReadAllOf(source->get()), "slow pipe");
}

TEST(ByteSourceTest, ReportsATruncatedGzipStream) {
  std::string gz = Gzip(std::string(5000, 'x'));
  EXPECT_EQ(ReadAllOf(Source(gz.substr(0, gz.size() / 2)).get()), "ERROR: truncated gzip stream");
  // Losing only the trailer (CRC and size) is still a truncation.
  EXPECT_EQ(ReadAllOf(Source(gz.substr(0, gz.size() - 4)).get()), "ERROR: truncated gzip stream");
}

TEST(ByteSourceTest, ReportsCorruptGzipData) {
  std::string gz = Gzip("some text that will be damaged");
  gz[gz.size() - 6] ^= 0x55;  // Inside the CRC.
  EXPECT_EQ(ReadAllOf(Source(gz).get()).rfind("ERROR: corrupt gzip data", 0), 0u);
}

TEST(ByteSourceTest, MissingFileNamesTheSystemReason) {
  StatusOr<std::unique_ptr<ByteSource>> source = OpenFileSource("/nonexistent/dyad/file.txt");
  ASSERT_FALSE(source.ok());
  EXPECT_EQ(source.status().message(), "cannot open: No such file or directory");
}

TEST(LineReaderTest, SplitsLinesAndStripsLineEnds) {
  EXPECT_EQ(Lines("a\nb\r\n\nlast"), (std::vector<std::string>{"a", "b", "", "last"}));
  EXPECT_EQ(Lines("a\n"), (std::vector<std::string>{"a"}));
  EXPECT_EQ(Lines(""), (std::vector<std::string>{}));
  EXPECT_EQ(Lines("\n\n"), (std::vector<std::string>{"", ""}));
}

TEST(LineReaderTest, ReadsLinesMuchLongerThanItsBuffer) {
  std::string long_line(3 << 20, 'q');  // 3 MiB, far beyond the 64 KiB initial buffer.
  std::vector<std::string> lines = Lines("short\n" + long_line + "\nafter\n");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[1], long_line);
  EXPECT_EQ(lines[2], "after");
}

TEST(LineReaderTest, CountsLines) {
  LineReader reader(Source("one\ntwo\nthree"));
  std::string_view line;
  EXPECT_EQ(reader.line_number(), 0);
  while (reader.Next(&line)) {
  }
  EXPECT_EQ(reader.line_number(), 3);
}

TEST(LineReaderTest, DropsThePartialLineOfATruncatedStream) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "line number " + std::to_string(i) + "\n";
  std::string gz = Gzip(text);
  LineReader reader(Source(gz.substr(0, gz.size() / 2)));
  std::string_view line;
  int count = 0;
  std::string last;
  while (reader.Next(&line)) {
    ++count;
    last = std::string(line);
  }
  EXPECT_GT(count, 0);
  EXPECT_LT(count, 2000);
  EXPECT_EQ(last, "line number " + std::to_string(count - 1));  // Complete, not cut.
  EXPECT_EQ(reader.status().message(), "truncated gzip stream");
}

TEST(LineReaderTest, PeeksWithoutConsuming) {
  LineReader reader(Source("  \n\t {\"a\":1}\n"));
  EXPECT_EQ(reader.PeekNonSpace(), '{');
  std::string_view line;
  ASSERT_TRUE(reader.Next(&line));
  EXPECT_EQ(line, "  ");
  LineReader blank(Source(" \n \n"));
  EXPECT_EQ(blank.PeekNonSpace(), -1);
}

TEST(LineReaderTest, ReadRestReturnsEverythingNotYetRead) {
  LineReader reader(Source("first\nsecond\nthird"));
  std::string_view line;
  ASSERT_TRUE(reader.Next(&line));
  std::string rest;
  ASSERT_TRUE(reader.ReadRest(&rest).ok());
  EXPECT_EQ(rest, "second\nthird");
}

// Former bug (bad-input catalogue, "a single 200 MB line"): a line of any length was held whole in
// memory. Lines over the limit are now read through and dropped, keeping about twice the limit.
TEST(LineReaderTest, DropsLinesLongerThanItsLimitWithoutKeepingThem) {
  std::string huge(5 << 20, 'x');  // 5 MiB against a 1 KiB limit.
  LineReader reader(Source("short\n" + huge + "\r\nafter\n" + huge), 1024);
  std::string_view line;
  ASSERT_TRUE(reader.Next(&line));
  EXPECT_EQ(line, "short");
  EXPECT_FALSE(reader.overlong());
  ASSERT_TRUE(reader.Next(&line));
  EXPECT_TRUE(reader.overlong());
  EXPECT_TRUE(line.empty());
  EXPECT_EQ(reader.line_bytes(), huge.size());
  EXPECT_EQ(reader.line_number(), 2);
  ASSERT_TRUE(reader.Next(&line));
  EXPECT_FALSE(reader.overlong());
  EXPECT_EQ(line, "after");
  ASSERT_TRUE(reader.Next(&line));  // The last line, without a newline.
  EXPECT_TRUE(reader.overlong());
  EXPECT_EQ(reader.line_bytes(), huge.size());
  EXPECT_FALSE(reader.Next(&line));
  EXPECT_TRUE(reader.status().ok());
}

TEST(LineReaderTest, KeepsALineOfExactlyTheLimit) {
  LineReader reader(Source(std::string(1024, 'y') + "\n"), 1024);
  std::string_view line;
  ASSERT_TRUE(reader.Next(&line));
  EXPECT_FALSE(reader.overlong());
  EXPECT_EQ(line.size(), 1024u);
}

TEST(LineReaderTest, ReadRestStopsPastItsLimit) {
  LineReader reader(Source(std::string(1 << 20, 'z')));
  std::string rest;
  ASSERT_TRUE(reader.ReadRest(&rest, 1000).ok());
  EXPECT_GT(rest.size(), 1000u);
  EXPECT_LT(rest.size(), 1000u + (64 << 10) + 1);
}

}  // namespace
}  // namespace dyad::io
