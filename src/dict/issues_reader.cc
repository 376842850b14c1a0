// ReadIssues: "words [CODE]" lines with n:/v:/+ expansions, "~phrase" ignore lines, and
// <ISSUE ...> / </ISSUE> tag lines (skipped).
#include <string>
#include <utility>

#include "base/string_util.h"
#include "dict/reader_util.h"
#include "dict/source_reader.h"

namespace dyad::dict {
namespace {

using internal::Quoted;

bool IsIssueCode(std::string_view code) {
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return !code.empty();
}

// The spellings of one word of an issue line: "n:crime" -> crime, crimes; "v:purge" -> purge,
// purges, purged, purging; "al+zarqawi" -> "al zarqawi", "al-zarqawi".
bool WordForms(std::string_view word, std::vector<Phrase>* out, std::string* error) {
  char expansion = 0;
  if (word.size() > 2 && word[1] == ':') {
    expansion = static_cast<char>(word[0] | 0x20);
    if (expansion != 'n' && expansion != 'v') {
      *error = "unknown expansion " + Quoted(word.substr(0, 2)) + " (expected n: or v:)";
      return false;
    }
    word.remove_prefix(2);
  }
  std::vector<std::string> variants = {std::string(word)};
  if (word.find('+') != std::string_view::npos) {
    std::string spaced, hyphened;
    for (std::string_view part : Split(word, '+')) {
      if (part.empty()) continue;
      if (!spaced.empty()) spaced += ' ';
      if (!hyphened.empty()) hyphened += '-';
      spaced.append(part);
      hyphened.append(part);
    }
    variants = {spaced};
    if (hyphened != spaced) variants.push_back(hyphened);
  }
  for (const std::string& variant : variants) {
    Phrase phrase = SplitPhrase(variant);
    if (phrase.empty()) continue;
    std::vector<std::string> endings;
    if (expansion == 'n') endings.push_back(RegularPlural(phrase.back()));
    if (expansion == 'v') endings = RegularVerbForms(phrase.back());
    out->push_back(phrase);
    for (std::string& ending : endings) {
      phrase.back() = std::move(ending);
      out->push_back(phrase);
    }
  }
  return true;
}

// The cross product of the spellings of each word of `text`.
bool ExpandIssuePhrase(std::string_view text, std::vector<Phrase>* out, std::string* error) {
  std::vector<Phrase> results = {Phrase()};
  for (std::string_view word : internal::SplitWhitespace(text)) {
    std::vector<Phrase> forms;
    if (!WordForms(word, &forms, error)) return false;
    if (forms.empty()) continue;
    if (results.size() * forms.size() > kMaxExpansions) {
      *error = "more than " + std::to_string(kMaxExpansions) + " expansions of " + Quoted(text);
      return false;
    }
    std::vector<Phrase> next;
    next.reserve(results.size() * forms.size());
    for (Phrase& r : results) {
      for (size_t k = 0; k < forms.size(); ++k) {
        // The last form takes `r` itself, so a one-form word (most words) copies nothing.
        next.push_back(k + 1 == forms.size() ? std::move(r) : r);
        next.back().insert(next.back().end(), forms[k].begin(), forms[k].end());
      }
    }
    results = std::move(next);
  }
  if (results[0].empty()) return (*error = "issue line has no phrase", false);
  *out = std::move(results);
  return true;
}

void ReadIssueLine(const internal::SourceLine& line, internal::DiagnosticSink* sink,
                   std::vector<IssueEntry>* out) {
  std::string_view text = line.text;
  IssueEntry entry;
  entry.where = sink->At(line.number);
  size_t tildes = 0;
  while (tildes < 2 && tildes < text.size() && text[tildes] == '~') ++tildes;
  entry.ignore = tildes > 0;
  internal::LineParts parts;
  std::string error;
  size_t pos = 0;
  if (!internal::SplitLineParts(text.substr(tildes), &parts, &error, &pos)) {
    return sink->Add(line.number, internal::ColumnOf(line, tildes + pos), error);
  }
  if (entry.ignore && !parts.groups.empty()) {
    return sink->Error(line.number, "an ignore (~) line takes no code");
  }
  if (!entry.ignore) {
    if (parts.groups.size() != 1 || parts.groups[0].open != '[') {
      return sink->Error(line.number, "expected PHRASE [CODE]");
    }
    entry.code = std::string(parts.groups[0].inside);
    if (!IsIssueCode(entry.code)) {
      return sink->Add(line.number, internal::ColumnOf(line, parts.groups[0].pos),
                       "bad issue code " + Quoted(entry.code) + " (expected A-Z, 0-9 and _)");
    }
  }
  if (!ExpandIssuePhrase(parts.head, &entry.phrases, &error)) {
    return sink->Error(line.number, error);
  }
  out->push_back(std::move(entry));
}

}  // namespace

void ReadIssues(std::string_view contents, std::string_view file, std::vector<IssueEntry>* out,
                std::vector<Diagnostic>* errors) {
  internal::DiagnosticSink sink(file, errors);
  internal::LineReader lines(contents, "#");
  internal::SourceLine line;
  while (lines.Next(&line)) {
    if (line.text[0] == '<') {
      if (line.text.back() != '>') sink.Error(line.number, "unclosed tag " + Quoted(line.text));
      continue;
    }
    ReadIssueLine(line, &sink, out);
  }
}

}  // namespace dyad::dict
