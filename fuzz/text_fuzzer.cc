// Fuzzes the text stage on arbitrary bytes: the UTF-8 validator and its repair, the cleaner, and
// the tokenizer and sentence splitter, with the built-in abbreviation and boilerplate lists.
//
// Checks: ReplaceInvalidUtf8 always yields valid UTF-8 and leaves valid input unchanged; the
// error offset of invalid input is inside it; every block, sentence and token span lies inside
// the text, in order, and no sentence is empty. The tokenizer also runs on the raw (possibly
// invalid) bytes with an arbitrary region, which it promises to clamp.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz/fuzz_check.h"
#include "text/abbreviations.h"
#include "text/cleaner.h"
#include "text/splitter.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace {

using dyad::Span;
using dyad::text::Sentence;
using dyad::text::Token;

struct Resources {
  dyad::text::Abbreviations abbreviations;
  dyad::text::Cleaner cleaner;
};

const Resources& GetResources() {
  static const Resources* resources = [] {
    auto* r = new Resources;
    auto abbreviations = dyad::text::Abbreviations::Load(DYAD_DATA_DIR "/text/abbreviations.txt");
    auto cleaner = dyad::text::Cleaner::Load(DYAD_DATA_DIR "/text/boilerplate.txt");
    FUZZ_CHECK(abbreviations.ok() && cleaner.ok());
    r->abbreviations = std::move(abbreviations).value();
    r->cleaner = std::move(cleaner).value();
    return r;
  }();
  return *resources;
}

void CheckTokens(const std::vector<Token>& tokens, Span region) {
  uint32_t previous_end = region.begin;
  for (const Token& t : tokens) {
    FUZZ_CHECK(t.span.begin >= previous_end);
    FUZZ_CHECK(t.span.begin < t.span.end);
    FUZZ_CHECK(t.span.end <= region.end);
    previous_end = t.span.end;
  }
}

void CheckUtf8(std::string_view data) {
  size_t bad = 0;
  bool valid = dyad::text::IsValidUtf8(data, &bad);
  if (!valid) FUZZ_CHECK(bad < data.size());
  std::string repaired = dyad::text::ReplaceInvalidUtf8(data);
  FUZZ_CHECK(dyad::text::IsValidUtf8(repaired));
  if (valid) FUZZ_CHECK(repaired == data);
}

void CheckCleanAndSplit(const std::string& text, uint32_t title_bytes) {
  const Resources& r = GetResources();
  dyad::text::CleanResult clean = r.cleaner.Clean(text, title_bytes);
  dyad::text::Splitter splitter(&r.abbreviations);
  uint32_t previous_end = 0;
  for (const Span& block : clean.blocks) {
    FUZZ_CHECK(block.begin >= previous_end && block.begin <= block.end && block.end <= text.size());
    previous_end = block.end;
    std::vector<Sentence> sentences;
    splitter.Split(text, block, &sentences);
    for (const Sentence& s : sentences) {
      FUZZ_CHECK(!s.tokens.empty());
      FUZZ_CHECK(s.span.begin == s.tokens.front().span.begin);
      FUZZ_CHECK(s.span.end == s.tokens.back().span.end);
      CheckTokens(s.tokens, block);
    }
  }
  for (const dyad::text::DroppedBlock& d : clean.dropped) {
    FUZZ_CHECK(d.span.end <= text.size() && !d.reason.empty());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  CheckUtf8(bytes);

  // The tokenizer on raw bytes and an arbitrary region taken from the first bytes.
  if (size >= 2) {
    Span region{static_cast<uint32_t>(data[0] * 3), static_cast<uint32_t>(data[1] * 37)};
    std::vector<Token> tokens;
    dyad::text::TokenizeRegion(bytes, region, GetResources().abbreviations, nullptr, &tokens);
    for (const Token& t : tokens) FUZZ_CHECK(t.span.begin < t.span.end && t.span.end <= size);
  }

  // Clean and split need valid UTF-8, as the engine guarantees after its boundary check. The
  // headline is the first line when there is one.
  std::string text = dyad::text::ReplaceInvalidUtf8(bytes);
  size_t newline = text.find('\n');
  uint32_t title_bytes = newline == std::string::npos ? 0 : static_cast<uint32_t>(newline);
  CheckCleanAndSplit(text, title_bytes);
  return 0;
}
