// dyad explain "SENTENCE" [--date D]: tokens, actors, verbs, each decision, and the events.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/engine_flags.h"

namespace dyad::cli {
namespace {

struct ExplainFlags {
  std::string text;
  std::string date;
  EngineFlags engine;
};

int Run(ExplainFlags& f) {
  std::unique_ptr<Engine> engine = f.engine.Build();
  if (!engine) return kExitError;
  std::fputs(engine->Explain(f.text, f.date).c_str(), stdout);
  return kExitOk;
}

}  // namespace

Runner AddExplainCommand(CLI::App* app) {
  auto f = std::make_shared<ExplainFlags>();
  app->add_option("text", f->text, "One or more sentences")->required();
  app->add_option("--date", f->date, "YYYY-MM-DD: the date that dated roles are read at");
  f->engine.Register(app);
  return [f] { return Run(*f); };
}

}  // namespace dyad::cli
