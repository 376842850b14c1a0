// Lemmatisation by learned edit rules.
//
// A rule turns a form into its lemma: optionally lowercase it, strip `strip` trailing bytes,
// append a string ("studies" -> lowercase, strip 3, append "y"). Training derives the rule of
// every (form, UPOS, lemma) in the treebank and keeps two tables:
//   - suffix rules keyed by (UPOS, the last 0..5 bytes of the lowercased form), each holding the
//     rule most word types with that suffix use; the longest known suffix wins;
//   - exceptions keyed by (UPOS, lowercased form) for training words whose own majority rule
//     differs from what the suffix rules predict (irregular forms: went -> go, better -> good).
//
// Thread-safety: Lemmatize is const and safe for concurrent use.
#ifndef DYAD_SYNTAX_LEMMATIZER_H_
#define DYAD_SYNTAX_LEMMATIZER_H_

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"

namespace dyad::syntax {

class Lemmatizer {
 public:
  static constexpr uint32_t kTemplateVersion = 1;
  static constexpr size_t kMaxSuffix = 5;

  struct Rule {
    bool lowercase = false;
    uint8_t strip = 0;
    std::string append;
    friend bool operator<(const Rule& a, const Rule& b) {
      return std::tie(a.lowercase, a.strip, a.append) < std::tie(b.lowercase, b.strip, b.append);
    }
    friend bool operator==(const Rule&, const Rule&) = default;
  };

  // Collects training examples, then builds a Lemmatizer.
  class Builder {
   public:
    // `form` as written, `norm` its lowercased form (words.h NormalizeForm).
    void Add(std::string_view form, std::string_view norm, std::string_view upos,
             std::string_view lemma);
    Lemmatizer Build() const;

   private:
    // (UPOS, norm) -> rule -> token count.
    std::map<std::string, std::map<Rule, int>> forms_;
  };

  // The lemma of `form` (lowercased `norm`) tagged `upos`.
  std::string Lemmatize(std::string_view form, std::string_view norm,
                        std::string_view upos) const;

  // The rule that turns `form`/`norm` into `lemma`.
  static Rule DeriveRule(std::string_view form, std::string_view norm, std::string_view lemma);
  static std::string ApplyRule(const Rule& r, std::string_view form, std::string_view norm);

  std::string Serialize() const;
  static StatusOr<Lemmatizer> Deserialize(std::string_view data, std::string_view file);

  size_t num_exceptions() const { return exceptions_.size(); }

 private:
  static std::string Key(std::string_view upos, std::string_view s);
  // The rule the suffix table predicts, or nullptr.
  const Rule* SuffixRule(std::string_view norm, std::string_view upos) const;

  std::vector<Rule> rules_;
  std::unordered_map<std::string, uint32_t> suffixes_;    // Key(upos, suffix) -> rule index.
  std::unordered_map<std::string, uint32_t> exceptions_;  // Key(upos, norm) -> rule index.
};

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_LEMMATIZER_H_
