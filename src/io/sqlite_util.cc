#include "io/sqlite_util.h"

namespace dyad::io {

Status SqliteError(const std::string& path, std::string_view what, sqlite3* db) {
  const char* message = db != nullptr ? sqlite3_errmsg(db) : "out of memory";
  return Status::IOError(path + ": " + std::string(what) + ": " + message);
}

StatusOr<SqliteDb> OpenSqlite(const std::string& path, int flags) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  SqliteDb db(raw);  // SQLite returns a handle even on failure; it must still be closed.
  if (rc != SQLITE_OK) return SqliteError(path, "cannot open database", raw);
  sqlite3_extended_result_codes(raw, 1);
  return db;
}

Status ExecSql(sqlite3* db, const std::string& path, const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK) return Status::Ok();
  std::string text = message != nullptr ? message : sqlite3_errmsg(db);
  sqlite3_free(message);
  return Status::IOError(path + ": " + text);
}

StatusOr<SqliteStatement> PrepareSql(sqlite3* db, const std::string& path, const char* sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
    return SqliteError(path, "cannot prepare statement", db);
  }
  return SqliteStatement(stmt);
}

}  // namespace dyad::io
