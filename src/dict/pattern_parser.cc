#include "dict/pattern_parser.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "base/string_util.h"
#include "dict/reader_util.h"
#include "dict/source_reader.h"

namespace dyad::dict::internal {
namespace {

bool IsDelimiter(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '*' || c == '{' || c == '}' || c == '(' ||
         c == ')' || c == '[' || c == ']';
}

// "obj", "obl:agent": lowercase letters with at most one inner ':'.
bool IsRelationName(std::string_view name) {
  if (name.empty() || name.front() == ':' || name.back() == ':') return false;
  if (std::count(name.begin(), name.end(), ':') > 1) return false;
  return name.find_first_not_of("abcdefghijklmnopqrstuvwxyz:") == std::string_view::npos;
}

// A left-to-right parse of the part of a pattern before its code.
class PatternParser {
 public:
  PatternParser(const SynsetIndex& synsets, VerbPattern* out, PatternError* error)
      : synsets_(synsets), out_(out), error_(error) {}

  bool Parse(std::string_view body) {
    size_t i = 0;
    while (i < body.size()) {
      char c = body[i];
      bool ok = true;
      if (c == ' ' || c == '\t' || c == '\r') {
        ++i;
        continue;
      }
      if (c == '*') {
        ok = Star(i);
      } else if (c == '{' || c == '(') {
        ok = Open(c, i);
      } else if (c == '}' || c == ')') {
        ok = Close(c, i);
      } else if (c == '[' || c == ']') {
        ok = Fail(i, std::string("unexpected '") + c + "'");
      } else {
        size_t end = i;
        while (end < body.size() && !IsDelimiter(body[end])) ++end;
        ok = Token(body.substr(i, end - i), i);
        i = end - 1;
      }
      if (!ok) return false;
      ++i;
    }
    if (in_brace_) return Fail(brace_pos_, "unclosed '{'");
    if (in_paren_) return Fail(paren_pos_, "unclosed '('");
    if (!relation_.empty()) return Fail(relation_pos_, "'@" + relation_ + "' names no group");
    if (!after_) return Fail(std::string_view::npos, "pattern has no '*'");
    return true;
  }

 private:
  bool Fail(size_t pos, std::string message) {
    error_->message = std::move(message);
    error_->pos = pos;
    return false;
  }

  std::vector<PatternGroup>& Side() { return after_ ? out_->after : out_->before; }

  // Ends a group: it takes the relation an "@REL" before it named.
  void Push(PatternGroup group) {
    group.relation = std::move(relation_);
    relation_.clear();
    Side().push_back(std::move(group));
  }

  // "@obj", "@obl:agent": the dependency relation of the group that follows.
  bool Relation(std::string_view token, size_t pos) {
    if (in_brace_ || in_paren_) return Fail(pos, "'@' inside a group");
    if (!relation_.empty()) return Fail(relation_pos_, "'@" + relation_ + "' names no group");
    std::string name = AsciiLower(token.substr(1));
    if (!IsRelationName(name)) {
      return Fail(pos, "bad relation " + Quoted(token) + " (expected @rel or @rel:subtype)");
    }
    relation_ = std::move(name);
    relation_pos_ = pos;
    return true;
  }

  bool Star(size_t pos) {
    if (in_brace_ || in_paren_) return Fail(pos, "'*' inside a group");
    if (after_) return Fail(pos, "more than one '*'");
    if (!relation_.empty()) return Fail(relation_pos_, "'@" + relation_ + "' names no group");
    after_ = true;
    return true;
  }

  bool Open(char c, size_t pos) {
    if (in_brace_) return Fail(pos, std::string("'") + c + "' inside '{'");
    if (c == '(') {
      if (in_paren_) return Fail(pos, "nested '('");
      in_paren_ = true;
      paren_pos_ = pos;
      paren_ = PatternGroup{{}, false, true};
      return true;
    }
    in_brace_ = true;
    brace_pos_ = pos;
    brace_items_ = 0;
    if (in_paren_) {
      if (paren_.items.empty()) return Fail(pos, "'(' must start with a preposition");
      paren_.consecutive = true;
    } else {
      brace_ = PatternGroup{{}, true, false};
    }
    return true;
  }

  bool Close(char c, size_t pos) {
    if (c == '}') {
      if (!in_brace_) return Fail(pos, "unexpected '}'");
      if (brace_items_ == 0) return Fail(brace_pos_, "empty '{}'");
      in_brace_ = false;
      if (!in_paren_) Push(std::move(brace_));
      return true;
    }
    if (!in_paren_) return Fail(pos, "unexpected ')'");
    if (paren_.items.size() < 2) {
      return Fail(paren_pos_, "'(' needs a preposition and a noun");
    }
    in_paren_ = false;
    Push(std::move(paren_));
    return true;
  }

  void AddItem(PatternItem item) {
    if (in_paren_) {
      paren_.items.push_back(std::move(item));
    } else if (in_brace_) {
      brace_.items.push_back(std::move(item));
    } else {
      Push(PatternGroup{{std::move(item)}, false, false});
    }
    if (in_brace_) ++brace_items_;
  }

  bool Token(std::string_view token, size_t pos) {
    using Kind = PatternItem::Kind;
    if (token[0] == '@') return Relation(token, pos);
    bool preposition_slot = in_paren_ && paren_.items.empty();
    if (token == "$" || token == "+" || token[0] == '&') {
      if (preposition_slot) return Fail(pos, "'(' must start with a preposition");
      if (token == "$") AddItem({Kind::kSource, "$"});
      if (token == "+") AddItem({Kind::kTarget, "+"});
      if (token[0] == '&') return Synset(token, pos);
      return true;
    }
    if (token.find_first_of("$+&%^") != std::string_view::npos) {
      return Fail(pos, "unsupported token '" + std::string(token) + "'");
    }
    Phrase words = SplitPhrase(token);
    if (words.empty()) return Fail(pos, "empty word");
    if (!in_paren_ && !in_brace_ && words.size() > 1) {
      PatternGroup group{{}, true, false};
      for (std::string& w : words) group.items.push_back({Kind::kWord, std::move(w)});
      Push(std::move(group));
      return true;
    }
    for (std::string& w : words) AddItem({Kind::kWord, std::move(w)});
    return true;
  }

  bool Synset(std::string_view token, size_t pos) {
    std::string name = SynsetName(token);
    if (synsets_.count(name) == 0) {
      return Fail(pos, "unknown synset " + name + " (synsets must be defined before use)");
    }
    AddItem({PatternItem::Kind::kSynset, std::move(name)});
    return true;
  }

  const SynsetIndex& synsets_;
  VerbPattern* out_;
  PatternError* error_;
  bool after_ = false;
  bool in_brace_ = false;
  bool in_paren_ = false;
  size_t brace_pos_ = 0;
  size_t paren_pos_ = 0;
  size_t brace_items_ = 0;
  std::string relation_;  // Named by an "@REL" and not yet given to a group.
  size_t relation_pos_ = 0;
  PatternGroup brace_;
  PatternGroup paren_;
};

// Splits the final "[CODE]" off `body`; on success *rest is the text before it.
bool TakeCode(std::string_view body, std::string_view* rest, std::string* code,
              PatternError* error) {
  size_t open = body.rfind('[');
  if (open == std::string_view::npos) {
    error->message = "pattern has no [CODE]";
    return false;
  }
  size_t close = body.find(']', open);
  error->pos = open;
  if (close == std::string_view::npos) {
    error->message = "unclosed '['";
    return false;
  }
  if (!Trim(body.substr(close + 1)).empty()) {
    error->message = "text after the pattern's code";
    error->pos = close + 1;
    return false;
  }
  *code = std::string(Trim(body.substr(open + 1, close - open - 1)));
  if (!IsEventCode(*code)) {
    error->message = "bad event code " + Quoted(*code) + " (expected 2-4 digits or ---)";
    return false;
  }
  *rest = body.substr(0, open);
  return true;
}

}  // namespace

std::string SynsetName(std::string_view label) {
  std::string name = AsciiLower(label);
  while (name.size() > 1 && name.back() == '_') name.pop_back();
  return name;
}

bool ParsePattern(std::string_view body, const SynsetIndex& synsets, VerbPattern* out,
                  PatternError* error) {
  std::string_view rest;
  if (!TakeCode(body, &rest, &out->code, error)) return false;
  return PatternParser(synsets, out, error).Parse(rest);
}

}  // namespace dyad::dict::internal
