#include "syntax/trainer.h"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <numeric>
#include <random>

#include "base/file.h"
#include "base/status_macros.h"
#include "base/string_util.h"
#include "syntax/analyzer.h"
#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"
#include "syntax/words.h"

namespace dyad::syntax {
namespace {

// One treebank sentence in the form the models read. Held by unique_ptr so the views in
// `words` (into `text` and `tokens`) stay valid.
struct Example {
  std::string text;
  std::vector<text::Token> tokens;
  std::vector<WordInfo> words;
  std::vector<int> upos, xpos;            // Gold.
  std::vector<int> pred_upos, pred_xpos;  // Jackknifed, for parser training.
  std::vector<int> head, label;  // Indexed by word, entry 0 unused; `head` projectivized.
  std::vector<int> gold_head;    // As in the treebank, for scoring.
  ParseInput Input() const {
    return {words.data(), pred_upos.data(), pred_xpos.data(), static_cast<int>(words.size())};
  }
};
using Examples = std::vector<std::unique_ptr<Example>>;

struct Vocabs {
  Vocab upos, xpos, labels;
};

Vocabs BuildVocabs(const std::vector<ConlluSentence>& sentences) {
  std::vector<std::string> u, x, l;
  for (const ConlluSentence& s : sentences) {
    for (const ConlluWord& w : s.words) {
      u.push_back(w.upos);
      x.push_back(w.xpos);
      l.push_back(w.deprel);
    }
  }
  for (auto* v : {&u, &x, &l}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  return {Vocab(u), Vocab(x), Vocab(l)};
}

// Ids of names missing from the vocabulary (dev only) become 0; they just count as errors.
Examples MakeExamples(const std::vector<ConlluSentence>& sentences, const Vocabs& v,
                      const WordClusters& clusters) {
  Examples out;
  for (const ConlluSentence& s : sentences) {
    auto e = std::make_unique<Example>();
    std::vector<std::string> forms;
    e->head.push_back(-1);
    e->label.push_back(-1);
    for (const ConlluWord& w : s.words) {
      forms.push_back(w.form);
      e->upos.push_back(std::max(0, v.upos.Find(w.upos)));
      e->xpos.push_back(std::max(0, v.xpos.Find(w.xpos)));
      e->head.push_back(w.head);
      e->label.push_back(std::max(0, v.labels.Find(w.deprel)));
    }
    e->gold_head = e->head;
    e->head = Projectivize(e->head);
    TokensFromForms(forms, &e->text, &e->tokens);
    PrepareWords(e->text, e->tokens, &clusters, &e->words);
    e->pred_upos = e->upos;
    e->pred_xpos = e->xpos;
    out.push_back(std::move(e));
  }
  return out;
}

void Log(const TrainOptions& o, const std::string& line) {
  if (o.log) o.log(line);
}

std::vector<size_t> Shuffled(size_t n, std::mt19937* rng) {
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::shuffle(order.begin(), order.end(), *rng);
  return order;
}

double TaggerAccuracy(const Tagger& t, const Examples& dev) {
  size_t correct = 0, total = 0;
  std::vector<int> upos, xpos;
  for (const auto& e : dev) {
    t.Tag(e->words, &upos, &xpos);
    for (size_t i = 0; i < upos.size(); ++i) correct += upos[i] == e->upos[i];
    total += upos.size();
  }
  return total ? 100.0 * correct / total : 0;
}

// Trains on the examples whose index is not in [skip_begin, skip_end); `epochs` < 0 means
// choose the best epoch on `dev` and store it in *best_epoch.
Tagger TrainTagger(const Examples& data, size_t skip_begin, size_t skip_end, const Vocabs& v,
                   int epochs, const Examples* dev, const TrainOptions& o, int* best_epoch,
                   double* best_acc) {
  Tagger tagger(v.upos, v.xpos);
  Tagger best;
  std::vector<const std::vector<WordInfo>*> lex_words;
  std::vector<const std::vector<int>*> lex_tags;
  for (size_t i = 0; i < data.size(); ++i) {
    if (i >= skip_begin && i < skip_end) continue;  // The held-out fold stays unseen.
    lex_words.push_back(&data[i]->words);
    lex_tags.push_back(&data[i]->upos);
  }
  tagger.BuildLexicon(lex_words, lex_tags, 3);
  std::mt19937 rng(o.seed);
  for (int epoch = 1; epoch <= std::abs(epochs); ++epoch) {
    for (size_t i : Shuffled(data.size(), &rng)) {
      if (i >= skip_begin && i < skip_end) continue;
      tagger.Train(data[i]->words, data[i]->upos, data[i]->xpos);
    }
    if (dev == nullptr) continue;
    Tagger averaged = tagger.Averaged();
    double acc = TaggerAccuracy(averaged, *dev);
    Log(o, "tagger epoch " + std::to_string(epoch) + ": dev UPOS " + std::to_string(acc));
    if (acc > *best_acc) {
      *best_acc = acc;
      *best_epoch = epoch;
      best = std::move(averaged);
    }
  }
  return dev ? std::move(best) : tagger.Averaged();
}

void TagWith(const Tagger& t, Examples::const_iterator begin, Examples::const_iterator end) {
  for (auto it = begin; it != end; ++it) t.Tag((*it)->words, &(*it)->pred_upos, &(*it)->pred_xpos);
}

}  // namespace

namespace {

struct ParseScore {
  double uas = 0, las = 0;
};

ParseScore ScoreParser(const Parser& p, const Examples& dev) {
  size_t total = 0, heads = 0, both = 0;
  Config c;
  for (const auto& e : dev) {
    p.Parse(e->Input(), &c);
    for (size_t i = 1; i < e->gold_head.size(); ++i) {
      bool head_ok = c.head[i] == e->gold_head[i];
      heads += head_ok;
      both += head_ok && c.label[i] == e->label[i];
    }
    total += e->gold_head.size() - 1;
  }
  return {100.0 * heads / std::max<size_t>(total, 1), 100.0 * both / std::max<size_t>(total, 1)};
}

Parser TrainParser(const Examples& data, const Examples& dev, const Vocabs& v,
                   const TrainOptions& o, TrainReport* report) {
  Parser parser(v.labels), best;
  std::mt19937 rng(o.seed + 1);
  Config c;
  for (int epoch = 1; epoch <= o.parser_epochs; ++epoch) {
    size_t errors = 0;
    for (size_t i : Shuffled(data.size(), &rng)) {
      const Example& e = *data[i];
      // The first epoch follows the oracle only; later ones explore the parser's own errors.
      errors += parser.Train(e.Input(), e.head, e.label, epoch > 1, &rng, &c);
    }
    Parser averaged = parser.Averaged();
    ParseScore s = ScoreParser(averaged, dev);
    Log(o, "parser epoch " + std::to_string(epoch) + ": move errors " + std::to_string(errors) +
               ", dev UAS " + std::to_string(s.uas) + " LAS " + std::to_string(s.las));
    if (s.las > report->dev_las) {
      report->dev_las = s.las;
      report->dev_uas = s.uas;
      report->parser_epoch = epoch;
      best = std::move(averaged);
    }
  }
  return best;
}

// Tags each fold of `data` with a tagger trained on the other folds.
void Jackknife(const Examples& data, const Vocabs& v, int epochs, const TrainOptions& o) {
  size_t n = data.size();
  for (int k = 0; k < o.folds; ++k) {
    size_t begin = n * k / o.folds, end = n * (k + 1) / o.folds;
    int unused_epoch = 0;
    double unused_acc = 0;
    Tagger t = TrainTagger(data, begin, end, v, epochs, nullptr, o, &unused_epoch, &unused_acc);
    TagWith(t, data.begin() + begin, data.begin() + end);
    Log(o, "jackknife fold " + std::to_string(k + 1) + "/" + std::to_string(o.folds) + " tagged");
  }
}

Lemmatizer BuildLemmatizer(const std::vector<ConlluSentence>& train) {
  Lemmatizer::Builder builder;
  for (const ConlluSentence& s : train) {
    for (const ConlluWord& w : s.words) {
      builder.Add(w.form, NormalizeForm(w.form), w.upos, w.lemma);
    }
  }
  return builder.Build();
}

// Learns clusters from the training forms and o.unlabeled, or reads o.clusters_file.
StatusOr<WordClusters> GetClusters(const std::vector<ConlluSentence>& train,
                                   const TrainOptions& o) {
  if (!o.clusters_file.empty()) {
    ASSIGN_OR_RETURN(std::string bytes, ReadFile(o.clusters_file));
    return WordClusters::Deserialize(bytes, o.clusters_file);
  }
  std::vector<std::vector<std::string>> text = o.unlabeled;
  for (const ConlluSentence& s : train) {
    text.emplace_back();
    for (const ConlluWord& w : s.words) text.back().push_back(NormalizeForm(w.form));
  }
  ClusterOptions co = o.clusters;
  if (!co.log) co.log = o.log;
  return LearnClusters(text, co);
}

Status WriteModel(const std::string& dir, const char* name, const std::string& bytes,
                  const TrainOptions& o) {
  std::string path = dir + "/" + name;
  RETURN_IF_ERROR(WriteFile(path, bytes));
  Log(o, "wrote " + path + " (" + std::to_string(bytes.size()) + " bytes)");
  return Status::Ok();
}

}  // namespace

Status FindTreebank(const std::string& dir, std::string* train, std::string* dev) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (EndsWith(name, "-ud-train.conllu")) *train = entry.path().string();
    if (EndsWith(name, "-ud-dev.conllu")) *dev = entry.path().string();
  }
  if (ec) return Status::IOError(dir + ": " + ec.message());
  if (train->empty() || dev->empty()) {
    return Status::NotFound(dir + ": no *-ud-train.conllu and *-ud-dev.conllu pair");
  }
  return Status::Ok();
}

StatusOr<TrainReport> Train(const TrainOptions& o) {
  ASSIGN_OR_RETURN(std::vector<ConlluSentence> train, ReadConllu(o.train_file));
  ASSIGN_OR_RETURN(std::vector<ConlluSentence> dev, ReadConllu(o.dev_file));
  if (train.empty()) return Status::InvalidArgument(o.train_file + ": no sentences");
  Vocabs v = BuildVocabs(train);
  if (v.labels.size() > 64 || v.labels.Find("root") < 0 || v.xpos.size() > 256) {
    return Status::InvalidArgument(o.train_file + ": need a 'root' label, <= 64 labels and "
                                   "<= 256 tags");
  }
  ASSIGN_OR_RETURN(WordClusters clusters, GetClusters(train, o));
  Examples data = MakeExamples(train, v, clusters), dev_data = MakeExamples(dev, v, clusters);
  Log(o, "read " + std::to_string(data.size()) + " training and " +
             std::to_string(dev_data.size()) + " dev sentences");
  TrainReport report;
  Tagger tagger = TrainTagger(data, 0, 0, v, o.tagger_epochs, &dev_data, o,
                              &report.tagger_epoch, &report.dev_upos);
  if (o.folds > 1) Jackknife(data, v, report.tagger_epoch, o);
  TagWith(tagger, dev_data.begin(), dev_data.end());
  Parser parser = TrainParser(data, dev_data, v, o, &report);
  std::error_code ec;
  std::filesystem::create_directories(o.out_dir, ec);
  if (ec) return Status::IOError(o.out_dir + ": " + ec.message());
  RETURN_IF_ERROR(WriteModel(o.out_dir, Analyzer::kClustersFile, clusters.Serialize(), o));
  RETURN_IF_ERROR(WriteModel(o.out_dir, Analyzer::kTaggerFile, tagger.Serialize(o.prune), o));
  RETURN_IF_ERROR(WriteModel(o.out_dir, Analyzer::kParserFile, parser.Serialize(o.prune), o));
  RETURN_IF_ERROR(
      WriteModel(o.out_dir, Analyzer::kLemmatizerFile, BuildLemmatizer(train).Serialize(), o));
  return report;
}

}  // namespace dyad::syntax
