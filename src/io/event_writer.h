// The write stage: coded articles out as JSON Lines, the GDELT 2.0 events layout, or SQLite.
// Formats are chosen by name through NewEventWriter(); each is documented in doc/.
#ifndef DYAD_IO_EVENT_WRITER_H_
#define DYAD_IO_EVENT_WRITER_H_

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad::io {

// Not thread-safe: one writer is fed by one thread.
class EventWriter {
 public:
  virtual ~EventWriter() = default;
  // Writes the events (and, for stores, the article and sentences) of one coded article.
  virtual Status Write(const Article& article, const ArticleResult& result) = 0;
  // Flushes and closes. Must be called once after the last Write; its error is the one that
  // tells whether the output is complete.
  virtual Status Finish() = 0;
};

// "jsonl" (also for "") or "gdelt", one line per event written to `out` (not owned; stays open
// after Finish), or "none", which writes nothing (for runs that only fill a database; `out` may
// then be null). Any other name is kInvalidArgument.
StatusOr<std::unique_ptr<EventWriter>> NewStreamWriter(std::string_view format, std::FILE* out);

// An SQLite database at `path` (created if missing; tables created if missing). Commits one
// transaction per `batch_articles` articles and at Finish. Writing an article whose id is already
// stored replaces its rows. Errors name `path` and give SQLite's message.
StatusOr<std::unique_ptr<EventWriter>> NewSqliteWriter(const std::string& path,
                                                       int batch_articles = 256);

// One event as a JSON object on one line (no newline): the JSON Lines format.
std::string EventToJson(const Article& article, const ArticleResult& result, const Event& event);

}  // namespace dyad::io

#endif  // DYAD_IO_EVENT_WRITER_H_
