// dyad eval --gold FILE [--events OUT]: codes each gold record's text and scores the events as
// ../shared/tools/score_gsr.py does.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/engine_flags.h"
#include "eval/gsr.h"
#include "io/event_writer.h"

namespace dyad::cli {
namespace {

struct EvalFlags {
  std::string gold;
  std::string events;
  EngineFlags engine;
};

int Run(EvalFlags& f) {
  StatusOr<std::vector<eval::GoldRecord>> gold = eval::ReadGold(f.gold);
  if (!gold.ok()) {
    std::fprintf(stderr, "dyad: %s\n", gold.status().ToString().c_str());
    return kExitError;
  }
  std::unique_ptr<Engine> engine = f.engine.Build();
  if (!engine) return kExitError;
  std::FILE* out = nullptr;
  if (!f.events.empty() && !(out = std::fopen(f.events.c_str(), "wb"))) {
    std::fprintf(stderr, "dyad: cannot create %s\n", f.events.c_str());
    return kExitError;
  }
  std::vector<std::vector<eval::ScoredEvent>> coded;
  for (const eval::GoldRecord& r : *gold) {
    Article a;
    a.id = r.id;
    a.date = r.date;
    a.body = r.text;
    ArticleResult result = engine->Code(a);
    std::vector<eval::ScoredEvent>& mine = coded.emplace_back();
    for (const Event& e : result.events) {
      mine.push_back({e.source.code, e.target.code, e.cameo});
      if (out) std::fprintf(out, "%s\n", io::EventToJson(a, result, e).c_str());
    }
  }
  if (out) std::fclose(out);
  std::fputs(eval::Score(*gold, coded).ToString().c_str(), stdout);
  return kExitOk;
}

}  // namespace

Runner AddEvalCommand(CLI::App* app) {
  auto f = std::make_shared<EvalFlags>();
  app->add_option("--gold", f->gold, "PLOVER gold records (JSON array)")->required();
  app->add_option("--events", f->events, "Also write the scored events here (JSON Lines)");
  f->engine.Register(app);
  return [f] { return Run(*f); };
}

}  // namespace dyad::cli
