// Interrupted runs: `dyad code --db` killed with SIGKILL at random points, then finished with
// --resume, must leave the same database as a run that was never interrupted. Databases are
// compared through a canonical dump: articles by id with their content hash, sentences, and
// events (with their actors) by content, since event ids of a resumed run may differ.
#include <signal.h>
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "base/file.h"
#include "dyad_process.h"
#include "gtest/gtest.h"
#include "io/test_files.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
using io::testing::TempDir;
using testing::ProcessResult;

constexpr int kArticles = 2000;
constexpr int kKillPoints = 20;

// Short news in a few templates, with actors and verbs the built-in dictionaries know.
std::string GenerateArticles(int count) {
  const char* subjects[] = {"Israeli troops",   "Egypt", "Russian forces",    "China",
                            "Turkish police",   "Iran",  "The United States", "India",
                            "French diplomats", "Japan"};
  const char* actions[] = {"attacked",   "criticized", "met",    "praised",   "accused",
                           "threatened", "visited",    "warned", "condemned", "thanked"};
  const char* objects[] = {"Palestinian militants in Gaza",
                           "Ethiopia over the dam",
                           "Ukrainian soldiers near Kharkiv",
                           "North Korea",
                           "Pakistan",
                           "Iraqi leaders in Baghdad",
                           "Kurdish activists",
                           "Germany"};
  std::mt19937 rng(2024);
  std::string out;
  for (int i = 0; i < count; ++i) {
    if (i % 500 == 250) out += "{\"id\":\"bad" + std::to_string(i) + "\"}\n";  // Skipped.
    std::string text;
    int sentences = 1 + rng() % 2;
    for (int s = 0; s < sentences; ++s) {
      text += std::string(subjects[rng() % 10]) + " " + actions[rng() % 10] + " " +
              objects[rng() % 8] + " on day " + std::to_string(s) + ". ";
    }
    out += "{\"id\":\"a" + std::to_string(i) + "\",\"date\":\"2021-0" + std::to_string(1 + i % 9) +
           "-1" + std::to_string(i % 10) + "\",\"title\":\"Report " + std::to_string(i) +
           "\",\"text\":\"" + text + "\"}\n";
  }
  return out;
}

// Appends every row of `sql` to *out, one line per row, columns separated by tabs.
void DumpQuery(sqlite3* db, const char* sql, std::string* out) {
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
      const unsigned char* text = sqlite3_column_text(stmt, i);
      if (i > 0) out->push_back('\t');
      out->append(text != nullptr ? reinterpret_cast<const char*>(text) : "NULL");
    }
    *out += "\n";
  }
  sqlite3_finalize(stmt);
}

// The canonical content of a dyad database, independent of event ids and of write order.
std::string CanonicalDump(const std::string& path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  std::string out = "integrity: ";
  DumpQuery(db, "PRAGMA integrity_check", &out);
  out += "articles:\n";
  DumpQuery(
      db,
      "SELECT id, date, title, url, source, origin, content_hash, sentence_count, event_count,"
      " skipped_reason FROM articles ORDER BY id",
      &out);
  out += "sentences:\n";
  DumpQuery(db, "SELECT * FROM sentences ORDER BY doc_id, sentence_index", &out);
  out += "events:\n";
  DumpQuery(db,
            "SELECT doc_id, sentence_index, date, source_code, source_text, target_code,"
            " target_text, cameo, root, quad_class, goldstein, plover, evidence, evidence_begin,"
            " evidence_end, issues, rule FROM events ORDER BY 1, 2, 14, 15, 8, 4, 6, 17",
            &out);
  out += "actors:\n";
  DumpQuery(db,
            "SELECT a.doc_id, a.sentence_index, e.cameo, e.evidence_begin, e.evidence_end,"
            " e.source_code, e.target_code, a.role, a.code, a.text"
            " FROM actors a JOIN events e ON a.event_id = e.id ORDER BY 1, 2, 3, 4, 5, 6, 7, 8",
            &out);
  sqlite3_close(db);
  return out;
}

// The first line where `a` and `b` differ, for a readable failure.
std::string FirstDifference(const std::string& a, const std::string& b) {
  std::istringstream sa(a), sb(b);
  std::string la, lb;
  for (int line = 1;; ++line) {
    bool ha = static_cast<bool>(std::getline(sa, la)), hb = static_cast<bool>(std::getline(sb, lb));
    if (!ha && !hb) return "no difference";
    if (la != lb || ha != hb) {
      return "line " + std::to_string(line) + ":\n  expected: " + (ha ? la : "<end>") +
             "\n  actual:   " + (hb ? lb : "<end>");
    }
  }
}

void RemoveDatabase(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path + suffix);
}

class ResumeTest : public ::testing::Test {
 protected:
  ProcessResult Dyad(const std::vector<std::string>& args) {
    ProcessResult r = testing::RunProcess(DYAD_BINARY, args, dir_.path());
    EXPECT_EQ(r.signal, 0) << r.err;
    return r;
  }
  TempDir dir_;
};

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// The number of articles a running `dyad code --db` has committed to `db` so far (0 while the
// database or its tables do not exist yet).
long StoredArticles(const std::string& db) {
  sqlite3* handle = nullptr;
  long n = 0;
  if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT count(*) FROM articles", -1, &stmt, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
      n = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(handle);
  return n;
}

// Waits until `db` holds at least `n` articles. Gives up after a minute.
void AwaitStored(const std::string& db, long n) {
  const Clock::time_point start = Clock::now();
  while (StoredArticles(db) < n && SecondsSince(start) < 60) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

// Waits until the database at `db` is open for writing (its -wal file exists): the data has
// been loaded and coding begins. Gives up after a minute.
void AwaitWriting(const std::string& db) {
  const Clock::time_point start = Clock::now();
  while (!fs::exists(db + "-wal") && SecondsSince(start) < 60) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

TEST_F(ResumeTest, KilledRunsResumeToTheSameDatabase) {
  const std::string input = dir_.Write("news.jsonl", GenerateArticles(kArticles));
  const std::vector<std::string> args = {"code", input, "--db", "", "--quiet"};
  auto code_into = [&](const std::string& db) {
    std::vector<std::string> a = args;
    a[3] = db;
    return testing::StartProcess(DYAD_BINARY, a, dir_.path());
  };

  // The uninterrupted run; how long it takes to load the data bounds the kills while loading.
  const std::string reference = dir_.path() + "/reference.db";
  const Clock::time_point start = Clock::now();
  pid_t pid = code_into(reference);
  AwaitWriting(reference);
  const double loading = SecondsSince(start);
  ProcessResult full = testing::WaitProcess(pid, dir_.path());
  ASSERT_EQ(full.exit_status, 0) << full.err;
  const std::string expected = CanonicalDump(reference);
  ASSERT_NE(expected.find("integrity: ok\n"), std::string::npos);
  ASSERT_EQ(expected.find("events:\nactors:"), std::string::npos) << "no events were coded";

  // Every fifth run is killed while loading. The others are killed by progress, not by the
  // clock (a loaded machine makes run times vary several-fold): once a random number of
  // articles is stored, after a random few milliseconds, so the kill may land mid-batch.
  std::mt19937 rng(::testing::UnitTest::GetInstance()->random_seed() + ::getpid());
  std::uniform_real_distribution<double> fraction(0.0, 1.0);
  std::uniform_int_distribution<long> progress(1, kArticles * 3 / 4);
  const std::string db = dir_.path() + "/run.db";
  int interrupted = 0, partial = 0;
  for (int round = 0; round < kKillPoints; ++round) {
    RemoveDatabase(db);
    const bool while_loading = round % 5 == 0;
    const long after = while_loading ? 0 : progress(rng);
    const double delay = while_loading ? loading * fraction(rng) : 0.02 * fraction(rng);
    pid = code_into(db);
    ASSERT_GT(pid, 0);
    if (!while_loading) AwaitStored(db, after);
    std::this_thread::sleep_for(std::chrono::duration<double>(delay));
    ::kill(pid, SIGKILL);
    ProcessResult killed = testing::WaitProcess(pid, dir_.path());
    if (killed.signal == SIGKILL) ++interrupted;

    ProcessResult resumed = Dyad({"code", input, "--db", db, "--resume"});
    size_t at = resumed.err.find("already stored ");
    long stored = at == std::string::npos ? 0 : std::strtol(&resumed.err[at + 15], nullptr, 10);
    if (stored > 0 && stored < kArticles) ++partial;
    std::printf("[  round   ] %2d: killed %s, %.3f s later; %ld articles were stored\n", round,
                while_loading ? "while loading"
                              : ("after " + std::to_string(after) + " articles").c_str(),
                delay, stored);
    ASSERT_EQ(resumed.exit_status, 0) << "round " << round << ":\n" << resumed.err;
    const std::string actual = CanonicalDump(db);
    ASSERT_EQ(actual == expected, true) << "round " << round << ", killed after " << delay
                                        << " s: " << FirstDifference(expected, actual);
  }
  EXPECT_GT(interrupted, kKillPoints / 2) << "most runs must really be killed";
  EXPECT_GE(partial, 3) << "some runs must be killed after storing part of the articles";
}

TEST_F(ResumeTest, ResumeSkipsStoredArticlesAndRecodesChangedOnes) {
  const std::string db = dir_.path() + "/events.db";
  const std::string first = dir_.Write("first.jsonl",
                                       "{\"id\":\"a\",\"text\":\"Iran warned Iraq.\"}\n"
                                       "{\"id\":\"b\",\"text\":\"Egypt criticized Ethiopia.\"}\n");
  ASSERT_EQ(Dyad({"code", first, "--db", db}).exit_status, 0);
  const std::string second =
      dir_.Write("second.jsonl",
                 "{\"id\":\"a\",\"text\":\"Iran warned Iraq.\"}\n"        // Unchanged: skipped.
                 "{\"id\":\"b\",\"text\":\"Egypt praised Ethiopia.\"}\n"  // Changed: coded again.
                 "{\"id\":\"c\",\"text\":\"China met India.\"}\n");       // New: coded.
  ProcessResult r = Dyad({"code", second, "--db", db, "--resume", "--format", "jsonl"});
  ASSERT_EQ(r.exit_status, 0) << r.err;
  EXPECT_NE(r.err.find("articles read 3, coded 2, not coded 1 (already stored 1)"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.out.find("\"doc_id\":\"a\""), std::string::npos) << "a is not written again";
  std::string dump = CanonicalDump(db);
  EXPECT_NE(dump.find("Egypt praised Ethiopia."), std::string::npos) << dump;
  EXPECT_EQ(dump.find("Egypt criticized Ethiopia."), std::string::npos) << dump;
}

TEST_F(ResumeTest, ResumeNeedsADatabase) {
  const std::string input =
      dir_.Write("a.jsonl", "{\"id\":\"a\",\"text\":\"Iran warned Iraq.\"}\n");
  ProcessResult r = Dyad({"code", input, "--resume"});
  EXPECT_EQ(r.exit_status, 1);
  EXPECT_NE(r.err.find("--resume needs --db"), std::string::npos) << r.err;
}

TEST_F(ResumeTest, ResumeRefusesAFileThatIsNotADyadDatabase) {
  const std::string input =
      dir_.Write("a.jsonl", "{\"id\":\"a\",\"text\":\"Iran warned Iraq.\"}\n");
  const std::string db = dir_.Write("not.db", "this is not an SQLite database, just text\n");
  ProcessResult r = Dyad({"code", input, "--db", db, "--resume"});
  EXPECT_EQ(r.exit_status, 1);
  EXPECT_NE(r.err.find(db), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dyad
