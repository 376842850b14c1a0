// The JSON Lines event object (EventToJson, declared in event_writer.h).
#include <string>

#include "io/event_writer.h"
#include "io/json_util.h"

namespace dyad::io {
namespace {

// Appends `,"key":` (no comma before the first member).
void Key(std::string_view key, std::string* out) {
  if (out->back() != '{') out->push_back(',');
  AppendJsonString(key, out);
  out->push_back(':');
}

void StringMember(std::string_view key, std::string_view value, std::string* out) {
  Key(key, out);
  AppendJsonString(value, out);
}

void IntMember(std::string_view key, int64_t value, std::string* out) {
  Key(key, out);
  out->append(std::to_string(value));
}

// {"text":...,"begin":...,"end":...}: words and their byte span in the article body.
void SpanObject(std::string_view key, std::string_view text, const Span& span, std::string* out,
                std::string_view code_key = "", std::string_view code = "") {
  Key(key, out);
  out->push_back('{');
  if (!code_key.empty()) StringMember(code_key, code, out);
  StringMember("text", text, out);
  IntMember("begin", span.begin, out);
  IntMember("end", span.end, out);
  out->push_back('}');
}

void StringArray(std::string_view key, const std::vector<std::string>& values, std::string* out) {
  Key(key, out);
  out->push_back('[');
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendJsonString(values[i], out);
  }
  out->push_back(']');
}

std::string_view SentenceText(const ArticleResult& result, int index) {
  if (index < 0 || static_cast<size_t>(index) >= result.sentences.size()) return "";
  return result.sentences[index].text;
}

}  // namespace

std::string EventToJson(const Article& article, const ArticleResult& result, const Event& event) {
  std::string out = "{";
  StringMember("doc_id", event.doc_id, &out);
  IntMember("sentence_index", event.sentence_index, &out);
  StringMember("sentence", SentenceText(result, event.sentence_index), &out);
  StringMember("date", event.date, &out);
  SpanObject("source", event.source.text, event.source.span, &out, "code", event.source.code);
  SpanObject("target", event.target.text, event.target.span, &out, "code", event.target.code);
  StringMember("cameo", event.cameo, &out);
  StringMember("root", event.root, &out);
  IntMember("quad_class", event.quad_class, &out);
  Key("goldstein", &out);
  AppendJsonNumber(event.goldstein, &out);
  StringMember("plover", event.plover, &out);
  SpanObject("evidence", event.evidence, event.evidence_span, &out);
  StringArray("issues", event.issues, &out);
  StringMember("rule", event.rule, &out);
  if (!article.url.empty()) StringMember("url", article.url, &out);
  if (!article.origin.empty()) StringMember("origin", article.origin, &out);
  out.push_back('}');
  return out;
}

}  // namespace dyad::io
