#include "syntax/lemmatizer.h"

#include <algorithm>
#include <tuple>

#include "base/status_macros.h"
#include "syntax/binary_io.h"

namespace dyad::syntax {
namespace {

size_t CommonPrefix(std::string_view a, std::string_view b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

// The most frequent rule of a histogram; ties go to the smallest rule, for determinism.
const Lemmatizer::Rule& Majority(const std::map<Lemmatizer::Rule, int>& counts) {
  auto best = counts.begin();
  for (auto it = counts.begin(); it != counts.end(); ++it) {
    if (it->second > best->second) best = it;
  }
  return best->first;
}

}  // namespace

std::string Lemmatizer::Key(std::string_view upos, std::string_view s) {
  std::string key(upos);
  key.push_back('\t');
  key.append(s);
  return key;
}

Lemmatizer::Rule Lemmatizer::DeriveRule(std::string_view form, std::string_view norm,
                                        std::string_view lemma) {
  // Lowercasing is tried first and wins ties, so "the" and "The" share the rule of "the".
  Rule best;
  size_t best_cost = SIZE_MAX;
  for (bool lower : {true, false}) {
    std::string_view base = lower ? norm : form;
    size_t p = CommonPrefix(base, lemma);
    size_t strip = std::min<size_t>(base.size() - p, 255);
    size_t cost = strip + (lemma.size() - p);
    if (cost < best_cost) {
      best = Rule{lower, static_cast<uint8_t>(strip), std::string(lemma.substr(p))};
      best_cost = cost;
    }
  }
  return best;
}

std::string Lemmatizer::ApplyRule(const Rule& r, std::string_view form, std::string_view norm) {
  std::string_view base = r.lowercase ? norm : form;
  if (r.strip > base.size()) return std::string(base);
  std::string out(base.substr(0, base.size() - r.strip));
  out.append(r.append);
  return out;
}

void Lemmatizer::Builder::Add(std::string_view form, std::string_view norm,
                              std::string_view upos, std::string_view lemma) {
  if (lemma == "_") return;
  ++forms_[Key(upos, norm)][DeriveRule(form, norm, lemma)];
}

Lemmatizer Lemmatizer::Builder::Build() const {
  Lemmatizer out;
  std::map<Rule, uint32_t> index;
  auto intern = [&](const Rule& r) {
    auto [it, added] = index.emplace(r, static_cast<uint32_t>(out.rules_.size()));
    if (added) out.rules_.push_back(r);
    return it->second;
  };
  // Suffix histograms count word types, not tokens: they serve unseen words, which behave like
  // rare types rather than like "the" or "is".
  std::map<std::string, std::map<Rule, int>> suffix_counts;
  for (const auto& [key, counts] : forms_) {
    size_t tab = key.find('\t');
    std::string_view upos(key.data(), tab), norm(key.data() + tab + 1, key.size() - tab - 1);
    const Rule& r = Majority(counts);
    for (size_t k = 0; k <= std::min(kMaxSuffix, norm.size()); ++k) {
      ++suffix_counts[Key(upos, norm.substr(norm.size() - k))][r];
    }
  }
  for (const auto& [key, counts] : suffix_counts) {
    int total = 0;
    for (const auto& [r, n] : counts) total += n;
    // A suffix seen in one word type only is that word: the exceptions cover it.
    if (total >= 2 || key.back() == '\t') out.suffixes_[key] = intern(Majority(counts));
  }
  for (const auto& [key, counts] : forms_) {
    size_t tab = key.find('\t');
    std::string_view upos(key.data(), tab), norm(key.data() + tab + 1, key.size() - tab - 1);
    const Rule& r = Majority(counts);
    const Rule* predicted = out.SuffixRule(norm, upos);
    if (predicted == nullptr || !(*predicted == r)) out.exceptions_[key] = intern(r);
  }
  return out;
}

const Lemmatizer::Rule* Lemmatizer::SuffixRule(std::string_view norm,
                                               std::string_view upos) const {
  for (size_t k = std::min(kMaxSuffix, norm.size()) + 1; k-- > 0;) {
    auto it = suffixes_.find(Key(upos, norm.substr(norm.size() - k)));
    if (it != suffixes_.end()) return &rules_[it->second];
  }
  return nullptr;
}

std::string Lemmatizer::Lemmatize(std::string_view form, std::string_view norm,
                                  std::string_view upos) const {
  auto it = exceptions_.find(Key(upos, norm));
  if (it != exceptions_.end()) return ApplyRule(rules_[it->second], form, norm);
  const Rule* r = SuffixRule(norm, upos);
  return r ? ApplyRule(*r, form, norm) : std::string(form);
}

namespace {

void WriteTable(const std::unordered_map<std::string, uint32_t>& table, Writer* w) {
  std::vector<std::pair<std::string, uint32_t>> sorted(table.begin(), table.end());
  std::sort(sorted.begin(), sorted.end());  // Same model, same bytes.
  w->Varint(sorted.size());
  for (const auto& [key, rule] : sorted) {
    w->Str(key);
    w->Varint(rule);
  }
}

bool ReadTable(Reader* r, size_t num_rules, std::unordered_map<std::string, uint32_t>* table) {
  uint64_t n, rule;
  if (!r->Varint(&n)) return false;
  for (uint64_t i = 0; i < n; ++i) {
    std::string key;
    if (!r->Str(&key) || !r->Varint(&rule) || rule >= num_rules) return false;
    (*table)[key] = static_cast<uint32_t>(rule);
  }
  return true;
}

}  // namespace

std::string Lemmatizer::Serialize() const {
  Writer w;
  w.Header(ModelKind::kLemmatizer, kTemplateVersion);
  w.Varint(rules_.size());
  for (const Rule& r : rules_) {
    w.U8(r.lowercase);
    w.U8(r.strip);
    w.Str(r.append);
  }
  WriteTable(suffixes_, &w);
  WriteTable(exceptions_, &w);
  return w.data();
}

StatusOr<Lemmatizer> Lemmatizer::Deserialize(std::string_view data, std::string_view file) {
  Reader r(data);
  RETURN_IF_ERROR(r.Header(ModelKind::kLemmatizer, kTemplateVersion, file));
  Lemmatizer out;
  uint64_t n;
  if (!r.Varint(&n) || n > data.size()) return CorruptModel(file, "rule count");
  out.rules_.resize(n);
  for (Rule& rule : out.rules_) {
    uint8_t lower;
    if (!r.U8(&lower) || !r.U8(&rule.strip) || !r.Str(&rule.append)) {
      return CorruptModel(file, "rules");
    }
    rule.lowercase = lower != 0;
  }
  if (!ReadTable(&r, n, &out.suffixes_) || !ReadTable(&r, n, &out.exceptions_) || !r.AtEnd()) {
    return CorruptModel(file, "lemma tables");
  }
  return out;
}

}  // namespace dyad::syntax
