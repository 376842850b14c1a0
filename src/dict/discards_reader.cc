// ReadDiscards: "+PHRASE" (whole article) or "PHRASE" (sentence); a trailing '_' = whole word.
#include <string>
#include <utility>

#include "dict/reader_util.h"
#include "dict/source_reader.h"

namespace dyad::dict {

void ReadDiscards(std::string_view contents, std::string_view file, std::vector<DiscardEntry>* out,
                  std::vector<Diagnostic>* errors) {
  internal::DiagnosticSink sink(file, errors);
  internal::LineReader lines(contents, "#");
  internal::SourceLine line;
  while (lines.Next(&line)) {
    std::string_view text = line.text;
    DiscardEntry entry;
    entry.where = sink.At(line.number);
    entry.whole_article = text[0] == '+';
    if (entry.whole_article) text.remove_prefix(1);
    size_t bad = text.find_first_of("[]{}");
    if (bad != std::string_view::npos) {
      sink.Add(line.number, internal::ColumnOf(line, bad + (entry.whole_article ? 1 : 0)),
               std::string("unexpected '") + text[bad] + "' (discard lines take no code)");
      continue;
    }
    entry.whole_word = !text.empty() && text.back() == '_';
    entry.phrase = SplitPhrase(text);
    if (entry.phrase.empty()) {
      sink.Error(line.number, "empty discard phrase");
      continue;
    }
    out->push_back(std::move(entry));
  }
}

}  // namespace dyad::dict
