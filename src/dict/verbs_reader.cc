// ReadVerbs: synsets ("&NAME" + "+member"), blocks ("--- DESCRIPTION [CODE] ---"), verb lines,
// pattern lines (pattern_parser.cc) and '~' transformations.
#include <string>
#include <utility>

#include "base/string_util.h"
#include "dict/pattern_parser.h"
#include "dict/reader_util.h"
#include "dict/source_reader.h"

namespace dyad::dict {
namespace {

using internal::LineParts;
using internal::Quoted;
using internal::SourceLine;

// A phrase whose verb word may be marked with a leading '+' ("WIRE_+TAP", "+CORDON_OFF").
struct HeadedPhrase {
  Phrase words;
  int head = 0;
  bool marked = false;  // A '+' was present.
};

bool ParseHeadedPhrase(std::string_view raw, HeadedPhrase* out, std::string* error) {
  size_t i = 0;
  while (i < raw.size()) {
    size_t end = raw.find_first_of("_ \t", i);
    if (end == std::string_view::npos) end = raw.size();
    std::string_view word = raw.substr(i, end - i);
    i = end + 1;
    if (word.empty()) continue;
    if (word[0] == '+') {
      if (out->marked) return (*error = "more than one '+' in " + Quoted(raw), false);
      out->marked = true;
      out->head = static_cast<int>(out->words.size());
      word.remove_prefix(1);
    }
    if (word.find('+') != std::string_view::npos) {
      return (*error = "'+' must start a word in " + Quoted(raw), false);
    }
    for (std::string& w : SplitPhrase(word)) out->words.push_back(std::move(w));
  }
  if (out->words.empty()) return (*error = "verb line has no verb", false);
  if (out->head >= static_cast<int>(out->words.size())) {
    return (*error = "'+' marks no word in " + Quoted(raw), false);
  }
  return true;
}

class VerbsParser {
 public:
  VerbsParser(std::string_view file, VerbSource* out, std::vector<Diagnostic>* errors)
      : sink_(file, errors), out_(out) {
    for (size_t i = 0; i < out->synsets.size(); ++i) synsets_.emplace(out->synsets[i].name, i);
  }

  void Line(const SourceLine& line) {
    std::string_view text = line.text;
    bool member = text[0] == '+' && synset_ != kNone;
    if (StartsWith(text, "---")) {
      StartBlock(line);
    } else if (text[0] == '&') {
      StartSynset(line);
    } else if (text[0] == '~') {
      out_->transformations.push_back({sink_.At(line.number), std::string(text)});
    } else if (member) {
      AddMember(line);
    } else if (block_ == kNone) {
      sink_.Error(line.number, std::string(text[0] == '-' ? "pattern" : "verb") +
                                   " before any '--- ... ---' block");
    } else if (text[0] == '-') {
      AddPattern(line);
    } else {
      AddVerb(line);
    }
    if (text[0] != '&' && !member) synset_ = kNone;
  }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);

  VerbBlock& block() { return out_->blocks[block_]; }

  void StartBlock(const SourceLine& line) {
    std::string_view body = line.text.substr(3);
    if (EndsWith(body, "---")) body.remove_suffix(3);
    VerbBlock next;
    next.where = sink_.At(line.number);
    next.code = "---";
    LineParts parts;
    std::string error;
    size_t pos = 0;
    if (!internal::SplitLineParts(body, &parts, &error, &pos)) {
      sink_.Add(line.number, internal::ColumnOf(line, 3 + pos), error);
    } else if (parts.groups.size() > 1 ||
               (parts.groups.size() == 1 && parts.groups[0].open != '[')) {
      sink_.Error(line.number, "a block header takes one [CODE]");
    } else if (!parts.groups.empty() && !internal::IsEventCode(parts.groups[0].inside)) {
      sink_.Add(
          line.number, internal::ColumnOf(line, 3 + parts.groups[0].pos),
          "bad event code " + Quoted(parts.groups[0].inside) + " (expected 2-4 digits or ---)");
    } else if (!parts.groups.empty()) {
      next.code = std::string(parts.groups[0].inside);
    }
    next.description = std::string(parts.head);
    out_->blocks.push_back(std::move(next));
    block_ = out_->blocks.size() - 1;
  }

  void StartSynset(const SourceLine& line) {
    std::string_view label = line.text;
    bool ok = label.size() > 1;
    for (char c : label.substr(1)) {
      ok = ok && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                  c == '_' || c == '-');
    }
    synset_ = kNone;
    if (!ok) {
      sink_.Error(line.number, "bad synset label " + Quoted(label) + " (expected &NAME)");
      return;
    }
    synset_plurals_ = label.back() != '_';
    std::string name = internal::SynsetName(label);
    auto [it, added] = synsets_.emplace(name, out_->synsets.size());
    if (added) {
      out_->synsets.push_back(Synset{sink_.At(line.number), name, {}});
    } else {
      sink_.Error(line.number, "synset " + name + " is defined twice; adding to the first");
    }
    synset_ = it->second;
  }

  void AddMember(const SourceLine& line) {
    std::string_view raw = line.text.substr(1);
    if (raw.find_first_of("$+%^&{}()[]") != std::string_view::npos) {
      sink_.Error(line.number, "a synset member may only contain words: " + Quoted(raw));
      return;
    }
    Phrase member = SplitPhrase(raw);
    if (member.empty()) {
      sink_.Error(line.number, "empty synset member");
      return;
    }
    Synset& synset = out_->synsets[synset_];
    if (synset_plurals_ && !EndsWith(raw, "_")) {
      Phrase plural = member;
      plural.back() = RegularPlural(plural.back());
      synset.members.push_back(std::move(member));
      synset.members.push_back(std::move(plural));
    } else {
      synset.members.push_back(std::move(member));
    }
  }

  // Reads the "{...}" forms of a verb (or generates them) into entry->forms.
  bool AddForms(const SourceLine& line, const LineParts& parts, const HeadedPhrase& base,
                VerbEntry* entry) {
    bool given = !parts.groups.empty() && parts.groups[0].open == '{';
    if (!given) {
      for (std::string& form : RegularVerbForms(base.words[base.head])) {
        entry->forms.push_back(base.words);
        entry->forms.back()[base.head] = std::move(form);
      }
      return true;
    }
    for (std::string_view raw : internal::SplitWhitespace(parts.groups[0].inside)) {
      HeadedPhrase form;
      std::string error;
      if (ParseHeadedPhrase(raw, &form, &error) && form.marked && form.head != base.head) {
        error = "form " + Quoted(raw) + " marks a different word as the verb than the base";
      } else if (error.empty() && form.words.size() <= static_cast<size_t>(base.head)) {
        error = "form " + Quoted(raw) + " has no word where the base has its verb";
      }
      if (!error.empty()) return (sink_.Error(line.number, error), false);
      entry->forms.push_back(std::move(form.words));
    }
    return true;
  }

  void AddVerb(const SourceLine& line) {
    LineParts parts;
    std::string error;
    size_t pos = 0;
    if (!internal::SplitLineParts(line.text, &parts, &error, &pos)) {
      return sink_.Add(line.number, internal::ColumnOf(line, pos), error);
    }
    size_t n = parts.groups.size();
    if (n > 2 || (n == 2 && (parts.groups[0].open != '{' || parts.groups[1].open != '['))) {
      return sink_.Error(line.number, "expected VERB {FORMS} [CODE]");
    }
    HeadedPhrase base;
    if (!ParseHeadedPhrase(parts.head, &base, &error)) return sink_.Error(line.number, error);
    VerbEntry entry;
    entry.where = sink_.At(line.number);
    entry.head = base.head;
    if (n > 0 && parts.groups[n - 1].open == '[') {
      entry.code = std::string(parts.groups[n - 1].inside);
      if (!internal::IsEventCode(entry.code)) {
        return sink_.Add(line.number, internal::ColumnOf(line, parts.groups[n - 1].pos),
                         "bad event code " + Quoted(entry.code) + " (expected 2-4 digits or ---)");
      }
    }
    entry.forms.push_back(base.words);
    if (!AddForms(line, parts, base, &entry)) return;
    block().verbs.push_back(std::move(entry));
  }

  void AddPattern(const SourceLine& line) {
    VerbPattern pattern;
    pattern.where = sink_.At(line.number);
    pattern.comment = std::string(line.comment);
    internal::PatternError error;
    if (!internal::ParsePattern(line.text.substr(1), synsets_, &pattern, &error)) {
      int column =
          error.pos == std::string_view::npos ? 0 : internal::ColumnOf(line, 1 + error.pos);
      return sink_.Add(line.number, column, error.message);
    }
    block().patterns.push_back(std::move(pattern));
  }

  internal::DiagnosticSink sink_;
  VerbSource* out_;
  internal::SynsetIndex synsets_;
  size_t block_ = kNone;   // Index of the block being read (this file's), or kNone.
  size_t synset_ = kNone;  // Index of the synset whose '+' lines are being read, or kNone.
  bool synset_plurals_ = true;
};

}  // namespace

void ReadVerbs(std::string_view contents, std::string_view file, VerbSource* out,
               std::vector<Diagnostic>* errors) {
  VerbsParser parser(file, out, errors);
  internal::LineReader lines(contents, "#");
  SourceLine line;
  while (lines.Next(&line)) parser.Line(line);
}

}  // namespace dyad::dict
