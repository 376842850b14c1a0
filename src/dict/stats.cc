#include "dict/stats.h"

#include <string_view>

namespace dyad::dict {
namespace {

void AddCode(const std::string& code, DictStats* stats) {
  if (!code.empty() && code != "---") stats->event_codes.insert(code);
}

void CountVerbs(const VerbSource& verbs, DictStats* stats) {
  stats->synsets = verbs.synsets.size();
  for (const Synset& s : verbs.synsets) stats->synset_members += s.members.size();
  stats->blocks = verbs.blocks.size();
  stats->transformations = verbs.transformations.size();
  for (const VerbBlock& block : verbs.blocks) {
    AddCode(block.code, stats);
    stats->verbs += block.verbs.size();
    stats->patterns += block.patterns.size();
    for (const VerbEntry& verb : block.verbs) {
      stats->verb_forms += verb.forms.size();
      AddCode(verb.code, stats);
    }
    for (const VerbPattern& pattern : block.patterns) AddCode(pattern.code, stats);
  }
}

// Roles that make a country-coded actor an armed non-state group.
constexpr std::string_view kArmedRoles[] = {"REB", "INS", "UAF", "CRM", "SEP"};

void CountKind(const ActorEntry& a, DictStats* stats) {
  const std::string& code = !a.default_code.empty() || a.dated.empty() ? a.default_code
                                                                        : a.dated.back().code;
  std::string_view prefix = std::string_view(code).substr(0, 3);
  std::string_view role = code.size() >= 6 ? std::string_view(code).substr(3, 3) : "";
  bool armed = prefix == "IMG";
  for (std::string_view r : kArmedRoles) armed = armed || role == r;
  if (armed) {
    ++stats->armed_groups;
  } else if (prefix == "IGO") {
    ++stats->igos;
  } else if (prefix == "NGO") {
    ++stats->ngos;
  } else if (!a.dated.empty()) {
    ++stats->people;
  } else if (code.size() == 3) {
    ++stats->countries;
  }
}

}  // namespace

DictStats ComputeStats(const DictionarySources& sources) {
  DictStats stats;
  stats.files = sources.files.size();
  stats.actor_records = sources.actors.size();
  for (const ActorEntry& a : sources.actors) {
    stats.actor_phrases += a.phrases.size();
    stats.dated_codes += a.dated.size();
    CountKind(a, &stats);
  }
  stats.agents = sources.agents.size();
  for (const AgentEntry& a : sources.agents) stats.agent_phrases += a.phrases.size();
  CountVerbs(sources.verbs, &stats);
  stats.discards = sources.discards.size();
  stats.issues = sources.issues.size();
  for (const IssueEntry& i : sources.issues) stats.issue_phrases += i.phrases.size();
  return stats;
}

}  // namespace dyad::dict
