#include "syntax/parser_features.h"

#include <algorithm>

#include "syntax/hash.h"

namespace dyad::syntax {
namespace {

constexpr uint64_t kNoWord = 0x9d2c5680;   // No such position (e.g. s0's head when headless).
constexpr uint64_t kRootWord = 0x7f4a7c15;

// Word, tag, and label values of a position; -1 means "no such word".
struct Slot {
  uint64_t w;  // Lowercased word hash.
  uint64_t p;  // XPOS id (+2; 0 none, 1 root).
  uint64_t u;  // UPOS id (+2; 0 none, 1 root).
  uint64_t l;  // Label id (+1; 0 none).
  uint64_t c;  // Fine word cluster (+2; 0 none, 1 root); unknown words have their XPOS instead.
  uint64_t k;  // Coarse word cluster, likewise.
};

Slot At(const Config& c, const ParseInput& in, int i) {
  if (i < 0) return {kNoWord, 0, 0, 0, 0, 0};
  if (i == 0) return {kRootWord, 1, 1, 0, 1, 1};
  const WordInfo& w = in.words[i - 1];
  uint64_t p = uint64_t(in.xpos[i - 1]) + 2;
  // Tags and clusters share the value space apart: 1 << 20 marks a tag standing in.
  uint64_t fine = w.fine_cluster ? w.fine_cluster + 2 : (1 << 20) + p;
  uint64_t coarse = w.coarse_cluster ? w.coarse_cluster + 2 : (1 << 20) + p;
  return {w.norm_hash, p, uint64_t(in.upos[i - 1]) + 2, uint64_t(c.label[i] + 1), fine, coarse};
}

int Head(const Config& c, int i) { return i > 0 ? c.head[i] : -1; }
int Get(const std::vector<int>& v, int i) { return i >= 0 ? v[i] : -1; }

}  // namespace

int MoveFeatures(const Config& c, const ParseInput& in, uint64_t* out) {
  int s0i = c.S0(), n0i = c.B0();
  int n1i = n0i > 0 && n0i + 1 <= c.n ? n0i + 1 : -1;
  int n2i = n1i > 0 && n1i + 1 <= c.n ? n1i + 1 : -1;
  int s0hi = Head(c, s0i), s0h2i = Head(c, s0hi);
  Slot s0 = At(c, in, s0i), n0 = At(c, in, n0i), n1 = At(c, in, n1i), n2 = At(c, in, n2i);
  Slot s0h = At(c, in, s0hi), s0h2 = At(c, in, s0h2i);
  Slot s0l = At(c, in, Get(c.left1, s0i)), s0l2 = At(c, in, Get(c.left2, s0i));
  Slot s0r = At(c, in, Get(c.right1, s0i)), s0r2 = At(c, in, Get(c.right2, s0i));
  Slot n0l = At(c, in, Get(c.left1, n0i)), n0l2 = At(c, in, Get(c.left2, n0i));
  uint64_t dist = s0i > 0 && n0i > 0 ? std::min(n0i - s0i, 8) : 0;
  uint64_t s0vl = s0i >= 0 ? c.left_count[s0i] : 0, s0vr = s0i >= 0 ? c.right_count[s0i] : 0;
  uint64_t n0vl = n0i >= 0 ? c.left_count[n0i] : 0;
  uint64_t s0sl = s0i >= 0 ? c.left_labels[s0i] : 0, s0sr = s0i >= 0 ? c.right_labels[s0i] : 0;
  uint64_t n0sl = n0i >= 0 ? c.left_labels[n0i] : 0;
  int k = 0;
  uint64_t id = 0;
  auto f1 = [&](uint64_t a) { out[k++] = Feature(++id, a); };
  auto f2 = [&](uint64_t a, uint64_t b) { out[k++] = Feature(++id, a, b); };
  auto f3 = [&](uint64_t a, uint64_t b, uint64_t d) { out[k++] = Feature(++id, a, b, d); };
  f1(0);  // Bias.
  // Single words.
  f2(s0.w, s0.p), f1(s0.w), f1(s0.p), f2(n0.w, n0.p), f1(n0.w), f1(n0.p);
  f2(n1.w, n1.p), f1(n1.w), f1(n1.p), f2(n2.w, n2.p), f1(n2.w), f1(n2.p);
  f1(s0.u), f1(n0.u), f2(s0.u, n0.u);
  // Word pairs.
  f3(s0.w * 31 + s0.p, n0.w, n0.p), f3(s0.w, s0.p, n0.w), f3(s0.w, n0.w, n0.p);
  f3(s0.w, s0.p, n0.p), f3(s0.p, n0.w, n0.p), f2(s0.w, n0.w), f2(s0.p, n0.p), f2(n0.p, n1.p);
  // Three words.
  f3(n0.p, n1.p, n2.p), f3(s0.p, n0.p, n1.p), f3(s0h.p, s0.p, n0.p), f3(s0.p, s0l.p, n0.p);
  f3(s0.p, s0r.p, n0.p), f3(s0.p, n0.p, n0l.p);
  // Distance.
  f2(s0.w, dist), f2(s0.p, dist), f2(n0.w, dist), f2(n0.p, dist);
  f3(s0.w, n0.w, dist), f3(s0.p, n0.p, dist);
  // Valency.
  f2(s0.w, s0vr), f2(s0.p, s0vr), f2(s0.w, s0vl), f2(s0.p, s0vl), f2(n0.w, n0vl), f2(n0.p, n0vl);
  // Unigrams of heads and dependents.
  f1(s0h.w), f1(s0h.p), f1(s0.l), f1(s0l.w), f1(s0l.p), f1(s0l.l);
  f1(s0r.w), f1(s0r.p), f1(s0r.l), f1(n0l.w), f1(n0l.p), f1(n0l.l);
  // Third order.
  f1(s0h2.w), f1(s0h2.p), f1(s0h.l), f1(s0l2.w), f1(s0l2.p), f1(s0l2.l);
  f1(s0r2.w), f1(s0r2.p), f1(s0r2.l), f1(n0l2.w), f1(n0l2.p), f1(n0l2.l);
  f3(s0.p, s0l.p, s0l2.p), f3(s0.p, s0r.p, s0r2.p), f3(s0.p, s0h.p, s0h2.p);
  f3(n0.p, n0l.p, n0l2.p);
  // Label sets.
  f2(s0.w, s0sr), f2(s0.p, s0sr), f2(s0.w, s0sl), f2(s0.p, s0sl), f2(n0.w, n0sl), f2(n0.p, n0sl);
  // Additions: whether s0 already has a head (decides REDUCE vs LEFT) with the pair's tags.
  uint64_t s0_headed = s0i > 0 && c.head[s0i] >= 0;
  f3(s0_headed, s0.p, n0.p), f3(s0_headed, s0.l, n0.p);
  // The word below s0: what s0 may still attach to, or what a REDUCE will expose.
  int s1i = c.stack.size() >= 2 ? c.stack[c.stack.size() - 2] : -1;
  Slot s1 = At(c, in, s1i);
  f2(s1.w, s1.p), f1(s1.p), f2(s1.p, s0.p), f3(s1.p, s0.p, n0.p), f3(s1.w, s0.p, n0.p);
  f3(s1.p, s1.l, n0.p);
  // Affixes and shape of the buffer front, for unknown words.
  uint64_t n0suf = n0i > 0 ? in.words[n0i - 1].suffix[2] : 0;
  uint64_t n0shape = n0i > 0 ? in.words[n0i - 1].shape_hash : 0;
  f2(n0suf, s0.p), f2(n0shape, n0.p), f3(s0.p, n0.w, n1.p), f3(s0.w, n0.p, n1.p);
  // Which UPOS tags occur between s0 and n0 (punctuation, verbs, conjunctions separate
  // clauses), scanning at most 12 words.
  uint64_t between = 0;
  if (s0i > 0 && n0i > 0) {
    for (int k = s0i + 1; k < n0i && k <= s0i + 12; ++k) between |= uint64_t{1} << in.upos[k - 1];
  }
  f3(between, s0.p, n0.p), f2(between, dist);
  // Word clusters: the lexical pairs above, generalised to words seen rarely in the treebank.
  f1(s0.c), f1(n0.c), f1(n1.c), f2(s0.c, n0.c), f2(s0.c, n0.p), f2(s0.p, n0.c);
  f3(s0.k, n0.k, n1.k), f3(s0h.c, s0.p, n0.p), f2(n0.c, n1.c), f2(s1.c, n0.c);
  f3(s0.c, n0.c, dist);
  return k;
}

int LabelFeatures(const Config& c, const ParseInput& in, int hi, int di, uint64_t* out) {
  Slot h = At(c, in, hi), d = At(c, in, di);
  uint64_t dir = di < hi;
  uint64_t dist = std::min(std::abs(hi - di), 8);
  const WordInfo& dw = in.words[di - 1];
  Slot dm1 = At(c, in, di - 1), dp1 = At(c, in, di + 1 <= c.n ? di + 1 : -1);
  Slot dl = At(c, in, c.left1[di]), dr = At(c, in, c.right1[di]);
  int k = 0;
  uint64_t id = 1000;
  auto f2 = [&](uint64_t a, uint64_t b) { out[k++] = Feature(++id, a, b); };
  auto f3 = [&](uint64_t a, uint64_t b, uint64_t e) { out[k++] = Feature(++id, a, b, e); };
  f2(dir, 0), f2(dir, d.p), f2(dir, d.w), f2(dir, h.p), f2(dir, h.w);
  f3(dir, h.p, d.p), f3(dir, h.w, d.p), f3(dir, h.p, d.w), f3(dir, h.w, d.w);
  f3(dir, h.u, d.u), f3(dist, h.p, d.p), f3(dir, d.p, dw.suffix[2]);
  f3(dir, d.p, dw.shape_hash), f3(dir, d.p, dm1.p), f3(dir, d.p, dp1.p);
  f3(dir, h.p, c.left_labels[di]), f3(dir, d.p, c.right_labels[di]);
  f3(dir, d.p, dl.l), f3(dir, d.p, dr.l), f3(dir, d.p, dl.w);
  f3(dir, h.p, hi >= 0 ? c.left_labels[hi] : 0), f3(dir, h.p, hi >= 0 ? c.right_labels[hi] : 0);
  f3(dir, h.l, d.p), f3(dir, h.l, h.p * 64 + d.p);
  f3(dir, h.w, dw.suffix[2]), f3(dir, d.w, dm1.w);
  f2(dir, d.c), f2(dir, h.c), f3(dir, h.p, d.c), f3(dir, h.c, d.p), f3(dir, h.k, d.k);
  // The sibling built just before on the same side (arcs are built inside-out), the head's
  // own head, and which tags lie between head and dependent.
  int sib = hi > 0 ? (dir ? c.left1[hi] : c.right1[hi]) : -1;
  Slot s = At(c, in, sib), hh = At(c, in, Head(c, hi));
  uint64_t between = 0;
  int lo = std::min(hi, di), hi2 = std::max(hi, di);
  for (int j = lo + 1; j < hi2 && j <= lo + 12; ++j) between |= uint64_t{1} << in.upos[j - 1];
  f3(dir, d.p, s.l), f3(dir, h.p * 64 + d.p, s.l), f3(dir, hh.p, d.p), f3(dir, hh.l, d.p);
  f3(dir, between, d.p);
  return k;
}

}  // namespace dyad::syntax
