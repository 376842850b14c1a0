// dyad train --ud DIR --out DIR [--unlabeled FILE...]: learns word clusters and trains the
// tagger, lemmatiser and parser (doc/syntax.md).
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "base/status_macros.h"
#include "cli/commands.h"
#include "io/article_reader.h"
#include "syntax/trainer.h"
#include "text/abbreviations.h"
#include "text/splitter.h"

namespace dyad::cli {
namespace {

struct TrainFlags {
  std::string ud_dir;
  std::string out_dir;
  std::vector<std::string> unlabeled;  // Article files or directories for the word clusters.
  std::string abbreviations = std::string(DYAD_DATA_DIR) + "/text/abbreviations.txt";
  syntax::TrainOptions options;
};

// Splits every article of `inputs` into sentences of token norms, appended to *out.
Status ReadUnlabeled(const TrainFlags& f, std::vector<std::vector<std::string>>* out) {
  ASSIGN_OR_RETURN(text::Abbreviations abbr, text::Abbreviations::Load(f.abbreviations));
  text::Splitter splitter(&abbr);
  ASSIGN_OR_RETURN(std::unique_ptr<io::ArticleReader> reader,
                   io::ArticleReader::Open(f.unlabeled, io::ReadOptions{}));
  io::InputRecord record;
  std::vector<text::Sentence> sentences;
  while (reader->Next(&record)) {
    if (record.kind == io::InputRecord::Kind::kFileError) {
      return Status::IOError(record.origin + ": " + record.reason);
    }
    if (record.kind != io::InputRecord::Kind::kArticle) continue;
    const std::string& body = record.article.body;
    sentences.clear();
    splitter.Split(body, Span{0, static_cast<uint32_t>(body.size())}, &sentences);
    for (const text::Sentence& s : sentences) {
      out->emplace_back();
      for (const text::Token& t : s.tokens) out->back().push_back(t.norm);
    }
  }
  return Status::Ok();
}

int Run(TrainFlags& f) {
  Status found = syntax::FindTreebank(f.ud_dir, &f.options.train_file, &f.options.dev_file);
  if (!found.ok()) {
    std::fprintf(stderr, "dyad train: %s\n", found.ToString().c_str());
    return kExitError;
  }
  f.options.out_dir = f.out_dir;
  if (!f.unlabeled.empty()) {
    Status read = ReadUnlabeled(f, &f.options.unlabeled);
    if (!read.ok()) {
      std::fprintf(stderr, "dyad train: %s\n", read.ToString().c_str());
      return kExitError;
    }
    std::fprintf(stderr, "read %zu unlabeled sentences\n", f.options.unlabeled.size());
  }
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
  app->add_option("--unlabeled", f->unlabeled,
                  "Article files or directories (JSON Lines, text; gzip ok) for word clusters");
  app->add_option("--abbreviations", f->abbreviations, "Abbreviation list for --unlabeled");
  app->add_option("--clusters", f->options.clusters_file,
                  "Reuse this clusters.bin instead of learning clusters");
  app->add_option("--coarse-clusters", f->options.clusters.coarse_classes, "Coarse classes");
  app->add_option("--fine-clusters", f->options.clusters.fine_classes, "Fine classes");
  app->add_option("--cluster-passes", f->options.clusters.passes, "Exchange passes");
  return [f] { return Run(*f); };
}

}  // namespace dyad::cli
