#include "syntax/transition.h"

#include <cstdlib>

namespace dyad::syntax {

void Config::Init(int num_words) {
  n = num_words;
  buffer = 1;
  stack.clear();
  stack.push_back(0);
  size_t size = n + 1;
  head.assign(size, -1);
  label.assign(size, -1);
  left1.assign(size, -1);
  left2.assign(size, -1);
  right1.assign(size, -1);
  right2.assign(size, -1);
  left_count.assign(size, 0);
  right_count.assign(size, 0);
  left_labels.assign(size, 0);
  right_labels.assign(size, 0);
  in_stack.assign(size, 0);
  in_stack[0] = 1;
}

bool Config::CanApply(Move m) const {
  int s = S0();
  switch (m) {
    case kShift:
      return buffer <= n;
    case kReduce:
      return s != 0 && head[s] != -1;
    case kLeft:
      return buffer <= n && s != 0 && head[s] == -1;
    case kRight:
      return buffer <= n && s != 0;
  }
  return false;
}

void Config::AddArc(int h, int d, int lab) {
  head[d] = h;
  label[d] = lab;
  uint64_t bit = uint64_t{1} << (lab & 63);
  if (d < h) {
    if (left1[h] == -1 || d < left1[h]) {
      left2[h] = left1[h];
      left1[h] = d;
    } else if (left2[h] == -1 || d < left2[h]) {
      left2[h] = d;
    }
    ++left_count[h];
    left_labels[h] |= bit;
  } else {
    if (right1[h] == -1 || d > right1[h]) {
      right2[h] = right1[h];
      right1[h] = d;
    } else if (right2[h] == -1 || d > right2[h]) {
      right2[h] = d;
    }
    ++right_count[h];
    right_labels[h] |= bit;
  }
}

void Config::Apply(Move m, int lab) {
  int s = S0();
  switch (m) {
    case kShift:
      stack.push_back(buffer);
      in_stack[buffer++] = 1;
      break;
    case kReduce:
      stack.pop_back();
      in_stack[s] = 0;
      break;
    case kLeft:
      AddArc(buffer, s, lab);
      stack.pop_back();
      in_stack[s] = 0;
      break;
    case kRight:
      AddArc(s, buffer, lab);
      stack.push_back(buffer);
      in_stack[buffer++] = 1;
      break;
  }
}

namespace {

// Headless words on the stack (not the root) whose gold head is `h`.
int HeadlessStackDependents(const Config& c, int h, const std::vector<int>& gold) {
  int cost = 0;
  for (int k : c.stack) cost += k != 0 && c.head[k] == -1 && gold[k] == h;
  return cost;
}

// Words in the buffer from `from` on whose gold head is `h`.
int BufferDependents(const Config& c, int h, int from, const std::vector<int>& gold) {
  int cost = 0;
  for (int k = from; k <= c.n; ++k) cost += gold[k] == h;
  return cost;
}

}  // namespace

int Cost(const Config& c, Move m, const std::vector<int>& gold) {
  int s = c.S0();
  int b = c.buffer;
  switch (m) {
    case kShift:
      // b can no longer take a head from the stack (a root arc stays reachable: see Finish), nor
      // become the head of headless stack words.
      return (gold[b] != 0 && c.in_stack[gold[b]]) + HeadlessStackDependents(c, b, gold);
    case kReduce:
      return BufferDependents(c, s, b, gold);
    case kLeft:
      return (gold[s] > b || gold[s] == 0) + BufferDependents(c, s, b, gold);
    case kRight:
      return (gold[b] != s && (c.in_stack[gold[b]] || gold[b] > b)) +
             HeadlessStackDependents(c, b, gold);
  }
  return 0;
}

namespace {

// True when every word strictly between h and d descends from h.
bool ArcIsProjective(const std::vector<int>& head, int d) {
  int h = head[d];
  int lo = h < d ? h : d, hi = h < d ? d : h;
  for (int k = lo + 1; k < hi; ++k) {
    int a = k;
    while (a != h && a != 0) a = head[a];
    if (a != h) return false;
  }
  return true;
}

}  // namespace

bool IsProjective(const std::vector<int>& head) {
  for (size_t d = 1; d < head.size(); ++d) {
    if (!ArcIsProjective(head, static_cast<int>(d))) return false;
  }
  return true;
}

std::vector<int> Projectivize(std::vector<int> head) {
  for (;;) {
    int best = -1;
    for (size_t d = 1; d < head.size(); ++d) {
      if (ArcIsProjective(head, static_cast<int>(d))) continue;
      int span = std::abs(head[d] - static_cast<int>(d));
      if (best == -1 || span < std::abs(head[best] - best)) best = static_cast<int>(d);
    }
    if (best == -1) return head;
    head[best] = head[head[best]];  // The root is projective, so head[best] != 0 here.
  }
}

}  // namespace dyad::syntax
