#include "dict/stats.h"

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

}  // namespace

DictStats ComputeStats(const DictionarySources& sources) {
  DictStats stats;
  stats.files = sources.files.size();
  stats.actor_records = sources.actors.size();
  for (const ActorEntry& a : sources.actors) {
    stats.actor_phrases += a.phrases.size();
    stats.dated_codes += a.dated.size();
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
