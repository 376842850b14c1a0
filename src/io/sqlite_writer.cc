#include "io/sqlite_writer.h"

#include <cinttypes>
#include <cstdio>
#include <utility>

#include "base/status_macros.h"
#include "dyad/version.h"
#include "io/event_writer.h"
#include "io/json_util.h"
#include "io/sqlite_schema.h"
#include "io/sqlite_util.h"

namespace dyad::io {
namespace {

// Statements prepared once and reused for every article.
enum Stmt {
  kBegin,
  kCommit,
  kSavepoint,
  kRelease,
  kRollbackTo,
  kDeleteSentences,
  kDeleteActors,
  kDeleteEvents,
  kInsertArticle,
  kInsertSentence,
  kInsertEvent,
  kInsertActor,
  kNumStmts
};

constexpr const char* kStmtSql[kNumStmts] = {
    "BEGIN",
    "COMMIT",
    "SAVEPOINT article",
    "RELEASE article",
    "ROLLBACK TO article",
    "DELETE FROM sentences WHERE doc_id = ?",
    "DELETE FROM actors WHERE doc_id = ?",
    "DELETE FROM events WHERE doc_id = ?",
    "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT OR REPLACE INTO sentences VALUES (?, ?, ?, ?, ?)",
    "INSERT INTO events (doc_id, sentence_index, date, source_code, source_text, target_code,"
    " target_text, cameo, root, quad_class, goldstein, plover, evidence, evidence_begin,"
    " evidence_end, issues, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?)",
};

std::string IssuesJson(const std::vector<std::string>& issues) {
  std::string out = "[";
  for (size_t i = 0; i < issues.size(); ++i) {
    if (i > 0) out.push_back(',');
    AppendJsonString(issues[i], &out);
  }
  out.push_back(']');
  return out;
}

class SqliteWriter : public EventWriter {
 public:
  SqliteWriter(std::string path, int batch_articles)
      : path_(std::move(path)), batch_articles_(batch_articles > 0 ? batch_articles : 1) {}

  // Opens the database, creates the schema and prepares the statements.
  Status Init();
  Status Write(const Article& article, const ArticleResult& result) override;
  Status Finish() override;

 private:
  Status CheckAndStampMeta();
  template <typename... Args>
  Status Run(Stmt stmt, const Args&... args) {
    return RunStatement(stmts_[stmt].get(), path_, kStmtSql[stmt], args...);
  }
  Status WriteArticle(const Article& article, const ArticleResult& result);
  Status WriteEvent(const Event& event);
  Status WriteActor(const Event& event, int64_t event_id, std::string_view role,
                    const ActorRef& actor);

  std::string path_;
  int batch_articles_;
  SqliteDb db_;
  SqliteStatement stmts_[kNumStmts];  // Declared after db_: finalized before it closes.
  int articles_in_batch_ = 0;
  bool in_transaction_ = false;
  bool finished_ = false;
};

Status SqliteWriter::Init() {
  ASSIGN_OR_RETURN(db_, OpenSqlite(path_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
  sqlite3_busy_timeout(db_.get(), 5000);  // Tolerate a reader (e.g. `dyad show`) briefly.
  RETURN_IF_ERROR(ExecSql(db_.get(), path_, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"));
  RETURN_IF_ERROR(ExecSql(db_.get(), path_, kSqliteSchema));
  RETURN_IF_ERROR(CheckAndStampMeta());
  for (int i = 0; i < kNumStmts; ++i) {
    ASSIGN_OR_RETURN(stmts_[i], PrepareSql(db_.get(), path_, kStmtSql[i]));
  }
  return Status::Ok();
}

// Refuses a database written with another schema version; otherwise records ours.
Status SqliteWriter::CheckAndStampMeta() {
  ASSIGN_OR_RETURN(
      SqliteStatement query,
      PrepareSql(db_.get(), path_, "SELECT value FROM meta WHERE key = 'schema_version'"));
  if (sqlite3_step(query.get()) == SQLITE_ROW) {
    const unsigned char* found = sqlite3_column_text(query.get(), 0);
    std::string version = found != nullptr ? reinterpret_cast<const char*>(found) : "";
    if (version != kSqliteSchemaVersion) {
      return Status::InvalidArgument(path_ + ": database has schema version '" + version +
                                     "', this dyad writes version " + kSqliteSchemaVersion);
    }
  }
  ASSIGN_OR_RETURN(SqliteStatement stamp,
                   PrepareSql(db_.get(), path_, "INSERT OR REPLACE INTO meta VALUES (?, ?)"));
  RETURN_IF_ERROR(RunStatement(stamp.get(), path_, "stamp meta", std::string_view("dyad_version"),
                               std::string_view(kVersion)));
  return RunStatement(stamp.get(), path_, "stamp meta", std::string_view("schema_version"),
                      std::string_view(kSqliteSchemaVersion));
}

Status SqliteWriter::Write(const Article& article, const ArticleResult& result) {
  if (finished_) return Status::Internal(path_ + ": Write() after Finish()");
  if (!in_transaction_) {
    RETURN_IF_ERROR(Run(kBegin));
    in_transaction_ = true;
  }
  // A savepoint per article keeps a failed article from leaving half its rows in the batch.
  RETURN_IF_ERROR(Run(kSavepoint));
  Status status = WriteArticle(article, result);
  if (!status.ok()) {
    Run(kRollbackTo);
    Run(kRelease);
    return status;
  }
  RETURN_IF_ERROR(Run(kRelease));
  if (++articles_in_batch_ < batch_articles_) return Status::Ok();
  articles_in_batch_ = 0;
  in_transaction_ = false;
  return Run(kCommit);
}

Status SqliteWriter::WriteArticle(const Article& article, const ArticleResult& result) {
  // Replace, not duplicate, an article that an earlier run already stored.
  for (Stmt stmt : {kDeleteSentences, kDeleteActors, kDeleteEvents}) {
    RETURN_IF_ERROR(Run(stmt, article.id));
  }
  const std::string hash = ContentHash(article.body);
  RETURN_IF_ERROR(Run(kInsertArticle, article.id, article.date, article.title, article.url,
                      article.source, article.origin, hash,
                      static_cast<int64_t>(result.sentences.size()),
                      static_cast<int64_t>(result.events.size()), result.skipped_reason));
  for (size_t i = 0; i < result.sentences.size(); ++i) {
    const SentenceInfo& sentence = result.sentences[i];
    RETURN_IF_ERROR(Run(kInsertSentence, article.id, static_cast<int64_t>(i), sentence.span.begin,
                        sentence.span.end, sentence.text));
  }
  for (const Event& event : result.events) RETURN_IF_ERROR(WriteEvent(event));
  return Status::Ok();
}

Status SqliteWriter::WriteEvent(const Event& event) {
  const std::string issues = IssuesJson(event.issues);
  RETURN_IF_ERROR(Run(kInsertEvent, event.doc_id, event.sentence_index, event.date,
                      event.source.code, event.source.text, event.target.code, event.target.text,
                      event.cameo, event.root, event.quad_class, event.goldstein, event.plover,
                      event.evidence, event.evidence_span.begin, event.evidence_span.end, issues,
                      event.rule));
  const int64_t event_id = sqlite3_last_insert_rowid(db_.get());
  RETURN_IF_ERROR(WriteActor(event, event_id, "source", event.source));
  return WriteActor(event, event_id, "target", event.target);
}

Status SqliteWriter::WriteActor(const Event& event, int64_t event_id, std::string_view role,
                                const ActorRef& actor) {
  if (actor.code.empty() && actor.text.empty()) return Status::Ok();
  return Run(kInsertActor, event.doc_id, event.sentence_index, event_id, role, actor.code,
             actor.text);
}

Status SqliteWriter::Finish() {
  if (finished_) return Status::Ok();
  finished_ = true;
  Status status = in_transaction_ ? Run(kCommit) : Status::Ok();
  in_transaction_ = false;
  for (SqliteStatement& stmt : stmts_) stmt.reset();
  // Closing here, rather than in the destructor, reports a failure to finish the WAL checkpoint.
  if (sqlite3_close(db_.get()) == SQLITE_OK) {
    db_.release();
  } else if (status.ok()) {
    status = SqliteError(path_, "cannot close database", db_.get());
  }
  return status;
}

}  // namespace

std::string ContentHash(std::string_view bytes) {
  uint64_t hash = 14695981039346656037ULL;  // FNV-1a 64-bit offset basis.
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;  // FNV-1a 64-bit prime.
  }
  char buf[17];
  std::snprintf(buf, sizeof(buf), "%016" PRIx64, hash);
  return buf;
}

StatusOr<std::unique_ptr<EventWriter>> NewSqliteWriter(const std::string& path,
                                                       int batch_articles) {
  auto writer = std::make_unique<SqliteWriter>(path, batch_articles);
  RETURN_IF_ERROR(writer->Init());
  return std::unique_ptr<EventWriter>(std::move(writer));
}

}  // namespace dyad::io
