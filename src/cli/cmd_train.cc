// dyad train --ud DIR --out DIR: trains the tagger, lemmatiser and parser (doc/syntax.md).
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "syntax/trainer.h"

namespace dyad::cli {
namespace {

struct TrainFlags {
  std::string ud_dir;
  std::string out_dir;
  syntax::TrainOptions options;
};

int Run(TrainFlags& f) {
  Status found = syntax::FindTreebank(f.ud_dir, &f.options.train_file, &f.options.dev_file);
  if (!found.ok()) {
    std::fprintf(stderr, "dyad train: %s\n", found.ToString().c_str());
    return kExitError;
  }
  f.options.out_dir = f.out_dir;
  f.options.log = [](std::string_view line) {
    std::fprintf(stderr, "%.*s\n", static_cast<int>(line.size()), line.data());
  };
  StatusOr<syntax::TrainReport> report = syntax::Train(f.options);
  if (!report.ok()) {
    std::fprintf(stderr, "dyad train: %s\n", report.status().ToString().c_str());
    return kExitError;
  }
  std::printf("tagger epoch %d: dev UPOS %.2f\nparser epoch %d: dev UAS %.2f LAS %.2f\n",
              report->tagger_epoch, report->dev_upos, report->parser_epoch, report->dev_uas,
              report->dev_las);
  return kExitOk;
}

}  // namespace

Runner AddTrainCommand(CLI::App* app) {
  auto f = std::make_shared<TrainFlags>();
  app->add_option("--ud", f->ud_dir, "UD treebank directory (*-ud-train/dev.conllu)")
      ->required();
  app->add_option("--out", f->out_dir, "Model directory to write")->required();
  app->add_option("--tagger-epochs", f->options.tagger_epochs, "Most tagger epochs");
  app->add_option("--parser-epochs", f->options.parser_epochs, "Most parser epochs");
  app->add_option("--folds", f->options.folds, "Jackknife folds for parser training tags");
  app->add_option("--seed", f->options.seed, "Random seed (training is deterministic)");
  app->add_option("--prune", f->options.prune, "Drop weight rows below this magnitude");
  return [f] { return Run(*f); };
}

}  // namespace dyad::cli
