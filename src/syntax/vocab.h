// A small string <-> dense id table for tag and label names.
#ifndef DYAD_SYNTAX_VOCAB_H_
#define DYAD_SYNTAX_VOCAB_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad::syntax {

class Vocab {
 public:
  Vocab() = default;
  explicit Vocab(std::vector<std::string> names) : names_(std::move(names)) { Index(); }

  // The id of `name`, adding it when new.
  int Add(std::string_view name) {
    auto it = ids_.find(std::string(name));
    if (it != ids_.end()) return it->second;
    names_.emplace_back(name);
    ids_.emplace(names_.back(), static_cast<int>(names_.size()) - 1);
    return static_cast<int>(names_.size()) - 1;
  }
  // The id of `name`, or -1.
  int Find(std::string_view name) const {
    auto it = ids_.find(std::string(name));
    return it == ids_.end() ? -1 : it->second;
  }
  const std::string& Name(int id) const { return names_[id]; }
  int size() const { return static_cast<int>(names_.size()); }
  const std::vector<std::string>& names() const { return names_; }

 private:
  void Index() {
    for (size_t i = 0; i < names_.size(); ++i) ids_.emplace(names_[i], static_cast<int>(i));
  }
  std::vector<std::string> names_;
  std::unordered_map<std::string, int> ids_;
};

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_VOCAB_H_
