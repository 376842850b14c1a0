// The recognise stage for verbs: finds verb forms from the dictionary in a sentence and matches
// their patterns (see doc/dictionary_format.md for the pattern semantics).
#ifndef DYAD_CODE_VERBS_H_
#define DYAD_CODE_VERBS_H_

#include <cstdint>
#include <vector>

#include "code/mentions.h"
#include "code/tree_roles.h"
#include "code/word_classes.h"
#include "match/lexicon.h"
#include "text/token.h"

namespace dyad::code {

struct VerbHit {
  uint32_t begin = 0;  // First token of the (possibly multi-word) verb.
  uint32_t end = 0;
  uint32_t verb = 0;   // Lexicon::verb() index.
  match::VerbFormKind kind = match::VerbFormKind::kBase;
};

// The best pattern of a verb that matched, and what it matched.
struct PatternMatch {
  const match::CompiledPattern* pattern = nullptr;  // Null when no pattern matched.
  std::vector<uint32_t> tokens;                     // Tokens the pattern's words matched.
  int32_t target = -1;                              // Mention at the pattern's '+', if any.
  int32_t source = -1;                              // Mention at the pattern's '$', if any.
};

// A parsed sentence as patterns read it: the words, parallel to the tokens, and the token of the
// verb whose patterns are matched.
struct VerbTree {
  const std::vector<TreeWord>* words = nullptr;
  uint32_t verb = 0;
};

// Finds and matches; stateless and thread-safe.
class VerbMatcher {
 public:
  VerbMatcher(const match::Lexicon* lexicon, const WordClasses* words)
      : lexicon_(lexicon), words_(words) {}

  // Verb forms outside mentions that read as verbs, in order. A form right after a determiner
  // or a number is a noun ("the talks", "two attacks") and a gerund without a form of "be"
  // before it is a modifier or a noun ("a car bombing"): neither is a verb here.
  std::vector<VerbHit> Find(const text::Sentence& s, const std::vector<Mention>& mentions) const;

  // The most specific pattern of `hit`'s block whose AFTER part matches in [hit.end, limit)
  // and whose BEFORE part matches in [before_from, hit.begin). `mention_at[i]` is the index of
  // the mention starting at token i, or -1. With a `tree`, a group that names a relation
  // ("@obj") must lie in a dependent of the verb with that relation, and may then stand anywhere
  // in its part; without one, relations are not checked and word order alone decides.
  PatternMatch Match(const text::Sentence& s, const VerbHit& hit, const std::vector<int32_t>& mention_at,
                     const std::vector<Mention>& mentions, uint32_t before_from,
                     uint32_t limit, const VerbTree* tree = nullptr) const;

 private:
  struct Cursor;
  bool CanPrecedePresent(const text::Sentence& s, uint32_t i,
                         const std::vector<bool>& in_mention) const;
  bool OnlyVerbCanFollow(const text::Sentence& s, uint32_t i) const;
  uint32_t ItemAt(const match::CompiledItem& item, const text::Sentence& s, uint32_t i,
                  const std::vector<int32_t>& mention_at, const std::vector<Mention>& mentions,
                  Cursor* cur) const;
  bool GroupAt(const match::CompiledGroup& g, const text::Sentence& s, uint32_t i, uint32_t limit,
               const std::vector<int32_t>& mention_at, const std::vector<Mention>& mentions,
               const VerbTree* tree, Cursor* cur) const;
  bool GroupsMatch(const std::vector<match::CompiledGroup>& groups, const text::Sentence& s,
                   uint32_t from, uint32_t limit, const std::vector<int32_t>& mention_at,
                   const std::vector<Mention>& mentions, const VerbTree* tree,
                   Cursor* cur) const;

  const match::Lexicon* lexicon_;
  const WordClasses* words_;
};

}  // namespace dyad::code

#endif  // DYAD_CODE_VERBS_H_
