#include "io/event_writer.h"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <utility>

#include "io/gdelt_row.h"

namespace dyad::io {
namespace {

// Writes one line per event to a stream it does not own.
class LineWriter : public EventWriter {
 public:
  explicit LineWriter(std::FILE* out) : out_(out) {}

  Status Write(const Article& article, const ArticleResult& result) override {
    std::string lines;
    for (const Event& event : result.events) {
      lines.append(FormatEvent(article, result, event));
      lines.push_back('\n');
    }
    if (std::fwrite(lines.data(), 1, lines.size(), out_) != lines.size()) return WriteError();
    return Status::Ok();
  }

  Status Finish() override {
    if (std::fflush(out_) != 0 || std::ferror(out_)) return WriteError();
    return Status::Ok();
  }

 protected:
  virtual std::string FormatEvent(const Article& article, const ArticleResult& result,
                                  const Event& event) = 0;

 private:
  static Status WriteError() {
    return Status::IOError(std::string("cannot write events: ") + std::strerror(errno));
  }

  std::FILE* out_;
};

class JsonlWriter : public LineWriter {
 public:
  using LineWriter::LineWriter;

 protected:
  std::string FormatEvent(const Article& article, const ArticleResult& result,
                          const Event& event) override {
    return EventToJson(article, result, event);
  }
};

class GdeltWriter : public LineWriter {
 public:
  explicit GdeltWriter(std::FILE* out)
      : LineWriter(out), date_added_(GdeltTimestamp(std::time(nullptr))) {}

 protected:
  std::string FormatEvent(const Article& article, const ArticleResult& result,
                          const Event& event) override {
    return GdeltRow(article, result, event, ++last_event_id_, date_added_);
  }

 private:
  std::string date_added_;  // One DATEADDED for the whole run, so rows of a run group together.
  int64_t last_event_id_ = 0;
};

// For runs whose output goes only to a database.
class NoneWriter : public EventWriter {
 public:
  Status Write(const Article&, const ArticleResult&) override { return Status::Ok(); }
  Status Finish() override { return Status::Ok(); }
};

}  // namespace

StatusOr<std::unique_ptr<EventWriter>> NewStreamWriter(std::string_view format, std::FILE* out) {
  if (format == "none") return std::unique_ptr<EventWriter>(std::make_unique<NoneWriter>());
  if (out == nullptr) return Status::InvalidArgument("no output stream for events");
  if (format.empty() || format == "jsonl") {
    return std::unique_ptr<EventWriter>(std::make_unique<JsonlWriter>(out));
  }
  if (format == "gdelt") return std::unique_ptr<EventWriter>(std::make_unique<GdeltWriter>(out));
  return Status::InvalidArgument("unknown output format '" + std::string(format) +
                                 "' (expected jsonl, gdelt or none)");
}

}  // namespace dyad::io
