// The catalogue of bad input: the dyad binary on each kind of broken, hostile or huge input.
// Every case must end with a clear message naming the input and what is wrong, never a crash,
// with every record accounted for and the child's peak memory bounded. Inputs, including the
// big ones, are generated into a temp dir at test time.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "base/file.h"
#include "dyad_process.h"
#include "gtest/gtest.h"
#include "io/test_files.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
using io::testing::Gzip;
using io::testing::TempDir;
using testing::ProcessResult;

constexpr char kGood[] =
    R"({"id":"good","date":"2019-03-02","text":"Israeli troops attacked Palestinian militants in Gaza."})";

// The counts of the run summary line ("articles read 7, coded 2, not coded 0, skipped 5 ...").
struct Summary {
  long read = -1, coded = -1, not_coded = -1, skipped = -1;
};

// The number written after `label` in `text`, or -1.
long NumberAfter(const std::string& text, const std::string& label) {
  size_t at = text.find(label);
  if (at == std::string::npos) return -1;
  return std::strtol(text.c_str() + at + label.size(), nullptr, 10);
}

Summary ParseSummary(const std::string& err) {
  Summary s;
  size_t line = err.rfind("dyad: articles read ");
  if (line == std::string::npos) return s;
  std::string summary = err.substr(line, err.find('\n', line) - line);
  s.read = NumberAfter(summary, "articles read ");
  s.coded = NumberAfter(summary, ", coded ");
  s.not_coded = NumberAfter(summary, ", not coded ");
  s.skipped = NumberAfter(summary, ", skipped ");
  return s;
}

class BadInputTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& name, const std::string& contents) {
    return dir_.Write(name, contents);
  }
  std::string Path(const std::string& name) const { return dir_.path() + "/" + name; }

  // Writes `head`, then `piece` repeated up to about `size` bytes in all, then `tail`, without
  // holding it all in memory.
  std::string WriteRepeated(const std::string& name, const std::string& head,
                            const std::string& piece, size_t size, const std::string& tail) {
    std::string path = Path(name);
    std::ofstream out(path, std::ios::binary);
    out << head;
    std::string block;
    while (block.size() + piece.size() <= std::min<size_t>(size, 1 << 20)) block += piece;
    size_t written = head.size();
    while (written + block.size() <= size) {
      out.write(block.data(), block.size());
      written += block.size();
    }
    for (; written + piece.size() <= size; written += piece.size()) out << piece;
    out << tail;
    EXPECT_TRUE(out.good()) << path;
    return path;
  }

  // Generates `count` tiny JSON Lines records, of which every 1000th has no text.
  std::string WriteTinyRecords(const std::string& name, int count) {
    std::string path = Path(name);
    std::ofstream out(path, std::ios::binary);
    std::string chunk;
    for (int i = 0; i < count; ++i) {
      chunk +=
          "{\"id\":\"r" + std::to_string(i) + (i % 1000 == 999 ? "\"}\n" : "\",\"text\":\"x\"}\n");
      if (chunk.size() > (1 << 20)) {
        out << chunk;
        chunk.clear();
      }
    }
    out << chunk;
    return path;
  }

  // Runs `dyad ARGS` and checks that it ended by itself with a documented exit status and no
  // sanitizer report.
  ProcessResult Dyad(const std::vector<std::string>& args,
                     const std::string& stdin_path = "/dev/null") {
    ProcessResult r = testing::RunProcess(DYAD_BINARY, args, dir_.path(), stdin_path);
    EXPECT_EQ(r.signal, 0) << "dyad was killed by signal " << r.signal << "\n" << r.err;
    EXPECT_GE(r.exit_status, 0);
    EXPECT_LE(r.exit_status, 2) << r.err;
    EXPECT_EQ(r.err.find("Sanitizer"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("runtime error"), std::string::npos) << r.err;
    return r;
  }

  // The summary of `r`, checked to account for every record.
  Summary Accounted(const ProcessResult& r) {
    Summary s = ParseSummary(r.err);
    EXPECT_GE(s.read, 0) << "no run summary:\n" << r.err;
    EXPECT_EQ(s.read, s.coded + s.not_coded + s.skipped) << r.err;
    return s;
  }

  TempDir dir_;
};

// Prints the child's peak memory and time, for the log.
void PrintCost(const ProcessResult& r) {
  std::printf("[   cost   ] dyad peak memory %ld MB, %.1f s\n", r.max_rss_mb, r.seconds);
}

void ExpectHas(const std::string& haystack, const std::string& needle) {
  EXPECT_NE(haystack.find(needle), std::string::npos) << "missing \"" << needle << "\" in:\n"
                                                      << haystack.substr(0, 4000);
}

TEST_F(BadInputTest, InvalidUtf8IsSkippedNamingTheFileLineAndByte) {
  std::string jsonl =
      Write("bad.jsonl", std::string(kGood) + "\n" +
                             "{\"id\":\"a\",\"text\":\"Israel \xC3\x28 Gaza\"}\n" +
                             "{\"id\":\"b\",\"text\":\"surrogate \xED\xA0\x80\"}\n" +
                             "{\"id\":\"c\",\"text\":\"overlong \xC0\xAF\"}\n" +
                             "{\"id\":\"d\",\"text\":\"too big \xF4\x90\x80\x80\"}\n");
  std::string txt = Write("bad.txt", "Headline\n\nIran warned \xFF Iraq.\n");
  ProcessResult r = Dyad({"code", jsonl, txt});
  EXPECT_EQ(r.exit_status, 0);
  for (int line : {2, 3, 4, 5})
    ExpectHas(r.err, "bad.jsonl:" + std::to_string(line) + ": invalid UTF-8 at byte");
  ExpectHas(r.err, "bad.txt: invalid UTF-8 at byte 22");
  Summary s = Accounted(r);
  EXPECT_EQ(s.coded, 1);
  EXPECT_EQ(s.skipped, 5);
}

TEST_F(BadInputTest, NulBytesNeverCrash) {
  std::string txt = Write("nul.txt", std::string("Headline\n\nIsrael\0 attacked\0\0 Gaza.\n", 34));
  std::string jsonl =
      Write("nul.jsonl", std::string("{\"id\":\"raw\",\"text\":\"a\0b\"}\n", 26) +
                             "{\"id\":\"escaped\",\"text\":\"Iran\\u0000 warned Iraq.\"}\n");
  ProcessResult r = Dyad({"code", txt, jsonl});
  EXPECT_EQ(r.exit_status, 0);
  ExpectHas(r.err, "nul.jsonl:1: broken JSON");  // A raw control byte inside a JSON string.
  Summary s = Accounted(r);
  EXPECT_EQ(s.read, 3);
  EXPECT_EQ(s.skipped, 1);
}

TEST_F(BadInputTest, BinaryFilesAreSkippedWithAReason) {
  std::mt19937 rng(7);
  std::string bytes;
  for (int i = 0; i < (1 << 20); ++i) bytes.push_back(static_cast<char>(rng() & 0xff));
  std::string txt = Write("blob.txt", bytes);
  std::string jsonl = Write("blob.jsonl", bytes);
  ProcessResult r = Dyad({"code", txt, jsonl, "--errors", Path("errors.jsonl")});
  EXPECT_EQ(r.exit_status, 0);
  ExpectHas(r.err, "blob.txt: invalid UTF-8 at byte");
  ExpectHas(r.err, "blob.jsonl:1: ");
  Summary s = Accounted(r);
  EXPECT_EQ(s.coded, 0);
  EXPECT_EQ(s.skipped, s.read);
  // Every skipped record is in --errors, beyond the first 100 printed.
  std::string errors = ReadFile(Path("errors.jsonl")).value();
  EXPECT_EQ(static_cast<long>(std::count(errors.begin(), errors.end(), '\n')), s.skipped);
}

TEST_F(BadInputTest, BinaryStandardInputIsSkipped) {
  std::string blob = Write("blob", std::string("\x00\xff\xfe\x80 binary \x01\x02", 14));
  ProcessResult r = Dyad({"code", "-"}, blob);
  EXPECT_EQ(r.exit_status, 0);
  ExpectHas(r.err, "skipped -: invalid UTF-8 at byte 1");
  EXPECT_EQ(Accounted(r).skipped, 1);
}

TEST_F(BadInputTest, HundredMegabyteArticleIsSkippedInBoundedMemory) {
  std::string big =
      WriteRepeated("big.txt", "A very long article\n\n",
                    "Egypt demanded that Ethiopia stop filling the dam. ", 100 << 20, "\n");
  std::string good = Write("good.jsonl", std::string(kGood) + "\n");
  ProcessResult r = Dyad({"code", big, good, "--format", "none"});
  EXPECT_EQ(r.exit_status, 0);
  ExpectHas(r.err, "big.txt: record too large: more than 16777216 bytes");
  Summary s = Accounted(r);
  EXPECT_EQ(s.coded, 1);
  EXPECT_EQ(s.skipped, 1);
  PrintCost(r);
  EXPECT_LT(r.max_rss_mb, 1024) << "peak memory of the child";
}

TEST_F(BadInputTest, ALargeArticleUnderTheLimitIsCoded) {
  std::string big =
      WriteRepeated("large.txt", "A long article\n\n",
                    "Egypt demanded that Ethiopia stop filling the dam.\n\n", 200 << 10, "");
  ProcessResult r = Dyad({"code", big, "--format", "none", "--max-record-mb", "1"});
  EXPECT_EQ(r.exit_status, 0);
  EXPECT_EQ(Accounted(r).coded, 1);
  ProcessResult small = Dyad({"code", big, "--format", "none", "--max-record-mb", "0.1"});
  ExpectHas(small.err, "large.txt: record too large: more than 104857 bytes");
}

TEST_F(BadInputTest, SingleTwoHundredMegabyteLineIsSkippedInBoundedMemory) {
  std::string path = WriteRepeated("huge.jsonl", R"({"id":"huge","text":")", "Iran warned Iraq. ",
                                   200 << 20, std::string("\"}\n") + kGood + "\n");
  ProcessResult r = Dyad({"code", path, "--format", "none"});
  EXPECT_EQ(r.exit_status, 0);
  ExpectHas(r.err, "huge.jsonl:1: record too large: ");
  Summary s = Accounted(r);
  EXPECT_EQ(s.coded, 1);
  EXPECT_EQ(s.skipped, 1);
  PrintCost(r);
  EXPECT_LT(r.max_rss_mb, 1536) << "peak memory of the child";
}

// Sets an environment variable for the children started while it lives.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    const char* old = std::getenv(name);
    had_ = old != nullptr;
    if (had_) old_ = old;
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (had_) {
      ::setenv(name_, old_.c_str(), 1);
    } else {
      ::unsetenv(name_);
    }
  }

 private:
  const char* name_;
  bool had_ = false;
  std::string old_;
};

TEST_F(BadInputTest, OneMillionTinyRecordsAreAllAccountedFor) {
  // Under AddressSanitizer, freed memory waits in a quarantine of up to 256 MB that would hide
  // (or fake) growth; without it, peak memory is a fair measure in both builds.
  const char* asan = std::getenv("ASAN_OPTIONS");
  ScopedEnv env("ASAN_OPTIONS", std::string(asan ? asan : "") + ":quarantine_size_mb=0");
  std::string small = WriteTinyRecords("small.jsonl", 100000);
  std::string path = WriteTinyRecords("million.jsonl", 1000000);
  ProcessResult baseline = Dyad({"code", small, "--format", "none"});
  ProcessResult r = Dyad({"code", path, "--format", "none", "--errors", Path("errors.jsonl")});
  EXPECT_EQ(r.exit_status, 0);
  Summary s = Accounted(r);
  EXPECT_EQ(s.read, 1000000);
  EXPECT_EQ(s.skipped, 1000);
  ExpectHas(r.err, "million.jsonl:1000: missing field 'text'");
  std::string errors = ReadFile(Path("errors.jsonl")).value();
  EXPECT_EQ(std::count(errors.begin(), errors.end(), '\n'), 1000);
  ExpectHas(errors, "million.jsonl:1000000");
  PrintCost(baseline);
  PrintCost(r);
  EXPECT_LT(r.max_rss_mb, baseline.max_rss_mb + 64)
      << "memory must not grow with the number of records (100k records: " << baseline.max_rss_mb
      << " MB)";
}

TEST_F(BadInputTest, DeeplyNestedAndHugeJsonValues) {
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  std::string wide = "[";
  for (int i = 0; i < 200000; ++i) wide += (i ? ",{\"k\":" : "{\"k\":") + std::to_string(i) + "}";
  wide += "]";
  std::string path =
      Write("values.jsonl",
            "{\"id\":\"deep\",\"text\":\"x\",\"extra\":" + deep + "}\n" +                      // 1
                "{\"id\":\"wide\",\"text\":\"Iran warned Iraq.\",\"extra\":" + wide + "}\n" +  // 2
                "{\"id\":\"long\",\"text\":\"Iran warned Iraq.\",\"junk\":\"" +
                std::string(5 << 20, 'j') + "\"}\n" +                // 3
                "{\"id\":\"num\",\"text\":\"x\",\"n\":1e99999}\n" +  // 4
                deep + "\n");                                        // 5
  ProcessResult r = Dyad({"code", path, "--format", "none"});
  EXPECT_EQ(r.exit_status, 0);
  ExpectHas(r.err, "values.jsonl:1: broken JSON");
  ExpectHas(r.err, "values.jsonl:4: broken JSON");
  ExpectHas(r.err, "values.jsonl:5: broken JSON");
  Summary s = Accounted(r);
  EXPECT_EQ(s.coded, 2);  // Unknown fields of any size are ignored.
  EXPECT_EQ(s.skipped, 3);
}

TEST_F(BadInputTest, WrongFieldTypesNameTheFieldAndType) {
  std::string path = Write("types.jsonl",
                           "{\"id\":\"a\",\"text\":42}\n"
                           "{\"id\":\"b\",\"text\":[\"Iran warned Iraq.\"]}\n"
                           "{\"id\":\"c\",\"text\":{\"body\":\"x\"}}\n"
                           "{\"id\":\"d\",\"text\":true}\n"
                           "{\"id\":7,\"text\":\"Iran warned Iraq.\"}\n"
                           "{\"id\":\"f\",\"text\":\"Iran warned Iraq.\",\"date\":20190302}\n"
                           "{\"id\":\"g\",\"text\":\"Iran warned Iraq.\",\"title\":[\"t\"]}\n"
                           "\"just a string\"\n"
                           "[1,2,3]\n"
                           "null\n");
  ProcessResult r = Dyad({"code", path});
  EXPECT_EQ(r.exit_status, 0);
  ExpectHas(r.err, "types.jsonl:1: field 'text' must be a string, got number");
  ExpectHas(r.err, "types.jsonl:2: field 'text' must be a string, got array");
  ExpectHas(r.err, "types.jsonl:3: field 'text' must be a string, got object");
  ExpectHas(r.err, "types.jsonl:4: field 'text' must be a string, got boolean");
  ExpectHas(r.err, "types.jsonl:5: field 'id' must be a string, got number");
  ExpectHas(r.err, "types.jsonl:6: field 'date' must be a string, got number");
  ExpectHas(r.err, "types.jsonl:7: field 'title' must be a string, got array");
  ExpectHas(r.err, "types.jsonl:8: not a JSON object, got string");
  ExpectHas(r.err, "types.jsonl:9: not a JSON object, got array");
  ExpectHas(r.err, "types.jsonl:10: not a JSON object, got null");
  EXPECT_EQ(Accounted(r).skipped, 10);
}

TEST_F(BadInputTest, MissingOrEmptyTextIsSkipped) {
  std::string jsonl = Write("text.jsonl",
                            "{\"id\":\"a\"}\n"
                            "{\"id\":\"b\",\"text\":\"\"}\n"
                            "{\"id\":\"c\",\"text\":\" \\n\\t \"}\n"
                            "{\"id\":\"d\",\"text\":null}\n"
                            "{}\n");
  std::string txt = Write("blank.txt", " \n\n\t\n");
  ProcessResult r = Dyad({"code", jsonl, txt});
  EXPECT_EQ(r.exit_status, 0);
  ExpectHas(r.err, "text.jsonl:1: missing field 'text'");
  ExpectHas(r.err, "text.jsonl:2: field 'text' is empty");
  ExpectHas(r.err, "text.jsonl:3: field 'text' is empty");
  ExpectHas(r.err, "text.jsonl:4: field 'text' must be a string, got null");
  ExpectHas(r.err, "text.jsonl:5: missing field 'text'");
  ExpectHas(r.err, "blank.txt: empty article");
  EXPECT_EQ(Accounted(r).skipped, 6);
}

TEST_F(BadInputTest, ImpossibleDatesAreSkippedOrRefused) {
  std::string path = Write("dates.jsonl",
                           "{\"id\":\"a\",\"text\":\"x\",\"date\":\"2019-02-30\"}\n"
                           "{\"id\":\"b\",\"text\":\"x\",\"date\":\"2019-13-01\"}\n"
                           "{\"id\":\"c\",\"text\":\"x\",\"date\":\"2019-02-29\"}\n"
                           "{\"id\":\"d\",\"text\":\"x\",\"date\":\"yesterday\"}\n"
                           "{\"id\":\"e\",\"text\":\"x\",\"date\":\"0000-00-00\"}\n"
                           "{\"id\":\"f\",\"text\":\"x\",\"date\":\"2020-02-29T23:59:59Z\"}\n");
  ProcessResult r = Dyad({"code", path});
  EXPECT_EQ(r.exit_status, 0);
  ExpectHas(r.err, "dates.jsonl:1: invalid date '2019-02-30'");
  ExpectHas(r.err, "dates.jsonl:2: invalid date '2019-13-01'");
  ExpectHas(r.err, "dates.jsonl:3: invalid date '2019-02-29'");
  ExpectHas(r.err, "dates.jsonl:4: invalid date 'yesterday'");
  ExpectHas(r.err, "dates.jsonl:5: invalid date '0000-00-00'");
  Summary s = Accounted(r);
  EXPECT_EQ(s.skipped, 5);
  EXPECT_EQ(s.coded, 1);  // 2020 is a leap year.

  ProcessResult flag = Dyad({"code", path, "--date", "2019-02-29"});
  EXPECT_EQ(flag.exit_status, 1);
  ExpectHas(flag.err, "--date 2019-02-29 is not a valid YYYY-MM-DD date");
}

TEST_F(BadInputTest, EmptyFilesAreReportedNotFatal) {
  std::string txt = Write("empty.txt", "");
  std::string jsonl = Write("empty.jsonl", "");
  std::string gz = Write("empty.jsonl.gz", "");
  std::string gz_of_nothing = Write("nothing.jsonl.gz", Gzip(""));
  std::string blank_lines = Write("blank.jsonl", "\n\n  \n\r\n");
  ProcessResult r = Dyad({"code", txt, jsonl, gz, gz_of_nothing, blank_lines});
  EXPECT_EQ(r.exit_status, 0);
  ExpectHas(r.err, "empty.txt: empty article");
  Summary s = Accounted(r);
  EXPECT_EQ(s.read, 1);  // JSON Lines files without lines hold no records.
  ProcessResult stdin_run = Dyad({"code", "-"}, txt);
  ExpectHas(stdin_run.err, "skipped -: empty article");
}

TEST_F(BadInputTest, TruncatedOrCorruptGzipNamesTheFileAndKeepsEarlierRecords) {
  std::string lines;
  for (int i = 0; i < 3000; ++i) {
    lines += "{\"id\":\"t" + std::to_string(i) + "\",\"text\":\"Iran warned Iraq on day " +
             std::to_string(i) + ".\"}\n";
  }
  std::string gz = Gzip(lines);
  std::string truncated = Write("cut.jsonl.gz", gz.substr(0, gz.size() / 2));
  std::string corrupt =
      Write("corrupt.jsonl.gz", std::string("\x1f\x8b\x08\x00", 4) + "garbage!garbage!");
  std::string good = Write("good.jsonl", std::string(kGood) + "\n");
  ProcessResult r = Dyad({"code", truncated, corrupt, good, "--format", "none"});
  EXPECT_EQ(r.exit_status, 1) << "an input that cannot be read whole is an error";
  long before = NumberAfter(r.err, "cut.jsonl.gz: truncated gzip stream after ");
  EXPECT_GT(before, 0) << r.err;
  ExpectHas(r.err, "corrupt.jsonl.gz: corrupt gzip data");
  Summary s = Accounted(r);
  EXPECT_EQ(s.coded, before + 1) << "records before the cut, and the good file, are coded";
  ExpectHas(r.err, "unreadable inputs 2");
}

TEST_F(BadInputTest, UnreadableFilesAreErrorsNamingThem) {
  std::string good = Write("good.jsonl", std::string(kGood) + "\n");
  // /proc/self/mem of the child itself: opens, then every read at offset 0 fails, even as root.
  ProcessResult r = Dyad({"code", "/proc/self/mem", Path("missing.jsonl"), good});
  EXPECT_EQ(r.exit_status, 1);
  ExpectHas(r.err, "/proc/self/mem: cannot read: Input/output error");
  ExpectHas(r.err, "missing.jsonl: cannot open: No such file or directory");
  EXPECT_EQ(Accounted(r).coded, 1) << "the readable input is still coded";
}

TEST_F(BadInputTest, FileWithoutReadPermissionIsAnError) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads a mode-000 file";
  std::string locked = Write("locked.jsonl", std::string(kGood) + "\n");
  ASSERT_EQ(::chmod(locked.c_str(), 0), 0);
  ProcessResult r = Dyad({"code", locked});
  EXPECT_EQ(r.exit_status, 1);
  ExpectHas(r.err, "locked.jsonl: cannot open: Permission denied");
}

TEST_F(BadInputTest, SymlinkLoopsInDirectoriesEnd) {
  std::string root = dir_.MakeDir("news");
  dir_.MakeDir("news/sub");
  Write("news/sub/good.jsonl", std::string(kGood) + "\n");
  fs::create_directory_symlink("..", root + "/sub/up");  // A loop through the parent.
  fs::create_directory_symlink(".", root + "/here");     // A loop onto itself.
  fs::create_symlink("self.txt", root + "/self.txt");    // A link to itself.
  fs::create_symlink("ping.txt", root + "/pong.txt");    // Two links to each other.
  fs::create_symlink("pong.txt", root + "/ping.txt");
  fs::create_symlink("nowhere.txt", root + "/dangling.txt");  // A link to nothing.
  ProcessResult r = Dyad({"code", root, "--format", "none"});
  EXPECT_EQ(r.exit_status, 1);
  ExpectHas(r.err, "self.txt: cannot open: Too many levels of symbolic links");
  ExpectHas(r.err, "ping.txt: cannot open: Too many levels of symbolic links");
  ExpectHas(r.err, "dangling.txt: cannot open: No such file or directory");
  EXPECT_EQ(Accounted(r).coded, 1) << "the good file is read once";
}

TEST_F(BadInputTest, MalformedUserDictionaryIsReportedNotFatal) {
  std::string dict = Write("mine.actors",
                           "FREEDONIA [FRE]\n"
                           "BROKEN_ACTOR [\n"
                           "[NOPHRASE]\n"
                           "\xff\xfe\n"
                           "SYLVANIA [SYL]\n");
  std::string verbs = Write("mine.verbs", "--- UNTERMINATED [190]\n- $ * ( + [190]\n");
  std::string story =
      Write("story.jsonl",
            "{\"id\":\"s\",\"date\":\"2019-03-02\",\"text\":\"Freedonia attacked Sylvania.\"}\n");
  ProcessResult r = Dyad({"code", story, "--dict", dict, "--dict", verbs});
  EXPECT_EQ(r.exit_status, 0) << r.err;
  ExpectHas(r.err, "dyad: warning: " + dict + ":2");
  ExpectHas(r.err, dict + ":4");  // Invalid UTF-8.
  ExpectHas(r.err, "dyad: warning: " + verbs + ":");
  ExpectHas(r.out, "\"FRE\"");  // The good lines of the broken file are used.
  EXPECT_EQ(Accounted(r).coded, 1);
}

TEST_F(BadInputTest, MissingOrCorruptDataFileIsAClearError) {
  std::string story = Write("story.jsonl", std::string(kGood) + "\n");
  std::string data = dir_.MakeDir("data");
  fs::copy(DYAD_DATA_DIR, data, fs::copy_options::recursive);

  Write("data/cameo/codes.tsv", "01\t01\t1\t0\tMAKE PUBLIC STATEMENT\nnot a code line\n");
  ProcessResult corrupt = Dyad({"code", story, "--data", data});
  EXPECT_EQ(corrupt.exit_status, 1);
  ExpectHas(corrupt.err, data + "/cameo/codes.tsv:2");

  Write("data/cameo/codes.tsv", std::string("\x1f\x8b\x00\xff\xfe binary", 12));
  ProcessResult binary = Dyad({"code", story, "--data", data});
  EXPECT_EQ(binary.exit_status, 1);
  ExpectHas(binary.err, "codes.tsv");

  fs::remove(data + "/cameo/codes.tsv");
  ProcessResult missing = Dyad({"code", story, "--data", data});
  EXPECT_EQ(missing.exit_status, 1);
  ExpectHas(missing.err, data + "/cameo/codes.tsv");

  ProcessResult no_dir = Dyad({"code", story, "--data", Path("no_such_dir")});
  EXPECT_EQ(no_dir.exit_status, 1);
  ExpectHas(no_dir.err, "no_such_dir");
}

TEST_F(BadInputTest, BrokenBuiltInDictionaryNamesFileAndLine) {
  std::string story = Write("story.jsonl", std::string(kGood) + "\n");
  std::string data = dir_.MakeDir("data");
  fs::copy(DYAD_DATA_DIR, data, fs::copy_options::recursive);
  {
    std::ofstream out(data + "/dict/countries.actors", std::ios::app);
    out << "\nBROKEN_LINE [\n";
  }
  ProcessResult r = Dyad({"code", story, "--data", data});
  EXPECT_EQ(r.exit_status, 1);
  ExpectHas(r.err, data + "/dict/countries.actors:");
}

TEST_F(BadInputTest, EveryRecordIsCodedNotCodedOrSkippedWithAReason) {
  std::string path = Write(
      "mixed.jsonl", std::string(kGood) + "\n" +
                         "{\"id\":\"sport\",\"text\":\"Manchester United beat Liverpool in the "
                         "Premier League.\"}\n" +
                         "{broken\n" + "{\"id\":\"x\"}\n" + std::string(kGood) + "\n");
  std::string errors = Path("errors.jsonl");
  ProcessResult r = Dyad({"code", path, "--errors", errors, "--strict"});
  EXPECT_EQ(r.exit_status, 2) << "--strict with skipped records";
  Summary s = Accounted(r);
  EXPECT_EQ(s.read, 5);
  EXPECT_EQ(s.skipped, 2);
  std::string listed = ReadFile(errors).value();
  ExpectHas(listed, R"({"origin":")" + path + R"(:3","reason":"broken JSON)");
  ExpectHas(listed, R"({"origin":")" + path + R"(:4","reason":"missing field 'text'"})");
}

}  // namespace
}  // namespace dyad
