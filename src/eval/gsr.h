// Scoring coded events against PLOVER gold-standard records (GSR 0.5b1 labels), with the same
// definitions as ../shared/tools/score_gsr.py so that `dyad eval` prints the same figures.
//
// A gold record has an id, a text, an event type (AGREE, DEMAND ...), and source and target
// lists of actors with 3-letter codes. For each record, the events coded from its text are
// compared by type (CAMEO root -> PLOVER 0.5 type) and by source and target country.
#ifndef DYAD_EVAL_GSR_H_
#define DYAD_EVAL_GSR_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::eval {

struct GoldRecord {
  std::string id;
  std::string date;
  std::string text;
  std::string event;               // The gold PLOVER 0.5 type.
  std::set<std::string> sources;   // First three letters of each source code, uppercased.
  std::set<std::string> targets;
};

// Reads a gold file: a JSON array of records. Records without text (documentation) are left
// out, as the scorer does. Errors name the file and what is wrong.
StatusOr<std::vector<GoldRecord>> ReadGold(const std::string& path);
StatusOr<std::vector<GoldRecord>> ParseGold(std::string_view json, std::string_view name);

// The part of an event the scorer reads.
struct ScoredEvent {
  std::string source;  // Actor code.
  std::string target;
  std::string cameo;
};

struct Scores {
  int records = 0;
  double coverage = 0;
  double top1_type_acc = 0;
  double type_recall = 0;
  double triple_recall = 0;
  double extra_events_per_record = 0;

  // The scorer's report: one "name value" line per figure.
  std::string ToString() const;
};

// `events[i]` are the events coded for `gold[i]`, in output order.
Scores Score(const std::vector<GoldRecord>& gold,
             const std::vector<std::vector<ScoredEvent>>& events);

// The PLOVER 0.5 types a CAMEO code counts as (by its root); empty for root 01.
std::set<std::string> TypesOfCameo(std::string_view cameo);

}  // namespace dyad::eval

#endif  // DYAD_EVAL_GSR_H_
