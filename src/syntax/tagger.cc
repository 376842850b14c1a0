#include "syntax/tagger.h"

#include <algorithm>
#include <array>

#include "base/status_macros.h"
#include "syntax/hash.h"

namespace dyad::syntax {
namespace {

constexpr int kMaxFeatures = 56;
constexpr uint64_t kNone = 0x5bd1e995;  // Stands for a word or tag outside the sentence.

using Features = std::array<uint64_t, kMaxFeatures>;

uint64_t WordAt(const std::vector<WordInfo>& w, int i) {
  return i >= 0 && i < static_cast<int>(w.size()) ? w[i].norm_hash : kNone + i;
}

uint64_t SuffixAt(const std::vector<WordInfo>& w, int i) {
  return i >= 0 && i < static_cast<int>(w.size()) ? w[i].suffix[2] : kNone;
}

uint64_t ShapeAt(const std::vector<WordInfo>& w, int i) {
  return i >= 0 && i < static_cast<int>(w.size()) ? w[i].shape_hash : kNone;
}

uint64_t ClusterAt(const std::vector<WordInfo>& w, int i) {
  return i >= 0 && i < static_cast<int>(w.size()) ? w[i].fine_cluster : kNone;
}

}  // namespace

uint64_t Tagger::AmbiguityAt(const std::vector<WordInfo>& words, int i) const {
  if (i < 0 || i >= static_cast<int>(words.size())) return kNone;
  return lexicon_.Find(words[i].norm_hash);
}

int Tagger::StaticFeatures(const std::vector<WordInfo>& words, int i, uint64_t* f) const {
  const WordInfo& w = words[i];
  uint64_t amb = AmbiguityAt(words, i), amb1 = AmbiguityAt(words, i + 1);
  int n = 0;
  f[n++] = Feature(5, w.form_hash);
  f[n++] = Feature(6, amb);
  f[n++] = Feature(7, amb1);
  f[n++] = Feature(8, AmbiguityAt(words, i + 2));
  f[n++] = Feature(9, amb, amb1);
  f[n++] = Feature(40, amb, w.suffix[2]);
  f[n++] = Feature(41, ShapeAt(words, i - 1), w.shape_hash);
  f[n++] = Feature(42, w.shape_hash, ShapeAt(words, i + 1));
  f[n++] = Feature(43, WordAt(words, i + 1), WordAt(words, i + 2));
  f[n++] = Feature(44, w.suffix[3], w.shape_hash);
  f[n++] = Feature(45, i + 1 < static_cast<int>(words.size()) ? words[i + 1].prefix[1] : kNone);
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
  f[n++] = Feature(50, w.fine_cluster);
  f[n++] = Feature(51, w.coarse_cluster, w.suffix[1]);
  f[n++] = Feature(52, ClusterAt(words, i - 1));
  f[n++] = Feature(53, ClusterAt(words, i + 1));
  return n;
}

namespace {

// Features of the two previous tags of one tag set; `base` keeps UPOS and XPOS apart.
int TagFeatures(int base, const std::vector<int>& tags, int i, const std::vector<WordInfo>& words,
                uint64_t* f) {
  const WordInfo& w = words[i];
  int64_t t1 = i >= 1 ? tags[i - 1] : -1;
  int64_t t2 = i >= 2 ? tags[i - 2] : -1;
  int n = 0;
  f[n++] = Feature(base, t1);
  f[n++] = Feature(base + 1, t2);
  f[n++] = Feature(base + 2, t1, t2);
  f[n++] = Feature(base + 3, t1, w.norm_hash);
  f[n++] = Feature(base + 4, t1, w.suffix[2]);
  f[n++] = Feature(base + 5, t1, w.shape_hash);
  f[n++] = Feature(base + 6, t1, i + 1 < static_cast<int>(words.size()) ? words[i + 1].norm_hash
                                                                         : kNone);
  return n;
}

int ArgMax(const float* scores, int n) {
  return static_cast<int>(std::max_element(scores, scores + n) - scores);
}

}  // namespace

void Tagger::BuildLexicon(const std::vector<const std::vector<WordInfo>*>& sentences,
                          const std::vector<const std::vector<int>*>& upos, int min_count) {
  std::unordered_map<uint64_t, std::pair<int, uint32_t>> counts;  // Word -> (count, tags).
  for (size_t s = 0; s < sentences.size(); ++s) {
    for (size_t i = 0; i < sentences[s]->size(); ++i) {
      auto& [count, tags] = counts[(*sentences[s])[i].norm_hash];
      ++count;
      tags |= uint32_t{1} << ((*upos[s])[i] & 31);
    }
  }
  lexicon_ = FlatHashMap();
  for (const auto& [word, ct] : counts) {
    if (ct.first >= min_count) lexicon_.Insert(word, ct.second);
  }
}

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
    int m = TagFeatures(100, *upos, i, words, f.data() + n);
    upos_model_.Score({f.data(), size_t(n + m)}, scores);
    (*upos)[i] = ArgMax(scores, upos_model_.num_classes());
    m = TagFeatures(200, *xpos, i, words, f.data() + n);
    f[n + m] = Feature(210, (*upos)[i]);
    f[n + m + 1] = Feature(211, (*upos)[i], words[i].norm_hash);
    f[n + m + 2] = Feature(212, (*upos)[i], words[i].suffix[1]);
    xpos_model_.Score({f.data(), size_t(n + m + 3)}, scores);
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
    int m = TagFeatures(100, upos, i, words, f.data() + n);
    upos_model_.Score({f.data(), size_t(n + m)}, scores);
    upos[i] = ArgMax(scores, upos_model_.num_classes());
    upos_model_.Update({f.data(), size_t(n + m)}, gold_upos[i], upos[i]);
    errors += upos[i] != gold_upos[i];
    upos_model_.Tick();
    m = TagFeatures(200, xpos, i, words, f.data() + n);
    // Condition XPOS on the gold UPOS in training: at test time UPOS is right 95%+ of the time.
    f[n + m] = Feature(210, gold_upos[i]);
    f[n + m + 1] = Feature(211, gold_upos[i], words[i].norm_hash);
    f[n + m + 2] = Feature(212, gold_upos[i], words[i].suffix[1]);
    xpos_model_.Score({f.data(), size_t(n + m + 3)}, scores);
    xpos[i] = ArgMax(scores, xpos_model_.num_classes());
    xpos_model_.Update({f.data(), size_t(n + m + 3)}, gold_xpos[i], xpos[i]);
    xpos_model_.Tick();
  }
  return errors;
}

Tagger Tagger::Averaged() const {
  Tagger out;
  out.lexicon_ = lexicon_;
  out.upos_names_ = upos_names_;
  out.xpos_names_ = xpos_names_;
  out.upos_model_ = upos_model_.Averaged();
  out.xpos_model_ = xpos_model_.Averaged();
  return out;
}

std::string Tagger::Serialize(float prune) const {
  Writer w;
  w.Header(ModelKind::kTagger, kTemplateVersion);
  w.Strings(upos_names_.names());
  w.Strings(xpos_names_.names());
  std::vector<std::pair<uint64_t, uint32_t>> lexicon;
  lexicon_.ForEach([&](uint64_t word, uint32_t tags) { lexicon.emplace_back(word, tags); });
  std::sort(lexicon.begin(), lexicon.end());  // Same model, same bytes.
  w.Varint(lexicon.size());
  for (const auto& [word, tags] : lexicon) {
    w.U32(static_cast<uint32_t>(word));
    w.U32(static_cast<uint32_t>(word >> 32));
    w.U32(tags);
  }
  upos_model_.Save(prune, &w);
  xpos_model_.Save(prune, &w);
  return w.data();
}

StatusOr<Tagger> Tagger::Deserialize(std::string_view data, std::string_view file) {
  Reader r(data);
  RETURN_IF_ERROR(r.Header(ModelKind::kTagger, kTemplateVersion, file));
  std::vector<std::string> upos, xpos;
  if (!r.Strings(&upos) || !r.Strings(&xpos)) return CorruptModel(file, "tag names");
  Tagger t;  // Not Tagger(upos, xpos): that would allocate dense training tables.
  t.upos_names_ = Vocab(upos);
  t.xpos_names_ = Vocab(xpos);
  uint64_t entries;
  if (!r.Varint(&entries) || entries > data.size()) return CorruptModel(file, "lexicon size");
  for (uint64_t i = 0; i < entries; ++i) {
    uint32_t lo, hi, tags;
    if (!r.U32(&lo) || !r.U32(&hi) || !r.U32(&tags)) return CorruptModel(file, "lexicon");
    t.lexicon_.Insert((uint64_t{hi} << 32) | lo, tags);
  }
  RETURN_IF_ERROR(t.upos_model_.Load(&r, kRowBits, file));
  RETURN_IF_ERROR(t.xpos_model_.Load(&r, kRowBits, file));
  if (t.upos_model_.num_classes() != t.upos_names_.size() ||
      t.xpos_model_.num_classes() != t.xpos_names_.size() || t.xpos_names_.size() > 256 ||
      !r.AtEnd()) {
    return CorruptModel(file, "tag counts do not match the weight tables");
  }
  return t;
}

}  // namespace dyad::syntax
