#include "io/db_query.h"

#include <cstdio>
#include <string_view>

#include "base/status_macros.h"
#include "io/sqlite_util.h"

namespace dyad::io {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026, one character wide.

struct Column {
  const char* title;
  size_t width;
};
// Same order as the SELECT below.
constexpr Column kColumns[] = {{"date", 10}, {"doc", 18}, {"source", 12},   {"target", 12},
                               {"cameo", 5}, {"gold", 5}, {"evidence", 40}, {"sentence", 60}};
constexpr int kNumColumns = sizeof(kColumns) / sizeof(kColumns[0]);

constexpr const char* kEventQuery =
    "SELECT e.date, e.doc_id, e.source_code, e.target_code, e.cameo, e.goldstein, e.evidence,"
    " s.text FROM events e LEFT JOIN sentences s"
    " ON s.doc_id = e.doc_id AND s.sentence_index = e.sentence_index"
    " ORDER BY e.id LIMIT ?";

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string ColumnText(sqlite3_stmt* stmt, int column) {
  if (column == 5 && sqlite3_column_type(stmt, column) != SQLITE_NULL) {
    char buf[32];
    std::snprintf(buf, sizeof(buf), "%.1f", sqlite3_column_double(stmt, column));
    return buf;
  }
  const unsigned char* text = sqlite3_column_text(stmt, column);
  return text != nullptr ? reinterpret_cast<const char*>(text) : "";
}

void PrintLine(const std::string (&cells)[kNumColumns], std::FILE* out) {
  std::string line;
  for (int i = 0; i < kNumColumns; ++i) {
    if (i > 0) line.append("  ");
    line.append(FitColumn(cells[i], kColumns[i].width));
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  line.push_back('\n');
  std::fputs(line.c_str(), out);
}

StatusOr<int64_t> CountEvents(sqlite3* db, const std::string& path) {
  ASSIGN_OR_RETURN(SqliteStatement count, PrepareSql(db, path, "SELECT COUNT(*) FROM events"));
  if (sqlite3_step(count.get()) != SQLITE_ROW) return SqliteError(path, "cannot count events", db);
  return static_cast<int64_t>(sqlite3_column_int64(count.get(), 0));
}

}  // namespace

std::string FitColumn(std::string_view text, size_t width) {
  std::string out;
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsContinuationByte(text[i])) {
      if (++chars > width) break;
    }
    char c = text[i];
    out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
  }
  if (chars > width) {  // Too long: drop the last character kept to make room for "…".
    while (!out.empty() && IsContinuationByte(out.back())) out.pop_back();
    if (!out.empty()) out.pop_back();
    out.append(kEllipsis);
    return out;
  }
  out.append(width - chars, ' ');
  return out;
}

Status PrintEventTable(const std::string& db_path, std::FILE* out, int limit) {
  ASSIGN_OR_RETURN(SqliteDb db, OpenSqlite(db_path, SQLITE_OPEN_READONLY));
  ASSIGN_OR_RETURN(int64_t total, CountEvents(db.get(), db_path));
  ASSIGN_OR_RETURN(SqliteStatement query, PrepareSql(db.get(), db_path, kEventQuery));
  sqlite3_bind_int64(query.get(), 1, limit > 0 ? limit : -1);  // Negative: no limit.

  std::string cells[kNumColumns];
  for (int i = 0; i < kNumColumns; ++i) cells[i] = kColumns[i].title;
  PrintLine(cells, out);
  int64_t shown = 0;
  int rc;
  while ((rc = sqlite3_step(query.get())) == SQLITE_ROW) {
    for (int i = 0; i < kNumColumns; ++i) cells[i] = ColumnText(query.get(), i);
    PrintLine(cells, out);
    ++shown;
  }
  if (rc != SQLITE_DONE) return SqliteError(db_path, "cannot read events", db.get());
  std::fprintf(out, "(%lld of %lld events)\n", static_cast<long long>(shown),
               static_cast<long long>(total));
  return Status::Ok();
}

}  // namespace dyad::io
