// Fuzzes the whole engine on arbitrary bytes: one Engine built once from the built-in data (the
// data directory compiled in), then Code() on an article whose body is the input (the first
// line, when there is one, is the headline) and Explain() on the same bytes.
//
// Checks: Code() never fails; invalid UTF-8 is skipped with a reason; every sentence and span
// lies inside the body; every event points at an existing sentence and has a CAMEO code.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "dyad/engine.h"
#include "fuzz/fuzz_check.h"
#include "text/utf8.h"

namespace {

const dyad::Engine& GetEngine() {
  static const dyad::Engine* engine = [] {
    auto created = dyad::Engine::Create(dyad::Options(), nullptr);
    if (!created.ok()) std::fprintf(stderr, "%s\n", created.status().ToString().c_str());
    FUZZ_CHECK(created.ok());
    return std::move(created).value().release();
  }();
  return *engine;
}

bool Inside(dyad::Span span, const std::string& body) {
  return span.begin <= span.end && span.end <= body.size();
}

void CheckResult(const dyad::Article& a, const dyad::ArticleResult& r) {
  if (!dyad::text::IsValidUtf8(a.body)) {
    FUZZ_CHECK(!r.skipped_reason.empty() && r.sentences.empty() && r.events.empty());
    return;
  }
  for (const dyad::SentenceInfo& s : r.sentences) {
    FUZZ_CHECK(Inside(s.span, a.body));
    FUZZ_CHECK(s.text == a.body.substr(s.span.begin, s.span.size()));
  }
  for (const dyad::Event& e : r.events) {
    FUZZ_CHECK(e.doc_id == a.id);
    FUZZ_CHECK(e.sentence_index >= 0 && static_cast<size_t>(e.sentence_index) < r.sentences.size());
    FUZZ_CHECK(!e.cameo.empty());
    FUZZ_CHECK(Inside(e.evidence_span, a.body));
    FUZZ_CHECK(Inside(e.source.span, a.body));
    FUZZ_CHECK(Inside(e.target.span, a.body));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const dyad::Engine& engine = GetEngine();
  dyad::Article article;
  article.id = "fuzz";
  article.date = "2020-02-29";
  article.body.assign(reinterpret_cast<const char*>(data), size);
  size_t newline = article.body.find('\n');
  if (newline != std::string::npos) {
    article.title = article.body.substr(0, newline);
    article.title_bytes = static_cast<uint32_t>(newline);
  }
  CheckResult(article, engine.Code(article));
  FUZZ_CHECK(!engine.Explain(article.body, article.date).empty());
  return 0;
}
