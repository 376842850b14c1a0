#include "dict/find.h"

#include <algorithm>

#include "dict/source_reader.h"

namespace dyad::dict {
namespace {

std::string Join(const Phrase& p) {
  std::string out;
  for (const std::string& w : p) out += (out.empty() ? "" : " ") + w;
  return out;
}

bool Contains(const Phrase& phrase, const Phrase& query) {
  if (query.empty() || query.size() > phrase.size()) return false;
  return std::search(phrase.begin(), phrase.end(), query.begin(), query.end()) != phrase.end();
}

// The first phrase of `phrases` containing `query`, or null.
const Phrase* FirstContaining(const std::vector<Phrase>& phrases, const Phrase& query) {
  for (const Phrase& p : phrases) {
    if (Contains(p, query)) return &p;
  }
  return nullptr;
}

std::string DateText(int32_t date) { return date == kNoDate ? "" : std::to_string(date); }

std::string ActorCodes(const ActorEntry& e) {
  std::string out;
  for (const DatedCode& d : e.dated) {
    out += (out.empty() ? "" : "; ") + d.code + " " + DateText(d.from) + "-" +
           (d.to == kEndOfTime ? "" : DateText(d.to));
  }
  if (!e.default_code.empty()) out += (out.empty() ? "" : "; ") + e.default_code;
  return out;
}

// The words of a pattern, in order, as one phrase (markers and synsets as written).
Phrase PatternWords(const VerbPattern& p) {
  Phrase words;
  for (const auto* groups : {&p.before, &p.after}) {
    for (const PatternGroup& g : *groups) {
      for (const PatternItem& item : g.items) words.push_back(item.text);
    }
  }
  return words;
}

void FindVerbs(const VerbSource& verbs, const Phrase& q, std::vector<Finding>* out) {
  for (const Synset& s : verbs.synsets) {
    if (const Phrase* p = FirstContaining(s.members, q)) {
      out->push_back({s.where, "synset", Join(*p), s.name});
    }
  }
  for (const VerbBlock& b : verbs.blocks) {
    std::string block = b.description + " [" + (b.code.empty() ? "---" : b.code) + "]";
    for (const VerbEntry& v : b.verbs) {
      if (const Phrase* p = FirstContaining(v.forms, q)) {
        std::string code = v.code.empty() ? block : "[" + v.code + "] in " + block;
        out->push_back({v.where, "verb", Join(*p), code});
      }
    }
    for (const VerbPattern& p : b.patterns) {
      Phrase words = PatternWords(p);
      if (Contains(words, q)) {
        out->push_back({p.where, "pattern", Join(words), "[" + p.code + "] in " + block});
      }
    }
  }
}

}  // namespace

std::vector<Finding> Find(const DictionarySources& sources, std::string_view query) {
  Phrase q = SplitPhrase(query);
  std::vector<Finding> out;
  for (const ActorEntry& e : sources.actors) {
    if (const Phrase* p = FirstContaining(e.phrases, q)) {
      out.push_back({e.where, "actor", Join(*p), ActorCodes(e)});
    }
  }
  for (const AgentEntry& e : sources.agents) {
    if (const Phrase* p = FirstContaining(e.phrases, q)) {
      out.push_back({e.where, "agent", Join(*p), e.prefix ? e.code + "~" : "~" + e.code});
    }
  }
  FindVerbs(sources.verbs, q, &out);
  for (const DiscardEntry& e : sources.discards) {
    if (Contains(e.phrase, q)) {
      out.push_back({e.where, "discard", Join(e.phrase),
                     e.whole_article ? "whole article" : "sentence"});
    }
  }
  for (const IssueEntry& e : sources.issues) {
    if (const Phrase* p = FirstContaining(e.phrases, q)) {
      out.push_back({e.where, "issue", Join(*p), e.ignore ? "ignore" : e.code});
    }
  }
  return out;
}

}  // namespace dyad::dict
