#include "io/jsonl_reader.h"

#include <simdjson.h>

#include <optional>
#include <utility>

#include "base/string_util.h"
#include "io/date.h"
#include "text/utf8.h"

namespace dyad::io {
namespace {

namespace dom = simdjson::dom;

const char* TypeName(dom::element_type type) {
  switch (type) {
    case dom::element_type::ARRAY:
      return "array";
    case dom::element_type::OBJECT:
      return "object";
    case dom::element_type::STRING:
      return "string";
    case dom::element_type::BOOL:
      return "boolean";
    case dom::element_type::NULL_VALUE:
      return "null";
    default:
      return "number";
  }
}

// Quotes `value` for a message, cut to a few dozen bytes on a UTF-8 boundary.
std::string Quoted(std::string_view value) {
  constexpr size_t kMaxBytes = 40;
  size_t cut = value.size();
  if (cut > kMaxBytes) {
    cut = kMaxBytes;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
  }
  std::string out = "'";
  out.append(value.substr(0, cut));
  if (cut < value.size()) out.append("...");
  out.push_back('\'');
  return out;
}

// Reads the optional string field `key` into *out ("" when absent or null). Returns an error
// reason when the field holds something else.
std::optional<std::string> GetString(dom::object object, const char* key, std::string* out) {
  out->clear();
  dom::element value;
  if (object.at_key(key).get(value) != simdjson::SUCCESS) return std::nullopt;
  if (value.is_null()) return std::nullopt;
  std::string_view text;
  if (value.get_string().get(text) != simdjson::SUCCESS) {
    return "field '" + std::string(key) + "' must be a string, got " + TypeName(value.type());
  }
  out->assign(text);
  return std::nullopt;
}

class JsonlReader : public ArticleReader {
 public:
  JsonlReader(std::unique_ptr<LineReader> lines, std::string path, std::string id_prefix,
              const ReadOptions& options)
      : lines_(std::move(lines)),
        path_(std::move(path)),
        id_prefix_(std::move(id_prefix)),
        options_(options) {}

  bool Next(InputRecord* record) override;

 private:
  // Fills *record from one line; returns a reason when the line is not a usable article.
  std::optional<std::string> Parse(std::string_view line, InputRecord* record);
  std::optional<std::string> FillArticle(dom::object object, Article* article);

  std::unique_ptr<LineReader> lines_;
  std::string path_;
  std::string id_prefix_;
  ReadOptions options_;
  dom::parser parser_;  // Reused so its buffers are allocated once.
  int64_t records_ = 0;
  bool done_ = false;
};

bool JsonlReader::Next(InputRecord* record) {
  if (done_) return false;
  std::string_view line;
  while (lines_->Next(&line)) {
    if (!lines_->overlong() && Trim(line).empty()) continue;
    ++records_;
    *record = InputRecord();
    record->origin = path_ + ":" + std::to_string(lines_->line_number());
    std::optional<std::string> reason;
    if (lines_->overlong() || line.size() > options_.max_record_bytes) {
      reason = "record too large: " + std::to_string(lines_->line_bytes()) + " bytes (limit " +
               std::to_string(options_.max_record_bytes) + ")";
    } else {
      reason = Parse(line, record);
    }
    if (reason) {
      record->kind = InputRecord::Kind::kSkipped;
      record->reason = std::move(*reason);
      record->article = Article();
    }
    return true;
  }
  done_ = true;
  if (lines_->status().ok()) return false;
  *record = InputRecord();
  record->kind = InputRecord::Kind::kFileError;
  record->origin = path_;
  record->reason = lines_->status().message() + " after " + std::to_string(records_) + " records";
  return true;
}

std::optional<std::string> JsonlReader::Parse(std::string_view line, InputRecord* record) {
  // Checked here rather than left to simdjson so the message can give the byte offset.
  size_t bad = 0;
  if (!text::IsValidUtf8(line, &bad)) return "invalid UTF-8 at byte " + std::to_string(bad);
  dom::element doc;
  simdjson::error_code error = parser_.parse(line.data(), line.size()).get(doc);
  if (error != simdjson::SUCCESS) {
    return std::string("broken JSON: ") + simdjson::error_message(error);
  }
  dom::object object;
  if (doc.get_object().get(object) != simdjson::SUCCESS) {
    return std::string("not a JSON object, got ") + TypeName(doc.type());
  }
  record->kind = InputRecord::Kind::kArticle;
  record->article.origin = record->origin;
  return FillArticle(object, &record->article);
}

std::optional<std::string> JsonlReader::FillArticle(dom::object object, Article* article) {
  std::string text, date;
  dom::element text_value;
  if (object.at_key("text").get(text_value) != simdjson::SUCCESS) return "missing field 'text'";
  if (!text_value.is_string()) {
    return std::string("field 'text' must be a string, got ") + TypeName(text_value.type());
  }
  const std::pair<const char*, std::string*> fields[] = {
      {"text", &text},        {"id", &article->id},
      {"date", &date},        {"title", &article->title},
      {"url", &article->url}, {"source", &article->source}};
  for (auto [key, out] : fields) {
    if (std::optional<std::string> reason = GetString(object, key, out)) return reason;
  }
  if (Trim(text).empty()) return "field 'text' is empty";
  if (date.empty()) {
    article->date = options_.default_date;
  } else if (std::optional<std::string> day = DateFromTimestamp(date)) {
    article->date = std::move(*day);
  } else {
    return "invalid date " + Quoted(date);
  }
  if (article->id.empty()) article->id = id_prefix_ + ":" + std::to_string(lines_->line_number());
  if (article->title.empty()) {
    article->body = std::move(text);
  } else {
    article->body = article->title + "\n\n" + text;
    article->title_bytes = static_cast<uint32_t>(article->title.size());
  }
  return std::nullopt;
}

}  // namespace

std::unique_ptr<ArticleReader> NewJsonlReader(std::unique_ptr<LineReader> lines, std::string path,
                                              std::string id_prefix, const ReadOptions& options) {
  return std::make_unique<JsonlReader>(std::move(lines), std::move(path), std::move(id_prefix),
                                       options);
}

}  // namespace dyad::io
