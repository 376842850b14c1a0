#include "dict/lint.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "base/file.h"
#include "base/string_util.h"
#include "dict/reader_util.h"

namespace dyad::dict {
namespace {

using Severity = Diagnostic::Severity;
using internal::Quoted;

void Report(const Location& where, std::string message, Severity severity,
            std::vector<Diagnostic>* out) {
  out->push_back(Diagnostic{where, std::move(message), severity});
}

std::string Joined(const Phrase& phrase) {
  std::string out;
  for (const std::string& w : phrase) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

std::string FileLine(const Location& where) {
  return where.file + ":" + std::to_string(where.line);
}

// Remembers the first definition of each key and reports later ones: a warning when they mean
// the same, an error when they do not.
class DuplicateFinder {
 public:
  DuplicateFinder(std::string what, std::vector<Diagnostic>* out)
      : what_(std::move(what)), out_(out) {}

  // `shown` is the key as messages print it (the key itself when empty).
  void Add(const std::string& key, const Location& where, const std::string& meaning,
           std::string_view shown = {}) {
    if (shown.empty()) shown = key;
    auto [it, added] = seen_.emplace(key, First{where, meaning});
    if (added) return;
    const First& first = it->second;
    if (first.meaning == meaning) {
      Report(
          where,
          "duplicate " + what_ + " " + Quoted(shown) + " (first at " + FileLine(first.where) + ")",
          Severity::kWarning, out_);
    } else {
      Report(where,
             "conflicting " + what_ + " " + Quoted(shown) + ": " + meaning + " here, " +
                 first.meaning + " at " + FileLine(first.where),
             Severity::kError, out_);
    }
  }

 private:
  struct First {
    Location where;
    std::string meaning;
  };
  std::string what_;
  std::vector<Diagnostic>* out_;
  std::unordered_map<std::string, First> seen_;
};

std::string DatedText(const DatedCode& d) {
  std::string out = "[" + d.code + " ";
  if (d.from == kNoDate) return out + "<" + std::to_string(d.to) + "]";
  if (d.to == kEndOfTime) return out + ">" + std::to_string(d.from) + "]";
  return out + std::to_string(d.from) + "-" + std::to_string(d.to) + "]";
}

std::string ActorMeaning(const ActorEntry& actor) {
  std::string out = actor.default_code.empty() ? "" : "[" + actor.default_code + "]";
  for (const DatedCode& d : actor.dated) {
    if (!out.empty()) out += ' ';
    out += DatedText(d);
  }
  return out;
}

// Warns about dated codes of `actor` that share a country prefix and overlap in time.
void LintOverlaps(const ActorEntry& actor, std::vector<Diagnostic>* out) {
  const std::vector<DatedCode>& dated = actor.dated;
  std::vector<size_t> order(dated.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto prefix = [&](size_t i) { return std::string_view(dated[i].code).substr(0, 3); };
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return std::pair(prefix(a), dated[a].from) < std::pair(prefix(b), dated[b].from);
  });
  for (size_t k = 1, latest = order.empty() ? 0 : order[0]; k < order.size(); ++k) {
    size_t i = order[k];
    if (prefix(i) != prefix(latest)) {
      latest = i;
      continue;
    }
    if (dated[i].from <= dated[latest].to) {
      Report(actor.where,
             "overlapping dated codes " + DatedText(dated[latest]) + " and " + DatedText(dated[i]),
             Severity::kWarning, out);
    }
    if (dated[i].to > dated[latest].to) latest = i;
  }
}

void LintActors(const std::vector<ActorEntry>& actors, std::vector<Diagnostic>* out) {
  DuplicateFinder phrases("actor phrase", out);
  for (const ActorEntry& actor : actors) {
    std::string meaning = ActorMeaning(actor);
    for (const Phrase& p : actor.phrases) phrases.Add(Joined(p), actor.where, meaning);
    LintOverlaps(actor, out);
  }
}

void LintAgents(const std::vector<AgentEntry>& agents, std::vector<Diagnostic>* out) {
  DuplicateFinder phrases("agent phrase", out);
  for (const AgentEntry& agent : agents) {
    std::string meaning = agent.prefix ? "[" + agent.code + "~]" : "[~" + agent.code + "]";
    for (const Phrase& p : agent.phrases) phrases.Add(Joined(p), agent.where, meaning);
    if (agent.code.size() % 3 != 0) {
      Report(agent.where,
             "malformed agent code " + Quoted(agent.code) +
                 " (expected groups of three, as in GOV or GOVFRM)",
             Severity::kError, out);
    }
  }
}

std::string PatternText(const VerbPattern& pattern) {
  std::string out;
  auto add_groups = [&out](const std::vector<PatternGroup>& groups) {
    for (const PatternGroup& g : groups) {
      if (!g.relation.empty()) out += "@" + g.relation + " ";
      out += g.prepositional ? "(" : g.consecutive ? "{" : "";
      for (size_t i = 0; i < g.items.size(); ++i) {
        if (i > 0) out += ' ';
        out += g.items[i].text;
      }
      out += g.prepositional ? ") " : g.consecutive ? "} " : " ";
    }
  };
  add_groups(pattern.before);
  out += "*";
  if (!pattern.after.empty()) out += " ";
  add_groups(pattern.after);
  return std::string(Trim(out));
}

class VerbLinter {
 public:
  VerbLinter(const LintOptions& options, std::vector<Diagnostic>* out)
      : options_(options), out_(out), verbs_("verb", out), patterns_("pattern", out) {}

  void Lint(const VerbSource& source) {
    for (size_t b = 0; b < source.blocks.size(); ++b) LintBlock(b, source.blocks[b]);
    for (const Synset& synset : source.synsets) {
      if (synset.members.empty()) {
        Report(synset.where, "synset " + synset.name + " has no members", Severity::kWarning, out_);
      } else if (used_synsets_.count(synset.name) == 0) {
        Report(synset.where, "synset " + synset.name + " is never used", Severity::kWarning, out_);
      }
    }
  }

 private:
  void CheckCode(const std::string& code, const Location& where) {
    if (options_.known_event_codes == nullptr || code.empty() || code == "---") return;
    if (options_.known_event_codes->count(code) == 0) {
      Report(where, "unknown CAMEO code " + Quoted(code), Severity::kError, out_);
    }
  }

  void LintBlock(size_t index, const VerbBlock& block) {
    CheckCode(block.code, block.where);
    if (block.verbs.empty()) {
      Report(block.where, "block " + Quoted(block.description) + " has no verbs",
             Severity::kWarning, out_);
    }
    for (const VerbEntry& verb : block.verbs) {
      CheckCode(verb.code, verb.where);
      std::string code = verb.code.empty() ? block.code : verb.code;
      if (!verb.forms.empty()) verbs_.Add(Joined(verb.forms[0]), verb.where, "[" + code + "]");
    }
    for (const VerbPattern& pattern : block.patterns) {
      CheckCode(pattern.code, pattern.where);
      for (const auto* side : {&pattern.before, &pattern.after}) {
        for (const PatternGroup& g : *side) {
          for (const PatternItem& item : g.items) {
            if (item.kind == PatternItem::Kind::kSynset) used_synsets_.insert(item.text);
          }
        }
      }
      std::string text = PatternText(pattern);
      patterns_.Add(std::to_string(index) + "\t" + text, pattern.where, "[" + pattern.code + "]",
                    text);
    }
  }

  const LintOptions& options_;
  std::vector<Diagnostic>* out_;
  DuplicateFinder verbs_;
  DuplicateFinder patterns_;
  std::unordered_set<std::string> used_synsets_;
};

void LintDiscards(const std::vector<DiscardEntry>& discards, std::vector<Diagnostic>* out) {
  DuplicateFinder phrases("discard phrase", out);
  for (const DiscardEntry& d : discards) {
    std::string meaning = std::string(d.whole_article ? "whole article" : "sentence") +
                          (d.whole_word ? ", whole word" : ", stem");
    phrases.Add(Joined(d.phrase), d.where, meaning);
  }
}

void LintIssues(const std::vector<IssueEntry>& issues, std::vector<Diagnostic>* out) {
  DuplicateFinder phrases("issue phrase", out);
  for (const IssueEntry& issue : issues) {
    std::string meaning = issue.ignore ? "~ (ignore)" : "[" + issue.code + "]";
    for (const Phrase& p : issue.phrases) phrases.Add(Joined(p), issue.where, meaning);
  }
}

// Sorts by the load order of the file, then by line, keeping the order of equal keys.
void SortByPlace(const std::vector<SourceFile>& files, std::vector<Diagnostic>* found) {
  std::unordered_map<std::string, size_t> order;
  for (size_t i = 0; i < files.size(); ++i) order.emplace(files[i].path, i);
  auto rank = [&order](const Diagnostic& d) {
    auto it = order.find(d.where.file);
    return std::pair(it == order.end() ? order.size() : it->second, d.where.line);
  };
  std::stable_sort(found->begin(), found->end(),
                   [&rank](const Diagnostic& a, const Diagnostic& b) { return rank(a) < rank(b); });
}

}  // namespace

std::vector<Diagnostic> Lint(const DictionarySources& sources, const LintOptions& options) {
  std::vector<Diagnostic> found;
  LintActors(sources.actors, &found);
  LintAgents(sources.agents, &found);
  VerbLinter(options, &found).Lint(sources.verbs);
  LintDiscards(sources.discards, &found);
  LintIssues(sources.issues, &found);
  SortByPlace(sources.files, &found);
  return found;
}

Status LoadEventCodes(const std::string& path, std::unordered_set<std::string>* codes) {
  StatusOr<std::string> contents = ReadFile(path);
  if (!contents.ok()) return contents.status();
  for (std::string_view line : Split(*contents, '\n')) {
    std::string_view code = Trim(line.substr(0, line.find('\t')));
    if (!code.empty() && code[0] != '#') codes->emplace(code);
  }
  return Status::Ok();
}

}  // namespace dyad::dict
