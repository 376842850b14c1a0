#include "syntax/clusters.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "base/status_macros.h"
#include "syntax/binary_io.h"
#include "syntax/hash.h"

namespace dyad::syntax {
namespace {

// f(n) = n log n, tabulated for small n.
class NLogN {
 public:
  explicit NLogN(size_t table_size) : table_(table_size) {
    for (size_t n = 1; n < table_size; ++n) table_[n] = n * std::log(static_cast<double>(n));
  }
  double operator()(uint64_t n) const {
    return n < table_.size() ? table_[n] : n * std::log(static_cast<double>(n));
  }

 private:
  std::vector<double> table_;
};

// The contexts of each word as a compressed sparse row list of (context id, count).
struct ContextCounts {
  std::vector<size_t> begin;  // Word w's entries are [begin[w], begin[w + 1]).
  std::vector<uint32_t> context;
  std::vector<uint32_t> count;
  std::vector<uint64_t> word_count;
  size_t num_contexts = 0;  // Context ids are < num_contexts.
};

ContextCounts CountContexts(const std::vector<std::vector<int>>& sentences, size_t num_words,
                            int num_context_words) {
  uint64_t k = static_cast<uint64_t>(num_context_words);
  auto left = [&](int w) { return w >= 0 && static_cast<uint64_t>(w) < k ? uint64_t(w) : k; };
  std::vector<uint64_t> keys;  // word << 32 | context id, one per occurrence and side.
  for (const std::vector<int>& s : sentences) {
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] < 0) continue;
      uint64_t w = static_cast<uint64_t>(s[i]) << 32;
      keys.push_back(w | left(i > 0 ? s[i - 1] : -1));
      keys.push_back(w | (k + 1 + left(i + 1 < s.size() ? s[i + 1] : -1)));
    }
  }
  std::sort(keys.begin(), keys.end());
  ContextCounts out;
  out.num_contexts = 2 * (k + 1);
  out.begin.assign(num_words + 1, 0);
  out.word_count.assign(num_words, 0);
  for (size_t i = 0; i < keys.size();) {
    size_t j = i;
    while (j < keys.size() && keys[j] == keys[i]) ++j;
    size_t w = keys[i] >> 32;
    out.context.push_back(static_cast<uint32_t>(keys[i]));
    out.count.push_back(static_cast<uint32_t>(j - i));
    ++out.begin[w + 1];
    out.word_count[w] += j - i;
    i = j;
  }
  for (size_t w = 0; w < num_words; ++w) {
    out.begin[w + 1] += out.begin[w];
    out.word_count[w] /= 2;  // Each occurrence was counted once per side.
  }
  return out;
}

// The exchange state: N(x, c) for every context x and class c, and N(c).
class Exchange {
 public:
  Exchange(const ContextCounts& counts, int num_classes)
      : counts_(counts),
        classes_(num_classes),
        table_(counts.num_contexts * num_classes, 0),
        class_count_(num_classes, 0),
        f_(size_t{1} << 20),
        delta_(num_classes) {}

  void Assign(size_t w, int c, int sign) {
    for (size_t e = counts_.begin[w]; e < counts_.begin[w + 1]; ++e) {
      table_[size_t{counts_.context[e]} * classes_ + c] += sign * int64_t{counts_.count[e]};
    }
    class_count_[c] += sign * static_cast<int64_t>(counts_.word_count[w]);
  }

  // The class that maximises the likelihood for word w once it is taken out of `current`.
  int BestClass(size_t w, int current) {
    for (int c = 0; c < classes_; ++c) {
      int64_t nc = class_count_[c];
      delta_[c] = -2 * (f_(nc + counts_.word_count[w]) - f_(nc));
    }
    for (size_t e = counts_.begin[w]; e < counts_.begin[w + 1]; ++e) {
      const int64_t* row = &table_[size_t{counts_.context[e]} * classes_];
      uint64_t n = counts_.count[e];
      for (int c = 0; c < classes_; ++c) delta_[c] += f_(row[c] + n) - f_(row[c]);
    }
    int best = current;
    for (int c = 0; c < classes_; ++c) {
      if (delta_[c] > delta_[best] + 1e-9) best = c;
    }
    return best;
  }

 private:
  const ContextCounts& counts_;
  int classes_;
  std::vector<int64_t> table_;
  std::vector<int64_t> class_count_;
  NLogN f_;
  std::vector<double> delta_;
};

}  // namespace

std::vector<int> ExchangeClusters(const std::vector<std::vector<int>>& sentences,
                                  size_t num_words, int num_classes, int num_contexts,
                                  int passes) {
  ContextCounts counts = CountContexts(sentences, num_words, num_contexts);
  // Visit words from the most to the least frequent; ties by index.
  std::vector<size_t> order(num_words);
  for (size_t w = 0; w < num_words; ++w) order[w] = w;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return counts.word_count[a] > counts.word_count[b];
  });
  std::vector<int> cls(num_words, 0);
  Exchange ex(counts, num_classes);
  for (size_t r = 0; r < num_words; ++r) {
    cls[order[r]] = static_cast<int>(r % num_classes);
    ex.Assign(order[r], cls[order[r]], +1);
  }
  for (int pass = 0; pass < passes; ++pass) {
    size_t moved = 0;
    for (size_t w : order) {
      if (counts.word_count[w] == 0) continue;
      ex.Assign(w, cls[w], -1);
      int best = ex.BestClass(w, cls[w]);
      moved += best != cls[w];
      cls[w] = best;
      ex.Assign(w, best, +1);
    }
    if (moved == 0) break;
  }
  return cls;
}

WordClusters LearnClusters(const std::vector<std::vector<std::string>>& sentences,
                           const ClusterOptions& o) {
  std::map<std::string_view, uint64_t> freq;  // Ordered: the vocabulary order is deterministic.
  for (const auto& s : sentences) {
    for (const std::string& w : s) ++freq[w];
  }
  std::vector<std::pair<uint64_t, std::string_view>> ranked;
  for (const auto& [w, n] : freq) {
    if (n >= static_cast<uint64_t>(o.min_count)) ranked.emplace_back(n, w);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::unordered_map<std::string_view, int> index;
  for (size_t i = 0; i < ranked.size(); ++i) index[ranked[i].second] = static_cast<int>(i);
  std::vector<std::vector<int>> ids(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    for (const std::string& w : sentences[s]) {
      auto it = index.find(w);
      ids[s].push_back(it == index.end() ? -1 : it->second);
    }
  }
  auto log = [&](const std::string& line) {
    if (o.log) o.log(line);
  };
  log("clusters: " + std::to_string(ranked.size()) + " words seen " +
      std::to_string(o.min_count) + "+ times");
  std::vector<int> coarse =
      ExchangeClusters(ids, ranked.size(), o.coarse_classes, o.num_contexts, o.passes);
  log("clusters: " + std::to_string(o.coarse_classes) + " coarse classes done");
  std::vector<int> fine =
      ExchangeClusters(ids, ranked.size(), o.fine_classes, o.num_contexts, o.passes);
  log("clusters: " + std::to_string(o.fine_classes) + " fine classes done");
  WordClusters out;
  for (size_t i = 0; i < ranked.size(); ++i) {
    out.Set(HashString(ranked[i].second), static_cast<uint32_t>(coarse[i] + 1),
            static_cast<uint32_t>(fine[i] + 1));
  }
  return out;
}

std::string WordClusters::Serialize() const {
  std::vector<std::pair<uint64_t, uint32_t>> entries;
  ids_.ForEach([&](uint64_t h, uint32_t id) { entries.emplace_back(h, id); });
  std::sort(entries.begin(), entries.end());  // Same clusters, same bytes.
  Writer w;
  w.Header(ModelKind::kClusters, kTemplateVersion);
  w.Varint(entries.size());
  for (const auto& [h, id] : entries) {
    w.U32(static_cast<uint32_t>(h));
    w.U32(static_cast<uint32_t>(h >> 32));
    w.U32(id);
  }
  return w.data();
}

StatusOr<WordClusters> WordClusters::Deserialize(std::string_view data, std::string_view file) {
  Reader r(data);
  RETURN_IF_ERROR(r.Header(ModelKind::kClusters, kTemplateVersion, file));
  uint64_t entries;
  if (!r.Varint(&entries) || entries > data.size() / 12) return CorruptModel(file, "word count");
  WordClusters out;
  for (uint64_t i = 0; i < entries; ++i) {
    uint32_t lo, hi, id;
    if (!r.U32(&lo) || !r.U32(&hi) || !r.U32(&id)) return CorruptModel(file, "entries");
    if ((id >> 16) == 0 || (id & 0xFFFF) == 0) return CorruptModel(file, "cluster id 0");
    out.ids_.Insert((uint64_t{hi} << 32) | lo, id);
  }
  if (!r.AtEnd()) return CorruptModel(file, "trailing bytes");
  return out;
}

}  // namespace dyad::syntax
