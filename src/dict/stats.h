// DictStats: what a set of dictionary sources holds, for `dyad dict lint` and `dyad dict stats`.
#ifndef DYAD_DICT_STATS_H_
#define DYAD_DICT_STATS_H_

#include <cstddef>
#include <set>
#include <string>

#include "dict/sources.h"

namespace dyad::dict {

struct DictStats {
  size_t files = 0;
  size_t actor_records = 0;
  size_t actor_phrases = 0;  // Primary phrases and synonyms.
  size_t dated_codes = 0;
  // Actor records by kind, from their code (the undated one, else the latest dated one):
  // countries (a bare country code), international and non-governmental organisations (IGO...,
  // NGO...), armed non-state groups (IMG..., or a country with REB, INS, UAF, CRM, SEP). The
  // records of people whose latest role is in an IGO or an armed group count there; people are
  // the other records with dated roles.
  size_t countries = 0, igos = 0, ngos = 0, armed_groups = 0, people = 0;
  size_t agents = 0;
  size_t agent_phrases = 0;  // Singulars and plurals.
  size_t synsets = 0;
  size_t synset_members = 0;  // With generated plurals.
  size_t blocks = 0;
  size_t verbs = 0;
  size_t verb_forms = 0;  // Base forms and inflections.
  size_t patterns = 0;
  size_t transformations = 0;
  size_t discards = 0;
  size_t issues = 0;
  size_t issue_phrases = 0;  // After n:/v:/+ expansion.
  // Every event code of blocks, verbs and patterns, without the null code "---". Sorted, so a
  // caller can diff it against the CAMEO table to list codes that nothing produces.
  std::set<std::string> event_codes;
};

// Counts `sources`. Linear in their size; thread-safe.
DictStats ComputeStats(const DictionarySources& sources);

}  // namespace dyad::dict

#endif  // DYAD_DICT_STATS_H_
