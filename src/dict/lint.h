// Lint: checks across the entries of a set of dictionary files, beyond what each line's syntax
// tells (the readers report that, in DictionarySources::diagnostics).
//
// Reports, as errors:
//   - conflicting entries: the same phrase (actors, agents, discards, issues), verb (base form)
//     or pattern (within a block) defined twice with different codes or flags;
//   - event codes of blocks, verbs and patterns missing from `known_event_codes` (when given);
//   - agent codes that are not groups of three characters ("GOV", "GOVFRM").
// and, as warnings:
//   - duplicate entries (the same phrase defined twice with the same meaning);
//   - overlapping dated codes of one actor whose codes share a country prefix (first three
//     characters), e.g. [AFGGOV 19791227-19861124] and [AFGELI 19800101-19900101];
//   - synsets with no members, synsets never used by a pattern, blocks with no verbs.
//
// Usage:
//   std::vector<Diagnostic> found = Lint(sources, LintOptions{&codes});
//
// Diagnostics come sorted by file (in load order) and line. Time is O(n log n) in the number of
// entries. Thread-safe.
#ifndef DYAD_DICT_LINT_H_
#define DYAD_DICT_LINT_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "dict/source.h"
#include "dict/sources.h"
#include "dyad/status.h"

namespace dyad::dict {

struct LintOptions {
  // The valid CAMEO event codes ("010", "0231", ...), or null to skip the check. Not owned; must
  // outlive the Lint call.
  const std::unordered_set<std::string>* known_event_codes = nullptr;
};

std::vector<Diagnostic> Lint(const DictionarySources& sources, const LintOptions& options);

// Reads the first column of a code table such as data/cameo/codes.tsv (tab-separated; '#' lines
// and blank lines skipped) into *codes.
Status LoadEventCodes(const std::string& path, std::unordered_set<std::string>* codes);

}  // namespace dyad::dict

#endif  // DYAD_DICT_LINT_H_
