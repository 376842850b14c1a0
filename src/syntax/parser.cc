#include "syntax/parser.h"

#include <limits>

#include "base/status_macros.h"

namespace dyad::syntax {

Parser::Parser(Vocab labels)
    : label_names_(std::move(labels)),
      root_label_(label_names_.Find("root")),
      moves_(kMoveRowBits, kNumMoves),
      labeller_(kLabelRowBits, label_names_.size()) {}

int Parser::BestMove(const Config& c, const float* scores) const {
  int best = -1;
  for (int m = 0; m < kNumMoves; ++m) {
    if (c.CanApply(static_cast<Move>(m)) && (best == -1 || scores[m] > scores[best])) best = m;
  }
  return best;
}

int Parser::PredictLabel(const Config& c, const ParseInput& in, int h, int d) const {
  if (h == 0) return root_label_;
  uint64_t f[kMaxLabelFeatures];
  float scores[64];
  int n = LabelFeatures(c, in, h, d, f);
  labeller_.Score({f, size_t(n)}, scores);
  int best = -1;
  for (int l = 0; l < labeller_.num_classes(); ++l) {
    if (l != root_label_ && (best == -1 || scores[l] > scores[best])) best = l;
  }
  return best;
}

void Parser::Finish(const ParseInput& in, Config* c) const {
  int root_child = c->right1[0];
  for (size_t i = 1; i < c->stack.size(); ++i) {
    int d = c->stack[i];
    if (c->head[d] != -1) continue;
    if (root_child == -1) {
      root_child = d;
      c->AddArc(0, d, root_label_);
    } else {
      c->AddArc(root_child, d, PredictLabel(*c, in, root_child, d));
    }
  }
}

void Parser::Parse(const ParseInput& in, Config* c) const {
  c->Init(in.n);
  uint64_t f[kMaxMoveFeatures];
  float scores[kNumMoves];
  while (!c->Terminal()) {
    if (c->S0() == 0) {  // Only SHIFT is legal: no need to score (about 1 state in 6).
      c->Apply(kShift, -1);
      continue;
    }
    int n = MoveFeatures(*c, in, f);
    moves_.Score({f, size_t(n)}, scores);
    auto m = static_cast<Move>(BestMove(*c, scores));
    int lab = -1;
    if (m == kLeft) lab = PredictLabel(*c, in, c->B0(), c->S0());
    if (m == kRight) lab = PredictLabel(*c, in, c->S0(), c->B0());
    c->Apply(m, lab);
  }
  Finish(in, c);
}

int Parser::Train(const ParseInput& in, const std::vector<int>& gold_head,
                  const std::vector<int>& gold_label, bool explore, std::mt19937* rng,
                  Config* c) {
  c->Init(in.n);
  uint64_t f[kMaxMoveFeatures], lf[kMaxLabelFeatures];
  float scores[kNumMoves];
  std::uniform_real_distribution<float> coin(0.0f, 1.0f);
  int errors = 0;
  while (!c->Terminal()) {
    int n = MoveFeatures(*c, in, f);
    moves_.Score({f, size_t(n)}, scores);
    int guess = BestMove(*c, scores);
    int cost[kNumMoves], min_cost = std::numeric_limits<int>::max();
    for (int m = 0; m < kNumMoves; ++m) {
      cost[m] = c->CanApply(static_cast<Move>(m)) ? Cost(*c, static_cast<Move>(m), gold_head)
                                                   : std::numeric_limits<int>::max();
      min_cost = std::min(min_cost, cost[m]);
    }
    int best_gold = -1;
    for (int m = 0; m < kNumMoves; ++m) {
      if (cost[m] == min_cost && (best_gold == -1 || scores[m] > scores[best_gold])) best_gold = m;
    }
    if (cost[guess] > min_cost) {
      moves_.Update({f, size_t(n)}, best_gold, guess);
      ++errors;
    }
    moves_.Tick();
    auto m = static_cast<Move>(explore && coin(*rng) < 0.9f ? guess : best_gold);
    int lab = -1;
    if (m == kLeft || m == kRight) {
      int h = m == kLeft ? c->B0() : c->S0(), d = m == kLeft ? c->S0() : c->B0();
      lab = PredictLabel(*c, in, h, d);
      if (gold_head[d] == h && h != 0) {
        int ln = LabelFeatures(*c, in, h, d, lf);
        labeller_.Update({lf, size_t(ln)}, gold_label[d], lab);
        labeller_.Tick();
        lab = gold_label[d];
      }
    }
    c->Apply(m, lab);
  }
  return errors;
}

Parser Parser::Averaged() const {
  Parser out;
  out.label_names_ = label_names_;
  out.root_label_ = root_label_;
  out.moves_ = moves_.Averaged();
  out.labeller_ = labeller_.Averaged();
  return out;
}

std::string Parser::Serialize(float prune) const {
  Writer w;
  w.Header(ModelKind::kParser, kTemplateVersion);
  w.Strings(label_names_.names());
  moves_.Save(prune, &w);
  labeller_.Save(prune, &w);
  return w.data();
}

StatusOr<Parser> Parser::Deserialize(std::string_view data, std::string_view file) {
  Reader r(data);
  RETURN_IF_ERROR(r.Header(ModelKind::kParser, kTemplateVersion, file));
  std::vector<std::string> labels;
  if (!r.Strings(&labels)) return CorruptModel(file, "label names");
  if (labels.size() > 64) return CorruptModel(file, "more than 64 labels");
  Parser p;
  p.label_names_ = Vocab(labels);
  p.root_label_ = p.label_names_.Find("root");
  if (p.root_label_ < 0) return CorruptModel(file, "no 'root' label");
  RETURN_IF_ERROR(p.moves_.Load(&r, kMoveRowBits, file));
  RETURN_IF_ERROR(p.labeller_.Load(&r, kLabelRowBits, file));
  if (p.moves_.num_classes() != kNumMoves || p.labeller_.num_classes() != p.label_names_.size() ||
      !r.AtEnd()) {
    return CorruptModel(file, "class counts do not match");
  }
  return p;
}

}  // namespace dyad::syntax
