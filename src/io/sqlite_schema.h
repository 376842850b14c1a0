// The SQL schema of dyad's SQLite output (documented in doc/output_formats.md).
#ifndef DYAD_IO_SQLITE_SCHEMA_H_
#define DYAD_IO_SQLITE_SCHEMA_H_

namespace dyad::io {

// Bumped whenever a table or column changes meaning; stored in meta('schema_version').
inline constexpr const char* kSqliteSchemaVersion = "1";

inline constexpr const char* kSqliteSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles(
  id TEXT PRIMARY KEY, date TEXT, title TEXT, url TEXT, source TEXT, origin TEXT,
  content_hash TEXT, sentence_count INTEGER, event_count INTEGER, skipped_reason TEXT);
CREATE TABLE IF NOT EXISTS sentences(
  doc_id TEXT, sentence_index INTEGER, begin INTEGER, end INTEGER, text TEXT,
  PRIMARY KEY(doc_id, sentence_index));
CREATE TABLE IF NOT EXISTS events(
  id INTEGER PRIMARY KEY, doc_id TEXT, sentence_index INTEGER, date TEXT,
  source_code TEXT, source_text TEXT, target_code TEXT, target_text TEXT,
  cameo TEXT, root TEXT, quad_class INTEGER, goldstein REAL, plover TEXT,
  evidence TEXT, evidence_begin INTEGER, evidence_end INTEGER, issues TEXT, rule TEXT);
CREATE TABLE IF NOT EXISTS actors(
  doc_id TEXT, sentence_index INTEGER, event_id INTEGER, role TEXT, code TEXT, text TEXT);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_cameo ON events(cameo);
CREATE INDEX IF NOT EXISTS events_root ON events(root);
CREATE INDEX IF NOT EXISTS events_source_code ON events(source_code);
CREATE INDEX IF NOT EXISTS events_target_code ON events(target_code);
CREATE INDEX IF NOT EXISTS events_doc_id ON events(doc_id);
CREATE INDEX IF NOT EXISTS actors_code ON actors(code);
CREATE INDEX IF NOT EXISTS actors_doc_id ON actors(doc_id);
)sql";

}  // namespace dyad::io

#endif  // DYAD_IO_SQLITE_SCHEMA_H_
