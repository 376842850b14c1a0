#include "match/phrase_table.h"

#include <algorithm>

namespace dyad::match {

bool PhraseTable::Add(const std::vector<std::string>& words, uint32_t payload) {
  if (words.empty()) return false;
  std::vector<Candidate>& list = by_first_[words[0]];
  std::vector<std::string> rest(words.begin() + 1, words.end());
  for (const Candidate& c : list) {
    if (c.rest == rest) return false;
  }
  list.push_back(Candidate{std::move(rest), payload});
  ++size_;
  return true;
}

void PhraseTable::Finalize() {
  for (auto& [word, list] : by_first_) {
    // Stable, so that among equal lengths the first added stays first.
    std::stable_sort(list.begin(), list.end(), [](const Candidate& a, const Candidate& b) {
      return a.rest.size() > b.rest.size();
    });
  }
}

bool PhraseTable::RestMatches(const Candidate& c, const std::vector<text::Token>& tokens,
                              size_t i) {
  if (i + 1 + c.rest.size() > tokens.size()) return false;
  for (size_t k = 0; k < c.rest.size(); ++k) {
    if (tokens[i + 1 + k].norm != c.rest[k]) return false;
  }
  return true;
}

PhraseTable::Match PhraseTable::LongestAt(const std::vector<text::Token>& tokens,
                                          size_t i) const {
  auto it = by_first_.find(std::string_view(tokens[i].norm));
  if (it == by_first_.end()) return {};
  for (const Candidate& c : it->second) {
    if (RestMatches(c, tokens, i)) {
      return {static_cast<uint32_t>(1 + c.rest.size()), c.payload};
    }
  }
  return {};
}

void PhraseTable::AllAt(const std::vector<text::Token>& tokens, size_t i,
                        std::vector<Match>* out) const {
  auto it = by_first_.find(std::string_view(tokens[i].norm));
  if (it == by_first_.end()) return;
  for (const Candidate& c : it->second) {
    if (RestMatches(c, tokens, i)) {
      out->push_back({static_cast<uint32_t>(1 + c.rest.size()), c.payload});
    }
  }
}

bool PhraseTable::HasFirstWord(std::string_view word) const {
  return by_first_.find(word) != by_first_.end();
}

}  // namespace dyad::match
