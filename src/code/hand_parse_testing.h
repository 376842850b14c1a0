// For tests: a dependency parse written by hand, with actor mentions at given token ranges.
#ifndef DYAD_CODE_HAND_PARSE_TESTING_H_
#define DYAD_CODE_HAND_PARSE_TESTING_H_

#include <cstdint>
#include <deque>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "code/mentions.h"
#include "code/tree_roles.h"
#include "text/token.h"

namespace dyad::code {

// "israel/2/nsubj attacked/0/root gaza/2/obj": word/head/deprel per token, heads 1-based (0 is
// the root); each actor range [begin, end) becomes a mention coded "X<begin>".
struct HandParse {
  std::vector<text::Token> tokens;
  std::vector<TreeWord> words;
  std::vector<std::string> rels;  // Owns the strings the TreeWords point to.
  std::vector<Mention> mentions;
  std::deque<std::string> tags;  // Owns the UPOS strings; a deque keeps them in place.

  HandParse(const std::string& spec, std::vector<std::pair<uint32_t, uint32_t>> actors) {
    std::istringstream in(spec);
    std::string item;
    std::vector<int> heads;
    while (in >> item) {
      size_t a = item.find('/'), b = item.rfind('/');
      text::Token t;
      t.norm = item.substr(0, a);
      tokens.push_back(t);
      heads.push_back(std::stoi(item.substr(a + 1, b - a - 1)));
      rels.push_back(item.substr(b + 1));
    }
    for (size_t i = 0; i < heads.size(); ++i) words.push_back({heads[i], rels[i], ""});
    for (auto [b, e] : actors) {
      Mention m;
      m.begin = b;
      m.end = e;
      m.code = "X" + std::to_string(b);
      mentions.push_back(m);
    }
  }

  // Gives token i a UPOS tag (the spec leaves them empty).
  void SetUpos(size_t i, std::string tag) {
    tags.push_back(std::move(tag));
    words[i].upos = tags.back();
  }

  TreeRoles Roles(uint32_t verb) const { return TreeReader(&words, &mentions, &tokens).RolesOf(verb); }
};

}  // namespace dyad::code

#endif  // DYAD_CODE_HAND_PARSE_TESTING_H_
