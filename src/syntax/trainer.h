// Training the syntax models from Universal Dependencies treebanks (`dyad train`).
//
// Steps: read train and dev; learn word clusters (clusters.h) from the training text plus any
// unlabeled text given; train the tagger, choosing the epoch by dev UPOS accuracy; tag the
// training set by k-fold jackknifing so the parser learns from realistic (imperfect) tags; train
// the parser, choosing the epoch by dev LAS; build the lemmatiser; write the four model files.
// The test set is never read. Deterministic for a given seed: the only randomness is a
// std::mt19937 seeded from TrainOptions::seed.
#ifndef DYAD_SYNTAX_TRAINER_H_
#define DYAD_SYNTAX_TRAINER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "syntax/clusters.h"
#include "syntax/conllu.h"

namespace dyad::syntax {

struct TrainOptions {
  std::string train_file;  // CoNLL-U.
  std::string dev_file;    // CoNLL-U used to choose epochs; may equal train_file for tests.
  std::string out_dir;     // Receives clusters.bin, tagger.bin, parser.bin, lemmatizer.bin.
  // Extra text for the word clusters: sentences of Token::norm strings (may be empty).
  std::vector<std::vector<std::string>> unlabeled;
  ClusterOptions clusters;
  std::string clusters_file;  // When set, reuse these clusters instead of learning new ones.
  int tagger_epochs = 10;
  int parser_epochs = 15;
  int folds = 4;           // Jackknifing folds for the parser's training tags (1 = gold tags).
  uint32_t seed = 1;
  float prune = 1.0f;      // Drop weight rows whose largest |weight| is below this.
  std::function<void(std::string_view)> log;  // Progress lines; may be empty.
};

// What training measured on the dev set with the chosen epochs.
struct TrainReport {
  int tagger_epoch = 0;
  double dev_upos = 0;
  int parser_epoch = 0;
  double dev_uas = 0;
  double dev_las = 0;
};

// Finds en-style "*-ud-train.conllu" and "*-ud-dev.conllu" in `dir`.
Status FindTreebank(const std::string& dir, std::string* train, std::string* dev);

StatusOr<TrainReport> Train(const TrainOptions& options);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_TRAINER_H_
