#include "eval/gsr.h"

#include <simdjson.h>

#include <cstdio>
#include <map>

#include "base/file.h"
#include "base/string_util.h"

namespace dyad::eval {
namespace {

// CAMEO root -> PLOVER 0.5 type, as the GSR scorer maps them.
const std::map<std::string, std::set<std::string>>& RootTypes() {
  static const auto* kTypes = new std::map<std::string, std::set<std::string>>{
      {"02", {"DEMAND"}},     {"03", {"AGREE"}},       {"04", {"CONSULT"}},
      {"05", {"SUPPORT"}},    {"06", {"COOPERATE"}},   {"07", {"AID"}},
      {"08", {"CONCEDE", "RETREAT"}}, {"09", {"INVESTIGATE"}}, {"10", {"DEMAND"}},
      {"11", {"DISAPPROVE"}}, {"12", {"REJECT"}},      {"13", {"THREATEN"}},
      {"14", {"PROTEST"}},    {"15", {"MOBILIZE"}},    {"16", {"SANCTION"}},
      {"17", {"COERCE"}},     {"18", {"ASSAULT"}},     {"19", {"FIGHT"}},
      {"20", {"ASSAULT"}}};
  return *kTypes;
}

std::set<std::string> ActorCodes(simdjson::dom::element rec, const char* key) {
  std::set<std::string> out;
  simdjson::dom::array list;
  if (rec[key].get_array().get(list) != simdjson::SUCCESS) return out;
  for (simdjson::dom::element actor : list) {
    std::string_view code;
    if (actor["code"].get_string().get(code) == simdjson::SUCCESS && !code.empty()) {
      out.insert(AsciiUpper(code.substr(0, 3)));
    }
  }
  return out;
}

std::string Field(simdjson::dom::element rec, const char* key) {
  std::string_view v;
  return rec[key].get_string().get(v) == simdjson::SUCCESS ? std::string(v) : std::string();
}

std::string Prefix3(const std::string& code) { return AsciiUpper(code.substr(0, 3)); }

}  // namespace

std::set<std::string> TypesOfCameo(std::string_view cameo) {
  auto it = RootTypes().find(std::string(cameo.substr(0, 2)));
  return it == RootTypes().end() ? std::set<std::string>{} : it->second;
}

StatusOr<std::vector<GoldRecord>> ParseGold(std::string_view json, std::string_view name) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(json);
  simdjson::dom::element doc;
  if (auto err = parser.parse(padded).get(doc); err) {
    return Status::InvalidArgument(std::string(name) + ": not JSON: " + simdjson::error_message(err));
  }
  simdjson::dom::array records;
  if (doc.get_array().get(records) != simdjson::SUCCESS) {
    return Status::InvalidArgument(std::string(name) + ": expected a JSON array of records");
  }
  std::vector<GoldRecord> gold;
  for (simdjson::dom::element rec : records) {
    GoldRecord g;
    g.text = Field(rec, "text");
    if (g.text.empty()) continue;
    g.id = Field(rec, "id");
    g.date = Field(rec, "date");
    g.event = Field(rec, "event");
    g.sources = ActorCodes(rec, "source");
    g.targets = ActorCodes(rec, "target");
    gold.push_back(std::move(g));
  }
  return gold;
}

StatusOr<std::vector<GoldRecord>> ReadGold(const std::string& path) {
  StatusOr<std::string> contents = ReadFile(path);
  if (!contents.ok()) return contents.status();
  return ParseGold(*contents, path);
}

Scores Score(const std::vector<GoldRecord>& gold,
             const std::vector<std::vector<ScoredEvent>>& events) {
  Scores s;
  s.records = static_cast<int>(gold.size());
  if (gold.empty()) return s;
  int cov = 0, top1 = 0, trec = 0, frec = 0, extra = 0;
  for (size_t i = 0; i < gold.size(); ++i) {
    const GoldRecord& r = gold[i];
    static const std::vector<ScoredEvent> kNone;
    const std::vector<ScoredEvent>& evs = i < events.size() ? events[i] : kNone;
    if (!evs.empty()) {
      ++cov;
      if (TypesOfCameo(evs[0].cameo).count(r.event)) ++top1;
    }
    bool typed = false, triple = false;
    for (const ScoredEvent& e : evs) {
      if (!TypesOfCameo(e.cameo).count(r.event)) {
        ++extra;
        continue;
      }
      typed = true;
      std::string src = Prefix3(e.source), tgt = Prefix3(e.target);
      bool target_ok = r.targets.empty() || r.targets.count(tgt) || r.sources.count(tgt);
      if (r.sources.count(src) && target_ok) triple = true;
    }
    trec += typed;
    frec += triple;
  }
  double n = s.records;
  s.coverage = cov / n;
  s.top1_type_acc = top1 / n;
  s.type_recall = trec / n;
  s.triple_recall = frec / n;
  s.extra_events_per_record = extra / n;
  return s;
}

std::string Scores::ToString() const {
  char buf[512];
  std::snprintf(buf, sizeof(buf),
                "%-26s %d\n%-26s %.3f\n%-26s %.3f\n%-26s %.3f\n%-26s %.3f\n%-26s %.3f\n",
                "records", records, "coverage", coverage, "top1_type_acc", top1_type_acc,
                "type_recall", type_recall, "triple_recall", triple_recall,
                "extra_events_per_record", extra_events_per_record);
  return buf;
}

}  // namespace dyad::eval
