// dyad code INPUT... : reads articles, codes them, writes events; the run summary on stderr.
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/status_macros.h"
#include "base/string_util.h"
#include "cli/commands.h"
#include "cli/engine_flags.h"
#include "cli/run_summary.h"
#include "io/article_reader.h"
#include "io/date.h"
#include "io/event_writer.h"
#include "io/sqlite_util.h"
#include "io/sqlite_writer.h"

namespace dyad::cli {
namespace {

// Skipped records beyond this many are counted in the summary but not printed one by one.
constexpr uint64_t kMaxPrintedSkips = 100;

// The summary's reason for articles that --resume passes over.
constexpr char kAlreadyStored[] = "already stored";

struct CodeFlags {
  std::vector<std::string> inputs;
  std::string date, out, format, db, errors;
  bool strict = false;
  bool quiet = false;
  bool resume = false;
  double max_record_mb = static_cast<double>(io::kDefaultMaxRecordBytes) / (1 << 20);
  EngineFlags engine;
};

// For --resume: the id and content hash of every article the database held when the run began.
// An article read again with the same id and the same text is not coded again.
class StoredArticles {
 public:
  // Reads the articles table of the dyad database at `path` (which must exist).
  Status Load(const std::string& path) {
    ASSIGN_OR_RETURN(io::SqliteDb db, io::OpenSqlite(path, SQLITE_OPEN_READONLY));
    ASSIGN_OR_RETURN(io::SqliteStatement query,
                     io::PrepareSql(db.get(), path, "SELECT id, content_hash FROM articles"));
    int rc;
    while ((rc = sqlite3_step(query.get())) == SQLITE_ROW) {
      hash_by_id_[Column(query.get(), 0)] = Column(query.get(), 1);
    }
    if (rc != SQLITE_DONE) return io::SqliteError(path, "cannot read stored articles", db.get());
    return Status::Ok();
  }

  // True when an article with `id` and `hash` is stored.
  bool Contains(const std::string& id, const std::string& hash) const {
    auto it = hash_by_id_.find(id);
    return it != hash_by_id_.end() && it->second == hash;
  }

  // Records that this run stored `id` with `hash` (it replaced any earlier article of that id),
  // so that a later record with the same id is compared with what the database now holds.
  void Stored(const std::string& id, const std::string& hash) {
    auto it = hash_by_id_.find(id);
    if (it != hash_by_id_.end()) it->second = hash;
  }

 private:
  static std::string Column(sqlite3_stmt* stmt, int i) {
    const unsigned char* text = sqlite3_column_text(stmt, i);
    return text != nullptr ? reinterpret_cast<const char*>(text) : "";
  }

  std::unordered_map<std::string, std::string> hash_by_id_;
};

struct Outputs {
  std::FILE* stream = nullptr;  // Owned when it is not stdout.
  std::FILE* errors = nullptr;
  std::unique_ptr<io::EventWriter> events;
  std::unique_ptr<io::EventWriter> db;
  ~Outputs() {
    if (stream && stream != stdout) std::fclose(stream);
    if (errors) std::fclose(errors);
  }
};

bool OpenOutputs(CodeFlags& f, Outputs* o) {
  std::string format = f.format.empty() ? (f.db.empty() || !f.out.empty() ? "jsonl" : "none") : f.format;
  o->stream = f.out.empty() ? stdout : std::fopen(f.out.c_str(), "wb");
  if (!o->stream) {
    std::fprintf(stderr, "dyad: cannot create %s\n", f.out.c_str());
    return false;
  }
  StatusOr<std::unique_ptr<io::EventWriter>> w = io::NewStreamWriter(format, o->stream);
  if (!w.ok()) {
    std::fprintf(stderr, "dyad: %s\n", w.status().ToString().c_str());
    return false;
  }
  o->events = std::move(w).value();
  if (!f.db.empty()) {
    StatusOr<std::unique_ptr<io::EventWriter>> db = io::NewSqliteWriter(f.db);
    if (!db.ok()) {
      std::fprintf(stderr, "dyad: %s\n", db.status().ToString().c_str());
      return false;
    }
    o->db = std::move(db).value();
  }
  if (!f.errors.empty() && !(o->errors = std::fopen(f.errors.c_str(), "wb"))) {
    std::fprintf(stderr, "dyad: cannot create %s\n", f.errors.c_str());
    return false;
  }
  return true;
}

void ReportSkip(const io::InputRecord& r, uint64_t count, Outputs* o) {
  if (count <= kMaxPrintedSkips) {
    std::fprintf(stderr, "dyad: skipped %s: %s\n", r.origin.c_str(), r.reason.c_str());
  }
  if (o->errors) {
    std::string line = "{\"origin\":\"";
    AppendJsonEscaped(r.origin, &line);
    line += "\",\"reason\":\"";
    AppendJsonEscaped(r.reason, &line);
    line += "\"}\n";
    std::fputs(line.c_str(), o->errors);
  }
}

bool Write(Outputs* o, const Article& a, const ArticleResult& r) {
  for (io::EventWriter* w : {o->events.get(), o->db.get()}) {
    if (!w) continue;
    Status s = w->Write(a, r);
    if (!s.ok()) {
      std::fprintf(stderr, "dyad: %s\n", s.ToString().c_str());
      return false;
    }
  }
  return true;
}

bool Finish(Outputs* o) {
  bool ok = true;
  for (io::EventWriter* w : {o->events.get(), o->db.get()}) {
    if (!w) continue;
    Status s = w->Finish();
    if (!s.ok()) {
      std::fprintf(stderr, "dyad: %s\n", s.ToString().c_str());
      ok = false;
    }
  }
  return ok;
}

int Run(CodeFlags& f) {
  if (f.resume && f.db.empty()) {
    std::fprintf(stderr, "dyad: --resume needs --db: it skips the articles that database holds\n");
    return kExitError;
  }
  if (!f.date.empty() && !io::IsValidDate(f.date)) {
    std::fprintf(stderr, "dyad: --date %s is not a valid YYYY-MM-DD date\n", f.date.c_str());
    return kExitError;
  }
  std::unique_ptr<Engine> engine = f.engine.Build();
  if (!engine) return kExitError;
  Outputs out;
  if (!OpenOutputs(f, &out)) return kExitError;
  std::unique_ptr<StoredArticles> stored;
  if (f.resume) {  // After OpenOutputs, which created the database and checked its schema.
    stored = std::make_unique<StoredArticles>();
    Status s = stored->Load(f.db);
    if (!s.ok()) {
      std::fprintf(stderr, "dyad: --resume: %s\n", s.ToString().c_str());
      return kExitError;
    }
  }
  io::ReadOptions read_options;
  read_options.default_date = f.date;
  read_options.max_record_bytes = static_cast<size_t>(f.max_record_mb * (1 << 20));
  StatusOr<std::unique_ptr<io::ArticleReader>> reader = io::ArticleReader::Open(f.inputs, read_options);
  if (!reader.ok()) {
    std::fprintf(stderr, "dyad: %s\n", reader.status().ToString().c_str());
    return kExitError;
  }
  auto start = std::chrono::steady_clock::now();
  RunSummary summary;
  io::InputRecord record;
  bool write_ok = true;
  while (write_ok && (*reader)->Next(&record)) {
    switch (record.kind) {
      case io::InputRecord::Kind::kFileError:
        summary.FileError();
        std::fprintf(stderr, "dyad: %s: %s\n", record.origin.c_str(), record.reason.c_str());
        break;
      case io::InputRecord::Kind::kSkipped:
        summary.Skipped(record.reason);
        ReportSkip(record, summary.skipped(), &out);
        break;
      case io::InputRecord::Kind::kArticle: {
        std::string hash = stored ? io::ContentHash(record.article.body) : "";
        if (stored && stored->Contains(record.article.id, hash)) {
          summary.NotCoded(kAlreadyStored);
          break;
        }
        ArticleResult result = engine->Code(record.article);
        if (result.skipped_reason.empty()) {
          summary.Coded(result.sentences.size(), result.events.size());
        } else {
          summary.NotCoded(result.skipped_reason);
        }
        write_ok = Write(&out, record.article, result);
        if (stored) stored->Stored(record.article.id, hash);
        break;
      }
    }
  }
  write_ok = Finish(&out) && write_ok;
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!f.quiet) std::fprintf(stderr, "dyad: %s\n", summary.ToString(seconds).c_str());
  if (!write_ok || summary.file_errors() > 0) return kExitError;
  if (f.strict && summary.skipped() > 0) return kExitSkipped;
  return kExitOk;
}

}  // namespace

Runner AddCodeCommand(CLI::App* app) {
  auto f = std::make_shared<CodeFlags>();
  app->add_option("inputs", f->inputs, "Files (.txt, .jsonl, .jsonl.gz), directories, or - for stdin")
      ->required();
  app->add_option("--date", f->date, "YYYY-MM-DD for articles that carry no date");
  app->add_option("--out", f->out, "Write events to FILE instead of stdout");
  app->add_option("--format", f->format, "jsonl (default), gdelt, or none");
  app->add_option("--db", f->db, "Also store articles, sentences and events in this SQLite file");
  app->add_option("--errors", f->errors, "Write skipped records with their reasons (JSON Lines)");
  app->add_flag("--strict", f->strict, "Exit with status 2 when any record was skipped");
  app->add_flag("--quiet", f->quiet, "No run summary on stderr");
  app->add_option("--max-record-mb", f->max_record_mb,
                  "Skip articles (JSON Lines lines, text files) larger than this (default 16)")
      ->check(CLI::Range(0.001, 4095.0));  // Spans are 32-bit byte offsets.
  app->add_flag("--resume", f->resume,
                "With --db: skip articles the database already holds (same id and text)");
  f->engine.Register(app);
  return [f] { return Run(*f); };
}

}  // namespace dyad::cli
