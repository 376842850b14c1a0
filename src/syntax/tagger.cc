#include "syntax/tagger.h"

#include <algorithm>
#include <array>

#include "base/status_macros.h"
#include "syntax/hash.h"

namespace dyad::syntax {
namespace {

constexpr int kMaxFeatures = 40;
constexpr uint64_t kNone = 0x5bd1e995;  // Stands for a word or tag outside the sentence.

using Features = std::array<uint64_t, kMaxFeatures>;

uint64_t WordAt(const std::vector<WordInfo>& w, int i) {
  return i >= 0 && i < static_cast<int>(w.size()) ? w[i].norm_hash : kNone + i;
}

uint64_t SuffixAt(const std::vector<WordInfo>& w, int i) {
  return i >= 0 && i < static_cast<int>(w.size()) ? w[i].suffix[2] : kNone;
}

// The features that do not depend on predicted tags. Returns how many were written.
int StaticFeatures(const std::vector<WordInfo>& words, int i, uint64_t* f) {
  const WordInfo& w = words[i];
  int n = 0;
  f[n++] = Feature(1, 0);  // Bias.
  f[n++] = Feature(2, w.norm_hash);
  f[n++] = Feature(3, w.shape_hash);
  f[n++] = Feature(4, w.shape_hash, i == 0);
  for (int k = 0; k < 4; ++k) {
    f[n++] = Feature(10 + k, w.prefix[k]);
    f[n++] = Feature(20 + k, w.suffix[k]);
  }
  f[n++] = Feature(30, WordAt(words, i - 1));
  f[n++] = Feature(31, WordAt(words, i + 1));
  f[n++] = Feature(32, WordAt(words, i - 2));
  f[n++] = Feature(33, WordAt(words, i + 2));
  f[n++] = Feature(34, SuffixAt(words, i - 1));
  f[n++] = Feature(35, SuffixAt(words, i + 1));
  f[n++] = Feature(36, WordAt(words, i - 1), w.norm_hash);
  f[n++] = Feature(37, w.norm_hash, WordAt(words, i + 1));
  f[n++] = Feature(38, w.suffix[2], WordAt(words, i + 1));
  f[n++] = Feature(39, words.size() > 1 ? w.shape_hash : kNone, WordAt(words, i + 1) == kNone);
  return n;
}

// Features of the two previous tags of one tag set; `base` keeps UPOS and XPOS apart.
int TagFeatures(int base, const std::vector<int>& tags, int i, const WordInfo& w, uint64_t* f) {
  int64_t t1 = i >= 1 ? tags[i - 1] : -1;
  int64_t t2 = i >= 2 ? tags[i - 2] : -1;
  int n = 0;
  f[n++] = Feature(base, t1);
  f[n++] = Feature(base + 1, t2);
  f[n++] = Feature(base + 2, t1, t2);
  f[n++] = Feature(base + 3, t1, w.norm_hash);
  f[n++] = Feature(base + 4, t1, w.suffix[2]);
  return n;
}

int ArgMax(const float* scores, int n) {
  return static_cast<int>(std::max_element(scores, scores + n) - scores);
}

}  // namespace

Tagger::Tagger(Vocab upos, Vocab xpos)
    : upos_names_(std::move(upos)),
      xpos_names_(std::move(xpos)),
      upos_model_(kRowBits, upos_names_.size()),
      xpos_model_(kRowBits, xpos_names_.size()) {}

void Tagger::Tag(const std::vector<WordInfo>& words, std::vector<int>* upos,
                 std::vector<int>* xpos) const {
  upos->assign(words.size(), 0);
  xpos->assign(words.size(), 0);
  Features f;
  float scores[256];
  for (int i = 0; i < static_cast<int>(words.size()); ++i) {
    int n = StaticFeatures(words, i, f.data());
    int m = TagFeatures(100, *upos, i, words[i], f.data() + n);
    upos_model_.Score({f.data(), size_t(n + m)}, scores);
    (*upos)[i] = ArgMax(scores, upos_model_.num_classes());
    m = TagFeatures(200, *xpos, i, words[i], f.data() + n);
    f[n + m] = Feature(210, (*upos)[i]);
    f[n + m + 1] = Feature(211, (*upos)[i], words[i].norm_hash);
    xpos_model_.Score({f.data(), size_t(n + m + 2)}, scores);
    (*xpos)[i] = ArgMax(scores, xpos_model_.num_classes());
  }
}

int Tagger::Train(const std::vector<WordInfo>& words, const std::vector<int>& gold_upos,
                  const std::vector<int>& gold_xpos) {
  std::vector<int> upos(words.size(), 0), xpos(words.size(), 0);
  Features f;
  float scores[256];
  int errors = 0;
  for (int i = 0; i < static_cast<int>(words.size()); ++i) {
    int n = StaticFeatures(words, i, f.data());
    int m = TagFeatures(100, upos, i, words[i], f.data() + n);
    upos_model_.Score({f.data(), size_t(n + m)}, scores);
    upos[i] = ArgMax(scores, upos_model_.num_classes());
    upos_model_.Update({f.data(), size_t(n + m)}, gold_upos[i], upos[i]);
    errors += upos[i] != gold_upos[i];
    upos_model_.Tick();
    m = TagFeatures(200, xpos, i, words[i], f.data() + n);
    // Condition XPOS on the gold UPOS in training: at test time UPOS is right 95%+ of the time.
    f[n + m] = Feature(210, gold_upos[i]);
    f[n + m + 1] = Feature(211, gold_upos[i], words[i].norm_hash);
    xpos_model_.Score({f.data(), size_t(n + m + 2)}, scores);
    xpos[i] = ArgMax(scores, xpos_model_.num_classes());
    xpos_model_.Update({f.data(), size_t(n + m + 2)}, gold_xpos[i], xpos[i]);
    xpos_model_.Tick();
  }
  return errors;
}

Tagger Tagger::Averaged() const {
  Tagger out(upos_names_, xpos_names_);
  out.upos_model_ = upos_model_.Averaged();
  out.xpos_model_ = xpos_model_.Averaged();
  return out;
}

std::string Tagger::Serialize(float prune) const {
  Writer w;
  w.Header(ModelKind::kTagger, kTemplateVersion);
  w.Strings(upos_names_.names());
  w.Strings(xpos_names_.names());
  upos_model_.Save(prune, &w);
  xpos_model_.Save(prune, &w);
  return w.data();
}

StatusOr<Tagger> Tagger::Deserialize(std::string_view data, std::string_view file) {
  Reader r(data);
  RETURN_IF_ERROR(r.Header(ModelKind::kTagger, kTemplateVersion, file));
  std::vector<std::string> upos, xpos;
  if (!r.Strings(&upos) || !r.Strings(&xpos)) return CorruptModel(file, "tag names");
  Tagger t(Vocab(upos), Vocab(xpos));
  RETURN_IF_ERROR(t.upos_model_.Load(&r, kRowBits, file));
  RETURN_IF_ERROR(t.xpos_model_.Load(&r, kRowBits, file));
  if (t.upos_model_.num_classes() != t.upos_names_.size() ||
      t.xpos_model_.num_classes() != t.xpos_names_.size() || !r.AtEnd()) {
    return CorruptModel(file, "tag counts do not match the weight tables");
  }
  return t;
}

}  // namespace dyad::syntax
