// Thin RAII and Status helpers over the SQLite C API, shared by the SQLite writer and queries.
#ifndef DYAD_IO_SQLITE_UTIL_H_
#define DYAD_IO_SQLITE_UTIL_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::io {

struct SqliteCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct SqliteFinalizer {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
using SqliteDb = std::unique_ptr<sqlite3, SqliteCloser>;
using SqliteStatement = std::unique_ptr<sqlite3_stmt, SqliteFinalizer>;

// "`path`: `what`: <SQLite's message for db>".
Status SqliteError(const std::string& path, std::string_view what, sqlite3* db);

// Opens the database at `path` with SQLite `flags` (SQLITE_OPEN_READONLY, ...).
StatusOr<SqliteDb> OpenSqlite(const std::string& path, int flags);

// Runs `sql` (one or more statements without results).
Status ExecSql(sqlite3* db, const std::string& path, const char* sql);

StatusOr<SqliteStatement> PrepareSql(sqlite3* db, const std::string& path, const char* sql);

// Binds one parameter. Text is bound without copying: it must outlive the statement's step.
inline int BindValue(sqlite3_stmt* stmt, int index, std::string_view value) {
  return sqlite3_bind_text64(stmt, index, value.data(), value.size(), SQLITE_STATIC, SQLITE_UTF8);
}
inline int BindValue(sqlite3_stmt* stmt, int index, int64_t value) {
  return sqlite3_bind_int64(stmt, index, value);
}
inline int BindValue(sqlite3_stmt* stmt, int index, int value) {
  return sqlite3_bind_int64(stmt, index, value);
}
inline int BindValue(sqlite3_stmt* stmt, int index, uint32_t value) {
  return sqlite3_bind_int64(stmt, index, value);
}
inline int BindValue(sqlite3_stmt* stmt, int index, double value) {
  return sqlite3_bind_double(stmt, index, value);
}

// Binds `args` to parameters 1, 2, ... of `stmt`, steps it once and resets it: for INSERT,
// DELETE and the like. Errors name `path` and `what`.
template <typename... Args>
Status RunStatement(sqlite3_stmt* stmt, const std::string& path, std::string_view what,
                    const Args&... args) {
  sqlite3_reset(stmt);
  int index = 0;
  int rc = SQLITE_OK;
  ((rc = rc == SQLITE_OK ? BindValue(stmt, ++index, args) : rc), ...);
  if (rc == SQLITE_OK) rc = sqlite3_step(stmt);
  Status status = rc == SQLITE_DONE || rc == SQLITE_ROW
                      ? Status::Ok()
                      : SqliteError(path, what, sqlite3_db_handle(stmt));
  sqlite3_reset(stmt);
  sqlite3_clear_bindings(stmt);
  return status;
}

}  // namespace dyad::io

#endif  // DYAD_IO_SQLITE_UTIL_H_
