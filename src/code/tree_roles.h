// Source and target of a verb read from a dependency tree (Universal Dependencies relations),
// for sentences the syntax stage has parsed.
//
// The rules, each a construction news uses:
//   nsubj                          -> source          "Israel attacked Gaza"
//   obj, iobj, then obl            -> target          "... attacked Gaza", "strikes on Syria"
//   nsubj:pass + obl:agent / "by"  -> target, source  "Gaza was attacked by Israel"
//   xcomp with no subject          -> the governor's object, else its subject
//                                                     "urged Trump to keep troops"
//   conj with no subject           -> the subject of the first conjunct
//   acl:relcl with no subject      -> the noun the clause modifies  "Hamas, which fired ..."
//   pronoun nsubj of a ccomp       -> the governor's subject   "Syria says it will withdraw"
//   relative pronoun nsubj or obj  -> its antecedent   "Israel, which Hezbollah threatened,"
// A noun that is not itself an actor stands for the actor inside it ("the forces of Russia"),
// but not for a bare role modifying it ("military aid").
#ifndef DYAD_CODE_TREE_ROLES_H_
#define DYAD_CODE_TREE_ROLES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "code/mentions.h"

namespace dyad::code {

// One word of a parsed sentence, parallel to its tokens.
struct TreeWord {
  int head = 0;              // 1-based; 0 for the root.
  std::string_view deprel;   // "nsubj", "obl:agent" ...
  std::string_view upos;
};

struct TreeRoles {
  int32_t source = -1;  // Mention indices, or -1.
  int32_t target = -1;
  std::string how;      // Which relation gave them, for `dyad explain`.
  // The verb has a nominal subject that holds no actor ("just 14% voiced sympathy"): the
  // source is unknown, and no actor elsewhere in the sentence stands in for it.
  bool subject_not_actor = false;
};

// Stateless helper over one sentence. `words` and `mentions` must outlive it.
class TreeReader {
 public:
  TreeReader(const std::vector<TreeWord>* words, const std::vector<Mention>* mentions,
             const std::vector<text::Token>* tokens);

  // Roles of the verb whose head word is token `verb` (0-based).
  TreeRoles RolesOf(uint32_t verb) const;
  // Whether that verb is passive: it has a passive auxiliary or subject ("would be hit", whose
  // form alone does not tell).
  bool Passive(uint32_t verb) const;

 private:
  std::vector<uint32_t> Children(uint32_t t, std::string_view relation) const;
  int32_t MentionUnder(uint32_t t, int depth = 2) const;
  // Whether the verb's (active) subject is a noun or number with no actor anywhere in its
  // phrase ("just 14%", "the idea").
  bool SubjectWithoutActor(uint32_t verb) const;
  // Whether token `a` is `t` or one of its ancestors.
  bool Dominates(uint32_t a, uint32_t t) const;
  int32_t Subject(uint32_t verb, std::string* how, int depth = 0) const;
  int32_t Object(uint32_t verb, std::string* how) const;
  int32_t Antecedent(uint32_t verb, uint32_t pronoun) const;
  int32_t ReportedSpeaker(uint32_t verb, uint32_t subject, std::string* how, int depth) const;
  bool IsRelation(uint32_t t, std::string_view relation) const;

  const std::vector<TreeWord>* words_;
  const std::vector<Mention>* mentions_;
  const std::vector<text::Token>* tokens_;
  std::vector<int32_t> mention_of_;  // Token -> mention covering it, or -1.
};

}  // namespace dyad::code

#endif  // DYAD_CODE_TREE_ROLES_H_
